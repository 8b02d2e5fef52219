// The JSON and SARIF writers stream their findings; their text must be the
// same as the whole value dumped at once.
#include <catch2/catch.hpp>

#include <sstream>

#include "report/json_report.h"
#include "report/sarif_report.h"

namespace copydesk {
namespace {

Finding finding(int line, const std::string& text) {
  Finding f;
  f.rule_id = "zh-Hans.repeated-fragment";
  f.category = Category::kRepeatedFragment;
  f.message = "Repeated \"" + text + "\":\ndelete one.";  // quotes and a line break to escape
  f.location = {"pages/a.txt", {10, 16}, line, 2, line, 5};
  f.matched_text = text;
  f.fix = text.substr(0, 3);
  f.fingerprint = "0123456789abcdef:" + std::to_string(line);
  return f;
}

RunResult run_with(int findings, int absent) {
  RunResult run;
  run.files.push_back({"pages/a.txt", 120, "UTF-8", "zh-Hans"});
  for (int i = 0; i < findings; ++i) run.findings.push_back(finding(i + 1, "围绕围绕"));
  for (int i = 0; i < absent; ++i) {
    run.absent.push_back(finding(100 + i, "摄摄"));
    run.absent.back().baseline_state = BaselineState::kAbsent;
  }
  run.has_baseline = absent > 0;
  return run;
}

}  // namespace

TEST_CASE("streamed JSON and SARIF reports equal the whole value dumped", "[report][json][sarif]") {
  for (auto [findings, absent] : {std::pair{0, 0}, {1, 0}, {3, 0}, {0, 2}, {2, 1}}) {
    RunResult run = run_with(findings, absent);
    std::ostringstream json, sarif;
    write_json_report(json, run);
    write_sarif_report(sarif, run);
    CHECK(json.str() == run_to_json(run).dump(2) + "\n");
    CHECK(sarif.str() == run_to_sarif(run).dump(2) + "\n");
    CHECK(nlohmann::json::parse(json.str())["findings"].size() == static_cast<size_t>(findings + absent));
  }
}

}  // namespace copydesk
