#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace copydesk::testing;

TEST_CASE("unit-mismatch finds one energy quantity in 度 and 千瓦时", "[kinds][unit-mismatch]") {
  auto rule = shipped_rule("zh-Hans.unit-mismatch");
  REQUIRE(rule);
  auto findings = run_rule(*rule, "内蒙古外送绿电达900亿度，同比增长40%。每年输送电量约720亿千瓦时，外送电量2160亿度。");
  REQUIRE(matched(findings) == std::vector<std::string>{"720亿千瓦时"});
  REQUIRE(findings[0].related.size() == 1);
}

TEST_CASE("unit-mismatch compares notations of one size only", "[kinds][unit-mismatch]") {
  auto rule = shipped_rule("zh-Hans.unit-mismatch");
  REQUIRE(rule);
  CHECK(matched(run_rule(*rule, "运输30公斤蔬菜，又运20千克水果。")) == std::vector<std::string>{"20千克"});
  CHECK(matched(run_rule(*rule, "新修道路12公里，其中3千米为山路。")) == std::vector<std::string>{"3千米"});
  CHECK(matched(run_rule(*rule, "道路全长12公里，另有3km步道。")) == std::vector<std::string>{"3km"});
  // Different sizes of one dimension are customary: tonnes of grain, 斤 of pork, 公斤 per person.
  CHECK(run_rule(*rule, "粮食产量800万吨，猪肉每斤15元，人均口粮200公斤。").empty());
  // Counts are not compared: 人 and 名 are both fine.
  CHECK(run_rule(*rule, "参会300人，其中代表50名。").empty());
  CHECK(run_rule(*rule, "全年发电量900亿千瓦时，上网电量720亿千瓦时。").empty());
}

TEST_CASE("unit-mismatch reports confusable pairs and magnitude slips", "[kinds][unit-mismatch]") {
  auto rule = shipped_rule("zh-Hans.unit-mismatch");
  REQUIRE(rule);
  CHECK(matched(run_rule(*rule, "流转土地3000亩，建成高标准农田200公顷。")) == std::vector<std::string>{"200公顷"});
  CHECK(matched(run_rule(*rule, "The road runs 12 miles, and the new section adds 5 km.")) ==
        std::vector<std::string>{"5 km"});
  CHECK(matched(run_rule(*rule, "项目总投资12亿元，建设期两年。项目投资1200万元，用于购置设备。")) ==
        std::vector<std::string>{"1200万元"});
  CHECK(run_rule(*rule, "项目总投资12亿元，其中一期投资3亿元。").empty());
  CHECK(run_rule(*rule, "项目总投资12亿元，建设期两年。中央投资1.2亿元。").empty());
  CHECK(run_rule(*rule, "项目总投资12亿元，其中配套投资1200万元。").empty());
  // One significant digit is too common to compare.
  CHECK(run_rule(*rule, "总投资1亿元，其中设备投资1000万元。").empty());
}
