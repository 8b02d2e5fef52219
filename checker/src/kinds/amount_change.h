// Changes and differences stated as an amount, with both of the figures they
// are the difference of: "from 3,120 to 3,510, an increase of 390"; "11,800
// tons, 2,600 more than the 9,200 tons"; "4,500 units, up 300 from 4,200";
// "$3.2 million, below the $3.6 million budget, a saving of $400,000";
// 由3200人增加到3800人，增加了600人; 产量5600吨，比去年的5100吨增加500吨. The amount
// can be worked out from the two figures, so a copy editor checks it. Used
// by numeric-inconsistency.
//
// Only these shapes, in one sentence, with exact figures of one kind (the
// same currency sign, or in Chinese the same unit after all three): a change
// in percent or percentage points is percent_change's and point_change's; an
// approximate figure, a year or the day of a date is left alone.
#pragma once

#include <optional>
#include <span>
#include <vector>

namespace copydesk {

class Document;
struct NumberMention;

struct AmountChange {
  const NumberMention* amount = nullptr;  // 390, $400,000, 600 (人)
  const NumberMention* from = nullptr;    // the old figure, or the one the other is measured against (the budget)
  const NumberMention* to = nullptr;      // the new figure, or the one measured (what the project cost)
  std::optional<bool> up;                 // the direction stated; none for a difference (a saving of)
};

// The stated changes in amount among `numbers`, the number mentions of an
// article of `doc` (Numbers::within()).
std::vector<AmountChange> find_amount_changes(const Document& doc, std::span<const NumberMention> numbers);

}  // namespace copydesk
