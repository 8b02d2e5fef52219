#include "kinds/half_width_punctuation.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>

#include "core/byte_set.h"
#include "core/utf8.h"

namespace copydesk {

namespace {

const char* full_width(char c) {
  switch (c) {
    case ',': return "，";
    case ':': return "：";
    case ';': return "；";
    case '(': return "（";
    case ')': return "）";
    case '?': return "？";
    case '!': return "！";
    case '.': return "。";
    default: return nullptr;
  }
}

// The bytes full_width() replaces, as a table: the scan tests every byte of the unit.
constexpr std::array<bool, 256> kMarkBytes = [] {
  std::array<bool, 256> bytes{};
  for (char c : std::string_view(",:;()?!\".")) bytes[static_cast<unsigned char>(c)] = true;
  return bytes;
}();

bool is_chinese(char32_t c) {
  return is_han(c) || is_cjk_punctuation(c) || c == U'“' || c == U'”' || c == U'‘' || c == U'’' || c == U'…' ||
         c == U'—';
}

// The code point before `offset` on the same line (0 at the line start).
// (Decoded inline: a page typed with half-width commas has thousands of marks.)
char32_t before(std::string_view text, size_t offset, size_t floor) {
  if (offset <= floor) return 0;
  size_t p = offset - 1;
  while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
  return text[p] == '\n' ? 0 : Utf8Iterator(text, p).code_point();
}

char32_t after(std::string_view text, size_t offset, size_t ceiling) {
  if (offset >= ceiling) return 0;
  return text[offset] == '\n' ? 0 : Utf8Iterator(text, offset).code_point();
}

// Calls on_mark(HalfWidthMark) for each half-width mark in Chinese context
// that begins in [span.begin, stop), in text order; the context looked at
// (the characters around a mark) is bounded by `span`.
template <typename OnMark>
void scan_half_width_marks(std::string_view text, Span span, size_t stop, OnMark&& on_mark) {
  int open_parens = 0;  // half-width parentheses opened in Chinese context, so their closers follow
  // Straight double quotes in Chinese context take turns opening and closing
  // within a paragraph: where the last one was, and whether it opened.
  size_t last_quote = SIZE_MAX;
  bool quote_open = false;
  auto visit = [&](size_t i) {
    const char* replacement = full_width(text[i]);
    char c = text[i];
    char32_t prev = before(text, i, span.begin);
    char32_t next = after(text, i + 1, span.end);
    bool chinese = false;
    if (c == '"') {
      chinese = is_chinese(prev) || is_chinese(next);
      if (!chinese) return;
      if (last_quote == SIZE_MAX || text.substr(last_quote, i - last_quote).find("\n\n") != std::string_view::npos) {
        quote_open = false;  // a new paragraph
      }
      last_quote = i;
      quote_open = !quote_open;
      replacement = quote_open ? "“" : "”";
    } else if (c == '(') {
      chinese = is_chinese(prev) || is_han(next);
      if (chinese) ++open_parens;
    } else if (c == ')') {
      chinese = open_parens > 0 || is_han(prev) || is_chinese(next);
      if (open_parens > 0) --open_parens;
    } else if (c == '.') {
      chinese = is_han(prev) && is_han(next);  // 刻上万刀.今年: a full stop, never a decimal point or an abbreviation
    } else if (c == ':' && is_digit(prev) && is_digit(next)) {
      chinese = false;  // 12:30
    } else if (c == ',' && is_digit(prev) && is_digit(next)) {
      chinese = false;  // 1,000
    } else {
      chinese = is_chinese(prev) || (prev != 0 && prev < 0x80 && std::isdigit(static_cast<int>(prev)) && is_han(next)) ||
                (c != '!' && c != '?' && is_han(next) && prev != 0 && !(prev < 0x80 && std::isalpha(static_cast<int>(prev))));
    }
    if (chinese) on_mark(HalfWidthMark{{i, i + 1}, replacement});
  };
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  size_t i = span.begin;
  // Sixteen bytes at a time: the marks are ASCII, and most blocks of Chinese
  // text hold none of them.
  for (; i + 16 <= stop; i += 16) {
    if (ascii_byte_mask(bytes + i) == 0) continue;
    for (unsigned m = byte_set_mask<'(', ')', ':', ';', ',', '?', '!', '"', '.'>(bytes + i); m != 0; m &= m - 1) {
      visit(i + std::countr_zero(m));
    }
  }
  for (; i < stop; ++i) {
    if (kMarkBytes[bytes[i]]) visit(i);
  }
}

}  // namespace

std::vector<HalfWidthMark> find_half_width_marks(std::string_view text, Span span) {
  std::vector<HalfWidthMark> marks;
  scan_half_width_marks(text, span, span.end, [&](HalfWidthMark m) { marks.push_back(m); });
  return marks;
}

HalfWidthPunctuationKind::HalfWidthPunctuationKind(RuleSpec spec, RuleOptions& options)
    : Rule(std::move(spec)),
      aggregate_at_(static_cast<size_t>(std::max(1, options.get<int>("aggregate_at", 5)))) {}

void HalfWidthPunctuationKind::check_unit(const Document& doc, const Unit& unit, Reporter& out) const {
  std::string_view text = doc.text();
  // Counted, not collected: a long text typed with half-width commas has
  // hundreds of thousands of them and makes one finding. Only the first
  // aggregate_at_ are kept, the ones reported singly when there are no more.
  std::vector<HalfWidthMark> marks;
  size_t count = 0;
  size_t last_end = 0;
  size_t fixed_growth = 0;  // bytes the full-width forms add
  scan_half_width_marks(text, unit.span, unit.span.end, [&](HalfWidthMark m) {
    if (marks.size() < aggregate_at_) marks.push_back(m);
    ++count;
    last_end = m.span.end;
    fixed_growth += m.replacement.size() - m.span.size();
  });
  if (count == 0) return;
  if (count >= aggregate_at_) {
    Report r;
    r.span = {marks.front().span.begin, last_end};
    const size_t fixed_size = r.span.size() + fixed_growth;
    if (fixed_size > out.max_fix_bytes()) {
      r.unbuilt_fix_bytes = fixed_size;
    } else {
      // The marks again, as the first scan found them (the same context
      // bounds), up to the last one.
      std::string fixed;
      fixed.reserve(fixed_size);
      size_t pos = r.span.begin;
      scan_half_width_marks(text, unit.span, last_end, [&](HalfWidthMark m) {
        fixed.append(text.substr(pos, m.span.begin - pos));
        fixed += m.replacement;
        pos = m.span.end;
      });
      fixed.append(text.substr(pos, r.span.end - pos));
      r.fix = std::move(fixed);
    }
    r.args.emplace_back("count", std::to_string(count));
    r.args.emplace_back("text", std::string(text.substr(marks.front().span.begin, 1)));
    out.report(std::move(r));
    return;
  }
  for (const HalfWidthMark& m : marks) {
    Report r;
    r.span = m.span;
    r.fix = std::string(m.replacement);
    r.variant = "single";
    r.args.emplace_back("replacement", m.replacement);
    r.args.emplace_back("count", "1");
    out.report(std::move(r));
  }
}

}  // namespace copydesk
