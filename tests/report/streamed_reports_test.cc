// The JSON and SARIF writers stream their findings; their text must be the
// same as the whole value dumped at once.
#include <catch2/catch.hpp>

#include <sstream>

#include "report/json_report.h"
#include "report/jsonl_report.h"
#include "report/report_limits.h"
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
  if (findings > 1) run.findings[1].related.push_back({{"pages/b.txt", {1, 4}, 2, 3, 2, 5}, "first copy"});
  for (int i = 0; i < absent; ++i) {
    run.absent.push_back(finding(100 + i, "摄摄"));
    run.absent.back().baseline_state = BaselineState::kAbsent;
  }
  run.has_baseline = absent > 0;
  return run;
}

}  // namespace

TEST_CASE("A finding written directly as JSON text equals its JSON value dumped", "[report][json]") {
  Finding plain = finding(3, "围绕围绕");
  Finding rich = finding(7, "tab\there \"quoted\" back\\slash \x01\x1f\x7f 摄摄");
  rich.related.push_back({{"pages/b.txt", {1, 4}, 2, 3, 2, 5}, "first copy"});
  rich.related.push_back({{"pages/c.txt", {5, 9}, 4, 1, 5, 2}, "second \"copy\""});
  rich.baseline_state = BaselineState::kNew;
  Finding no_fix = finding(9, "。。");
  no_fix.fix.reset();
  Finding dropped = finding(11, "，");
  dropped.fix.reset();
  dropped.dropped_fix_bytes = 1 << 20;
  Finding long_fix = finding(12, "，");
  long_fix.fix = std::string(kMaxReportedFix + 1, 'x');
  // Escapes anywhere in a long text, on and off eight-byte boundaries.
  Finding long_text = finding(13, std::string(37, 'x') + "\"" + std::string(9, 'y') + "\x1f好好好好好好好好好\\\n" +
                                      std::string(8, '\t') + "end");
  for (const Finding& f : {plain, rich, no_fix, dropped, long_fix, long_text}) {
    CHECK(finding_json_text(f) == finding_to_json(f).dump(2));
    // Nested four spaces deep, as in a report's "findings" array.
    std::string nested;
    for (char c : finding_to_json(f).dump(2)) nested += c == '\n' ? std::string("\n    ") : std::string(1, c);
    CHECK(finding_json_text(f, 4) == nested);
    CHECK(finding_json_line(f) == finding_to_json(f).dump());
  }
}

TEST_CASE("JSON Lines: a line per document, equal to its JSON value dumped", "[report][jsonl]") {
  RunResult run = run_with(3, 0);
  run.files.push_back({"pages/b \"quoted\".txt", 7, "GB18030", "zh-Hans"});
  run.files.push_back({"pages/c.txt", 9, "UTF-8", "en"});
  run.findings.push_back(finding(1, "摄摄"));
  run.findings.back().location.path = "pages/c.txt";
  run.errors.push_back("pages/d.txt: cannot open");
  std::string expected;
  for (const FileSummary& file : run.files) {
    nlohmann::json findings = nlohmann::json::array();
    for (const Finding& f : run.findings) {
      if (f.location.path == file.path) findings.push_back(finding_to_json(f));
    }
    expected += nlohmann::json{{"file", file.path},
                               {"characters", file.characters},
                               {"encoding", file.encoding},
                               {"language", file.language},
                               {"findings", findings}}.dump() + "\n";
  }
  expected += nlohmann::json{{"error", run.errors[0]}}.dump() + "\n";
  std::ostringstream jsonl;
  write_jsonl_report(jsonl, run);
  CHECK(jsonl.str() == expected);
}

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

namespace copydesk {

TEST_CASE("Reports show an excerpt of a huge finding and leave a huge fix to copydesk fix", "[report][json][sarif]") {
  std::string page;
  while (page.size() < 3 * kMaxReportedFix) page += "会议强调,要继续实施更加积极的政策,";
  RunResult run;
  run.files.push_back({"pages/a.txt", page.size() / 3, "UTF-8", "zh-Hans"});
  Finding f;
  f.rule_id = "zh-Hans.half-width-punctuation";
  f.message = "The text uses half-width punctuation.";
  f.location = {"pages/a.txt", {0, page.size()}, 1, 1, 1, 2};
  f.matched_text = page;
  f.fix = page;
  f.fingerprint = "0123456789abcdef:1";
  run.findings.push_back(f);

  nlohmann::json json = run_to_json(run);
  const nlohmann::json& reported = json["findings"][0];
  std::string text = reported["text"];
  CHECK(text.size() < kMaxReportedText + 16);
  CHECK(text.rfind("会议强调", 0) == 0);              // starts as the finding does
  CHECK(text.find(" … ") != std::string::npos);       // marks the cut
  CHECK(!reported.contains("fix"));
  CHECK(reported["fix_omitted"].get<std::string>().find("copydesk fix") != std::string::npos);

  nlohmann::json sarif = run_to_sarif(run);
  const nlohmann::json& result = sarif["runs"][0]["results"][0];
  CHECK(!result.contains("fixes"));
  CHECK(result["locations"][0]["physicalLocation"]["region"]["snippet"]["text"].get<std::string>().size() <
        kMaxReportedText + 16);

  // A short finding keeps its whole text and fix.
  run.findings[0].matched_text = "围绕围绕";
  run.findings[0].fix = "围绕";
  CHECK(run_to_json(run)["findings"][0]["text"] == "围绕围绕");
  CHECK(run_to_json(run)["findings"][0]["fix"] == "围绕");
}

}  // namespace copydesk
