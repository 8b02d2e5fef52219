#include "kinds/word_segmenter.h"

#include <catch2/catch.hpp>

#include <string>

namespace copydesk {

TEST_CASE("word segmenter: a stretch seen again gets the same boundaries") {
  WordSegmenter fresh, reused;
  const std::u32string a = U"党委委员会议研究";
  const std::u32string b = U"科学院院士来到北京";
  const auto first_a = reused.boundaries(a);
  const auto first_b = reused.boundaries(b);
  CHECK(first_a.front() == 0);
  CHECK(first_a.back() == a.size());
  CHECK(reused.boundaries(a) == first_a);
  CHECK(reused.boundaries(b) == first_b);
  CHECK(fresh.boundaries(b) == first_b);
}

TEST_CASE("word segmenter: answers stay right after it forgets what it held") {
  WordSegmenter segmenter;
  const std::u32string text = U"实现现行的政策";
  const auto expected = WordSegmenter().boundaries(text);
  for (char32_t c = 0x4E00; c < 0x4E00 + 5000; ++c) segmenter.boundaries(std::u32string(3, c));
  CHECK(segmenter.boundaries(text) == expected);
  CHECK(segmenter.boundaries(text) == expected);
}

}  // namespace copydesk
