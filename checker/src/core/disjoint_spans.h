// A set of spans none of which overlaps another, kept in text order, so that
// asking whether a new span overlaps any of them is one lookup rather than a
// look at each (a rule that reports a span only when it overlaps none it has
// reported stays linear in its findings).
//
//   DisjointSpans reported;
//   if (!reported.overlaps(span)) reported.add(span);
#pragma once

#include <iterator>
#include <set>

#include "core/span.h"

namespace copydesk {

class DisjointSpans {
 public:
  // True when `span` overlaps (Span::overlaps) a span of the set.
  bool overlaps(Span span) const {
    // Sorted by start, disjoint spans are sorted by end too: of those that
    // begin before `span` ends, the last reaches furthest.
    const auto after = spans_.lower_bound(Span{span.end, 0});
    return after != spans_.begin() && span.begin < std::prev(after)->end;
  }
  // REQUIRES: `span` is not empty and overlaps no span of the set.
  void add(Span span) { spans_.insert(span); }

 private:
  std::set<Span> spans_;
};

}  // namespace copydesk
