#include <catch2/catch.hpp>

#include "extract/chinese_numeral.h"

using copydesk::parse_chinese_numeral;

TEST_CASE("Chinese numerals have their values", "[extract][numeral]") {
  struct Case {
    const char* text;
    double value;
  };
  const Case cases[] = {
      {"一", 1},          {"十", 10},          {"十二", 12},           {"二十六", 26},
      {"一百零五", 105},  {"两百", 200},       {"一千三百四十", 1340}, {"三万五", 35000},
      {"一百五", 150},    {"二〇二六", 2026},  {"壹佰贰拾叁", 123},    {"1.14万", 11400},
      {"3506.8万", 35068000}, {"10亿零817万", 1008170000}, {"七十一", 71}, {"十万", 100000},
      {"一亿", 1e8},      {"五千零一", 5001},  {"零", 0},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    auto v = parse_chinese_numeral(c.text);
    REQUIRE(v.has_value());
    CHECK(*v == Approx(c.value));
  }
}

TEST_CASE("Things that are not numerals give nothing", "[extract][numeral]") {
  for (const char* text : {"", "万", "abc", "一二三十十", "十万万", "第三"}) {
    INFO(text);
    CHECK_FALSE(parse_chinese_numeral(text).has_value());
  }
  CHECK_FALSE(parse_chinese_numeral(std::string(10000, '9')).has_value());
}
