#include <catch2/catch.hpp>

#include "extract/date_prefilters.h"

using namespace copydesk;

namespace {

TEST_CASE("may_hold_zh_period: a period's marks, not a lone 五", "[dates]") {
  CHECK(may_hold_zh_period("上旬"));
  CHECK(may_hold_zh_period("年底"));
  CHECK(may_hold_zh_period("年下半年"));
  CHECK(may_hold_zh_period("“十四五”"));
  CHECK(may_hold_zh_period("十五五时期"));
  CHECK(may_hold_zh_period("十四五规划"));
  CHECK_FALSE(may_hold_zh_period("五"));
  CHECK_FALSE(may_hold_zh_period("“五"));
  CHECK_FALSE(may_hold_zh_period("五中"));
  CHECK_FALSE(may_hold_zh_period("十四五"));
}

TEST_CASE("may_hold_zh_year: a year's digits, numerals or relative word before 年", "[dates]") {
  CHECK(may_hold_zh_year("2026年"));
  CHECK(may_hold_zh_year(",2026年,"));
  CHECK(may_hold_zh_year("二〇二六年"));
  CHECK(may_hold_zh_year("一九九五年"));
  CHECK(may_hold_zh_year("两千零八年"));
  CHECK(may_hold_zh_year("去年"));
  CHECK(may_hold_zh_year("3年前年"));
  CHECK_FALSE(may_hold_zh_year("三年"));
  CHECK_FALSE(may_hold_zh_year("25年"));
  CHECK_FALSE(may_hold_zh_year("十二年"));
  CHECK_FALSE(may_hold_zh_year("初十,年"));
  CHECK_FALSE(may_hold_zh_year("年"));
}

TEST_CASE("may_hold_zh_*_range: a range mark after what a range's first part ends with", "[dates]") {
  CHECK(may_hold_zh_day_range("15日至25日"));
  CHECK(may_hold_zh_day_range("15-25日"));
  CHECK(may_hold_zh_day_range("3月15号到4月2日"));
  CHECK_FALSE(may_hold_zh_day_range("至11月11日,"));
  CHECK_FALSE(may_hold_zh_day_range("月至2日"));

  CHECK(may_hold_zh_month_range("1-5月"));
  CHECK(may_hold_zh_month_range("一至三月"));
  CHECK(may_hold_zh_month_range("3月份～5月"));
  CHECK(may_hold_zh_month_range("十二—十月"));
  CHECK_FALSE(may_hold_zh_month_range("至12月34"));
  CHECK_FALSE(may_hold_zh_month_range("年至5月"));

  CHECK(may_hold_zh_year_range("2020年至2024年"));
  CHECK(may_hold_zh_year_range("2020–2024年"));
  CHECK_FALSE(may_hold_zh_year_range("到1945年"));
  CHECK_FALSE(may_hold_zh_year_range("——2034年"));
}

TEST_CASE("longest_letter_stretch counts ASCII letters and every byte outside ASCII", "[dates]") {
  CHECK(longest_letter_stretch("") == 0);
  CHECK(longest_letter_stretch("12A") == 1);
  CHECK(longest_letter_stretch("222g/L,") == 1);
  CHECK(longest_letter_stretch("May 5") == 3);
  CHECK(longest_letter_stretch("a.m.") == 1);
  CHECK(longest_letter_stretch("to ſo") == 3);  // ſ: two bytes
}

}  // namespace
