// Reading rule files without their examples: the block goes, every other line
// keeps its number, and a file is parsed whole when its rest does not parse.
#include <catch2/catch.hpp>

#include <string>

#include "rules/rule_pack.h"
#include "rules/yaml_file.h"
#include "support/test_support.h"

using namespace copydesk;

TEST_CASE("the block of a top-level key is emptied, line breaks kept", "[rules][yaml]") {
  std::string yaml =
      "kind: pattern\n"
      "examples:\n"
      "  bad:\n"
      "    - \"one\"\n"
      "\n"
      "    - 'two\n"
      "\n"
      "      lines'\n"
      "  # a comment\n"
      "  good: [x]\n"
      "options:\n"
      "  pattern: x\n";
  REQUIRE(blank_top_level_block(yaml, "examples"));
  CHECK(yaml == "kind: pattern\n\n\n\n\n\n\n\n\n\noptions:\n  pattern: x\n");
  std::string none = "kind: pattern\nexample_count: 2\n";
  CHECK_FALSE(blank_top_level_block(none, "examples"));
  CHECK(none == "kind: pattern\nexample_count: 2\n");
  std::string last = "kind: pattern\nexamples: {bad: [a], good: [b]}";
  REQUIRE(blank_top_level_block(last, "examples"));
  CHECK(last == "kind: pattern\n");
}

TEST_CASE("a rule read without its examples is the same rule, and its errors keep their place", "[rules][yaml]") {
  copydesk::testing::TempDir dir;
  const std::string head = "kind: pattern\ncategory: punctuation\nmessage: \"Doubled {text}.\"\n";
  SECTION("the same rule, without examples") {
    const std::string file =
        dir.write("t/rule.yaml", head + "examples:\n  bad: [\"。。\"]\n  good: [\"。\"]\noptions:\n  pattern: '。。'\n");
    auto read = load_rule_file(file, "t");
    auto skipped = load_rule_file(file, "t", KindRegistry::builtin(), ExampleLoading::kSkip);
    REQUIRE(read.ok());
    REQUIRE(skipped.ok());
    CHECK(read.value()->spec().examples.bad.size() == 1);
    CHECK(skipped.value()->spec().examples.bad.empty());
    CHECK(skipped.value()->spec().id == read.value()->spec().id);
  }
  SECTION("an error after the examples names its own line and column") {
    const std::string file = dir.write("t/rule.yaml", head + "examples:\n  bad: [\"。。\"]\n  good: [\"。\"]\noptions:\n"
                                                             "  pattern: '(。。'\n");
    auto skipped = load_rule_file(file, "t", KindRegistry::builtin(), ExampleLoading::kSkip);
    REQUIRE_FALSE(skipped.ok());
    CHECK_THAT(skipped.status().message(), Catch::Contains("t/rule.yaml:8:12: bad regular expression"));
  }
  SECTION("malformed YAML in the examples is still reported when the rest does not parse alone") {
    const std::string file = dir.write("t/rule.yaml", head + "options: {pattern: '。。'\nexamples:\n  bad: [x]\n");
    auto skipped = load_rule_file(file, "t", KindRegistry::builtin(), ExampleLoading::kSkip);
    REQUIRE_FALSE(skipped.ok());
    CHECK_THAT(skipped.status().message(), Catch::Contains("malformed YAML"));
  }
}
