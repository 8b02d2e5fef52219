// The duplicate-passage shingle counter answers as the two-pass count it
// replaced: enter every shingle, then look each one up again.
#include <catch2/catch.hpp>

#include <random>
#include <vector>

#include "kinds/shingle_counter.h"

using namespace copydesk;

namespace {

constexpr char32_t kBarrier = 0x7FFFFFFF;
constexpr size_t kShingle = ShingleCounter::kShingle;
constexpr uint32_t kNone = UINT32_MAX;  // no first position: the hash is not twice

// The first count: per shingle, the first position of its hash when that
// hash occurs exactly twice, else kNone.
std::vector<uint32_t> two_pass_first_of(const std::vector<char32_t>& c, size_t grams, size_t capacity) {
  struct Slot {
    uint32_t tag = 0, first_and_count = 0;
  };
  std::vector<Slot> table(capacity);
  auto slot_of = [&](uint64_t h) -> Slot& {
    const uint32_t tag = static_cast<uint32_t>(h >> 32) | 1;
    size_t i = static_cast<size_t>((((h * 0x9E3779B97F4A7C15ULL) >> 32) * capacity) >> 32);
    while ((table[i].first_and_count & 3) != 0 && table[i].tag != tag) i = i + 1 == capacity ? 0 : i + 1;
    return table[i];
  };
  auto for_each_shingle = [&](auto&& f) {
    constexpr uint64_t kBase = 0x100000001B3ULL;
    for (size_t g = 0; g < grams; ++g) {
      uint64_t h = 0;
      bool fenced = false;
      for (size_t k = 0; k < kShingle; ++k) {
        h = h * kBase + c[g + k];
        fenced |= c[g + k] == kBarrier;
      }
      if (!fenced) f(g, h);
    }
  };
  for_each_shingle([&](size_t g, uint64_t h) {
    Slot& slot = slot_of(h);
    if ((slot.first_and_count & 3) == 0) {
      slot.tag = static_cast<uint32_t>(h >> 32) | 1;
      slot.first_and_count = static_cast<uint32_t>(g) << 2 | 1;
    } else if ((slot.first_and_count & 3) < 3) {
      ++slot.first_and_count;
    }
  });
  std::vector<uint32_t> first_of(grams, kNone);
  for_each_shingle([&](size_t g, uint64_t h) {
    const Slot& slot = slot_of(h);
    if ((slot.first_and_count & 3) == 2) first_of[g] = slot.first_and_count >> 2;
  });
  return first_of;
}

}  // namespace

TEST_CASE("the shingle counter agrees with counting twice over", "[duplicate-passage]") {
  std::mt19937 rng(3);
  ShingleCounter counter(4096);
  for (int round = 0; round < 200; ++round) {
    // A small alphabet so that shingles repeat, and barriers now and then.
    size_t alphabet = 2 + rng() % 4;
    size_t grams = rng() % 1500;
    std::vector<char32_t> c(grams + kShingle - 1);
    for (char32_t& x : c) x = rng() % 50 == 0 ? kBarrier : U'甲' + static_cast<char32_t>(rng() % alphabet);
    std::vector<uint32_t> expected = two_pass_first_of(c, grams, 4096);
    counter.count(c.data(), grams, kBarrier);
    std::vector<uint32_t> seconds;
    for (size_t g = 0; g < grams; ++g) {
      REQUIRE(counter.twice(g) == (expected[g] != kNone));
      if (counter.twice(g)) {
        CHECK(counter.first(g) == expected[g]);
        if (expected[g] < g) seconds.push_back(static_cast<uint32_t>(g));
      }
    }
    std::vector<uint32_t> listed;
    for (uint32_t g : counter.seconds()) {
      if (counter.twice(g)) listed.push_back(g);
    }
    CHECK(listed == seconds);
    counter.clear();
  }
}

TEST_CASE("a cleared shingle counter starts afresh", "[duplicate-passage]") {
  ShingleCounter counter(64);
  std::u32string text = U"一二三四五六七八一二三四五六七八";  // one shingle, twice
  counter.count(text.data(), text.size() - kShingle + 1, kBarrier);
  CHECK(counter.twice(0));
  CHECK(counter.twice(8));
  CHECK(counter.first(8) == 0);
  CHECK(std::vector<uint32_t>(counter.seconds().begin(), counter.seconds().end()) == std::vector<uint32_t>{8});
  counter.clear();
  std::u32string other = U"一二三四五六七八九";
  counter.count(other.data(), 2, kBarrier);
  CHECK_FALSE(counter.twice(0));
  CHECK_FALSE(counter.twice(1));
  CHECK(counter.seconds().empty());
  // Clearing a window that used most of the table keeps the slot of the
  // shingles that hold a barrier.
  std::u32string most;
  for (char32_t k = 0; k < 40; ++k) most += static_cast<char32_t>(U'甲' + k);
  counter.clear();
  counter.count(most.data(), most.size() - kShingle + 1, kBarrier);
  counter.clear();
  // Exactly two shingles hold the barrier: a count of their own would make them twice.
  std::u32string fenced = std::u32string(U"甲") + kBarrier + U"一二三四五六七八九";
  counter.count(fenced.data(), fenced.size() - kShingle + 1, kBarrier);
  CHECK_FALSE(counter.twice(0));
  CHECK_FALSE(counter.twice(1));
}

TEST_CASE("overlapping windows take over the hashes they share", "[duplicate-passage]") {
  std::mt19937 rng(9);
  std::vector<char32_t> text(6000);
  for (char32_t& x : text) x = rng() % 40 == 0 ? kBarrier : U'甲' + static_cast<char32_t>(rng() % 3);
  for (size_t window : {size_t{40}, size_t{333}, size_t{1000}}) {
    for (size_t step : {size_t{1}, size_t{7}, window / 2, window - 8, window}) {
      ShingleCounter reused(4096), fresh(4096);
      for (size_t ws = 0; ws + kShingle <= text.size(); ws += step) {
        size_t we = std::min(text.size(), ws + window);
        size_t grams = we - ws - kShingle + 1;
        reused.count(text.data() + ws, grams, kBarrier, ws > 0 ? step : 0);
        fresh.count(text.data() + ws, grams, kBarrier);
        for (size_t g = 0; g < grams; ++g) {
          REQUIRE(reused.twice(g) == fresh.twice(g));
          if (fresh.twice(g)) REQUIRE(reused.first(g) == fresh.first(g));
        }
        REQUIRE(std::vector<uint32_t>(reused.seconds().begin(), reused.seconds().end()) ==
                std::vector<uint32_t>(fresh.seconds().begin(), fresh.seconds().end()));
        reused.clear();
        fresh.clear();
        if (we == text.size()) break;
      }
    }
  }
}
