// Totals broken down in a list after a colon, in English: "The district hired
// 45 new teachers this year: 20 in elementary schools, 15 in middle schools
// and 12 in high schools." The list must name its parts as plain counts, end
// the sentence and put "and" before its last part: a list so written is all
// of the total, so its parts must add up to it. Used by numeric-inconsistency.
//
// Not lists of parts: a sentence with another figure before the colon (won 3
// of its 5 games: …), approximate or decimal figures, percentages, years, and
// lists that go on past their last part with figures or clauses.
#pragma once

#include <re2/re2.h>

#include <vector>

#include "core/span.h"

namespace copydesk {

class Document;
struct NumberMention;

struct ListedParts {
  const NumberMention* total = nullptr;
  std::vector<const NumberMention*> parts;  // in text order, at least two
};

class ListedPartsFinder {
 public:
  ListedPartsFinder();
  // The totals with listed parts in `span` of `doc` (an article).
  std::vector<ListedParts> find(const Document& doc, Span span) const;

 private:
  RE2 to_colon_;   // from a total to its list: words, then the colon
  RE2 between_;    // from one part to the next: words, then ", " or " and "
  RE2 to_end_;     // after the last part: words, then the full stop
};

}  // namespace copydesk
