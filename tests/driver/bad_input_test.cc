// End-to-end: what `copydesk check` does with input it cannot or should not
// read as text, and with broken rule files.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "input/test_encoding.h"
#include "support/test_support.h"

namespace copydesk {
namespace {
namespace fs = std::filesystem;
using testing::run_copydesk;
using testing::TempDir;

std::string q(const std::string& s) { return "'" + s + "'"; }

// A text the shipped rules flag at known places.
const std::string kFlagged =
    "本报讯 今年以来，全市新建高标准农田十二万亩。。机收率达到百分之九十五。\r\n"
    "农业农村局负责人说，，下一步将继续推进农机购置补贴政策落地。\r\n";

nlohmann::json findings_of(const testing::CommandResult& r) {
  auto j = nlohmann::json::parse(r.out, nullptr, false);
  if (j.is_discarded()) FAIL("not JSON: " << r.out << r.err);
  return j["findings"];
}

TEST_CASE("invalid UTF-8 is an error naming file and place; other files are still checked", "[e2e][bad-input]") {
  TempDir dir;
  dir.write("good.txt", kFlagged);
  dir.write("bad.txt", "第一行\n第二行" + std::string("\xFF") + "坏了\n");
  auto r = run_copydesk("check --no-config --format json " + q(dir.path()));
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("bad.txt: invalid UTF-8 at line 2, column 4 (byte 0xFF)"));
  auto findings = findings_of(r);
  REQUIRE(findings.size() == 2);
  CHECK_THAT(findings[0]["file"].get<std::string>(), Catch::EndsWith("good.txt"));
}

TEST_CASE("a GB18030 or UTF-16 file gives the same findings as its UTF-8 original", "[e2e][bad-input]") {
  std::vector<std::string> texts = {kFlagged};
  for (const auto& entry : fs::directory_iterator(fs::path(COPYDESK_SOURCE_DIR) / "seeds")) {
    std::ifstream in(entry.path(), std::ios::binary);
    texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  for (const std::string& text : texts) {
    TempDir utf8, gb, utf16;
    utf8.write("story.txt", text);
    gb.write("story.txt", testing::encode(text, "GB18030"));
    utf16.write("story.txt", testing::encode("\xEF\xBB\xBF" + text, "UTF-16BE"));
    auto expected = run_copydesk("check --no-config --format json story.txt", "", utf8.path());
    auto from_gb = run_copydesk("check --no-config --format json story.txt", "", gb.path());
    auto from_utf16 = run_copydesk("check --no-config --format json story.txt", "", utf16.path());
    REQUIRE(expected.exit_code != 2);
    CHECK(from_gb.exit_code == expected.exit_code);
    CHECK(from_utf16.exit_code == expected.exit_code);
    CHECK(findings_of(from_gb) == findings_of(expected));
    CHECK(findings_of(from_utf16) == findings_of(expected));
    CHECK(nlohmann::json::parse(from_gb.out)["files"][0]["encoding"] == "GB18030");
    CHECK(nlohmann::json::parse(from_utf16.out)["files"][0]["encoding"] == "UTF-16BE");
  }
  // The comparison means something: the first text has findings.
  TempDir dir;
  dir.write("story.txt", kFlagged);
  CHECK(findings_of(run_copydesk("check --no-config --format json story.txt", "", dir.path())).size() == 2);
}

TEST_CASE("an empty file has no findings and a note", "[e2e][bad-input]") {
  TempDir dir;
  std::string empty = dir.write("empty.txt", "");
  auto r = run_copydesk("check --no-config " + q(empty));
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("empty.txt: empty file"));
  CHECK_THAT(r.out, Catch::Contains("0 findings in 1 file"));
}

TEST_CASE("a binary file is refused; the others are still checked", "[e2e][bad-input]") {
  TempDir dir;
  std::string binary = "\x7F" "ELF\x02\x01\x01";
  for (int i = 0; i < 4096; ++i) binary += static_cast<char>((i * 131) % 256);
  std::string bin = dir.write("program.txt", binary);
  std::string good = dir.write("good.txt", kFlagged);
  auto r = run_copydesk("check --no-config --format json " + q(bin) + " " + q(good));
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("program.txt: binary file"));
  CHECK(findings_of(r).size() == 2);
}

