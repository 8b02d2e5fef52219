// A count followed by the list of what it counts, which must name that many
// items. Used by numeric-inconsistency (option listed_count).
//
//   This year's lineup includes five headliners: The Lonesome Pines, Maya
//   Oduya, Los Caminos del Río and Paper Harbor.            (four are named)
//   全市今年确定了五个重点项目：A园区、B基地、C工程和D中心。       (four are named)
//
// The count is an exact figure from 2 to 20 and the words after it (at most
// three, the last a plural in English) end at a colon (or at ，分别是 in
// Chinese); the list runs from there to the end of the sentence, its items
// apart by commas and "and" (、 and 和, 及, 与 in Chinese). A list that is not all of them (including,
// such as, 等, etc.), holds figures (a list of parts: kinds/listed_parts.h) or
// has an item of more than eight words or twenty characters is left alone.
#pragma once

#include <span>
#include <vector>

#include "core/span.h"

namespace copydesk {

class Document;
struct NumberMention;

struct MiscountedList {
  const NumberMention* count;
  size_t items = 0;  // how many the list names
  Span list;         // from the first item to the last
};

// `ms`: the number mentions within `scope`, in order.
std::vector<MiscountedList> find_miscounted_lists(const Document& doc, std::span<const NumberMention> ms, Span scope);

}  // namespace copydesk
