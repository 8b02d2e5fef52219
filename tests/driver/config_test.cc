#include "driver/config.h"

#include <catch2/catch.hpp>

#include <filesystem>

#include "support/test_support.h"

namespace copydesk {
namespace {
namespace fs = std::filesystem;

const char* kRuleYaml = R"(kind: pattern
category: punctuation
message: "Doubled “{text}”."
options:
  pattern: '。。'
)";

RuleSet two_rules() {
  RuleSet rules;
  for (const char* stem : {"one", "two"}) {
    testing::TempDir dir;
    auto rule = load_rule_file(dir.write(std::string(stem) + ".yaml", kRuleYaml), "zh-Hans");
    REQUIRE(rule.ok());
    rules.push_back(std::move(rule.value()));
  }
  return rules;
}

std::string load_error(const std::string& yaml) {
  testing::TempDir dir;
  auto r = load_config(dir.write(".copydesk.yaml", yaml));
  return r.ok() ? "" : r.status().message();
}

TEST_CASE("a configuration sets packs, rules, dates and ignored terms", "[config]") {
  testing::TempDir dir;
  auto config = load_config(dir.write(".copydesk.yaml", R"(
packs: [zh-Hans, common]
rules:
  "zh-Hans.*": note
  zh-Hans.one: off
pubdate: 2024-06-16
ignore-terms: [新华社]
overrides:
  - paths: ["archive/**"]
    pubdate: 2020-02-29
    rules: {zh-Hans.one: {enabled: true, severity: error}}
    ignore-terms: 本报
)"));
  REQUIRE(config.ok());
  CHECK(config->packs == std::vector<std::string>{"zh-Hans", "common"});
  RuleSet rules = two_rules();

  const fs::path plain = fs::path(dir.path()) / "today.txt";
  DocumentSettings s = config->settings_for(plain, rules);
  CHECK(s.disabled_rules == std::set<std::string>{"zh-Hans.one"});
  CHECK(s.severity.at("zh-Hans.two") == Severity::kNote);
  CHECK(s.ignored_terms == std::vector<std::string>{"新华社"});
  CHECK(config->pubdate_for(plain) == "2024-06-16");

  const fs::path archived = fs::path(dir.path()) / "archive" / "2020" / "a.txt";
  s = config->settings_for(archived, rules);
  CHECK(s.disabled_rules.empty());
  CHECK(s.severity.at("zh-Hans.one") == Severity::kError);
  CHECK(s.ignored_terms == std::vector<std::string>{"新华社", "本报"});
  CHECK(config->pubdate_for(archived) == "2020-02-29");
}

TEST_CASE("configuration errors name the file, line and column", "[config]") {
  CHECK_THAT(load_error("rules: {a: off\n"), Catch::Matches(".*\\.copydesk\\.yaml:\\d+:\\d+: malformed YAML.*"));
  CHECK_THAT(load_error("packs: [zh-Hans]\ncolour: red\n"), Catch::Contains(".copydesk.yaml:2:1: unknown key 'colour'"));
  CHECK_THAT(load_error("rules:\n  zh-Hans.one: loud\n"), Catch::Contains(":2:16: unknown setting 'loud'"));
  CHECK_THAT(load_error("rules: [a, b]\n"), Catch::Contains(":1:8: 'rules' must map"));
  CHECK_THAT(load_error("pubdate: 2024-02-30\n"), Catch::Contains(":1:10: 'pubdate' must be a date"));
  CHECK_THAT(load_error("overrides:\n  - rules: {a: off}\n"), Catch::Contains(":2:5: an override needs 'paths'"));
  CHECK_THAT(load_error("rules:\n  a: {enabled: maybe}\n"), Catch::Contains(":2:16: 'enabled' must be true or false"));
  CHECK_THAT(load_error("packs: {a: b}\n"), Catch::Contains(":1:8: 'packs' must be a string or a list"));
  CHECK(load_error("").empty());
  CHECK(load_error("# nothing yet\n").empty());
}

TEST_CASE("rule settings must name existing rules", "[config]") {
  testing::TempDir dir;
  auto config = load_config(dir.write(".copydesk.yaml", "rules:\n  zh-Hans.one: off\n  zh-Hans.tow: off\n  en.x: off\n"
                                                        "  nopack.x: off\n"));
  REQUIRE(config.ok());
  Status s = check_rule_names(*config, two_rules(), {"zh-Hans", "en"});
  REQUIRE_FALSE(s.ok());
  CHECK_THAT(s.message(), Catch::Contains(":3:3: no rule matches 'zh-Hans.tow'"));
  CHECK_THAT(s.message(), Catch::Contains(":5:3: no rule matches 'nopack.x'"));
  CHECK_THAT(s.message(), !Catch::Contains("en.x"));  // a pack not used in this run
}

TEST_CASE("the configuration is found from the working directory upward", "[config]") {
  testing::TempDir dir;
  std::string file = dir.write(".copydesk.yaml", "packs: [en]\n");
  dir.write("a/b/c/story.txt", "x");
  auto found = find_config(fs::path(dir.path()) / "a" / "b" / "c");
  REQUIRE(found);
  CHECK(fs::equivalent(*found, file));
}

TEST_CASE("dates are real calendar dates", "[config]") {
  CHECK(is_valid_date("2024-02-29"));
  CHECK_FALSE(is_valid_date("2023-02-29"));
  CHECK_FALSE(is_valid_date("2024-13-01"));
  CHECK_FALSE(is_valid_date("2024-6-16"));
  CHECK_FALSE(is_valid_date("20240616"));
}

}  // namespace
}  // namespace copydesk
