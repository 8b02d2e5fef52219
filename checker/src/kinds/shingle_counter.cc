#include "kinds/shingle_counter.h"

namespace copydesk {

void ShingleCounter::count(const char32_t* c, size_t grams, char32_t barrier) {
  slot_of_.resize(grams);
  seconds_.clear();
  if (grams == 0) return;
  // A rolling polynomial hash, updated by one character a step.
  constexpr uint64_t kBase = 0x100000001B3ULL;
  uint64_t top = 1;  // kBase^(kShingle - 1): the weight of a shingle's first character
  for (size_t k = 1; k < kShingle; ++k) top *= kBase;
  uint64_t h = 0;
  size_t barrier_until = 0;  // shingles starting before this hold a barrier
  for (size_t k = 0; k < kShingle; ++k) {
    h = h * kBase + c[k];
    if (c[k] == barrier) barrier_until = k + 1;
  }
  Slot* slots = table_.data();
  const size_t capacity = capacity_;
  for (size_t g = 0;;) {
    if (g < barrier_until) {
      slot_of_[g] = kNone;
    } else {
      const uint32_t tag = static_cast<uint32_t>(h >> 32);
      // The mixed hash's high bits scaled to the table (no power-of-two size needed).
      size_t i = static_cast<size_t>((((h * 0x9E3779B97F4A7C15ULL) >> 32) * capacity) >> 32);
      while (slots[i].count() != 0 && slots[i].tag != tag) i = i + 1 == capacity ? 0 : i + 1;
      Slot& slot = slots[i];
      if (slot.count() == 0) {
        slot.tag = tag;
        slot.first_and_count = static_cast<uint32_t>(g) << 2 | 1;
        used_.push_back(static_cast<uint32_t>(i));
      } else if (slot.count() < 3) {
        if (++slot.first_and_count, slot.count() == 2) seconds_.push_back(static_cast<uint32_t>(g));
      }
      slot_of_[g] = static_cast<uint32_t>(i);
    }
    if (++g == grams) break;
    const char32_t in = c[g + kShingle - 1];
    h = (h - c[g - 1] * top) * kBase + in;
    if (in == barrier) barrier_until = g + kShingle;
  }
}

void ShingleCounter::clear() {
  for (uint32_t i : used_) table_[i] = Slot{};
  used_.clear();
}

}  // namespace copydesk
