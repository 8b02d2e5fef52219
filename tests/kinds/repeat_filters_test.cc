// The repetition kind's per-character filters agree with the plain loops
// they stand for, on every length and alignment.
#include <catch2/catch.hpp>

#include <random>
#include <vector>

#include "kinds/char_window.h"
#include "kinds/repeat_filters.h"

using namespace copydesk;

namespace {

// Where the short-repeat checks could find something: AA, ABA, or the first
// two characters again 3 to 8 characters on.
size_t plain_find_possible_repeat(const std::vector<uint16_t>& p, size_t from, size_t count) {
  for (size_t x = from; x < from + count; ++x) {
    if (p[x + 1] == p[x] || p[x + 2] == p[x]) return x - from;
    for (size_t k = 3; k <= kRecurDistance; ++k) {
      if (p[x + k] == p[x] && p[x + k + 1] == p[x + 1]) return x - from;
    }
  }
  return count;
}

std::vector<uint16_t> low16_of(const std::vector<char32_t>& c) {
  std::vector<uint16_t> out(c.size());
  store_low16(c.data(), c.size(), out.data());
  return out;
}

// The hash as the long-repeat scan first computed it: 64-bit FNV-1a, masked.
uint16_t plain_hash(const char32_t* g) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t k = 0; k < 6; ++k) h = (h ^ g[k]) * 1099511628211ULL;
  return static_cast<uint16_t>(h & 0xFFFF);
}

// Characters from a small alphabet (so that some recur), with Han, a
// barrier-like value and characters beyond the BMP mixed in.
std::vector<char32_t> random_chars(std::mt19937& rng, size_t n, size_t alphabet) {
  static const char32_t kPool[] = {U'的', U'国', U'摄', U'。', U'a', 0x20000, 0x2F800, 0x7FFFFFFF, 0x10FFFF, U'一',
                                   U'\u4E00', U'\uFFFF', 0x1FFFF, U'，', U'1', U'z'};
  std::uniform_int_distribution<size_t> pick(0, alphabet - 1);
  std::vector<char32_t> v(n);
  for (char32_t& c : v) c = kPool[pick(rng)];
  return v;
}

}  // namespace

TEST_CASE("find_possible_repeat finds the first place a short repeat may start", "[repetition]") {
  std::mt19937 rng(7);
  for (size_t alphabet : {2, 5, 9, 16}) {
    for (int round = 0; round < 300; ++round) {
      size_t count = rng() % 70;
      size_t from = rng() % 5;
      std::vector<uint16_t> p = low16_of(random_chars(rng, from + count + kRecurDistance + 1, alphabet));
      CHECK(find_possible_repeat(p.data() + from, count) == plain_find_possible_repeat(p, from, count));
    }
  }
  // Nothing repeats: distinct characters.
  std::vector<uint16_t> distinct(100);
  for (size_t i = 0; i < distinct.size(); ++i) distinct[i] = static_cast<uint16_t>(0x4E00 + i);
  CHECK(find_possible_repeat(distinct.data(), 91) == 91);
  distinct[60] = distinct[52];  // one character back 8 on: not enough alone
  CHECK(find_possible_repeat(distinct.data(), 91) == 91);
  distinct[61] = distinct[53];  // the first two back together: a unit of 8 may repeat
  CHECK(find_possible_repeat(distinct.data(), 91) == 52);
  distinct[31] = distinct[30];  // a doubled character
  CHECK(find_possible_repeat(distinct.data(), 91) == 30);
  distinct[12] = distinct[10];  // ABA
  CHECK(find_possible_repeat(distinct.data(), 91) == 10);
}

TEST_CASE("store_low16 keeps the low 16 bits of each character", "[repetition]") {
  std::vector<char32_t> c = {U'中', 0x7FFFFFFF, 0x20000, 0x2F8A6, U'a', 0xFFFF, 0x10FFFF, U'。', U'国', U'的', U'1'};
  std::vector<uint16_t> low = low16_of(c);
  for (size_t k = 0; k < c.size(); ++k) CHECK(low[k] == (c[k] & 0xFFFF));
}

TEST_CASE("hash_6grams_low16 gives the low bits of the 64-bit hash", "[repetition]") {
  std::mt19937 rng(11);
  for (int round = 0; round < 300; ++round) {
    size_t count = rng() % 90;
    size_t from = rng() % 9;
    std::vector<char32_t> p = random_chars(rng, from + count + 5, 16);
    for (char32_t& c : p) c ^= static_cast<char32_t>(rng() & 0xFFFF);  // spread the low bits
    std::vector<uint16_t> low = low16_of(p);
    std::vector<uint16_t> out(count + 1, 0xABCD);
    hash_6grams_low16(low.data() + from, count, out.data());
    for (size_t x = 0; x < count; ++x) CHECK(out[x] == plain_hash(p.data() + from + x));
    CHECK(out[count] == 0xABCD);  // nothing written past the end
  }
}
