// Shares of one whole listed in one English sentence that add up to more
// than all of it: "Machinery accounted for 41% of the total, processed food
// for 28%, chemicals for 19% and other goods for 17%" (105%). Used by
// numeric-inconsistency (with part_of_whole).
//
// A sentence qualifies when it says the figures are shares of a whole
// ("accounted for", "of the total", "share", "made up") and lists three
// percentages or more, apart by commas, "and" before the last. Each
// percentage may be off by half its last digit, so only a sum beyond that
// is reported.
#pragma once

#include <vector>

#include "core/span.h"

namespace copydesk {

class Document;
struct NumberMention;

struct SharesOverWhole {
  std::vector<const NumberMention*> shares;
  double sum = 0;
};

std::vector<SharesOverWhole> find_shares_over_whole(const Document& doc, Span unit);

}  // namespace copydesk
