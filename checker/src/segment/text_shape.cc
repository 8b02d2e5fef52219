#include "segment/text_shape.h"

#include <cctype>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <bit>

#include "core/byte_set.h"
#include "core/utf8.h"

namespace copydesk {

namespace {

constexpr std::string_view kIdeographicSpace = "\u3000";
constexpr std::string_view kNoBreakSpace = "\u00A0";

bool is_ascii_space(unsigned char b) { return b == ' ' || (b >= '\t' && b <= '\r'); }

}  // namespace

// Byte by byte: the spaces of is_space() are ASCII, U+3000 and U+00A0, and in
// valid UTF-8 a sequence that ends a string with E3 80 80 or C2 A0 is that
// character (E3 and C2 are lead bytes).
std::string_view trim_edges(std::string_view s) {
  while (!s.empty()) {
    if (is_ascii_space(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    else if (s.starts_with(kIdeographicSpace)) s.remove_prefix(kIdeographicSpace.size());
    else if (s.starts_with(kNoBreakSpace)) s.remove_prefix(kNoBreakSpace.size());
    else break;
  }
  while (!s.empty()) {
    if (is_ascii_space(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    else if (s.ends_with(kIdeographicSpace)) s.remove_suffix(kIdeographicSpace.size());
    else if (s.ends_with(kNoBreakSpace)) s.remove_suffix(kNoBreakSpace.size());
    else break;
  }
  return s;
}

bool is_blank_text(std::string_view s) { return trim_text(s).empty(); }

namespace {

// Ambiguous-width marks (“ ” … — ·) are set full width in Chinese columns.
size_t looked_up_columns(char32_t c) {
  auto w = static_cast<UEastAsianWidth>(u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH));
  return (w == U_EA_WIDE || w == U_EA_FULLWIDTH || w == U_EA_AMBIGUOUS) ? 2 : 1;
}

// The widths of General Punctuation (U+2000-U+206F), CJK Symbols and
// Punctuation (U+3000-U+303F) and Halfwidth and Fullwidth Forms
// (U+FF00-U+FFEF), where nearly all the punctuation of Chinese text lies, read
// from ICU once.
struct PunctuationWidths {
  unsigned char general[0x70], cjk[0x40], fullwidth[0xF0];
  PunctuationWidths() {
    for (char32_t c = 0; c < 0x70; ++c) general[c] = static_cast<unsigned char>(looked_up_columns(0x2000 + c));
    for (char32_t c = 0; c < 0x40; ++c) cjk[c] = static_cast<unsigned char>(looked_up_columns(0x3000 + c));
    for (char32_t c = 0; c < 0xF0; ++c) fullwidth[c] = static_cast<unsigned char>(looked_up_columns(0xFF00 + c));
  }
};

const PunctuationWidths& punctuation_widths() {
  static const PunctuationWidths table;
  return table;
}

size_t columns_of(char32_t c) {
  if (c < 0x1100) return 1;
  if (c >= 0x4E00 && c <= 0x9FFF) return 2;  // CJK Unified Ideographs are all Wide
  const PunctuationWidths& table = punctuation_widths();
  if (c >= 0x2000 && c < 0x2070) return table.general[c - 0x2000];
  if (c >= 0x3000 && c < 0x3040) return table.cjk[c - 0x3000];
  if (c >= 0xFF00 && c < 0xFFF0) return table.fullwidth[c - 0xFF00];
  return looked_up_columns(c);
}

}  // namespace

size_t line_columns(std::string_view s) {
  size_t width = 0;
  const size_t last_start_of_3 = s.size() >= 3 ? s.size() - 3 : 0;  // a three-byte character fits from here
  for (size_t i = 0; i < s.size();) {
    // Most characters are CJK ideographs U+4E00-U+9FFF (E4 B8 80 to E9 BF
    // BF), all Wide: a run of them takes one test each.
    while (i <= last_start_of_3 && s.size() >= 3) {
      auto lead = static_cast<unsigned char>(s[i]);
      if (static_cast<unsigned char>(lead - 0xE5) >= 5 && !(lead == 0xE4 && static_cast<unsigned char>(s[i + 1]) >= 0xB8))
        break;
      width += 2;
      i += 3;
    }
    if (i >= s.size()) break;
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {  // ASCII
      width += 1;
      i += 1;
    } else if (b < 0xE0) {  // two bytes: below U+0800
      width += 1;
      i += 2;
    } else {
      Utf8Iterator it(s, i);
      width += columns_of(it.code_point());
      i = it.next_offset();
    }
  }
  return width;
}


namespace {

// The offset of the last code point of non-empty `s` (previous_offset() and
// code_point_at() inline: they run on every line).
size_t last_start(std::string_view s) {
  size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

}  // namespace

char32_t first_code_point(std::string_view s) {
  s = trim_text(s);
  return s.empty() ? 0 : Utf8Iterator(s).code_point();
}

char32_t last_code_point(std::string_view s) {
  s = trim_text(s);
  return s.empty() ? 0 : Utf8Iterator(s, last_start(s)).code_point();
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
    size_t last = last_start(s);
    char32_t c = Utf8Iterator(s, last).code_point();
    if (is_sentence_final_mark(c)) return true;
    if (!is_closing_mark(c)) return false;
    s = s.substr(0, last);
  }
  return false;
}

// Byte by byte: 。 is E3 80 82 and ！？； EF BC 81/9F/9B (E3 and EF are lead
// bytes); the characters before the last one start before its first byte.
namespace {

// True when the '.' at `dot` ends an abbreviation rather than a sentence: a
// title or label before a name or figure (No. 3, Gov. Stein, Sept. 17), an
// initial (J. Smith) or a dotted form (U.S. officials). A short list for a
// shape test run on every short block; sentences themselves are split by
// ICU with CLDR's abbreviations (segment/sentence_splitter.h).
bool ends_abbreviation(std::string_view s, size_t dot) {
  size_t begin = dot;
  while (begin > 0 && (std::isalpha(static_cast<unsigned char>(s[begin - 1])) || s[begin - 1] == '.')) --begin;
  const std::string_view word = s.substr(begin, dot - begin);
  if (word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0]))) return true;  // an initial
  if (word.find('.') != std::string_view::npos) return true;                               // U.S, N.C
  static constexpr std::string_view kAbbreviations[] = {
      "No", "Nos", "Mr", "Mrs", "Ms", "Dr", "St", "Mt", "Ft", "Gov", "Sen", "Rep", "Gen", "Lt", "Col", "Sgt", "Capt",
      "Cmdr", "Adm", "Prof", "Rev", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "vs", "Ave", "Blvd", "Jan", "Feb", "Aug",
      "Sept", "Sep", "Oct", "Nov", "Dec"};
  for (std::string_view a : kAbbreviations) {
    if (word == a) return true;
  }
  return false;
}

}  // namespace

bool has_inner_sentence_end(std::string_view s) {
  s = trim_text(s);
  if (s.empty()) return false;
  size_t last = previous_offset(s, s.size());  // the last character is the end, not inside
  for (size_t i = 0; i < last;) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b == '.' || b == '!' || b == '?') {
      if (s[i + 1] == ' ' && !(b == '.' && ends_abbreviation(s, i))) return true;
    } else if (b == 0xE3 || b == 0xEF) {
      auto b1 = static_cast<unsigned char>(s[i + 1]), b2 = static_cast<unsigned char>(s[i + 2]);
      if (b == 0xE3 && b1 == 0x80 && b2 == 0x82) return true;
      if (b == 0xEF && b1 == 0xBC && (b2 == 0x81 || b2 == 0x9F || b2 == 0x9B)) return true;
    } else if (b >= 0xE0 && b < 0xF0) {
      i += 3;  // any other three-byte character (ideographs...) at once
      continue;
    }
    ++i;
  }
  return false;
}

