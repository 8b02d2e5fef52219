// The words that say what an English figure is of.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "kinds/phrase_words.h"

using namespace copydesk;

TEST_CASE("content words after a figure", "[phrase-words]") {
  const std::string text = "$2.1 billion in oil, gas and coal holdings by 2031";
  CHECK(content_words_after(text, 12) == std::vector<std::string>{"coal", "holdings"});
  // A figure or a period ends the phrase; scale and function words are no content.
  CHECK(content_words_after("$5 million. Then the county", 10).empty());
  CHECK(content_words_after(" million from their grants", 0) == std::vector<std::string>{"grants"});
  CHECK(share_a_word({"coal", "holdings"}, {"coal", "stocks"}));
  CHECK_FALSE(share_a_word({"coal"}, {"fees"}));
}
