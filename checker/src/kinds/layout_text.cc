#include "kinds/layout_text.h"

#include <cctype>

#include <re2/re2.h>

#include <algorithm>
#include <bit>
#include <cstdint>

#include "core/document.h"
#include "core/byte_set.h"
#include "core/utf8.h"
#include "report/text_report.h"  // display_width
#include "segment/block_classifier.h"
#include "segment/text_shape.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace copydesk {

namespace {

bool is_paragraph_end(char32_t c) {
  switch (c) {
    case U'。': case U'！': case U'？': case U'…': case U'；': case U'：': case U'—':
    case U'”': case U'’': case U'」': case U'』': case U'）': case U'》': case U'〉': case U'】': case U'〕':
    case '.': case '!': case '?': case ':': case ';': case ')': case '"': case '\'':
      return true;
    default:
      return false;
  }
}

bool is_ascii_word(char32_t c) { return c < 0x80 && (std::isalnum(static_cast<int>(c)) != 0); }


const RE2& continuation_tail_re() {
  static const RE2 re(R"((下转|上接|转第|接第)[^\n]{0,12}版[）)]?$)");
  return re;
}

bool is_chinese_numeral(char32_t c) {
  switch (c) {
    case U'一': case U'二': case U'三': case U'四': case U'五': case U'六': case U'七': case U'八': case U'九': case U'十':
      return true;
    default:
      return false;
  }
}

// 一、 （一） 1. 第一， at the start of a line: a numbered section heading, as the
// pattern ^([一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十0-9]{1,3}[）)]|
// [0-9]{1,2}[.．、]|第[一二三四五六七八九十]{1,3}[，、,]) would find it. Written out:
// it runs on every paragraph and line. Each branch is a run of 1 to 3 (or 2)
// numerals followed by a mark that is not a numeral, so the whole run must be
// that long and the mark must follow it.
bool starts_with_ordinal(std::string_view s) {
  Utf8Iterator it(s);
  if (it.done()) return false;
  auto run_then = [&](auto in_run, size_t max_run, std::u32string_view marks) {
    size_t run = 0;
    for (; !it.done() && in_run(it.code_point()) && run <= max_run; it.next()) ++run;
    return run >= 1 && run <= max_run && !it.done() && marks.find(it.code_point()) != std::u32string_view::npos;
  };
  auto is_ascii_digit = [](char32_t c) { return c >= '0' && c <= '9'; };
  char32_t first = it.code_point();
  if (is_chinese_numeral(first)) return run_then(is_chinese_numeral, 3, U"、");
  if (is_ascii_digit(first)) return run_then(is_ascii_digit, 2, U".．、");
  if (first == U'（' || first == '(') {
    it.next();
    return run_then([&](char32_t c) { return is_chinese_numeral(c) || is_ascii_digit(c); }, 3, U"）)");
  }
  if (first == U'第') {
    it.next();
    return run_then(is_chinese_numeral, 3, U"，、,");
  }
  return false;
}

// True when a Han character (RE2's \p{Han}) stands before an ASCII comma in
// `s`: running Chinese text typed half-width. A regex would read every byte;
// the commas are few.
bool has_han_comma(std::string_view s) {
  for (size_t at = s.find(','); at != std::string_view::npos; at = s.find(',', at + 1)) {
    if (at > 0 && is_han_script(code_point_at(s, previous_offset(s, at)))) return true;
  }
  return false;
}

// True when `s` starts like a story's first line: an optional □ or ■, white
// space, then 本报, 新华社, 中新社, 人民日报, 记者 or 通讯员. (Written out rather
// than as a regex: it runs on every paragraph break.)
bool opens_with_agency_or_reporter(std::string_view s) {
  if (s.starts_with("□") || s.starts_with("■")) s.remove_prefix(std::string_view("□").size());
  while (!s.empty()) {
    char b = s.front();
    if (b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r') s.remove_prefix(1);
    else if (s.starts_with("　")) s.remove_prefix(std::string_view("　").size());
    else break;
  }
  for (std::string_view start : {"本报", "新华社", "中新社", "人民日报", "记者", "通讯员"}) {
    if (s.starts_with(start)) return true;
  }
  return false;
}

bool starts_list_item(std::string_view line) {
  if (line.empty()) return false;
  if ((line[0] == '-' || line[0] == '*' || line[0] == '+') && line.size() > 1 && line[1] == ' ') return true;
  if (line.rfind("•", 0) == 0 || line.rfind("·", 0) == 0) return true;
  return starts_with_ordinal(line);
}

// Two or more blanks inside a line: columns of a table, not running text.
bool has_column_gap(std::string_view line) {
  return line.find("  ") != std::string_view::npos || line.find('\t') != std::string_view::npos ||
         line.find("\xE3\x80\x80") != std::string_view::npos;
}

}  // namespace

// Byte by byte: the blanks are ' ', '\t', '\r', U+3000 (E3 80 80) and U+00A0
// (C2 A0); E3 and C2 are lead bytes, so a string that ends with those bytes
// ends with that character.
std::string_view trim_blanks(std::string_view s) {
  // Most lines and blocks neither start nor end with a blank: one look at each
  // end byte settles them (U+3000 is E3 80 80, U+00A0 is C2 A0).
  const auto may_start_blank = [](unsigned char b) { return b == ' ' || b == '\t' || b == '\r' || b == 0xE3 || b == 0xC2; };
  const auto may_end_blank = [](unsigned char b) { return b == ' ' || b == '\t' || b == '\r' || b == 0x80 || b == 0xA0; };
  if (s.empty() || (!may_start_blank(s.front()) && !may_end_blank(s.back()))) return s;
  constexpr std::string_view kIdeographicSpace = "\u3000", kNoBreakSpace = "\u00A0";
  while (!s.empty()) {
    char b = s.front();
    if (b == ' ' || b == '\t' || b == '\r') s.remove_prefix(1);
    else if (s.starts_with(kIdeographicSpace)) s.remove_prefix(kIdeographicSpace.size());
    else if (s.starts_with(kNoBreakSpace)) s.remove_prefix(kNoBreakSpace.size());
    else break;
  }
  while (!s.empty()) {
    char b = s.back();
    if (b == ' ' || b == '\t' || b == '\r') s.remove_suffix(1);
    else if (s.ends_with(kIdeographicSpace)) s.remove_suffix(kIdeographicSpace.size());
    else if (s.ends_with(kNoBreakSpace)) s.remove_suffix(kNoBreakSpace.size());
    else break;
  }
  return s;
}

bool ends_paragraph(std::string_view s) {
  s = trim_blanks(s);
  if (s.empty()) return true;
  if (is_paragraph_end(code_point_at(s, previous_offset(s, s.size())))) return true;
  // A continuation marker at the end of a paragraph (…设计图纸 ■下转第5版). A
  // closing bracket after 版 would have ended the paragraph above, so the text
  // ends with 版, and the marker takes at most 57 bytes: the regex reads the
  // last 64 bytes, from a character boundary.
  if (!s.ends_with("版")) return false;
  size_t start = s.size() > 64 ? s.size() - 64 : 0;
  while (start < s.size() && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) ++start;
  return RE2::PartialMatch(s.substr(start), continuation_tail_re());
}

namespace {

// The offset of the first byte at or after `i` that can start one of the
// marks of has_sentence_punctuation (E3, EF, ',' or ';'), or s.size():
// sixteen bytes at a time, as most of a Chinese text has none of them.
size_t next_mark_byte(std::string_view s, size_t i) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  for (; i + 16 <= s.size(); i += 16) {
    if (const unsigned m = byte_set_mask<0xE3, 0xEF, ',', ';'>(bytes + i); m != 0) return i + std::countr_zero(m);
  }
  for (; i < s.size(); ++i) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b == 0xE3 || b == 0xEF || b == ',' || b == ';') return i;
  }
  return i;
}

}  // namespace

