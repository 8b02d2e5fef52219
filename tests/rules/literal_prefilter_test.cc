#include <catch2/catch.hpp>

#include "rules/literal_prefilter.h"

namespace copydesk {

TEST_CASE("A literal prefilter passes over text that cannot match, and only such text", "[rules][prefilter]") {
  RE2::Options options;
  LiteralPrefilter both("…+等", options);  // needs … and 等
  REQUIRE(both.active());
  CHECK(both.may_match("领导……等人出席"));
  CHECK_FALSE(both.may_match("领导等人出席"));
  CHECK_FALSE(both.may_match("领导……出席"));

  LiteralPrefilter range(R"((\d{1,4}-\d{1,4}(?:年|月|日|号)))", options);
  REQUIRE(range.active());
  CHECK(range.may_match("1949-1951年"));
  CHECK_FALSE(range.may_match("1949至1951年"));

  // No literal to look for, or literals with letters (lowercased by RE2): always true.
  LiteralPrefilter classes("[０-９Ａ-Ｚａ-ｚ]+", options);
  CHECK_FALSE(classes.active());
  CHECK(classes.may_match("没有全角字母"));
  LiteralPrefilter letters("Photo", options);
  CHECK_FALSE(letters.active());
  CHECK(letters.may_match("photo"));
  LiteralPrefilter broken("(", options);
  CHECK_FALSE(broken.active());
}

}  // namespace copydesk
