#include "rules/copied_findings.h"

#include <algorithm>

namespace copydesk {

namespace {

// The findings whose span lies inside `span`, as a range of indices.
std::pair<size_t, size_t> inside(const std::vector<Finding>& findings, Span span) {
  auto first = std::lower_bound(findings.begin(), findings.end(), span.begin,
                                [](const Finding& f, size_t at) { return f.location.span.begin < at; });
  auto last = std::lower_bound(first, findings.end(), span.end,
                               [](const Finding& f, size_t at) { return f.location.span.begin < at; });
  return {static_cast<size_t>(first - findings.begin()), static_cast<size_t>(last - findings.begin())};
}

}  // namespace

void drop_findings_repeated_in_copies(std::vector<Finding>& findings) {
  std::vector<bool> drop(findings.size(), false);
  bool any = false;
  for (const Finding& copy : findings) {
    if (copy.category != Category::kDuplicatePassage || copy.related.empty()) continue;
    const Span first_copy = copy.related.front().location.span;
    const auto [begin, end] = inside(findings, copy.location.span);
    const auto [first_begin, first_end] = inside(findings, first_copy);
    for (size_t i = begin; i < end; ++i) {
      const Finding& f = findings[i];
      if (f.category == Category::kDuplicatePassage || f.location.span.end > copy.location.span.end) continue;
      for (size_t j = first_begin; j < first_end && !drop[i]; ++j) {
        const Finding& g = findings[j];
        if (g.location.span.end <= first_copy.end && g.rule_id == f.rule_id && g.matched_text == f.matched_text) {
          drop[i] = any = true;
        }
      }
    }
  }
  if (!any) return;
  size_t kept = 0;
  for (size_t i = 0; i < findings.size(); ++i) {
    if (drop[i]) continue;
    if (kept != i) findings[kept] = std::move(findings[i]);  // never onto itself
    ++kept;
  }
  findings.resize(kept);
}

}  // namespace copydesk
