// A set of code points of the Basic Multilingual Plane as a bitmap: one load
// and a shift to test, for scans that ask about every character of a text.
//
//   constexpr CodePointSet kSigns(U"+-＋－");
//   if (kSigns.contains(c)) ...
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace copydesk {

class CodePointSet {
 public:
  constexpr CodePointSet() = default;
  constexpr explicit CodePointSet(std::u32string_view members) {
    for (char32_t c : members) add(c);
  }

  // REQUIRES: c < 0x10000.
  constexpr void add(char32_t c) { bits_[c >> 6] |= uint64_t{1} << (c & 63); }
  constexpr void remove(char32_t c) { bits_[c >> 6] &= ~(uint64_t{1} << (c & 63)); }

  // False for every code point beyond the BMP.
  constexpr bool contains(char32_t c) const { return c < 0x10000 && ((bits_[c >> 6] >> (c & 63)) & 1); }
  // The same for the three bytes of a UTF-8 sequence (U+0800-U+FFFF), without
  // assembling the code point: the bits the decoder keeps are the same.
  constexpr bool contains(unsigned char lead, unsigned char second, unsigned char third) const {
    return (bits_[(unsigned{lead & 0x0Fu} << 6) | (second & 0x3Fu)] >> (third & 0x3F)) & 1;
  }

 private:
  std::array<uint64_t, 0x10000 / 64> bits_{};
};

}  // namespace copydesk
