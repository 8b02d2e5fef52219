// Changes in percentage points stated with both percentages: 千兆光网通达率由
// 62%提高到91%，提高了29个百分点; "turnout rose from 48% to 55%, up 7
// percentage points". The points are the difference of the two percentages,
// so a copy editor checks them. Used by numeric-inconsistency.
//
// Only these shapes, in one sentence, with the points right after the second
// percentage: 由/从 A% …到/至 B%，提高/下降(了) N 个百分点, and "from A% to B%" or
// "to B% from A%" followed by ", up/down N percentage points" or ", a rise of
// N percentage points". A change in points without both percentages (增速提高
// 0.3个百分点) says nothing that can be checked.
#pragma once

#include <span>
#include <vector>

#include "core/span.h"

namespace copydesk {

class Document;
struct NumberMention;

struct PointChange {
  const NumberMention* points = nullptr;  // 29 in 29个百分点
  const NumberMention* from = nullptr;    // 62%
  const NumberMention* to = nullptr;      // 91%
  bool up = true;                         // 提高, up (false: 下降, down)
};

// The stated changes in percentage points among `numbers`, the number
// mentions of an article of `doc` (Numbers::within()).
std::vector<PointChange> find_point_changes(const Document& doc, std::span<const NumberMention> numbers);

}  // namespace copydesk
