// Where a search for a set of literal strings looks first: one byte of each
// string (its anchor), chosen so that few byte values cover all the strings
// and those values are rare in news copy. A search finds the anchor bytes
// with memchr, which passes over text far faster than any per-byte loop, and
// compares strings only where an anchor byte is.
//
// The lead bytes of Han characters (E4-E9) come every three bytes in Chinese
// text; ASCII digits and punctuation, and the lead bytes of CJK punctuation
// (E2, E3, EF), far less often: 。。 is anchored on E3, ０-９ and Ａ-Ｚ on EF.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace copydesk {

class LiteralAnchors {
 public:
  explicit LiteralAnchors(const std::vector<std::string>& strings);

  struct Anchored {
    uint32_t string;  // index into the strings given
    uint32_t offset;  // where the anchor byte is in that string
  };
  // The anchor byte values, each once.
  const std::vector<unsigned char>& bytes() const { return bytes_; }
  // The strings anchored on `byte`.
  const std::vector<Anchored>& at(unsigned char byte) const { return anchored_[byte]; }
  // How many anchor bytes a search is expected to meet per byte of text.
  double hit_rate() const { return hit_rate_; }

  // How often `byte` is expected per byte of news copy, Chinese or English.
  static double byte_rate(unsigned char byte);
  // hit_rate() of the anchors `strings` would have, without keeping them
  // (a rule's literals are costed many times over while it loads).
  static double hit_rate_of(const std::vector<std::string>& strings);

 private:
  // The anchor bytes of a greedy set cover of `strings`, in the order taken.
  static std::vector<unsigned char> cover(const std::vector<std::string>& strings);

  std::vector<unsigned char> bytes_;
  std::array<std::vector<Anchored>, 256> anchored_;
  double hit_rate_ = 0;
};

}  // namespace copydesk
