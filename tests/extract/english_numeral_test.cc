#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/english_numeral.h"

using namespace copydesk;

TEST_CASE("English number words are parsed from the word that begins them", "[extract][english]") {
  struct Case {
    const char* text;
    double value;
    size_t end;
  };
  const Case cases[] = {
      {"twenty-five people", 25, 11},     {"one hundred and five", 105, 20}, {"a dozen eggs", 12, 7},
      {"two-thirds of them", 2.0 / 3, 10}, {"Third place", 3, 5},            {"A million", 1e6, 9},
      {"three million dollars", 3e6, 13},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    auto number = parse_english_number(c.text, 0);
    REQUIRE(number);
    CHECK(number->value == Approx(c.value));
    CHECK(number->end == c.end);
  }
  for (const char* text : {"a man", "and one", "the two", "million", "dozens", "oneself", "an"}) {
    INFO(text);
    CHECK_FALSE(parse_english_number(text, 0));
  }
}

TEST_CASE("Only words that may begin a number pass the scanner's first test", "[extract][english]") {
  for (const char* word : {"a", "An", "one", "TWENTY", "Ninety", "first", "seventeenth", "billionth", "zero"}) {
    INFO(word);
    CHECK(may_begin_english_number(word));
  }
  for (const char* word : {"the", "and", "of", "to", "million", "dozen", "half", "thirds", "hundred", "oneself",
                           "twentyfive", "anything", "", "seventeenthly"}) {
    INFO(word);
    CHECK_FALSE(may_begin_english_number(word));
  }
  // The test never rejects a word at which parse_english_number finds a number.
  const std::vector<std::string> words = {
      "a",      "an",     "and",     "zero",     "one",     "two",      "three",   "ten",     "eleven",  "twelve",
      "twenty", "ninety", "hundred", "thousand", "million", "billion",  "dozen",   "half",    "third",   "thirds",
      "first",  "second", "fourth",  "quarter",  "fifths",  "hundredth", "the",    "of",      "sixty",   "eighty"};
  for (const std::string& first : words) {
    for (const std::string& second : words) {
      for (const char* glue : {" ", "-"}) {
        std::string text = first + glue + second;
        for (std::string variant : {text, std::string(1, static_cast<char>(text[0] - 'a' + 'A')) + text.substr(1)}) {
          INFO(variant);
          if (parse_english_number(variant, 0)) CHECK(may_begin_english_number(first));
        }
      }
    }
  }
}