// Byte by byte: 、。 are E3 80 81/82 and ，；？！ EF BC 8C/9B/9F/81 (E3 and EF
// are always lead bytes in UTF-8); only an ASCII , or ; needs the character before it.
bool has_sentence_punctuation(std::string_view s) {
  for (size_t i = 0; (i = next_mark_byte(s, i)) < s.size(); ++i) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b == 0xE3 || b == 0xEF) {
      if (i + 2 >= s.size()) continue;
      auto b1 = static_cast<unsigned char>(s[i + 1]), b2 = static_cast<unsigned char>(s[i + 2]);
      if (b == 0xE3 && b1 == 0x80 && (b2 == 0x81 || b2 == 0x82)) return true;
      if (b == 0xEF && b1 == 0xBC && (b2 == 0x8C || b2 == 0x9B || b2 == 0x9F || b2 == 0x81)) return true;
    } else if ((b == ',' || b == ';') && i > 0 && is_han(code_point_at(s, previous_offset(s, i)))) {
      return true;
    }
  }
  return false;
}

namespace {

// Whether `s` ends as an English sentence does: a letter or digit, then . ! or ?,
// maybe inside closing quotes or a bracket. A doubled period (result..) is a
// slip at a sentence's end, which doubled-period reports.
bool ends_latin_sentence(std::string_view s) {
  size_t end = s.size();
  while (end > 0) {
    const size_t before = previous_offset(s, end);
    const char32_t c = code_point_at(s, before);
    if (c != U'”' && c != U'’' && c != '"' && c != '\'' && c != ')') break;
    end = before;
  }
  if (end < 2 || (s[end - 1] != '.' && s[end - 1] != '!' && s[end - 1] != '?')) return false;
  if (s[end - 1] == '.' && s[end - 2] == '.' && end >= 3) --end;
  const char c = s[end - 2];
  return is_latin_letter(static_cast<unsigned char>(c)) || (c >= '0' && c <= '9');
}

// Whether `s` stops on an English word that cannot end a sentence or a
// headline (said the, one of, by): running text cut off.
bool ends_on_function_word(std::string_view s) {
  static constexpr std::string_view kWords[] = {"the", "a", "an", "of", "to", "and", "or", "by", "for", "with",
                                                "from", "that", "its", "their", "his", "her", "at", "in", "on"};
  size_t start = s.size();
  while (start > 0 && s[start - 1] >= 'a' && s[start - 1] <= 'z') --start;
  if (start == s.size() || start == 0 || s[start - 1] != ' ') return false;
  const std::string_view last = s.substr(start);
  for (std::string_view w : kWords) {
    if (last == w) return true;
  }
  return false;
}

}  // namespace

