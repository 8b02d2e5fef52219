// What a place had, what it added and the total it now has, in one Chinese
// sentence: the first two must add up to the third. Used by
// numeric-inconsistency (option existing_plus_new).
//
//   中心原有三条烘干线，今年新建两条，总数达到四条      (3 + 2 is 5, not 4)
//
// The existing count follows 原有 (原有的), the added one a word of adding
// (新建, 新增, 新上, 新开, 新购, 新配, 新添, 增建, 增加, 又建) and the total a word of
// the whole (总数, 总量, 总计, 共计, 合计, 总共, 共有, 共, 增至, 增加到, 达到), in this
// order, in one sentence, each an exact figure with the same measure word.
#pragma once

#include <vector>

#include "core/span.h"

namespace copydesk {

class Document;
struct Quantity;

struct ExistingPlusNew {
  const Quantity* existing;
  const Quantity* added;
  const Quantity* total;
};

// The sentences of `unit` whose existing and added counts do not make their total.
std::vector<ExistingPlusNew> find_wrong_existing_plus_new(const Document& doc, Span unit);

}  // namespace copydesk
