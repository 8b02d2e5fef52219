// A finding is plain data: what a rule reported, already resolved to lines and
// columns, so reporters need nothing but the finding itself.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "core/category.h"
#include "core/span.h"

namespace copydesk {

struct Location {
  std::string path;      // as shown in reports, '/'-separated
  Span span;             // byte offsets in the decoded text
  int start_line = 1;    // 1-based
  int start_column = 1;  // 1-based, UTF-16 code units
  int end_line = 1;
  int end_column = 1;    // the column after the last character
};

class Document;

// Returns the location of `span` in `doc`, with lines and UTF-16 columns.
Location locate(const Document& doc, Span span);

// Locates spans of one document one after another, as locate() does: a span
// that starts at or after the previous one's start is counted on from there
// (a rule mostly reports in text order), any other from its line's start.
class SpanLocator {
 public:
  explicit SpanLocator(const Document& doc) : doc_(doc) {}
  Location locate(Span span);

 private:
  const Document& doc_;
  size_t last_begin_ = 0;        // the previous span's start (clamped to the text)
  int last_line_ = 1, last_column_ = 1;  // and its position
};

struct RelatedLocation {
  Location location;
  std::string message;  // e.g. "first copy"
};

// Where a finding stands against a baseline (a previous report); kNone without one.
enum class BaselineState { kNone, kNew, kUnchanged, kAbsent };

// SARIF's names: "new", "unchanged", "absent" ("" for kNone).
std::string_view baseline_state_name(BaselineState state);

struct Finding {
  std::string rule_id;
  Category category = Category::kStyle;
  Severity severity = Severity::kWarning;
  std::string message;       // one or two plain sentences: what is wrong, what to do
  Location location;
  std::string matched_text;  // the text under `location` (an excerpt past EngineOptions::max_text_bytes)
  std::string source_line;   // the first source line of the span, for text reports
  int source_column = 1;     // column where source_line starts (> 1 when a very long line was cut)
  std::vector<RelatedLocation> related;
  std::optional<std::string> fix;  // replacement text for `location`, when safe
  size_t dropped_fix_bytes = 0;    // a replacement over EngineOptions::max_fix_bytes was not kept
  std::string fingerprint;   // independent of line numbers; see core/fingerprint.h
  BaselineState baseline_state = BaselineState::kNone;
};

// The order findings are reported in: by path, then position, then rule.
bool finding_less(const Finding& a, const Finding& b);

}  // namespace copydesk
