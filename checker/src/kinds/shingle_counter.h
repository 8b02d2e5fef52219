// Counts the 8-character shingles of one window of the duplicate-passage
// stream and answers, for each, whether it occurs exactly twice in the window
// and where the first of the two starts.
//
// The counts live in an open-addressing table (linear probing, at most two
// thirds full), one slot per distinct hash: exact counts and first positions
// at a fraction of the cost and memory of a node-based hash map. A slot is 8
// bytes: the high 32 bits of the shingle's 64-bit rolling hash with the lowest
// of them set, so that no tag is an empty slot's 0 (the mixed hash chose the
// slot), the position of its first shingle and a count that stops at
// 3. A shingle's slot never moves once it is entered (nothing is removed), so
// the slot found when a shingle is entered is where its final count is read:
// one pass over the window, and the shingles that reached a count of two are
// listed as they do, in order. Where windows overlap, a shingle's hash and
// home slot are computed once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace copydesk {

class ShingleCounter {
 public:
  static constexpr size_t kShingle = 8;

  // REQUIRES: capacity >= 16 and larger than any window's number of shingles.
  explicit ShingleCounter(size_t capacity) : capacity_(capacity), table_(capacity + 1) {
    table_[capacity] = Slot{kFencedTag, 3};  // see fenced_key()
  }

  // Enters the shingles starting at c[0 .. grams), each c[g .. g + kShingle),
  // leaving out those that hold `barrier`. The table must be empty (new or
  // cleared). With `shift` > 0, c starts `shift` characters after where it
  // started in the call before (windows overlap): the hashes of the shingles
  // both windows hold are taken over instead of computed again.
  void count(const char32_t* c, size_t grams, char32_t barrier, size_t shift = 0);

  // True when the shingle at g (< grams) occurs exactly twice.
  bool twice(size_t g) const { return table_[slot_of_[g]].count() == 2; }
  // The first shingle with the same hash as the one at g. REQUIRES: twice(g).
  uint32_t first(size_t g) const { return table_[slot_of_[g]].first(); }
  // Fetches the slot of the shingle at g (< grams) into the cache, for a
  // twice() or first() to come.
  void prefetch(size_t g) const { __builtin_prefetch(&table_[slot_of_[g]]); }
  // The shingles that made a count two, in order: the second of every pair
  // (check twice(): a third may have come).
  std::span<const uint32_t> seconds() const { return {seconds_.get(), seconds_count_}; }

  // Empties the table for the next window (only the slots this one used).
  void clear();

 private:
  struct Slot {
    uint32_t tag = 0;              // 0: empty
    uint32_t first_and_count = 0;  // position << 2 | count
    uint32_t count() const { return first_and_count & 3; }
    uint32_t first() const { return first_and_count >> 2; }
  };

  // Shingles that hold a barrier all go to one slot past the others, whose
  // count stays 3 (never twice): their tag finds it at once, so entering and
  // asking about them needs no test of its own.
  static constexpr uint32_t kFencedTag = 1;
  // The table is larger than the cache and its slots are visited in no
  // order: count() and clear() fetch the slot this many shingles ahead.
  static constexpr size_t kPrefetchAhead = 16;
  uint64_t fenced_key() const { return uint64_t{capacity_} << 32 | kFencedTag; }

  size_t capacity_;
  std::vector<Slot> table_;  // capacity_ slots and the fenced shingles' slot
  // Per window, room for one entry per shingle (never initialised past what is written):
  std::unique_ptr<uint64_t[]> keys_;     // its home slot << 32 | its hash's tag, or fenced_key()
  std::unique_ptr<uint32_t[]> slot_of_;  // its slot
  std::unique_ptr<uint32_t[]> seconds_;  // see seconds()
  std::unique_ptr<uint32_t[]> used_;     // the slots in use, to be emptied by clear()
  size_t room_ = 0, seconds_count_ = 0, used_count_ = 0;
  size_t key_room_ = 0, keys_start_ = 0;  // keys_ holds key_room_ keys; this window's start at keys_start_
  size_t grams_ = 0;  // of the last window counted
};

}  // namespace copydesk
