#include "kinds/shingle_counter.h"

#include <algorithm>
#include <cwchar>

namespace copydesk {

void ShingleCounter::count(const char32_t* c, size_t grams, char32_t barrier, size_t shift) {
  // The shingles both windows hold: their keys stay where they are while
  // there is room after them (the key array holds a window and a half), else
  // they move to the front.
  const size_t known = shift > 0 && shift < grams_ ? std::min(grams_ - shift, grams) : 0;
  size_t start = known > 0 ? keys_start_ + shift : 0;
  if (grams > room_) {
    room_ = grams;
    key_room_ = grams + grams / 2;
    auto keys = std::make_unique_for_overwrite<uint64_t[]>(key_room_);
    if (known > 0) std::copy(keys_.get() + start, keys_.get() + start + known, keys.get());
    start = 0;
    keys_ = std::move(keys);
    slot_of_ = std::make_unique_for_overwrite<uint32_t[]>(room_);
    seconds_ = std::make_unique_for_overwrite<uint32_t[]>(room_);
    used_ = std::make_unique_for_overwrite<uint32_t[]>(room_);
  } else if (start + grams > key_room_) {
    std::copy(keys_.get() + start, keys_.get() + start + known, keys_.get());
    start = 0;
  }
  keys_start_ = start;
  grams_ = grams;
  seconds_count_ = used_count_ = 0;
  uint64_t* const keys = keys_.get() + start;
  const size_t capacity = capacity_;
  if (known < grams) {
    // A rolling polynomial hash from the first new shingle on, updated by one
    // character a step: h' = (h - out * kBase^(kShingle - 1)) * kBase + in.
    constexpr uint64_t kBase = 0x100000001B3ULL;
    uint64_t out_weight = kBase;  // kBase^kShingle: the weight the character leaving has after the step
    for (size_t k = 1; k < kShingle; ++k) out_weight *= kBase;
    const uint64_t fenced = fenced_key();
    uint64_t h = 0;
    for (size_t k = known; k < known + kShingle; ++k) h = h * kBase + c[k];
    for (size_t g = known;;) {
      // The mixed hash's high bits scaled to the table (no power-of-two size
      // needed), the home slot in the high half as it comes.
      const uint64_t home_high = (((h * 0x9E3779B97F4A7C15ULL) >> 32) * capacity) & 0xFFFFFFFF00000000ULL;
      keys[g] = home_high | (h >> 32) | 1;
      if (++g == grams) break;
      h = h * kBase - c[g - 1] * out_weight + c[g + kShingle - 1];
    }
    // Then the shingles that hold a barrier: few, and found apart from the
    // hashing, which then needs no test a character.
    static_assert(sizeof(wchar_t) == sizeof(char32_t));
    const auto* w = reinterpret_cast<const wchar_t*>(c);
    const wchar_t* const stop = w + grams + kShingle - 1;
    for (const wchar_t* b = w + known; (b = std::wmemchr(b, static_cast<wchar_t>(barrier), stop - b)) != nullptr; ++b) {
      const size_t at = static_cast<size_t>(b - w);  // the shingles from at - kShingle + 1 to at hold it
      for (size_t g = std::max(at >= kShingle - 1 ? at - (kShingle - 1) : 0, known); g <= at && g < grams; ++g) {
        keys[g] = fenced;
      }
    }
  }
  Slot* const slots = table_.data();
  uint32_t* const slot_of = slot_of_.get();
  uint32_t* const seconds = seconds_.get();
  uint32_t* const used = used_.get();
  size_t seconds_count = 0, used_count = 0;
  // The keys are known ahead: the home slot of a shingle further on is
  // fetched while this one is entered (most find their slot at the first try).
  for (size_t g = 0; g < grams; ++g) {
    if (g + kPrefetchAhead < grams) __builtin_prefetch(&slots[keys[g + kPrefetchAhead] >> 32], 1);
    const uint64_t key = keys[g];
    const uint32_t tag = static_cast<uint32_t>(key);
    size_t i = key >> 32;
    // Most shingles come again: their slot is the first one tried.
    while (slots[i].tag != tag && slots[i].tag != 0) i = i + 1 == capacity ? 0 : i + 1;
    Slot& slot = slots[i];
    if (slot.tag != tag) {
      slot.tag = tag;
      slot.first_and_count = static_cast<uint32_t>(g) << 2 | 1;
      used[used_count++] = static_cast<uint32_t>(i);
    } else if (const uint32_t n = slot.count(); n < 3) {
      ++slot.first_and_count;
      if (n == 1) seconds[seconds_count++] = static_cast<uint32_t>(g);
    }
    slot_of[g] = static_cast<uint32_t>(i);
  }
  seconds_count_ = seconds_count;
  used_count_ = used_count;
}

void ShingleCounter::clear() {
  for (size_t k = 0; k < used_count_; ++k) {
    if (k + kPrefetchAhead < used_count_) __builtin_prefetch(&table_[used_[k + kPrefetchAhead]], 1);
    table_[used_[k]] = Slot{};
  }
  used_count_ = 0;
}

}  // namespace copydesk
