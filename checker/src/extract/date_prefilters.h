// Byte tests that rule out a match of a date pattern in a piece of text, so
// that RE2 need not search it. Each is a condition every match of its
// pattern meets (the sources are in extract/dates.cc): false means no match
// lies in the piece, true means only that one may. They are cheaper than a
// search that fails, and most pieces the run scan hands these patterns fail:
// a 五 (五中全会) without 十X五 and its closing quote, a 至 or 到 right
// after 截 (截至11月11日), a lone capital (5G, 12A) among English patterns
// that need a word.
//
// The tests in tests/extract/date_prefilters_test.cc also check each one
// against its pattern on the texts that reach it.
#pragma once

#include <cstddef>
#include <string_view>

namespace copydesk {

// zh_period: 上旬/中旬/下旬, 年初/年底/年末, 上半年/下半年, “十四五”, 十四五时期
// (期间, 规划). Every match holds 旬, 年初, 年底, 年末, 半年, 五” or 五 and one of
// 时期/期间/规划.
bool may_hold_zh_period(std::string_view s);

// zh_year (2026年, 二〇二六年, 两千零八年, 今年): some 年 comes right after four
// digits, three numerals of a year (零〇○一…九), or 今, 去, 明 or 前; or 两千
// is there. Not 三年, 25年.
bool may_hold_zh_year(std::string_view s);

// zh_day_range (3月15日至25日, 15-25日): some range mark (- — – － ~ ～ 至 到)
// comes right after a digit, 日 or 号.
bool may_hold_zh_day_range(std::string_view s);

// zh_month_range (1-5月, 一至三月, 3月至5月份): some range mark comes right
// after a digit, a numeral of a month (一…十), 月 or 份.
bool may_hold_zh_month_range(std::string_view s);

// zh_year_range (2020年至2024年, 2020-2024年): some range mark comes right
// after a digit or 年.
bool may_hold_zh_year_range(std::string_view s);

// The longest stretch of letters in `s`, counting every byte of a character
// outside ASCII as a letter (ſ and K fold to s and k in case-insensitive
// patterns): an English pattern whose matches all hold a word of n letters
// (May, today, anniversary) cannot match where this is below n.
size_t longest_letter_stretch(std::string_view s);

}  // namespace copydesk