bool is_body_block(const Block& block, std::string_view text) {
  std::string_view s = trim_blanks(block.span.of(text));
  // Asked last: a paragraph is often one long line, searched to its end.
  auto one_line = [s] { return s.find('\n') == std::string_view::npos; };
  // A single numbered line (一、坚持党的全面领导，确保改革方向) is a section heading.
  if (starts_with_ordinal(s) && has_at_most_code_points(s, 60) && one_line()) return false;
  switch (block.kind) {
    case BlockKind::kParagraph:
      // Long unpunctuated single lines are body text; several unpunctuated
      // lines are a headline with its subtitle.
      return has_sentence_punctuation(s) || ends_latin_sentence(s) || (!has_at_most_code_points(s, 59) && one_line()) ||
             ends_on_function_word(s) || opens_with_link_word(s);
    case BlockKind::kHeadline:
    case BlockKind::kSubtitle: {
      // A short fragment of a paragraph looks like a headline; one with a full
      // stop, or a comma in a longer line, is running text.
      if (s.find("。") != std::string_view::npos || s.find("；") != std::string_view::npos) return true;
      bool comma = s.find("，") != std::string_view::npos || has_han_comma(s);
      return comma && !has_at_most_code_points(s, 13);
    }
    default:
      return false;
  }
}

bool starts_story(std::string_view s) {
  s = trim_blanks(s);
  if (opens_with_agency_or_reporter(s)) return true;
  return find_dateline(s, Span{0, s.size()}).has_value();
}

// A block's span is trimmed of more than trim_blanks() takes away: its text is
// what starts_story() looks at.
bool starts_story(const Block& block, std::string_view text) {
  return opens_with_agency_or_reporter(block.span.of(text)) || block.opens_with_dateline;
}

