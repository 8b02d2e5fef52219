#include "report/github_report.h"

#include <algorithm>
#include <fmt/format.h>

namespace copydesk {

namespace {

bool reported(const Finding& f) { return f.baseline_state != BaselineState::kUnchanged; }

std::vector<const Finding*> new_findings_most_severe_first(const RunResult& run) {
  std::vector<const Finding*> out;
  for (const Finding& f : run.findings) {
    if (reported(f)) out.push_back(&f);
  }
  std::stable_sort(out.begin(), out.end(), [](const Finding* a, const Finding* b) { return a->severity > b->severity; });
  return out;
}

const char* command_of(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kNote: return "notice";
  }
  return "warning";
}

std::string table_cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += "\\|";
    else if (c == '\n') out += ' ';
    else out += c;
  }
  return out;
}

}  // namespace

std::string github_escape_data(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string github_escape_property(std::string_view text) {
  std::string out;
  for (char c : github_escape_data(text)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

void write_github_report(std::ostream& out, const RunResult& run, size_t limit) {
  auto findings = new_findings_most_severe_first(run);
  size_t shown = std::min(limit, findings.size());
  for (size_t i = 0; i < shown; ++i) {
    const Finding& f = *findings[i];
    out << "::" << command_of(f.severity) << " file=" << github_escape_property(f.location.path)
        << ",line=" << f.location.start_line << ",col=" << f.location.start_column << ",endLine=" << f.location.end_line
        << ",endColumn=" << f.location.end_column << ",title=" << github_escape_property(f.rule_id)
        << "::" << github_escape_data(f.message) << "\n";
  }
  out << fmt::format("copydesk: {} {}finding{}", findings.size(), run.has_baseline ? "new " : "",
                     findings.size() == 1 ? "" : "s");
  if (shown < findings.size()) out << fmt::format(" ({} annotated; see the job summary or the SARIF report)", shown);
  if (run.has_baseline) out << fmt::format(", {} fixed since the baseline", run.absent.size());
  out << "\n";
}

void write_markdown_summary(std::ostream& out, const RunResult& run, size_t limit) {
  auto findings = new_findings_most_severe_first(run);
  out << "## copydesk\n\n";
  out << fmt::format("{} {}finding{} in {} file{}", findings.size(), run.has_baseline ? "new " : "",
                     findings.size() == 1 ? "" : "s", run.files.size(), run.files.size() == 1 ? "" : "s");
  if (run.has_baseline) out << fmt::format("; {} unchanged, {} fixed", run.findings.size() - findings.size(), run.absent.size());
  out << ".\n\n";
  if (findings.empty()) return;
  out << "| File | Line | Severity | Category | Message | Rule |\n|---|---|---|---|---|---|\n";
  for (size_t i = 0; i < std::min(limit, findings.size()); ++i) {
    const Finding& f = *findings[i];
    out << "| " << table_cell(f.location.path) << " | " << f.location.start_line << " | " << severity_name(f.severity)
        << " | " << category_name(f.category) << " | " << table_cell(f.message) << " | `" << f.rule_id << "` |\n";
  }
  if (findings.size() > limit) out << "\n" << findings.size() - limit << " more in the full report.\n";
}

}  // namespace copydesk
