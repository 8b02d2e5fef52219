#include "driver/baseline.h"

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <tuple>

#include "report/sarif_report.h"

namespace copydesk {

namespace {

// The fingerprint without its ":N" occurrence suffix: counting replaces it.
std::string fingerprint_hash(const std::string& fingerprint) { return fingerprint.substr(0, fingerprint.find(':')); }

using Key = std::tuple<std::string, std::string, std::string>;  // path, rule id, hash

Key key_of(const Finding& f) { return {f.location.path, f.rule_id, fingerprint_hash(f.fingerprint)}; }

Finding from_sarif_result(const nlohmann::json& result) {
  Finding f;
  f.rule_id = result.value("ruleId", "");
  f.message = result.contains("message") ? result["message"].value("text", "") : "";
  if (result.contains("partialFingerprints")) f.fingerprint = result["partialFingerprints"].value(kFingerprintKey, "");
  if (result.contains("properties")) {
    if (auto c = parse_category(result["properties"].value("category", ""))) f.category = *c;
  }
  if (auto s = parse_severity(result.value("level", "warning"))) f.severity = *s;
  if (result.contains("locations") && !result["locations"].empty()) {
    const auto& pl = result["locations"][0]["physicalLocation"];
    f.location.path = pl["artifactLocation"].value("uri", "");
    const auto& region = pl.value("region", nlohmann::json::object());
    f.location.start_line = region.value("startLine", 1);
    f.location.start_column = region.value("startColumn", 1);
    f.location.end_line = region.value("endLine", f.location.start_line);
    f.location.end_column = region.value("endColumn", f.location.start_column);
    if (region.contains("snippet")) f.matched_text = region["snippet"].value("text", "");
  }
  return f;
}

Finding from_json_finding(const nlohmann::json& j) {
  Finding f;
  f.rule_id = j.value("rule_id", "");
  f.message = j.value("message", "");
  f.fingerprint = j.value("fingerprint", "");
  if (auto c = parse_category(j.value("category", ""))) f.category = *c;
  if (auto s = parse_severity(j.value("severity", "warning"))) f.severity = *s;
  f.location.path = j.value("file", "");
  f.location.start_line = j.value("line", 1);
  f.location.start_column = j.value("column", 1);
  f.location.end_line = j.value("end_line", f.location.start_line);
  f.location.end_column = j.value("end_column", f.location.start_column);
  f.matched_text = j.value("text", "");
  return f;
}

}  // namespace

Result<Baseline> load_baseline(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::error(path + ": cannot open the baseline");
  nlohmann::json data;
  try {
    data = nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    return Status::error(path + ": the baseline is not valid JSON: " + e.what());
  }
  Baseline baseline;
  try {
    if (data.is_object() && data.contains("runs")) {
      for (const auto& run : data["runs"]) {
        for (const auto& result : run.value("results", nlohmann::json::array())) {
          if (result.value("baselineState", "") == "absent") continue;  // gone already in that report
          baseline.findings.push_back(from_sarif_result(result));
        }
      }
    } else if (data.is_object() && data.contains("findings")) {
      for (const auto& j : data["findings"]) {
        if (j.value("baseline_state", "") == "absent") continue;
        baseline.findings.push_back(from_json_finding(j));
      }
    } else {
      return Status::error(path + ": not a copydesk SARIF or JSON report");
    }
  } catch (const nlohmann::json::exception& e) {
    return Status::error(path + ": unexpected baseline content: " + e.what());
  }
  for (const Finding& f : baseline.findings) {
    if (f.fingerprint.empty()) return Status::error(path + ": a result has no copydesk fingerprint");
  }
  return baseline;
}

std::vector<Finding> apply_baseline(std::vector<Finding>& findings, const Baseline& baseline) {
  std::map<Key, std::vector<const Finding*>> remaining;
  for (const Finding& f : baseline.findings) remaining[key_of(f)].push_back(&f);
  for (Finding& f : findings) {
    auto it = remaining.find(key_of(f));
    if (it != remaining.end() && !it->second.empty()) {
      f.baseline_state = BaselineState::kUnchanged;
      it->second.erase(it->second.begin());
    } else {
      f.baseline_state = BaselineState::kNew;
    }
  }
  std::vector<Finding> absent;
  for (const auto& [key, left] : remaining) {
    for (const Finding* f : left) {
      Finding a = *f;
      a.baseline_state = BaselineState::kAbsent;
      absent.push_back(std::move(a));
    }
  }
  std::sort(absent.begin(), absent.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.location.path, a.location.start_line, a.location.start_column, a.rule_id) <
           std::tie(b.location.path, b.location.start_line, b.location.start_column, b.rule_id);
  });
  return absent;
}

}  // namespace copydesk
