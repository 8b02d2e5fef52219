#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/test_support.h"

namespace copydesk {
namespace {

using testing::run_copydesk;
using testing::TempDir;

std::string slurp_command(const std::string& command) {
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return out;
  char buffer[4096];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  ::pclose(pipe);
  return out;
}

// Scores `corpus` with score.py (on `copydesk check`'s SARIF) and with
// `copydesk eval`, and requires the same numbers.
void compare_with_score_py(const std::string& labels, const std::string& corpus) {
  const std::string score_py = std::string(COPYDESK_SHARED_DIR) + "/eval/score.py";
  if (!std::filesystem::exists(score_py)) {
    WARN("shared/eval/score.py not found beside the repository: comparison skipped");
    return;
  }
  TempDir dir;
  std::string sarif = dir.path() + "/findings.sarif";
  auto check = run_copydesk("check " + corpus + " --lang en --format sarif --output " + sarif);
  REQUIRE(check.exit_code <= 1);
  std::string reference = slurp_command("python3 '" + score_py + "' '" + labels + "' '" + corpus + "' '" + sarif + "' --json");
  REQUIRE_FALSE(reference.empty());
  auto eval = run_copydesk("eval --lang en --labels '" + labels + "' '" + corpus + "' --json");
  INFO(eval.err);
  REQUIRE(eval.exit_code == 0);
  nlohmann::json expected = nlohmann::json::parse(reference);
  nlohmann::json actual = nlohmann::json::parse(eval.out);
  for (const char* key : {"found", "required", "findings", "false_positives", "traps_hit", "per_category",
                          "findings_by_category", "false_by_category", "traps_by_category"}) {
    INFO(key);
    CHECK(actual[key] == expected[key]);
  }
  for (const char* key : {"recall", "precision"}) {
    INFO(key);
    CHECK(actual[key].get<double>() == Approx(expected[key].get<double>()));
  }
  for (const auto& [category, value] : expected["recall_by_category"].items()) {
    INFO(category);
    if (value.is_null()) CHECK(actual["recall_by_category"][category].is_null());
    else CHECK(actual["recall_by_category"][category].get<double>() == Approx(value.get<double>()));
  }
}

TEST_CASE("copydesk eval agrees with score.py on the seeds", "[eval][e2e]") {
  compare_with_score_py(std::string(COPYDESK_SHARED_DIR) + "/eval/seeds-labels.yaml", "seeds");
}

TEST_CASE("copydesk eval agrees with score.py on the project's corpus", "[eval][e2e]") {
  compare_with_score_py("tests/corpus/labels.yaml", "tests/corpus");
}

TEST_CASE("copydesk eval prints recall, precision, misses, false alarms and traps", "[eval][e2e]") {
  TempDir dir;
  dir.write("a.txt", "今天天气很好。。我们去公园。\n");
  dir.write("b.txt", "第二篇文章，，内容。\n");
  std::string labels = dir.write("labels.yaml", R"(files:
- file: a.txt
  defects:
  - {category: punctuation, text: 。。, note: doubled}
  - {category: layout, text: 公园, note: invented miss}
- file: b.txt
  traps:
  - {text: 文章，，内容, note: pretend it is fine}
)");
  auto r = run_copydesk("eval --lang en --labels '" + labels + "' '" + dir.path() + "'");
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("punctuation             1.000 (1/1)") != std::string::npos);
  CHECK(r.out.find("Missed defects (1):") != std::string::npos);
  CHECK(r.out.find("a.txt:1:12: layout: \"公园\" (invented miss)") != std::string::npos);
  CHECK(r.out.find("False alarms (1):") != std::string::npos);
  CHECK(r.out.find("b.txt:1:6: punctuation: zh-Hans.doubled-punctuation:") != std::string::npos);
  CHECK(r.out.find("Traps flagged (1):") != std::string::npos);
  CHECK(r.out.find("recall 0.500 (1/2)  precision 0.500 (1/2)  traps hit 1") != std::string::npos);

  std::string floors = dir.write("floors.yaml", "overall: {recall: 0.6}\ncategories:\n  punctuation: {precision: 0.4}\n");
  auto failing = run_copydesk("eval --lang en --labels '" + labels + "' '" + dir.path() + "' --floors '" + floors + "'");
  CHECK(failing.exit_code == 1);
  CHECK(failing.out.find("overall recall 0.500 is below its floor 0.600") != std::string::npos);
}

TEST_CASE("copydesk eval reports bad labels and missing files with exit status 2", "[eval][e2e]") {
  TempDir dir;
  std::string labels = dir.write("labels.yaml", "files:\n- file: missing.txt\n  defects: []\n");
  auto missing = run_copydesk("eval --labels '" + labels + "' '" + dir.path() + "'");
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("missing.txt") != std::string::npos);
  auto bad = run_copydesk("eval --labels '" + dir.write("bad.yaml", "files: 3\n") + "' '" + dir.path() + "'");
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("bad.yaml") != std::string::npos);
}

}  // namespace
}  // namespace copydesk
