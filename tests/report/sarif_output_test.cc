#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/category.h"
#include "report/github_line_hash.h"
#include "report/sarif_report.h"
#include "support/test_support.h"

namespace copydesk {
namespace {

using testing::run_copydesk;
using testing::TempDir;

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Checks what GitHub and the SARIF spec need of every result of `sarif`,
// reading the files from `base`.
void check_results(const nlohmann::json& sarif, const std::string& base) {
  const auto& run = sarif["runs"][0];
  const auto& rules = run["tool"]["driver"]["rules"];
  for (const auto& r : run["results"]) {
    INFO(r.dump());
    CHECK(sarif_link_problems(r).empty());
    CHECK(r["locations"].size() == 1);
    CHECK(parse_category(r["properties"]["category"].get<std::string>()).has_value());
    CHECK(rules[r["ruleIndex"].get<size_t>()]["id"] == r["ruleId"]);
    const auto& location = r["locations"][0]["physicalLocation"];
    std::string uri = location["artifactLocation"]["uri"];
    CHECK(uri.front() != '/');
    int line = location["region"]["startLine"];
    std::vector<std::string> hashes = github_line_hashes(read_bytes(base + "/" + uri));
    REQUIRE(static_cast<size_t>(line) <= hashes.size());
    CHECK(r["partialFingerprints"]["primaryLocationLineHash"] == hashes[line - 1]);
  }
}

TEST_CASE("SARIF of the seeds: links, categories, rule indices and GitHub's line hashes", "[report][sarif][e2e]") {
  auto r = run_copydesk("check seeds --lang en --format sarif");
  REQUIRE(r.exit_code <= 1);
  nlohmann::json sarif = nlohmann::json::parse(r.out);
  REQUIRE(sarif["runs"][0]["results"].is_array());
  check_results(sarif, ".");
}

TEST_CASE("line hashes are computed from the file as written, BOM and CRLF included", "[report][sarif][e2e]") {
  TempDir dir;
  dir.write("crlf.txt", "\xEF\xBB\xBF第一段。\r\n\r\n他说，，我们走吧。\r\n");
  dir.write("lf.txt", "第一段。\n\n他说，，我们走吧。\n");
  auto r = run_copydesk("check '" + dir.path() + "' --lang en --format sarif");
  REQUIRE(r.exit_code <= 1);
  nlohmann::json sarif = nlohmann::json::parse(r.out);
  const auto& results = sarif["runs"][0]["results"];
  REQUIRE(results.size() == 2);
  for (const auto& result : results) {
    std::string uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
    int line = result["locations"][0]["physicalLocation"]["region"]["startLine"];
    CHECK(line == 3);
    std::string name = uri.substr(uri.rfind('/') + 1);
    CHECK(result["partialFingerprints"]["primaryLocationLineHash"] ==
          github_line_hashes(read_bytes(dir.path() + "/" + name))[line - 1]);
  }
  // Line endings do not change a hash, and the BOM on line 1 is outside line 3's window.
  CHECK(results[0]["partialFingerprints"]["primaryLocationLineHash"] ==
        results[1]["partialFingerprints"]["primaryLocationLineHash"]);
}

}  // namespace
}  // namespace copydesk
