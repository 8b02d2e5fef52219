#include "rules/ignored_spans.h"

#include <algorithm>

namespace copydesk {

IgnoredSpans::IgnoredSpans(std::string_view text, const std::vector<std::string>& terms) {
  for (const std::string& term : terms) {
    if (term.empty()) continue;
    for (size_t pos = text.find(term); pos != std::string_view::npos; pos = text.find(term, pos + 1)) {
      spans_.push_back({pos, pos + term.size()});
    }
  }
  std::sort(spans_.begin(), spans_.end());
  size_t furthest = 0;
  reach_.reserve(spans_.size());
  for (Span s : spans_) reach_.push_back(furthest = std::max(furthest, s.end));
}

bool IgnoredSpans::hold(Span span) const {
  // Of the occurrences that begin at or before the span, the one that reaches
  // furthest holds it if any does.
  const auto after = std::upper_bound(spans_.begin(), spans_.end(), span.begin,
                                      [](size_t begin, Span s) { return begin < s.begin; });
  return after != spans_.begin() && reach_[static_cast<size_t>(after - spans_.begin()) - 1] >= span.end;
}

}  // namespace copydesk
