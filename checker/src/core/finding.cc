#include "core/finding.h"

#include <algorithm>
#include <tuple>

#include "core/document.h"

namespace copydesk {

Location locate(const Document& doc, Span span) {
  Location loc;
  loc.path = doc.path();
  loc.span = span;
  const LineColumn start = doc.lines().position(span.begin);
  // The end is counted on from the start, not again from its line's start.
  const LineColumn end = doc.lines().position_after(span.begin, start, span.end);
  loc.start_line = start.line;
  loc.start_column = start.column;
  loc.end_line = end.line;
  loc.end_column = end.column;
  return loc;
}

Location SpanLocator::locate(Span span) {
  const LineIndex& lines = doc_.lines();
  Location loc;
  loc.path = doc_.path();
  loc.span = span;
  const LineColumn start = lines.position_after(last_begin_, {last_line_, last_column_}, span.begin);
  const LineColumn end = lines.position_after(span.begin, start, span.end);
  loc.start_line = start.line;
  loc.start_column = start.column;
  loc.end_line = end.line;
  loc.end_column = end.column;
  last_begin_ = std::min(span.begin, doc_.text().size());
  last_line_ = start.line;
  last_column_ = start.column;
  return loc;
}

std::string_view baseline_state_name(BaselineState state) {
  switch (state) {
    case BaselineState::kNew: return "new";
    case BaselineState::kUnchanged: return "unchanged";
    case BaselineState::kAbsent: return "absent";
    case BaselineState::kNone: return "";
  }
  return "";
}

bool finding_less(const Finding& a, const Finding& b) {
  return std::tie(a.location.path, a.location.span.begin, a.location.span.end, a.rule_id, a.message) <
         std::tie(b.location.path, b.location.span.begin, b.location.span.end, b.rule_id, b.message);
}

}  // namespace copydesk
