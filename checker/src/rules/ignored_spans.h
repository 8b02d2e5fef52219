// The occurrences of a configuration's ignored terms (ignore-terms) in one
// document, so that the findings inside them can be dropped. Each finding is
// looked up, not compared with every occurrence: a common term in a long
// document has many.
//
//   IgnoredSpans ignored(doc.text(), settings.ignored_terms);
//   if (ignored.hold(finding.location.span)) ...   // dropped
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace copydesk {

class IgnoredSpans {
 public:
  IgnoredSpans(std::string_view text, const std::vector<std::string>& terms);

  bool empty() const { return spans_.empty(); }
  // True when one occurrence holds all of `span` (Span::contains).
  bool hold(Span span) const;

 private:
  std::vector<Span> spans_;    // every occurrence of every term, by start
  std::vector<size_t> reach_;  // reach_[i]: the furthest end of spans_[0 .. i]
};

}  // namespace copydesk
