// Counts the 8-character shingles of one window of the duplicate-passage
// stream and answers, for each, whether it occurs exactly twice in the window
// and where the first of the two starts.
//
// Windows follow each other by half their length, so each half of the stream
// belongs to two windows. Its shingles are entered once, in a table of its
// own: a window's count of a shingle is the sum of its counts in the window's
// two halves, and only the distinct shingles of the second half are looked up
// in the first to add them up. Most shingles of a page are entered once
// instead of twice, and nothing is hashed twice.
//
// Each half's counts live in an open-addressing table (linear probing, at most
// two thirds full), one slot per distinct hash: the high 32 bits of the
// shingle's 64-bit rolling hash (the mixed hash chose the home slot), the
// position of its first shingle and a count that stops at 3. A slot never
// moves once it is entered (nothing is removed), so the slot found when a
// shingle is entered is where its final count is read.
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
  static constexpr uint32_t kNone = UINT32_MAX;

  // Windows of at most 2 * half shingles. REQUIRES: half >= 1; capacity >= 16
  // and at least 3/2 of the shingles a half holds (min(half, any window's)).
  ShingleCounter(size_t half, size_t capacity);

  // Counts the shingles starting at c[0 .. grams), each c[g .. g + kShingle),
  // leaving out those that hold `barrier`. REQUIRES: grams <= 2 * half. With
  // `follows`, c starts `half` characters after where it started in the call
  // before: the counts of the half both windows hold are taken over.
  void count(const char32_t* c, size_t grams, char32_t barrier, bool follows = false);

  // True when the shingle at g (< grams) occurs exactly twice.
  bool twice(size_t g) const {
    const uint32_t s = slot_of(g);
    return s != kNone && table_of(g)[s].window_count() == 2;
  }
  // The first shingle with the same hash as the one at g. REQUIRES: twice(g).
  uint32_t first(size_t g) const { return table_of(g)[slot_of(g)].window_first(); }
  // The second of every pair, in order, and a few shingles that turned out
  // to occur three times or more (check twice()).
  std::span<const uint32_t> seconds() const { return seconds_; }

 private:
  struct Slot {
    uint32_t tag = 0;
    uint32_t home = 0;
    uint32_t first_and_count = 0;   // in its half: position from the half's start << 2 | count; count 0: empty
    uint32_t window_first_and_count = 0;  // the same in the window (set by count())
    uint32_t count() const { return first_and_count & 3; }
    uint32_t first() const { return first_and_count >> 2; }
    uint32_t window_count() const { return window_first_and_count & 3; }
    uint32_t window_first() const { return window_first_and_count >> 2; }
  };

  // The counts of one half of the stream.
  struct Half {
    std::vector<Slot> table;
    std::unique_ptr<uint32_t[]> slot_of;  // per shingle from the half's start: its slot, or kNone (a barrier)
    std::vector<uint32_t> seconds;        // where a count became two, in order
    std::vector<uint32_t> used;           // the slots in use, in the order they were taken
    size_t grams = 0;                     // shingles entered

    // Enters the shingles starting at c[grams .. to) (c: the half's start).
    void enter(const char32_t* c, size_t to, char32_t barrier);
    // The slot holding (tag, home), or kNone.
    uint32_t find(uint32_t tag, uint32_t home) const;
    // Empties the half (only the slots it used).
    void clear();
  };

  const Half& half_of(size_t g) const { return g < half_ ? halves_[first_] : halves_[1 - first_]; }
  const Slot* table_of(size_t g) const { return half_of(g).table.data(); }
  uint32_t slot_of(size_t g) const { return half_of(g).slot_of[g < half_ ? g : g - half_]; }

  // Sets the window counts of both halves and lists the seconds.
  void add_up();

  size_t half_;
  Half halves_[2];
  int first_ = 0;     // the half the window begins with
  size_t grams_ = 0;  // of the last window counted
  std::vector<uint32_t> seconds_;
  std::vector<uint32_t> met_;  // see add_up()
};

}  // namespace copydesk
