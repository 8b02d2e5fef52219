#include <catch2/catch.hpp>

#include <random>
#include <vector>

#include "core/byte_set.h"

using namespace copydesk;

TEST_CASE("byte_set_mask marks exactly the bytes of the set", "[core][byte_set]") {
  std::mt19937 rng(7);
  const unsigned char pool[] = {'(', ')', ',', 'a', 0xE2, 0xE3, 0xEF, 0x80, 0x00, 0xFF};
  for (int round = 0; round < 2000; ++round) {
    unsigned char block[16];
    for (unsigned char& b : block) b = pool[rng() % sizeof pool];
    unsigned expected = 0;
    for (int k = 0; k < 16; ++k) {
      if (block[k] == '(' || block[k] == ')' || block[k] == 0xE2 || block[k] == 0xEF) expected |= 1u << k;
    }
    REQUIRE(byte_set_mask<'(', ')', 0xE2, 0xEF>(block) == expected);
  }
}

TEST_CASE("ascii_byte_mask marks the bytes below 0x80", "[core][byte_set]") {
  unsigned char block[16];
  for (int k = 0; k < 16; ++k) block[k] = static_cast<unsigned char>(k % 3 == 0 ? 0x7F : 0x80 + k);
  unsigned expected = 0;
  for (int k = 0; k < 16; k += 3) expected |= 1u << k;
  CHECK(ascii_byte_mask(block) == expected);
  for (unsigned char& b : block) b = 0xE4;
  CHECK(ascii_byte_mask(block) == 0);
}

TEST_CASE("wide_lead_byte_mask marks the bytes from 0xE0 up", "[core][byte_set]") {
  for (int start = 0; start < 256; start += 16) {
    unsigned char block[16];
    unsigned expected = 0;
    for (int k = 0; k < 16; ++k) {
      block[k] = static_cast<unsigned char>(start + k);
      if (start + k >= 0xE0) expected |= 1u << k;
    }
    REQUIRE(wide_lead_byte_mask(block) == expected);
  }
}

TEST_CASE("byte_pair_mask marks where one byte stands a distance before another", "[core][byte_set]") {
  std::mt19937 rng(11);
  for (size_t distance : {0, 1, 2, 5, 11, 16, 40}) {
    for (int round = 0; round < 500; ++round) {
      std::vector<unsigned char> block(distance + 16);
      for (unsigned char& b : block) b = static_cast<unsigned char>(rng() % 3 == 0 ? 0xE5 : 0xB4 - rng() % 2);
      unsigned expected = 0;
      for (size_t k = 0; k < 16; ++k) {
        if (block[k] == 0xE5 && block[k + distance] == 0xB4) expected |= 1u << k;
      }
      INFO("distance " << distance);
      REQUIRE(byte_pair_mask(block.data(), 0xE5, distance, 0xB4) == expected);
    }
  }
}
