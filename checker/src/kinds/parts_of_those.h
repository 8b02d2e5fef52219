// English parts told after "Of those," (Of them, Of these) that add up to
// more than the whole the sentence before gives, and listed parts a whole
// "includes" that add up to more than it. Used by numeric-inconsistency
// (with part_of_whole).
//
//   The bindery repaired 4,120 volumes in 2024. Of those, 2,650 were
//   children's books, 1,140 were adult fiction and 430 were local history.
//                                                    2,650 + 1,140 + 430 = 4,220
//
// The whole is the one count of the sentence before (years, the days of
// dates and figures with decimals or scale words are no counts); the parts
// are every figure of the "Of those" sentence, two or more, all counts. Parts
// may leave some of the whole out, so only a sum above the whole is wrong.
#pragma once

#include <vector>

#include "core/span.h"
#include "kinds/listed_parts.h"

namespace copydesk {

class Document;

// The "Of those" lists in `unit` of an English document whose parts add up to
// more than their whole (ListedParts::total; no tolerance: all are counts).
std::vector<ListedParts> find_parts_above_whole(const Document& doc, Span unit);

}  // namespace copydesk
