#include "extract/date_prefilters.h"

#include <algorithm>

#include "core/utf8.h"

namespace copydesk {
namespace {

bool is_range_mark(char32_t c) {
  return c == U'-' || c == U'—' || c == U'–' || c == U'－' || c == U'~' || c == U'～' || c == U'至' || c == U'到';
}

// Whether some range mark of `s` comes right after a character `before` accepts.
template <typename Before>
bool range_mark_after(std::string_view s, Before before) {
  char32_t previous = 0;
  for (Utf8Iterator it(s); !it.done(); it.next()) {
    char32_t c = it.code_point();
    if (is_range_mark(c) && previous != 0 && before(previous)) return true;
    previous = c;
  }
  return false;
}

bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

}  // namespace

bool may_hold_zh_period(std::string_view s) {
  static constexpr std::string_view kMarks[] = {"旬", "年初", "年底", "年末", "半年", "五”"};
  for (std::string_view mark : kMarks) {
    if (s.find(mark) != std::string_view::npos) return true;
  }
  static constexpr std::string_view kPlans[] = {"五时期", "五期间", "五规划"};
  for (std::string_view plan : kPlans) {
    if (s.find(plan) != std::string_view::npos) return true;
  }
  return false;
}

bool may_hold_zh_year(std::string_view s) {
  if (s.find("两千") != std::string_view::npos) return true;
  // The character of three bytes ending at `end`, or 0.
  auto three_before = [&](size_t end) -> char32_t {
    if (end < 3 || (static_cast<unsigned char>(s[end - 3]) & 0xF0) != 0xE0) return 0;
    return code_point_at(s, end - 3);
  };
  auto year_numeral = [](char32_t c) { return std::u32string_view(U"零〇○一二三四五六七八九").find(c) != std::u32string_view::npos; };
  for (size_t at = s.find("年"); at != std::string_view::npos; at = s.find("年", at + 3)) {
    if (at >= 4 && std::all_of(s.begin() + static_cast<std::ptrdiff_t>(at - 4), s.begin() + static_cast<std::ptrdiff_t>(at),
                                [](char c) { return c >= '0' && c <= '9'; }))
      return true;
    char32_t previous = three_before(at);
    if (previous == U'今' || previous == U'去' || previous == U'明' || previous == U'前') return true;
    if (year_numeral(previous) && year_numeral(three_before(at - 3)) && year_numeral(three_before(at - 6))) return true;
  }
  return false;
}

bool may_hold_zh_day_range(std::string_view s) {
  return range_mark_after(s, [](char32_t c) { return is_ascii_digit(c) || c == U'日' || c == U'号'; });
}

bool may_hold_zh_month_range(std::string_view s) {
  return range_mark_after(s, [](char32_t c) {
    return is_ascii_digit(c) || c == U'月' || c == U'份' || std::u32string_view(U"一二三四五六七八九十").find(c) !=
                                                               std::u32string_view::npos;
  });
}

bool may_hold_zh_year_range(std::string_view s) {
  return range_mark_after(s, [](char32_t c) { return is_ascii_digit(c) || c == U'年'; });
}

size_t longest_letter_stretch(std::string_view s) {
  size_t longest = 0, current = 0;
  for (char ch : s) {
    auto b = static_cast<unsigned char>(ch);
    bool letter = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80;
    current = letter ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
}

}  // namespace copydesk
