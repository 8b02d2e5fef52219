#include "segment/text_shape.h"

#include <unicode/uchar.h>

#include "core/utf8.h"

namespace copydesk {

std::string_view trim_text(std::string_view s) {
  while (!s.empty()) {
    Utf8Iterator it(s);
    if (!is_space(it.code_point())) break;
    s.remove_prefix(it.length());
  }
  while (!s.empty()) {
    size_t last = previous_offset(s, s.size());
    if (!is_space(code_point_at(s, last))) break;
    s.remove_suffix(s.size() - last);
  }
  return s;
}

bool is_blank_text(std::string_view s) { return trim_text(s).empty(); }

size_t line_columns(std::string_view s) {
  size_t width = 0;
  for (Utf8Iterator it(s); !it.done(); it.next()) {
    char32_t c = it.code_point();
    if (c < 0x1100) {
      width += 1;
      continue;
    }
    if (c >= 0x4E00 && c <= 0x9FFF) {  // CJK Unified Ideographs are all Wide: no lookup
      width += 2;
      continue;
    }
    auto w = static_cast<UEastAsianWidth>(u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH));
    // Ambiguous-width marks (“ ” … — ·) are set full width in Chinese columns.
    width += (w == U_EA_WIDE || w == U_EA_FULLWIDTH || w == U_EA_AMBIGUOUS) ? 2 : 1;
  }
  return width;
}

char32_t first_code_point(std::string_view s) {
  s = trim_text(s);
  return s.empty() ? 0 : code_point_at(s, 0);
}

char32_t last_code_point(std::string_view s) {
  s = trim_text(s);
  return s.empty() ? 0 : code_point_at(s, previous_offset(s, s.size()));
}

bool is_sentence_final_mark(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == '!' || c == '?' || c == '.' || c == U'…' ||
         c == U'；' || c == U'．';
}

bool is_closing_mark(char32_t c) {
  return c == U'”' || c == U'’' || c == U'」' || c == U'』' || c == U'）' || c == ')' || c == '"' ||
         c == '\'' || c == U'》' || c == U'】' || c == U'〕' || c == U'］' || c == ']';
}

bool is_continuation_mark(char32_t c) {
  return c == U'，' || c == U'。' || c == U'、' || c == U'；' || c == U'：' || c == U'！' || c == U'？' ||
         c == U'”' || c == U'’' || c == U'」' || c == U'』' || c == U'）' || c == U'》' || c == U'．';
}

bool ends_sentence(std::string_view s) {
  s = trim_text(s);
  // Walk back over closing marks (at most a few) to the mark before them.
  for (int i = 0; i < 4 && !s.empty(); ++i) {
    size_t last = previous_offset(s, s.size());
    char32_t c = code_point_at(s, last);
    if (is_sentence_final_mark(c)) return true;
    if (!is_closing_mark(c)) return false;
    s = s.substr(0, last);
  }
  return false;
}

bool has_inner_sentence_end(std::string_view s) {
  s = trim_text(s);
  for (Utf8Iterator it(s); !it.done(); it.next()) {
    char32_t c = it.code_point();
    if (it.next_offset() >= s.size()) break;  // the last character is the end, not inside
    if (c == U'。' || c == U'！' || c == U'？' || c == U'；') return true;
    if ((c == '.' || c == '!' || c == '?') && s[it.next_offset()] == ' ') return true;
  }
  return false;
}

bool has_chinese_clause_mark(std::string_view s) {
  char32_t prev = 0;
  for (Utf8Iterator it(s); !it.done(); it.next()) {
    char32_t c = it.code_point();
    if (c == U'，' || c == U'；') return true;
    if ((c == ',' || c == ';') && is_han(prev)) return true;
    prev = c;
  }
  return false;
}

bool is_latin_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_lower_latin(char32_t c) { return c >= 'a' && c <= 'z'; }

}  // namespace copydesk
