// The number of a place's subdivisions given twice, differently, in one
// article. Used by numeric-inconsistency (option division_nouns).
//
//   他们围绕全县9个乡镇轮流放映…… 全县12个乡镇的村庄，他们每个月都要走上一遍。
//                                        (a county has one number of townships)
//
// A count right after 全 and the place (全县, 全市, 全省, 全区, 全旗, 全州, 全盟,
// 全镇, 全乡), then 个 (or none), then one of the subdivision nouns the rule
// lists (乡镇, 行政村, 旗县区): how many the place has is a fact, not a figure
// that changes within a story. A count followed by what it has done (全县28个
// 行政村已完成改造) may count only some of them, so the count must be followed
// by the noun and then by no verb of progress: 已, 完成, 实现, 建成, 通, 开通, 有,
// 中 or 率先 after the noun leave it alone.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "core/span.h"

namespace copydesk {

class Document;
struct NumberMention;

struct DivisionCountConflict {
  const NumberMention* first;  // the count given first
  const NumberMention* later;  // a later count of the same place's same subdivisions, another figure
  Span later_phrase;           // 全县12个乡镇
};

// `ms`: the number mentions within one article, in order; `nouns`: the
// subdivision nouns (UTF-8), tried longest first.
std::vector<DivisionCountConflict> find_division_count_conflicts(const Document& doc, std::span<const NumberMention> ms,
                                                                 const std::vector<std::string>& nouns);

}  // namespace copydesk
