#include "kinds/shingle_counter.h"

#include <algorithm>

namespace copydesk {

ShingleCounter::ShingleCounter(size_t half, size_t capacity) : half_(half) {
  for (Half& h : halves_) {
    h.table.resize(capacity);
    h.slot_of = std::make_unique_for_overwrite<uint32_t[]>(half);
  }
}

void ShingleCounter::count(const char32_t* c, size_t grams, char32_t barrier, bool follows) {
  // The half that was the second of the last window is the first of this
  // one: it has all its shingles but the last few, which reach past the
  // last window's end.
  if (follows && grams_ > half_) {
    first_ = 1 - first_;
  } else {
    halves_[first_].clear();
  }
  Half& a = halves_[first_];
  Half& b = halves_[1 - first_];
  b.clear();
  a.enter(c, std::min(grams, half_), barrier);
  if (grams > half_) b.enter(c + half_, grams - half_, barrier);
  grams_ = grams;
  add_up();
}

void ShingleCounter::add_up() {
  Half& a = halves_[first_];
  Half& b = halves_[1 - first_];
  for (uint32_t i : a.used) a.table[i].window_first_and_count = a.table[i].first_and_count;
  // The shingles of the second half whose count becomes two where they first occur.
  met_.clear();
  const uint32_t half = static_cast<uint32_t>(half_);
  for (uint32_t i : b.used) {
    Slot& s = b.table[i];
    const uint32_t j = a.find(s.tag, s.home);
    if (j == kNone) {
      s.window_first_and_count = s.first_and_count + (half << 2);
      continue;
    }
    Slot& r = a.table[j];
    r.window_first_and_count = (r.first_and_count & ~3u) | std::min<uint32_t>(3, r.count() + s.count());
    s.window_first_and_count = r.window_first_and_count;
    if (r.count() == 1) met_.push_back(s.first() + half);
  }
  // In order: the first half's seconds, then the second half's merged with
  // those met (both lists are in order, and never hold the same position).
  seconds_.assign(a.seconds.begin(), a.seconds.end());
  size_t x = 0, y = 0;
  while (x < b.seconds.size() || y < met_.size()) {
    const uint32_t later = x < b.seconds.size() ? b.seconds[x] + half : UINT32_MAX;
    const uint32_t met = y < met_.size() ? met_[y] : UINT32_MAX;
    if (later < met) {
      seconds_.push_back(later);
      ++x;
    } else {
      seconds_.push_back(met);
      ++y;
    }
  }
}

void ShingleCounter::Half::enter(const char32_t* c, size_t to, char32_t barrier) {
  const size_t from = grams;
  if (from >= to) return;
  grams = to;
  // A rolling polynomial hash, updated by one character a step:
  // h' = (h - out * kBase^(kShingle - 1)) * kBase + in.
  constexpr uint64_t kBase = 0x100000001B3ULL;
  uint64_t out_weight = kBase;  // kBase^kShingle: the weight the character leaving has after the step
  for (size_t k = 1; k < kShingle; ++k) out_weight *= kBase;
  uint64_t h = 0;
  size_t barrier_until = 0;  // shingles starting before this hold a barrier
  for (size_t k = from; k < from + kShingle; ++k) {
    h = h * kBase + c[k];
    if (c[k] == barrier) barrier_until = k + 1;
  }
  Slot* const slots = table.data();
  const size_t capacity = table.size();
  uint32_t* const slot_of_g = slot_of.get();
  for (size_t g = from;;) {
    if (g >= barrier_until) {
      // The mixed hash's high bits scaled to the table (no power-of-two size needed).
      const uint32_t home = static_cast<uint32_t>((((h * 0x9E3779B97F4A7C15ULL) >> 32) * capacity) >> 32);
      const uint32_t tag = static_cast<uint32_t>(h >> 32);
      size_t i = home;
      while (true) {
        Slot& slot = slots[i];
        const uint32_t n = slot.count();
        if (n == 0) {
          slot.tag = tag;
          slot.home = home;
          slot.first_and_count = static_cast<uint32_t>(g) << 2 | 1;
          used.push_back(static_cast<uint32_t>(i));
          break;
        }
        if (slot.tag == tag) {
          if (n < 3) {
            ++slot.first_and_count;
            if (n == 1) seconds.push_back(static_cast<uint32_t>(g));
          }
          break;
        }
        i = i + 1 == capacity ? 0 : i + 1;
      }
      slot_of_g[g] = static_cast<uint32_t>(i);
    } else {
      slot_of_g[g] = kNone;
    }
    if (++g == to) break;
    const char32_t in = c[g + kShingle - 1];
    h = h * kBase - c[g - 1] * out_weight + in;
    if (in == barrier) barrier_until = g + kShingle;
  }
}

uint32_t ShingleCounter::Half::find(uint32_t tag, uint32_t home) const {
  const size_t capacity = table.size();
  for (size_t i = home;; i = i + 1 == capacity ? 0 : i + 1) {
    const Slot& slot = table[i];
    if (slot.count() == 0) return kNone;
    if (slot.tag == tag) return static_cast<uint32_t>(i);
  }
}

void ShingleCounter::Half::clear() {
  for (uint32_t i : used) table[i] = Slot{};
  used.clear();
  seconds.clear();
  grams = 0;
}

}  // namespace copydesk
