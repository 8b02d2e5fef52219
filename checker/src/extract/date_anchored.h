// The match at the very start of a piece of text of the commonest Chinese
// date patterns (16日, 2026年), found by hand instead of by RE2.
//
// Most runs of these patterns are one match from their first character, and
// the date extractor first asks for a match anchored there. RE2 answers in
// several hundred instructions (its caches, its DFA); the common shapes
// take a few compares. Each function gives the length of the match RE2
// finds anchored at the start of `rest` (leftmost-first: alternatives in
// order, greedy repeats), 0 when there is none, or kAskRe2 for a shape it
// does not read (二〇二六年), which RE2 then searches. A character no match
// begins with (a comma, a bracket: the runs of a pattern's characters hold
// them) gives 0 at once.
//
// The sources of the patterns are in extract/dates.cc; the tests compare
// these functions with RE2 on generated text
// (tests/extract/date_anchored_test.cc).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace copydesk {

inline constexpr size_t kAskRe2 = SIZE_MAX;

// ([0-9]{1,2})(日|号)
size_t anchored_zh_day(std::string_view rest);

// (?:ZH_YEAR年|(今年|去年|明年|前年))(年初|年底|年末|初|底|末|上半年|下半年)?,
// read for a year of four Arabic digits and the relative years.
size_t anchored_zh_year(std::string_view rest);

// ZH_DATE: (农历)? (ZH_YEAR ?年 ?|ZH_REL_YEAR) (农历)? ZH_MONTH ?月 ?份?
// (([0-9]{1,2}) ?(日|号) | (chinese day)(日|号)?)? (上旬|中旬|下旬|初|底|末)?,
// read for Arabic digits without spaces: 6月, 11月11日, 2026年4月9日上旬.
size_t anchored_zh_date(std::string_view rest);

}  // namespace copydesk
