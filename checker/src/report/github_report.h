// GitHub Actions workflow commands (::error file=…,line=…::message), which the
// runner turns into annotations on the pull request's lines. GitHub shows at
// most 10 error and 10 warning annotations per step, so only new findings (all
// findings without a baseline) are printed, most severe first, up to `limit`,
// followed by a one-line summary.
#pragma once

#include <ostream>
#include <string>

#include "report/run_result.h"

namespace copydesk {

void write_github_report(std::ostream& out, const RunResult& run, size_t limit = 10);

// Escapes a workflow-command message (% CR LF) or property (also : and ,).
std::string github_escape_data(std::string_view text);
std::string github_escape_property(std::string_view text);

// A Markdown job summary (for $GITHUB_STEP_SUMMARY): counts and a table of new findings.
void write_markdown_summary(std::ostream& out, const RunResult& run, size_t limit = 200);

}  // namespace copydesk
