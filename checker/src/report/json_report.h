// The report for machines. Envelope:
//
//   {"tool": {"name": "copydesk", "version": "0.1.0"},
//    "files": [{"path", "characters", "encoding", "language", "findings",
//               "per_10k_characters", "by_category", "per_10k_characters_by_category"}],
//    "findings": [{"rule_id", "category", "severity", "message", "file", "line", "column",
//                  "end_line", "end_column", "text", "related": [...], "fix"?, "fix_omitted"?,
//                  "fingerprint", "baseline_state"?}],
//    "summary": {"findings", "characters", "per_10k_characters", "by_category",
//                "per_10k_characters_by_category", "errors"}}
//
// "per_10k_characters" is the quality figure: findings per 10,000 characters
// (code points), for the run and for each document, also by category.
//
// Lines are 1-based; columns are 1-based UTF-16 code units, end exclusive.
// "text" is cut and "fix" left out past the limits of report/report_limits.h.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "report/run_result.h"

namespace copydesk {

nlohmann::json finding_to_json(const Finding& finding);
// The same text as finding_to_json(finding).dump(2), written directly: a
// report of a large archive writes millions of findings, and building each as
// a JSON value first costs more than the rest of the report. With `indent`,
// the text is that of the value nested at that indentation (the first line's
// leading spaces left out).
std::string finding_json_text(const Finding& finding, size_t indent = 0);
// The same text as finding_to_json(finding).dump(): one line, no white space.
std::string finding_json_line(const Finding& finding);
nlohmann::json run_to_json(const RunResult& run);
void write_json_report(std::ostream& out, const RunResult& run);

}  // namespace copydesk
