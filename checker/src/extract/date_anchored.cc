#include "extract/date_anchored.h"

namespace copydesk {
namespace {

bool digit_at(std::string_view s, size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }
bool at(std::string_view s, size_t i, std::string_view what) { return s.substr(i, what.size()) == what; }

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
    return kAskRe2;
  }
  // The optional suffix: the first alternative that matches here.
  static constexpr std::string_view kSuffixes[] = {"年初", "年底", "年末", "初", "底", "末", "上半年", "下半年"};
  for (std::string_view suffix : kSuffixes) {
    if (at(rest, year, suffix)) return year + suffix.size();
  }
  return year;
}

}  // namespace copydesk