namespace {

// Whether join_fragments() puts a space between trimmed `before` and `after`.
bool joins_with_space(std::string_view before, std::string_view after) {
  if (before.empty() || after.empty()) return false;
  char32_t a = code_point_at(before, previous_offset(before, before.size()));
  char32_t b = code_point_at(after, 0);
  bool both_digits = std::isdigit(static_cast<int>(a < 0x80 ? a : 0)) && std::isdigit(static_cast<int>(b < 0x80 ? b : 0));
  bool latin = (is_ascii_word(a) || a == ',' || a == ';' || a == '-') && is_ascii_word(b);
  return latin && !both_digits && a != '-';
}

}  // namespace

std::string join_fragments(std::string_view before, std::string_view after) {
  before = trim_blanks(before);
  after = trim_blanks(after);
  std::string out(before);
  if (joins_with_space(before, after)) out += ' ';
  out += after;
  return out;
}

bool joins_digits(std::string_view before, std::string_view after) {
  before = trim_blanks(before);
  after = trim_blanks(after);
  if (before.empty() || after.empty()) return false;
  return is_digit(code_point_at(before, previous_offset(before, before.size()))) && is_digit(code_point_at(after, 0));
}

size_t display_columns(std::string_view s) {
  const size_t n = s.size();
  size_t width = 0, measured = 0;  // display_width() of s[0, measured) is in width, but for the runs
  auto ideograph_at = [&](size_t i) {
    auto lead = static_cast<unsigned char>(s[i]);
    return i + 3 <= n && (static_cast<unsigned char>(lead - 0xE5) < 5 ||
                          (lead == 0xE4 && static_cast<unsigned char>(s[i + 1]) >= 0xB8));
  };
  for (size_t i = 0; i < n;) {
    if (!ideograph_at(i)) {  // a lead byte E4-E9 never comes inside another character
      ++i;
      continue;
    }
    if (i > measured) width += display_width(s.substr(measured, i - measured));
#if defined(__SSE2__)
    // Five at a time while the lead bytes at 0, 3, 6, 9 and 12 of sixteen
    // are all ideograph_at(): E5-E9, or E4 before a second byte B8 and up.
    const __m128i e4 = _mm_set1_epi8(static_cast<char>(0xE4)), e5 = _mm_set1_epi8(static_cast<char>(0xE5)),
                  four = _mm_set1_epi8(4), b8 = _mm_set1_epi8(static_cast<char>(0xB8)), zero = _mm_setzero_si128();
    while (i + 16 <= n) {
      const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      const unsigned e5_to_e9 =
          static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_subs_epu8(_mm_sub_epi8(block, e5), four), zero)));
      const unsigned lead_e4 = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(block, e4)));
      const unsigned b8_up = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_subs_epu8(b8, block), zero)));
      if (((e5_to_e9 | (lead_e4 & (b8_up >> 1))) & 0x1249) != 0x1249) break;
      width += 10;
      i += 15;
    }
#endif
    for (; i < n && ideograph_at(i); i += 3) width += 2;
    measured = i;
  }
  if (n > measured) width += display_width(s.substr(measured));
  return width;
}

Span tail_span(std::string_view text, Span span, size_t n) {
  std::string_view s = trim_blanks(span.of(text));
  size_t end = span.begin + (s.data() - span.of(text).data()) + s.size();
  size_t begin = end;
  for (size_t i = 0; i < n && begin > span.begin; ++i) {
    size_t prev = previous_offset(text, begin);
    if (text[prev] == '\n') break;
    begin = prev;
  }
  return {begin, end};
}

Span head_span(std::string_view text, Span span, size_t n) {
  std::string_view s = trim_blanks(span.of(text));
  size_t begin = span.begin + (s.data() - span.of(text).data());
  size_t end = begin;
  for (size_t i = 0; i < n && end < begin + s.size(); ++i) {
    if (text[end] == '\n') break;
    end += utf8_sequence_length(static_cast<unsigned char>(text[end]));
  }
  return {begin, end};
}

