// The groups of a match of the commonest Chinese date patterns (2026年4月9日,
// 2026年, 16日, 上旬), read from the match by the structure of the pattern
// instead of by RE2's capture engine.
//
// RE2 finds where a match begins and ends with its DFA alone, for a few
// hundred instructions; asked for the groups as well, it runs BitState over
// the match, for thousands more. The match is the same either way, and in
// these patterns it splits into its groups only one way: every group but
// the last ends where a character it cannot hold (年, 月, a space...)
// begins. A reader takes the whole match in g[0] and sets the other groups
// as RE2 would (an unmatched group empty, with no data), or returns false
// when the match is not of the shape it knows, and the caller asks RE2.
//
// The sources of the patterns are in extract/dates.cc; the tests compare
// the readers with RE2 on generated text (tests/extract/dates_test.cc).
#pragma once

#include <re2/stringpiece.h>

namespace copydesk {

// ZH_DATE: (农历)? (ZH_YEAR ?年 ?|ZH_REL_YEAR) (农历)? ZH_MONTH ?月 ?份?
// (([0-9]{1,2}) ?(日|号) | (chinese day)(日|号)?)? (上旬|中旬|下旬|初|底|末)?
// g[1..10], eleven in all.
bool read_zh_date_groups(re2::StringPiece* g);
// ZH_YEAR年 | ZH_REL_YEAR, then (年初|年底|年末|初|底|末|上半年|下半年)?: g[1..3].
bool read_zh_year_groups(re2::StringPiece* g);
// ([0-9]{1,2})(日|号): g[1..2].
bool read_zh_day_groups(re2::StringPiece* g);
// (上旬|...|下半年) | “(十X五|X五)” | (十X五)(时期|期间|规划): g[1..3].
bool read_zh_period_groups(re2::StringPiece* g);

}  // namespace copydesk
