#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

#include "report/github_report.h"
#include "report/review_formats.h"

using namespace copydesk;

namespace {

RunResult sample_run(int findings) {
  RunResult run;
  for (int i = 0; i < findings; ++i) {
    Finding f;
    f.rule_id = "zh-Hans.doubled-word";
    f.category = Category::kRepeatedFragment;
    f.severity = i == findings - 1 ? Severity::kError : Severity::kWarning;
    f.message = "Doubled word “围绕”: delete one, 100% sure";
    f.location = {"news/a,b.txt", {0, 6}, i + 1, 3, i + 1, 5};
    f.source_line = "今天围绕围绕发展";
    f.fingerprint = "ff:1";
    run.findings.push_back(f);
  }
  return run;
}

}  // namespace

TEST_CASE("github workflow commands escape data and properties", "[report][github]") {
  CHECK(github_escape_data("50%\nnext") == "50%25%0Anext");
  CHECK(github_escape_property("a,b:c") == "a%2Cb%3Ac");
}

TEST_CASE("github annotations are capped, most severe first, with a summary", "[report][github]") {
  std::ostringstream out;
  write_github_report(out, sample_run(12), 10);
  std::string text = out.str();
  CHECK(text.rfind("::error file=news/a%2Cb.txt,line=12,", 0) == 0);
  size_t lines = std::count(text.begin(), text.end(), '\n');
  CHECK(lines == 11);
  CHECK_THAT(text, Catch::Contains("12 findings (10 annotated"));
  CHECK_THAT(text, Catch::Contains("100%25 sure"));
}

TEST_CASE("unchanged findings are not annotated when a baseline is used", "[report][github]") {
  RunResult run = sample_run(3);
  run.has_baseline = true;
  run.findings[0].baseline_state = BaselineState::kUnchanged;
  run.findings[1].baseline_state = BaselineState::kUnchanged;
  run.findings[2].baseline_state = BaselineState::kNew;
  std::ostringstream out;
  write_github_report(out, run);
  std::string text = out.str();
  CHECK(std::count(text.begin(), text.end(), '\n') == 2);
  CHECK_THAT(text, Catch::Contains("1 new finding"));
  std::ostringstream md;
  write_markdown_summary(md, run);
  CHECK_THAT(md.str(), Catch::Contains("1 new finding in 0 files; 2 unchanged, 0 fixed"));
}

TEST_CASE("rdjson columns count UTF-8 bytes", "[report][rdjson]") {
  std::ostringstream out;
  write_rdjson_report(out, sample_run(1));
  auto j = nlohmann::json::parse(out.str());
  const auto& range = j["diagnostics"][0]["location"]["range"];
  CHECK(range["start"]["column"] == 7);  // two CJK characters before: 6 bytes
  CHECK(range["end"]["column"] == 13);
  CHECK(j["diagnostics"][0]["severity"] == "ERROR");
}

TEST_CASE("codeclimate issues carry fingerprints and lines", "[report][codeclimate]") {
  std::ostringstream out;
  write_codeclimate_report(out, sample_run(2));
  auto j = nlohmann::json::parse(out.str());
  REQUIRE(j.size() == 2);
  CHECK(j[0]["fingerprint"] == "ff:1");
  CHECK(j[1]["location"]["lines"]["begin"] == 2);
  CHECK(j[1]["severity"] == "major");
}
