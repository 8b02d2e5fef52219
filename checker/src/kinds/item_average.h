// A Chinese average per item that the total and the number of items do not
// give. Used by numeric-inconsistency (with average).
//
//   8条乡村邮路总长520公里，平均每条邮路长75公里      520 ÷ 8 = 65, not 75
//   全乡12所学校共有学生3600名，平均每所学校有300名
//
// The average follows 平均每 and a classifier (条, 所; not a time: 平均每天 is a
// period's average), at once or after words; the number of items is
// the one figure of the sentence before the average, or else of the
// paragraph before it, that that classifier follows (8条), or 个 and a noun
// ending in it (6个班组 for 平均每组); the total is the nearest
// quantity before the average in its unit's dimension, in the same sentence.
// Figures about so much (约, 多) are no basis; an average about so much is
// allowed twice the tolerance.
#pragma once

#include <vector>

#include "core/span.h"

namespace copydesk {

class Document;
struct NumberMention;
struct Quantity;

struct ItemAverage {
  const Quantity* total;
  const NumberMention* count;
  const Quantity* average;
  double expected = 0;  // total ÷ count, in the dimension's base unit
};

// The averages per item in `unit` (of body paragraphs) that disagree with
// their total and count by more than `tolerance` (a share) beyond rounding.
std::vector<ItemAverage> find_wrong_item_averages(const Document& doc, Span unit, double tolerance);

}  // namespace copydesk
