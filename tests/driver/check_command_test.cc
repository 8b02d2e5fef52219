// End-to-end: exit codes, --fail-level, --output, configuration and the
// order of findings of `copydesk check`.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/test_support.h"

namespace copydesk {
namespace {
namespace fs = std::filesystem;
using testing::run_copydesk;
using testing::TempDir;

std::string q(const std::string& s) { return "'" + s + "'"; }

// One doubled-punctuation warning (a shipped rule) per copy.
// These tests are about input, options and exit codes, not detection: they run
// one rule (tests/data/rules) so that their expectations do not move with the packs.
const std::string kCheck = "check --rules '" COPYDESK_SOURCE_DIR "/tests/data/rules' ";
const std::string kWarning = "机收现场。。高志鹏摄\n";
const std::string kClean = "机收现场。高志鹏摄\n";

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST_CASE("exit status follows --fail-level", "[e2e][exit-codes]") {
  TempDir dir;
  std::string clean = dir.write("clean.txt", kClean), warned = dir.write("warned.txt", kWarning);
  CHECK(run_copydesk(kCheck + "--no-config " + q(clean)).exit_code == 0);
  CHECK(run_copydesk(kCheck + "--no-config " + q(warned)).exit_code == 0);  // default level: error
  CHECK(run_copydesk(kCheck + "--no-config --fail-level warning " + q(warned)).exit_code == 1);
  CHECK(run_copydesk(kCheck + "--no-config --fail-level note " + q(warned)).exit_code == 1);
  CHECK(run_copydesk(kCheck + "--no-config --fail-level note " + q(clean)).exit_code == 0);
  CHECK(run_copydesk(kCheck + "--no-config --fail-level loud " + q(clean)).exit_code == 2);
  CHECK(run_copydesk(kCheck + "--no-config --no-such-flag " + q(clean)).exit_code == 2);
  CHECK(run_copydesk(kCheck + "--no-config --encoding klingon " + q(clean)).exit_code == 2);
  CHECK(run_copydesk(kCheck + "--no-config --pubdate 2024-02-30 " + q(clean)).exit_code == 2);
  CHECK(run_copydesk(kCheck + "--no-config --pubdate 2024-02-29 " + q(clean)).exit_code == 0);
}

TEST_CASE("the day the copy is checked on is set by --today", "[e2e][dates]") {
  TempDir dir;
  // 2030 at the earliest: after a day of 2026, not after one of 2031.
  std::string story = dir.write("story.txt", "标题\n\n养殖户张建军1972年出生，今年58岁。\n");
  const std::string shipped = "check --rules '" COPYDESK_SOURCE_DIR "/rules' ";
  auto in_2026 = run_copydesk(shipped + "--no-config --format json --today 2026-12-07 " + q(story));
  CHECK(in_2026.exit_code == 0);
  CHECK_THAT(in_2026.out, Catch::Contains("age-birth-year-mismatch"));
  auto in_2031 = run_copydesk(shipped + "--no-config --format json --today 2031-01-05 " + q(story));
  CHECK_THAT(in_2031.out, !Catch::Contains("age-birth-year-mismatch"));
  auto bad = run_copydesk(kCheck + "--no-config --today 2026-13-01 " + q(story));
  CHECK(bad.exit_code == 2);
  CHECK_THAT(bad.err, Catch::Contains("--today must be a date written YYYY-MM-DD"));
}

TEST_CASE("help documents the exit status", "[e2e][exit-codes]") {
  for (const char* args : {"--help", "check --help"}) {
    auto r = run_copydesk(args);
    INFO(args);
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("Exit status"));
    CHECK_THAT(r.out, Catch::Contains("2 usage, configuration or input error"));
  }
}

TEST_CASE("the report goes to --output atomically", "[e2e][output]") {
  TempDir dir;
  std::string warned = dir.write("in/warned.txt", kWarning);
  std::string report = dir.path() + "/out/report.json";
  fs::create_directories(dir.path() + "/out");
  std::ofstream(report) << "old report";
  auto r = run_copydesk(kCheck + "--no-config --format json --fail-level warning --output " + q(report) + " " + q(warned));
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  auto j = nlohmann::json::parse(slurp(report), nullptr, false);
  REQUIRE_FALSE(j.is_discarded());
  CHECK(j["findings"].size() == 1);
  // Nothing but the report is left in its folder.
  CHECK(std::distance(fs::directory_iterator(dir.path() + "/out"), fs::directory_iterator()) == 1);

  auto failed = run_copydesk(kCheck + "--no-config --output " + q(dir.path() + "/no/such/folder/r.txt") + " " + q(warned));
  CHECK(failed.exit_code == 2);
  CHECK_THAT(failed.err, Catch::Contains("cannot write the output file"));
}

TEST_CASE("findings come in one order whatever the order of the arguments", "[e2e][order]") {
  TempDir dir;
  dir.write("b.txt", kWarning + kWarning);
  dir.write("a.txt", kWarning);
  dir.write("sub/c.txt", kWarning);
  auto one = run_copydesk(kCheck + "--no-config --format json b.txt sub a.txt", "", dir.path());
  auto two = run_copydesk(kCheck + "--no-config --format json a.txt sub b.txt a.txt", "", dir.path());
  CHECK(one.out == two.out);
  auto findings = nlohmann::json::parse(one.out)["findings"];
  std::vector<std::string> files;
  for (const auto& f : findings) files.push_back(f["file"]);
  CHECK(files == std::vector<std::string>{"a.txt", "b.txt", "b.txt", "sub/c.txt"});
}

TEST_CASE("standard input is named by --stdin-filename", "[e2e][input]") {
  auto r = run_copydesk(kCheck + "--no-config --format json --stdin-filename page/story.txt -", kWarning);
  CHECK(r.exit_code == 0);
  auto findings = nlohmann::json::parse(r.out)["findings"];
  REQUIRE(findings.size() == 1);
  CHECK(findings[0]["file"] == "page/story.txt");
  CHECK(findings[0]["line"] == 1);
  CHECK(findings[0]["column"] == 5);
}

TEST_CASE("the configuration is found upward and adjusts rules per path", "[e2e][config]") {
  TempDir dir;
  dir.write(".copydesk.yaml", R"(rules:
  zh-Hans.doubled-punctuation: error
ignore-terms: [现场。。高]
overrides:
  - paths: ["archive/**"]
    rules: {zh-Hans.doubled-punctuation: off}
)");
  dir.write("today/a.txt", "今天。。好\n" + kWarning);
  dir.write("archive/2020/b.txt", "今天。。好\n");
  fs::create_directories(dir.path() + "/today/deeper");

  auto r = run_copydesk(kCheck + "--format json ..", "", dir.path() + "/today/deeper");
  CHECK(r.exit_code == 1);  // raised to error
  auto findings = nlohmann::json::parse(r.out)["findings"];
  REQUIRE(findings.size() == 1);  // the archive's is off, the ignored term's is dropped
  CHECK(findings[0]["severity"] == "error");
  CHECK(findings[0]["line"] == 1);

  CHECK(run_copydesk(kCheck + "--no-config ..", "", dir.path() + "/today/deeper").exit_code == 0);

  std::string other = dir.write("other.yaml", "rules: {zh-Hans.doubled-punctuation: note}\n");
  auto with_other = run_copydesk(kCheck + "--format json --config " + q(other) + " today", "", dir.path());
  CHECK(nlohmann::json::parse(with_other.out)["findings"][0]["severity"] == "note");
}

TEST_CASE("a broken configuration stops the run with file, line and column", "[e2e][config]") {
  TempDir dir;
  std::string story = dir.write("a.txt", kClean);
  std::string bad = dir.write("bad.yaml", "rules:\n  zh-Hans.doubled-punctuation: sometimes\n");
  auto r = run_copydesk(kCheck + "--config " + q(bad) + " " + q(story));
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("bad.yaml:2:32: unknown setting 'sometimes'"));

