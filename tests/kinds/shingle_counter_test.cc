// The duplicate-passage shingle counter answers as counting each window's
// shingles by their text would.
#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <string>
#include <vector>

#include "kinds/shingle_counter.h"

using namespace copydesk;

namespace {

constexpr char32_t kBarrier = 0x7FFFFFFF;
constexpr size_t kShingle = ShingleCounter::kShingle;

// Per shingle of c[0 .. grams), the first position of its text when that
// text occurs exactly twice, else kNone (shingles that hold a barrier count not).
std::vector<uint32_t> first_of_pairs(const char32_t* c, size_t grams) {
  std::map<std::u32string, std::pair<uint32_t, int>> seen;  // text -> first position, count
  auto text = [&](size_t g) -> std::u32string {
    std::u32string t(c + g, c + g + kShingle);
    return t.find(kBarrier) == std::u32string::npos ? t : std::u32string();
  };
  for (size_t g = 0; g < grams; ++g) {
    std::u32string t = text(g);
    if (t.empty()) continue;
    auto [it, fresh] = seen.emplace(t, std::pair<uint32_t, int>{static_cast<uint32_t>(g), 0});
    ++it->second.second;
  }
  std::vector<uint32_t> first_of(grams, ShingleCounter::kNone);
  for (size_t g = 0; g < grams; ++g) {
    std::u32string t = text(g);
    if (t.empty()) continue;
    const auto& [first, count] = seen.at(t);
    if (count == 2) first_of[g] = first;
  }
  return first_of;
}

// Checks every answer of `counter` for the window c[0 .. grams + kShingle - 1).
void check_window(const ShingleCounter& counter, const char32_t* c, size_t grams) {
  std::vector<uint32_t> expected = first_of_pairs(c, grams);
  std::vector<uint32_t> seconds;
  for (size_t g = 0; g < grams; ++g) {
    REQUIRE(counter.twice(g) == (expected[g] != ShingleCounter::kNone));
    if (counter.twice(g)) {
      REQUIRE(counter.first(g) == expected[g]);
      if (expected[g] < g) seconds.push_back(static_cast<uint32_t>(g));
    }
  }
  std::vector<uint32_t> listed;
  for (uint32_t g : counter.seconds()) {
    REQUIRE(g < grams);
    if (counter.twice(g)) listed.push_back(g);
  }
  REQUIRE(listed == seconds);
}

}  // namespace

TEST_CASE("the shingle counter agrees with counting shingles by their text", "[duplicate-passage]") {
  std::mt19937 rng(3);
  ShingleCounter counter(800, 4096);
  for (int round = 0; round < 200; ++round) {
    // A small alphabet so that shingles repeat, and barriers now and then.
    size_t alphabet = 2 + rng() % 4;
    size_t grams = rng() % 1600;
    std::vector<char32_t> c(grams + kShingle - 1);
    for (char32_t& x : c) x = rng() % 50 == 0 ? kBarrier : U'甲' + static_cast<char32_t>(rng() % alphabet);
    counter.count(c.data(), grams, kBarrier);
    check_window(counter, c.data(), grams);
  }
}

TEST_CASE("a shingle counter starts afresh", "[duplicate-passage]") {
  ShingleCounter counter(16, 64);
  std::u32string text = U"一二三四五六七八一二三四五六七八";  // one shingle, twice
  counter.count(text.data(), text.size() - kShingle + 1, kBarrier);
  CHECK(counter.twice(0));
  CHECK(counter.twice(8));
  CHECK(counter.first(8) == 0);
  CHECK(std::vector<uint32_t>(counter.seconds().begin(), counter.seconds().end()) == std::vector<uint32_t>{8});
  std::u32string other = U"一二三四五六七八九";
  counter.count(other.data(), 2, kBarrier);
  CHECK_FALSE(counter.twice(0));
  CHECK_FALSE(counter.twice(1));
  CHECK(counter.seconds().empty());
}

TEST_CASE("a pair split between the halves of a window", "[duplicate-passage]") {
  ShingleCounter counter(10, 64);
  // 一..八 at 0 and at 12: the second in the window's second half.
  std::u32string text = U"一二三四五六七八甲乙丙丁一二三四五六七八";
  counter.count(text.data(), text.size() - kShingle + 1, kBarrier);
  CHECK(counter.twice(12));
  CHECK(counter.first(12) == 0);
  CHECK(counter.twice(0));
  CHECK(counter.first(0) == 0);
  CHECK(std::vector<uint32_t>(counter.seconds().begin(), counter.seconds().end()) == std::vector<uint32_t>{12});
}

TEST_CASE("windows that follow each other by half take over the half they share", "[duplicate-passage]") {
  std::mt19937 rng(9);
  std::vector<char32_t> text(6000);
  for (size_t alphabet : {size_t{3}, size_t{6}}) {
    for (char32_t& x : text) x = rng() % 40 == 0 ? kBarrier : U'甲' + static_cast<char32_t>(rng() % alphabet);
    for (size_t window : {size_t{40}, size_t{333}, size_t{1000}}) {
      const size_t step = window / 2;
      ShingleCounter counter(step, 4096);
      for (size_t ws = 0; ws + kShingle <= text.size(); ws += step) {
        size_t we = std::min(text.size(), ws + window);
        size_t grams = we - ws - kShingle + 1;
        counter.count(text.data() + ws, grams, kBarrier, ws > 0);
        check_window(counter, text.data() + ws, grams);
        if (we == text.size()) break;
      }
    }
  }
}