WrappedBreaks WrappedBreaks::compute(const Document& doc) {
  WrappedBreaks result;
  std::string_view text = doc.text();
  const Structure& structure = doc.analysis<Structure>();
  std::vector<Span> lines;  // reused by every block
  std::vector<size_t> widths, sorted;
  for (const Block& block : structure.blocks) {
    if (block.kind != BlockKind::kParagraph) continue;
    lines.clear();
    for (size_t start = block.span.begin; start < block.span.end;) {
      size_t end = std::min(text.find('\n', start), block.span.end);
      lines.push_back({start, end});
      start = end + 1;
    }
    // Tables and lists are not wrapped prose: only blocks with sentence punctuation count.
    if (lines.size() < 2) continue;
    if (!has_sentence_punctuation(block.span.of(text)) && !ends_latin_sentence(trim_blanks(block.span.of(text)))) continue;
    // Two lines have no column width to go by: only a small letter tells (transpor⏎tation).
    const bool two_lines = lines.size() == 2;
    size_t column = 0, tolerance = 0;
    if (!two_lines) {
      widths.clear();
      for (size_t i = 0; i + 1 < lines.size(); ++i) widths.push_back(display_columns(trim_blanks(lines[i].of(text))));
      sorted.assign(widths.begin(), widths.end());
      std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
      column = sorted[sorted.size() / 2];
      if (column < 16) continue;  // short lines: a list or a poem, not a wrapped column
      tolerance = std::max<size_t>(4, column / 8);
    }
    for (size_t i = 0; i + 1 < lines.size(); ++i) {
      std::string_view line = lines[i].of(text);
      std::string_view next = trim_blanks(lines[i + 1].of(text));
      // A small letter after a word or comma tells a break in mid-sentence
      // whatever the line's width (English has a case, Chinese does not).
      const std::string_view trimmed = trim_blanks(line);
      const bool lower_case_on = !next.empty() && !trimmed.empty() && next[0] >= 'a' && next[0] <= 'z' &&
                                 (std::isalnum(static_cast<unsigned char>(trimmed.back())) || trimmed.back() == ',');
      if (!lower_case_on && (two_lines || widths[i] + tolerance < column || widths[i] > column + tolerance)) continue;
      if (ends_paragraph(line) || next.empty()) continue;
      if (next.substr(0, 6) == "——" || next[0] == '#' || starts_list_item(next)) continue;
      if (has_column_gap(trim_blanks(line)) || is_standalone_line(next)) continue;
      result.breaks.push_back({lines[i]});
    }
  }
  result.breaks.shrink_to_fit();  // kept with the document: no spare capacity
  return result;
}

namespace {

// Calls join(pos, before, after) for each break of `breaks` inside `span` that
// unwrap() removes: the text from `pos` to before.begin is kept as it is, then
// `before` and `after` are joined; returns the offset where the kept text resumes.
template <typename Join>
size_t for_each_join(std::string_view text, Span span, std::span<const WrappedBreak> breaks, Join join) {
  size_t pos = span.begin;
  for (const WrappedBreak& b : breaks) {
    if (b.newline() < span.begin || b.newline() >= span.end) continue;
    // Join the line before the break to the line after it.
    Span before = tail_span(text, {pos, b.newline()}, 1);
    size_t next_end = text.find('\n', b.newline() + 1);
    if (next_end == std::string_view::npos) next_end = text.size();
    Span after = head_span(text, {b.newline() + 1, next_end}, 1);
    if (joins_digits(before.of(text), after.of(text))) continue;
    join(pos, before, after);
    pos = after.end;
  }
  return pos;
}

}  // namespace

std::string unwrap(std::string_view text, Span span, std::span<const WrappedBreak> breaks) {
  std::string out;
  size_t pos = for_each_join(text, span, breaks, [&](size_t from, Span before, Span after) {
    out.append(text.substr(from, before.begin - from));
    out += join_fragments(before.of(text), after.of(text));
  });
  out.append(text.substr(pos, span.end - pos));
  return out;
}

UnwrappedSize unwrapped_size(std::string_view text, Span span, std::span<const WrappedBreak> breaks) {
  UnwrappedSize size;
  size_t pos = for_each_join(text, span, breaks, [&](size_t from, Span before, Span after) {
    std::string_view b = trim_blanks(before.of(text)), a = trim_blanks(after.of(text));
    size.bytes += before.begin - from + b.size() + (joins_with_space(b, a) ? 1 : 0) + a.size();  // join_fragments()'s size
    // The line break between `before` and `after` is gone: the text differs.
    size.changed = true;
  });
  size.bytes += span.end - pos;
  return size;
}

}  // namespace copydesk
