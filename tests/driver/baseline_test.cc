#include <catch2/catch.hpp>

#include "driver/baseline.h"
#include "report/json_report.h"
#include "support/test_support.h"

using namespace copydesk;

namespace {

Finding finding(const std::string& path, const std::string& rule, const std::string& fingerprint) {
  Finding f;
  f.location.path = path;
  f.rule_id = rule;
  f.fingerprint = fingerprint;
  return f;
}

}  // namespace

TEST_CASE("baseline matching counts fingerprints, ignoring occurrence indexes", "[baseline]") {
  Baseline baseline;
  baseline.findings = {finding("a.txt", "r", "aaaa:1"), finding("a.txt", "r", "aaaa:2"), finding("a.txt", "s", "bbbb:1")};

  std::vector<Finding> now = {finding("a.txt", "r", "cccc:1"), finding("a.txt", "r", "aaaa:1"),
                              finding("a.txt", "r", "aaaa:2"), finding("a.txt", "r", "aaaa:3")};
  std::vector<Finding> absent = apply_baseline(now, baseline);
  CHECK(now[0].baseline_state == BaselineState::kNew);
  CHECK(now[1].baseline_state == BaselineState::kUnchanged);
  CHECK(now[2].baseline_state == BaselineState::kUnchanged);
  CHECK(now[3].baseline_state == BaselineState::kNew);  // a third copy is new
  REQUIRE(absent.size() == 1);
  CHECK(absent[0].rule_id == "s");
  CHECK(absent[0].baseline_state == BaselineState::kAbsent);
}

TEST_CASE("the same fingerprint in another file or rule is not a match", "[baseline]") {
  Baseline baseline;
  baseline.findings = {finding("a.txt", "r", "aaaa:1")};
  std::vector<Finding> now = {finding("b.txt", "r", "aaaa:1"), finding("a.txt", "t", "aaaa:1")};
  CHECK(apply_baseline(now, baseline).size() == 1);
  CHECK(now[0].baseline_state == BaselineState::kNew);
  CHECK(now[1].baseline_state == BaselineState::kNew);
}

TEST_CASE("baselines load from JSON reports and reject other files", "[baseline]") {
  testing::TempDir dir;
  RunResult run;
  Finding f = finding("a.txt", "zh-Hans.x", "abcd:1");
  f.category = Category::kLayout;
  run.findings.push_back(f);
  std::string path = dir.write("base.json", run_to_json(run).dump());
  auto loaded = load_baseline(path);
  REQUIRE(loaded.ok());
  REQUIRE(loaded->findings.size() == 1);
  CHECK(loaded->findings[0].fingerprint == "abcd:1");
  CHECK(loaded->findings[0].category == Category::kLayout);

  CHECK_FALSE(load_baseline(dir.write("bad.json", "{not json")).ok());
  CHECK_FALSE(load_baseline(dir.write("other.json", "{\"x\": 1}")).ok());
  auto missing = load_baseline(dir.path() + "/none.json");
  REQUIRE_FALSE(missing.ok());
  CHECK_THAT(missing.status().message(), Catch::Contains("none.json"));
}
