#include "report/text_report.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/utf8.h"

namespace copydesk {

namespace {

const char* severity_color(Severity s) {
  switch (s) {
    case Severity::kError: return "\x1b[1;31m";
    case Severity::kWarning: return "\x1b[1;33m";
    case Severity::kNote: return "\x1b[1;36m";
  }
  return "";
}

bool is_wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

}  // namespace

size_t display_width(std::string_view text) {
  size_t width = 0;
  for (Utf8Iterator it(text); !it.done(); it.next()) {
    char32_t c = it.code_point();
    width += c == '\t' ? 4 : is_wide(c) ? 2 : 1;
  }
  return width;
}

void write_text_report(std::ostream& out, const RunResult& run, const TextReportOptions& options) {
  const char* bold = options.color ? "\x1b[1m" : "";
  const char* reset = options.color ? "\x1b[0m" : "";
  for (const Finding& f : run.findings) {
    out << bold << f.location.path << ":" << f.location.start_line << ":" << f.location.start_column << ":" << reset
        << " " << (options.color ? severity_color(f.severity) : "") << severity_name(f.severity) << ":" << reset << " "
        << f.message << " [" << f.rule_id << "]\n";
    if (!options.show_source || f.source_line.empty()) continue;
    // The marker runs under the span's part of its first line.
    std::string_view line = f.source_line;
    size_t prefix_units = 0, prefix_bytes = 0;
    const size_t start_column = static_cast<size_t>(std::max(1, f.location.start_column - f.source_column + 1));
    for (Utf8Iterator it(line); !it.done() && prefix_units + 1 < start_column; it.next()) {
      prefix_units += it.code_point() > 0xFFFF ? 2 : 1;
      prefix_bytes = it.next_offset();
    }
    std::string_view marked = f.matched_text;
    if (size_t nl = marked.find('\n'); nl != std::string_view::npos) marked = marked.substr(0, nl);
    std::string_view before = line.substr(0, prefix_bytes);
    constexpr size_t kMaxShown = 160;  // bytes of context either side in very long lines
    size_t cut = before.size() > kMaxShown ? previous_offset(before, before.size() - kMaxShown + 1) : 0;
    std::string_view shown_before = before.substr(cut);
    std::string_view after = line.substr(std::min(line.size(), prefix_bytes + marked.size()));
    if (after.size() > kMaxShown) after = after.substr(0, previous_offset(after, kMaxShown));
    out << "    " << (cut ? "…" : "") << shown_before << marked << after << "\n";
    size_t width = std::max<size_t>(1, display_width(marked));
    out << "    " << std::string(display_width(shown_before) + (cut ? 1 : 0), ' ')
        << (options.color ? "\x1b[1;32m" : "") << "^" << std::string(width - 1, '~') << reset << "\n";
  }
  auto counts = run.count_by_category();
  int errors = 0, warnings = 0, notes = 0;
  for (const Finding& f : run.findings) {
    (f.severity == Severity::kError ? errors : f.severity == Severity::kWarning ? warnings : notes)++;
  }
  out << fmt::format("{} finding{} in {} file{} ({} error{}, {} warning{}, {} note{})", run.findings.size(),
                     run.findings.size() == 1 ? "" : "s", run.files.size(), run.files.size() == 1 ? "" : "s", errors,
                     errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s", notes, notes == 1 ? "" : "s");
  if (!counts.empty()) {
    out << ":";
    bool first = true;
    for (const auto& [category, n] : counts) {
      out << (first ? " " : ", ") << category_name(category) << " " << n;
      first = false;
    }
  }
  out << "\n";
  if (run.total_characters() == 0) return;
  // The quality figure: findings per 10,000 characters, by category, for the
  // run and (when there are several) for each document with findings.
  auto figure = [](int total, const std::map<Category, int>& by_category, size_t characters) {
    std::string line = fmt::format("{:.1f} per 10,000 characters", per_10k(total, characters));
    bool first = true;
    for (const auto& [category, n] : by_category) {
      line += fmt::format("{}{} {:.1f}", first ? ": " : ", ", category_name(category), per_10k(n, characters));
      first = false;
    }
    return line;
  };
  out << fmt::format("Findings over {} characters: ", run.total_characters())
      << figure(static_cast<int>(run.findings.size()), counts, run.total_characters()) << "\n";
  if (run.files.size() < 2) return;
  for (const FileSummary& file : run.files) {
    auto file_counts = run.count_by_category(file.path);
    int total = 0;
    for (const auto& [category, n] : file_counts) total += n;
    if (total == 0) continue;  // a clean document needs no line of its own
    out << fmt::format("  {}: {} finding{} in {} characters, ", file.path, total, total == 1 ? "" : "s",
                       file.characters)
        << figure(total, file_counts, file.characters) << "\n";
  }
}

}  // namespace copydesk
