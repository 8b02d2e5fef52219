// Reports for code-review tools: reviewdog's rdjson and GitLab Code Quality
// (Code Climate JSON).
#pragma once

#include <ostream>

#include "report/run_result.h"

namespace copydesk {

// reviewdog Diagnostic Format (one DiagnosticResult). Its columns count UTF-8
// bytes, so they are computed from the finding's source line.
void write_rdjson_report(std::ostream& out, const RunResult& run);

// GitLab Code Quality: a JSON array of {description, check_name, fingerprint,
// severity, location: {path, lines: {begin}}}.
void write_codeclimate_report(std::ostream& out, const RunResult& run);

}  // namespace copydesk