bool opens_with_link_word(std::string_view block) {
  // Most blocks open otherwise: their first character is tried before the words.
  static constexpr std::u32string_view kFirst = U"此这同其另对为因但然并而随";
  if (block.size() < 6 || kFirst.find(first_code_point(block)) == std::u32string_view::npos) return false;
  for (std::string_view w : {"此次", "这次", "此外", "同时", "其中", "另外", "对此", "为此", "因此", "但是", "然而", "并且",
                             "而且", "此前", "随后", "其后"}) {
    if (block.starts_with(w)) return true;
  }
  return false;
}

// Byte by byte: ，； are EF BC 8C/9B; other three-byte characters are passed
// over at once; an ASCII , or ; needs the character before it.
bool has_chinese_clause_mark(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b == ',' || b == ';') {
      if (i > 0 && is_han(code_point_at(s, previous_offset(s, i)))) return true;
    } else if (b == 0xEF) {
      if (i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBC &&
          (static_cast<unsigned char>(s[i + 2]) == 0x8C || static_cast<unsigned char>(s[i + 2]) == 0x9B))
        return true;
    } else if (b >= 0xE0 && b < 0xF0) {
      i += 3;
      continue;
    }
    ++i;
  }
  return false;
}

size_t find_text(std::string_view s, std::string_view what, size_t from) {
  if (what.empty()) return from <= s.size() ? from : std::string_view::npos;
  if (from > s.size() || what.size() > s.size() - from) return std::string_view::npos;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t tail = what.size() - 1;
  const auto first = static_cast<unsigned char>(what.front()), last = static_cast<unsigned char>(what.back());
  const size_t starts = s.size() - tail;  // the places `what` may begin
  size_t at = from;
  for (; at + 16 <= starts; at += 16) {
    for (unsigned m = byte_pair_mask(p + at, first, tail, last); m != 0; m &= m - 1) {
      const size_t start = at + static_cast<size_t>(std::countr_zero(m));
      if (s.compare(start, what.size(), what) == 0) return start;
    }
  }
  for (; at < starts; ++at) {
    if (p[at] == first && p[at + tail] == last && s.compare(at, what.size(), what) == 0) return at;
  }
  return std::string_view::npos;
}

bool contains_text(std::string_view s, std::string_view what) { return find_text(s, what) != std::string_view::npos; }

bool starts_with_words(std::string_view s, std::string_view phrase) {
  if (s.size() < phrase.size()) return false;
  for (size_t k = 0; k < phrase.size(); ++k) {
    if (s[k] != phrase[k] && !(phrase[k] == ' ' && s[k] == '\n')) return false;
  }
  return true;
}

bool ends_with_words(std::string_view s, std::string_view phrase) {
  return s.size() >= phrase.size() && starts_with_words(s.substr(s.size() - phrase.size()), phrase);
}

bool is_han_script(char32_t c) {
  if (c >= 0x4E00 && c <= 0x9FFF) return true;  // CJK Unified Ideographs, all assigned, all Han
  if (c < 0x2E80) return false;                 // the first Han character is U+2E80
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_HAN && U_SUCCESS(status);
}

bool is_latin_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_lower_latin(char32_t c) { return c >= 'a' && c <= 'z'; }

}  // namespace copydesk
