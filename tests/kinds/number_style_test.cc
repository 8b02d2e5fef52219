#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace copydesk::testing;

TEST_CASE("number-style rules per GB/T 15835", "[kinds][number-style]") {
  auto small = shipped_rule("zh-Hans.arabic-digits-with-qian-bai");
  REQUIRE(small);
  CHECK(matched(run_rule(*small, "共收购玉米4千吨，捐款5百元。")) == std::vector<std::string>{"4千", "5百"});
  CHECK(run_rule(*small, "全长3千米，装机5千瓦，约1.14万亩，四千多人。").empty());

  auto range = shipped_rule("zh-Hans.range-keeps-scale");
  REQUIRE(range);
  auto findings = run_rule(*range, "预计投资9～16亿元，增幅15～30%。");
  CHECK(matched(findings) == std::vector<std::string>{"9～16亿", "15～30%"});
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].fix == std::optional<std::string>("9亿～16亿"));
  CHECK(findings[1].fix == std::optional<std::string>("15%～30%"));
  CHECK(run_rule(*range, "预计投资9亿～16亿元，每头100～150kg。").empty());

  auto split = shipped_rule("zh-Hans.number-split-across-lines");
  REQUIRE(split);
  CHECK(matched(run_rule(*split, "新中国成立于1949\n年10月1日。")) == std::vector<std::string>{"1949\n年"});
  CHECK(run_rule(*split, "新中国成立于1949年10月1日。").empty());
  // A scale word on the next line is read with its figure; the split is reported all the same.
  CHECK(matched(run_rule(*split, "种植面积达2\n万亩，年产鲜菇8万吨。")) == std::vector<std::string>{"2\n万"});

  auto grouping = shipped_rule("zh-Hans.digit-grouping-consistent");
  REQUIRE(grouping);
  CHECK(matched(run_rule(*grouping, "去年12,500人次，今年13600人次，收入25800元。")) == std::vector<std::string>{"12,500"});
  CHECK(run_rule(*grouping, "去年12,500人次，今年13,600人次，共2026户。").empty());

  auto year = shipped_rule("zh-Hans.shortened-year");
  REQUIRE(year);
  CHECK(matched(run_rule(*year, "他08年参军，19年5月退伍。")) == std::vector<std::string>{"08年", "19年5月"});
  CHECK(run_rule(*year, "29年来，两地合作不断深化。20世纪90年代，2008年。").empty());
}
