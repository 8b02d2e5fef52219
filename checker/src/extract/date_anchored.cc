#include "extract/date_anchored.h"

namespace copydesk {
namespace {

bool digit_at(std::string_view s, size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }
// Whether `what` (a few bytes) stands at s[i]: compared byte by byte, which
// the compiler unrolls for a literal (a call of memcmp costs more here).
inline bool at(std::string_view s, size_t i, std::string_view what) {
  if (i > s.size() || s.size() - i < what.size()) return false;
  for (size_t k = 0; k < what.size(); ++k) {
    if (s[i + k] != what[k]) return false;
  }
  return true;
}
size_t digits_at(std::string_view s, size_t i) {
  size_t n = 0;
  while (digit_at(s, i + n)) ++n;
  return n;
}
// The characters that begin what the Arabic shapes do not cover: a space
// (本报 12 月 14 日讯), 农历, and the numerals of a Chinese month or day.
bool needs_re2_at(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  if (b(0) == ' ') return true;
  if ((b(0) & 0xF0) != 0xE0 || s.size() - i < 3) return false;
  char32_t c = ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
  switch (c) {
    case U'农': case U'一': case U'二': case U'三': case U'四': case U'五':
    case U'六': case U'七': case U'八': case U'九': case U'十':
      return true;
    default:
      return false;
  }
}

// Whether a character of `firsts` stands at s[0] (a match of a pattern
// begins with one of them: else there is no match there).
bool starts_with_one_of(std::string_view s, std::u32string_view firsts) {
  if (s.empty()) return false;
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  char32_t c = b(0);
  if (b(0) >= 0x80) {
    if ((b(0) & 0xF0) != 0xE0 || s.size() < 3) return true;  // not read here: as if it were
    c = ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
  }
  return firsts.find(c) != std::u32string_view::npos;
}

// What a year (ZH_YEAR or a relative year) begins with.
constexpr std::u32string_view kYearFirsts = U"0123456789零〇○一二三四五六七八九两今去明前";

}  // namespace

size_t anchored_zh_day(std::string_view rest) {
  auto day_mark = [&](size_t i) { return at(rest, i, "日") || at(rest, i, "号"); };
  if (!digit_at(rest, 0)) return 0;
  // Two digits first (greedy); with a second digit, one digit cannot be
  // followed by 日 or 号.
  if (digit_at(rest, 1)) return day_mark(2) ? 2 + 3 : 0;
  return day_mark(1) ? 1 + 3 : 0;
}

size_t anchored_zh_year(std::string_view rest) {
  size_t year;
  if (digit_at(rest, 0)) {
    // Only [0-9]{4} of the year's alternatives, and none of the relative
    // years, starts with a digit.
    if (!(digit_at(rest, 1) && digit_at(rest, 2) && digit_at(rest, 3) && at(rest, 4, "年"))) return 0;
    year = 4 + 3;
  } else if (at(rest, 0, "今年") || at(rest, 0, "去年") || at(rest, 0, "明年") || at(rest, 0, "前年")) {
    year = 6;  // no year of numerals starts with 今, 去, 明 or 前
  } else {
    // A year of numerals (RE2), or nothing that can begin one (the runs of
    // the pattern's characters also begin with a comma or a bracket).
    return starts_with_one_of(rest, kYearFirsts) ? kAskRe2 : 0;
  }
  // The optional suffix: the first alternative that matches here.
  static constexpr std::string_view kSuffixes[] = {"年初", "年底", "年末", "初", "底", "末", "上半年", "下半年"};
  for (std::string_view suffix : kSuffixes) {
    if (at(rest, year, suffix)) return year + suffix.size();
  }
  return year;
}

size_t anchored_zh_date(std::string_view rest) {
  if (!digit_at(rest, 0)) {
    // 今年6月, 十二月, 农历八月: RE2; a comma, a bracket or 月 begins no date.
    static constexpr std::u32string_view kDateFirsts = U"零〇○一二三四五六七八九两今去明前十农";
    return starts_with_one_of(rest, kDateFirsts) ? kAskRe2 : 0;
  }
  size_t i = 0;
  size_t n = digits_at(rest, 0);
  // The year: [0-9]{4} ?年 ?, then (农历)?. Without it the month would start
  // at the first digit, and a month's one or two digits followed by 月 cannot
  // start a longer run of digits: four digits and no 年 match nothing.
  if (n == 4) {
    if (needs_re2_at(rest, 4)) return kAskRe2;
    if (!at(rest, 4, "年")) return 0;
    i = 4 + 3;
    if (needs_re2_at(rest, i) || !digit_at(rest, i)) return needs_re2_at(rest, i) ? kAskRe2 : 0;
    n = digits_at(rest, i);
  }
  // The month: one or two digits, then 月 (a second digit followed by
  // anything else leaves the first followed by a digit, not by 月).
  if (n > 2) return 0;
  i += n;
  if (needs_re2_at(rest, i)) return kAskRe2;
  if (!at(rest, i, "月")) return 0;
  i += 3;
  if (needs_re2_at(rest, i)) return kAskRe2;
  if (at(rest, i, "份")) i += 3;
  // The day, when there is one: ([0-9]{1,2}) ?(日|号), as for the month.
  if (needs_re2_at(rest, i)) return kAskRe2;
  size_t d = digits_at(rest, i);
  if (d == 1 || d == 2) {
    if (needs_re2_at(rest, i + d)) return kAskRe2;
    if (at(rest, i + d, "日") || at(rest, i + d, "号")) i += d + 3;
  }
  // The optional suffix: the first alternative that matches here.
  static constexpr std::string_view kSuffixes[] = {"上旬", "中旬", "下旬", "初", "底", "末"};
  for (std::string_view suffix : kSuffixes) {
    if (at(rest, i, suffix)) return i + suffix.size();
  }
  return i;
}

}  // namespace copydesk