  std::string typo = dir.write("typo.yaml", "rules:\n  zh-Hans.dubled-punctuation: off\n");
  r = run_copydesk(kCheck + "--config " + q(typo) + " " + q(story));
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("typo.yaml:2:3: no rule matches 'zh-Hans.dubled-punctuation'"));

  r = run_copydesk(kCheck + "--config " + q(dir.path() + "/none.yaml") + " " + q(story));
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("none.yaml: configuration file not found"));
}

TEST_CASE("check --timings writes the seconds per rule kind and per shared analysis", "[e2e][timings]") {
  TempDir dir;
  std::string story = dir.write("a.txt", "标题\n\n本报讯 2026年3月5日，全省粮食产量达到700亿斤。。\n");
  std::string out = dir.path() + "/timings.json";
  auto r = run_copydesk("check --no-config --format json --timings " + q(out) + " " + q(story));
  CHECK(r.exit_code == 0);
  auto t = nlohmann::json::parse(slurp(out));
  REQUIRE(t.contains("rule_kinds"));
  REQUIRE(t.contains("analyses"));
  CHECK(t["rule_kinds"].contains("duplicate-passage"));
  CHECK(t["rule_kinds"].contains("date-consistency"));
  // The default packs ask for the structure and the dates: each is timed once, on its own.
  CHECK(t["analyses"].contains("structure"));
  CHECK(t["analyses"].contains("dates"));
  for (const auto* key : {"rule_kinds", "analyses"}) {
    for (const auto& [name, seconds] : t[key].items()) CHECK(seconds.get<double>() >= 0.0);
  }
}

}  // namespace
}  // namespace copydesk