TEST_CASE("a 50 MB file without a newline is checked with sane memory", "[e2e][bad-input][slow]") {
  TempDir dir;
  const std::string piece = "今年以来全市新建高标准农田十二万亩，机收率达到百分之九十五，";  // 30 characters
  std::string text = "开头。。";
  while (text.size() < 50u * 1024 * 1024) text += piece;
  text += "结尾。。";
  const size_t characters = text.size() / 3;  // every character is three bytes
  std::string file = dir.write("long.txt", text);
  text.clear();
  text.shrink_to_fit();
  // One rule: this is about size and positions, not about what the packs find in a run-on line.
  auto r = run_copydesk("check --no-config --rules " + q(std::string(COPYDESK_SOURCE_DIR) + "/tests/data/rules") +
                        " --format json --output " + q(dir.path() + "/out.json") + " " + q(file));
  INFO(r.err);
  CHECK(r.exit_code == 0);
  std::ifstream in(dir.path() + "/out.json");
  auto report = nlohmann::json::parse(in, nullptr, false);
  REQUIRE_FALSE(report.is_discarded());
  auto findings = report["findings"];
  REQUIRE(findings.size() == 2);
  CHECK(findings[0]["column"] == 3);
  CHECK(findings[1]["line"] == 1);
  CHECK(findings[1]["column"] == static_cast<int>(characters - 1));
}

struct RuleDir {
  TempDir dir;
  std::string write(const std::string& yaml) { return dir.write("t/rule.yaml", yaml); }
  testing::CommandResult check() {
    TempDir in;
    return run_copydesk("check --no-config --rules " + q(dir.path()) + " " + q(in.write("a.txt", "好")));
  }
};

const std::string kRuleHead = "kind: pattern\ncategory: punctuation\nmessage: \"Doubled {text}.\"\n";

TEST_CASE("broken rule files stop the run with file, line and column", "[e2e][bad-input]") {
  RuleDir rules;
  SECTION("malformed YAML") {
    rules.write(kRuleHead + "options: {pattern: '。。'\n");
    auto r = rules.check();
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Matches("(.|\\n)*t/rule\\.yaml:\\d+:\\d+: malformed YAML(.|\\n)*"));
  }
  SECTION("bad regular expression, with RE2's message") {
    rules.write(kRuleHead + "options:\n  pattern: '(。。'\n");
    auto r = rules.check();
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("t/rule.yaml:5:12: bad regular expression in 'pattern': missing )"));
  }
  SECTION("unknown rule kind, listing the known ones") {
    rules.write("kind: nosuch\ncategory: punctuation\nmessage: x\n");
    auto r = rules.check();
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("t/rule.yaml:1:7: unknown rule kind 'nosuch' (known kinds: "));
    CHECK_THAT(r.err, Catch::Contains("pattern"));
  }
  SECTION("unknown key") {
    rules.write(kRuleHead + "colour: red\noptions:\n  pattern: x\n");
    auto r = rules.check();
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("t/rule.yaml:4:1: unknown key 'colour'"));
  }
  SECTION("wrong type") {
    rules.write(kRuleHead + "options:\n  pattern: x\n  ignore_case: maybe\n");
    auto r = rules.check();
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("t/rule.yaml:6:16: option 'ignore_case' has the wrong type"));
  }
}

TEST_CASE("a broken unit catalog stops the run, naming the file and line", "[e2e][bad-input]") {
  // The catalog comes from the rules folder the binary finds (COPYDESK_RULES):
  // a copy of the shipped rules whose units.yaml names an unknown dimension.
  TempDir rules;
  fs::copy(COPYDESK_SOURCE_RULES_DIR, rules.path(), fs::copy_options::recursive);
  {
    std::ofstream units(rules.path() + "/data/units.yaml", std::ios::app);
    units << "  - {name: 枚, dimension: nosuch, factor: 1, notation: legal}\n";
  }
  ::setenv("COPYDESK_RULES", rules.path().c_str(), 1);
  TempDir in;
  auto r = run_copydesk("check --no-config " + q(in.write("a.txt", kFlagged)));
  ::unsetenv("COPYDESK_RULES");
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("data/units.yaml:"));
  CHECK_THAT(r.err, Catch::Contains("unknown dimension 'nosuch'"));
  CHECK(r.out.empty());
}

TEST_CASE("a missing path is an error; the other files are still checked", "[e2e][bad-input]") {
  TempDir dir;
  std::string good = dir.write("good.txt", kFlagged);
  auto r = run_copydesk("check --no-config --format json " + q(dir.path() + "/missing.txt") + " " + q(good));
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("missing.txt: no such file or directory"));
  CHECK(findings_of(r).size() == 2);
}

}  // namespace
}  // namespace copydesk
