#include "report/review_formats.h"

#include <nlohmann/json.hpp>

#include "report/report_limits.h"

namespace copydesk {

namespace {

// 1-based UTF-8 byte column of a UTF-16 column on `line`.
int byte_column(std::string_view line, int utf16_column) {
  int units = 1;
  size_t i = 0;
  while (i < line.size() && units < utf16_column) {
    unsigned char c = line[i];
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    units += len == 4 ? 2 : 1;
    i += len;
  }
  return static_cast<int>(i) + 1 + (utf16_column - units);
}

const char* rd_severity(Severity s) {
  return s == Severity::kError ? "ERROR" : s == Severity::kWarning ? "WARNING" : "INFO";
}

const char* cc_severity(Severity s) {
  return s == Severity::kError ? "major" : s == Severity::kWarning ? "minor" : "info";
}

}  // namespace

void write_rdjson_report(std::ostream& out, const RunResult& run) {
  nlohmann::json diagnostics = nlohmann::json::array();
  for (const Finding& f : run.findings) {
    if (f.baseline_state == BaselineState::kUnchanged) continue;
    int start = byte_column(f.source_line, f.location.start_column);
    int end = f.location.end_line == f.location.start_line ? byte_column(f.source_line, f.location.end_column)
                                                           : f.location.end_column;
    nlohmann::json d = {{"message", f.message},
                        {"location",
                         {{"path", f.location.path},
                          {"range",
                           {{"start", {{"line", f.location.start_line}, {"column", start}}},
                            {"end", {{"line", f.location.end_line}, {"column", end}}}}}}},
                        {"severity", rd_severity(f.severity)},
                        {"code", {{"value", f.rule_id}}}};
    if (const std::string* fix = reportable_fix(f)) {
      d["suggestions"] = nlohmann::json::array({{{"range", d["location"]["range"]}, {"text", *fix}}});
    }
    diagnostics.push_back(d);
  }
  nlohmann::json result = {{"source", {{"name", "copydesk"}}}, {"severity", "WARNING"}, {"diagnostics", diagnostics}};
  out << result.dump(2) << "\n";
}

void write_codeclimate_report(std::ostream& out, const RunResult& run) {
  nlohmann::json issues = nlohmann::json::array();
  for (const Finding& f : run.findings) {
    issues.push_back({{"description", f.message},
                      {"check_name", f.rule_id},
                      {"fingerprint", f.fingerprint},
                      {"severity", cc_severity(f.severity)},
                      {"categories", nlohmann::json::array({"Style"})},
                      {"location", {{"path", f.location.path}, {"lines", {{"begin", f.location.start_line}}}}}});
  }
  out << issues.dump(2) << "\n";
}

}  // namespace copydesk
