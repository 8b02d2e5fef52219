// `copydesk audit`: an archive summary instead of a list of findings.
// Per file: characters, findings and findings per 10,000 characters by
// category; the worst files; totals by category and by rule; and the
// passages shared between files (cross-document duplicates), when checked.
// Chinese newspapers pass at no more than 3 errors per 10,000 characters.
#pragma once

#include <ostream>

#include "report/run_result.h"

namespace copydesk {

inline constexpr double kPassingRatePer10k = 3.0;

struct AuditOptions {
  size_t worst = 10;  // how many of the worst files to list
};

void write_audit_text(std::ostream& out, const RunResult& run, const AuditOptions& options = {});
void write_audit_json(std::ostream& out, const RunResult& run, const AuditOptions& options = {});
// One row per file: path, characters, findings, per_10k, then one count column per category.
void write_audit_csv(std::ostream& out, const RunResult& run);

}  // namespace copydesk
