#include "kinds/broken_paragraph.h"

#include <algorithm>

#include "core/utf8.h"
#include "kinds/layout_text.h"
#include "kinds/paragraph_overlap.h"
#include "segment/structure.h"
#include "segment/text_shape.h"

namespace copydesk {

namespace {

constexpr size_t kOverlapMinContent = 6;  // characters of a tail repeated at the next paragraph's start

bool is_unit_start(char32_t c) { return is_han(c) || c == '%' || c == U'％' || c == U'‰'; }

bool all_han(std::string_view s) {
  for (Utf8Iterator it(s); !it.done(); it.next()) {
    if (!is_han(it.code_point())) return false;
  }
  return !s.empty();
}

// A short block taken for a headline is a fragment of the paragraph after it
// when the words across the break (two characters each side) are used
// elsewhere in the document as one run: 内蒙古协同 + 创新总部 where the text
// also says 协同创新总部.
bool joined_elsewhere(std::string_view text, const Structure& s, const Block& a, const Block& b) {
  Span tail = tail_span(text, a.span, 2);
  Span head = head_span(text, b.span, 2);
  std::string joined = std::string(tail.of(text)) + std::string(head.of(text));
  if (code_point_count(joined) < 4 || !all_han(joined)) return false;
  // Look in the same story only, near the break, so that the search stays linear.
  constexpr size_t kWindow = 16 * 1024;
  size_t begin = a.span.begin > kWindow ? a.span.begin - kWindow : 0;
  size_t end = std::min(text.size(), b.span.end + kWindow);
  if (const int article = s.article_at(a.span.begin); article >= 0) {
    begin = std::max(begin, s.articles[article].span.begin);
    end = std::min(end, std::max(b.span.end, s.articles[article].span.end));
  }
  return contains_text(text.substr(begin, end - begin), joined);
}

bool is_ascii_alnum(char c) { return is_latin_letter(static_cast<unsigned char>(c)) || (c >= '0' && c <= '9'); }

// The context shown around a break, widened to whole Latin words ("se more
// than" is "house more than") within `block`, by at most a word's length, and
// without spaces at its outer edge.
Span whole_words_before(std::string_view text, Span tail, Span block) {
  constexpr size_t kLongestWord = 24;
  size_t begin = tail.begin;
  for (size_t n = 0; n < kLongestWord && begin > block.begin && is_ascii_alnum(text[begin - 1]) &&
                     is_ascii_alnum(text[begin]); ++n) {
    --begin;
  }
  while (begin < tail.end && text[begin] == ' ') ++begin;
  return {begin, tail.end};
}

Span whole_words_after(std::string_view text, Span head, Span block) {
  constexpr size_t kLongestWord = 24;
  size_t end = head.end;
  for (size_t n = 0; n < kLongestWord && end < block.end && end > head.begin && is_ascii_alnum(text[end - 1]) &&
                     is_ascii_alnum(text[end]); ++n) {
    ++end;
  }
  while (end > head.begin && text[end - 1] == ' ') --end;
  return {head.begin, end};
}

// A word hyphenated across the break: a letter and '-' before it, a small letter after.
bool hyphenated_across(std::string_view before, std::string_view after) {
  return before.size() >= 2 && before.back() == '-' && is_ascii_alnum(before[before.size() - 2]) && !after.empty() &&
         after[0] >= 'a' && after[0] <= 'z';
}

}  // namespace

BrokenParagraphKind::BrokenParagraphKind(RuleSpec spec, RuleOptions& options)
    : Rule(std::move(spec)),
      context_(static_cast<size_t>(std::max(1, options.get<int>("context", 4)))),
      before_headline_(options.get<bool>("before_headline", true)) {}

void BrokenParagraphKind::check(const Document& doc, const std::vector<Unit>& units, Reporter& out) const {
  std::string_view text = doc.text();
  const Structure& s = doc.analysis<Structure>();
  // is_body_block of each block, worked out once: a block is asked about as
  // the one after a break and then as the one before the next.
  std::vector<signed char> body(s.blocks.size(), -1);
  auto is_body = [&](size_t i) {
    if (body[i] < 0) body[i] = is_body_block(s.blocks[i], text) ? 1 : 0;
    return body[i] == 1;
  };
  for (const Unit& unit : units) {
    // The unit's blocks, not every block of the document.
    for (size_t i = s.first_block_from(unit.span.begin); i + 1 < s.blocks.size() && s.blocks[i].span.begin <= unit.span.end; ++i) {
      const Block& a = s.blocks[i];
      const Block& b = s.blocks[i + 1];
      if (!unit.span.contains(a.span)) continue;
      if (ends_paragraph(a.span.of(text)) || starts_story(b, text)) continue;
      // A headline with a comma (驻村三年，“第一书记”把心留在了哈拉黑) over its
      // subtitle is a story's head, not a sentence cut before a headline.
      if (a.kind == BlockKind::kHeadline && b.kind == BlockKind::kSubtitle) continue;
      // The next paragraph starts with this one's tail: a layout overlap,
      // which duplicate-passage reports; joining the two would keep the copy.
      if (paragraph_overlap(a.span.of(text), b.span.of(text), kOverlapMinContent) > 0) continue;
      // A headline that is a fragment of the paragraph after it (the word
      // search runs only for blocks that are not body text already).
      auto fragment = [&] {
        return (a.kind == BlockKind::kHeadline || a.kind == BlockKind::kSubtitle) && is_body(i + 1) &&
               joined_elsewhere(text, s, a, b);
      };
      // A short English paragraph whose sentence the next one goes on with,
      // from a small letter (Under the plan, the city will add⏎⏎flexible posts…).
      auto cut_before_small_letter = [&] {
        const std::string_view before = trim_blanks(a.span.of(text));
        const std::string_view after = trim_blanks(b.span.of(text));
        return a.kind == BlockKind::kParagraph && !before.empty() && !after.empty() && is_latin_letter(before.back()) &&
               after[0] >= 'a' && after[0] <= 'z' && is_body(i + 1);
      };
      if (!is_body(i) && !fragment() && !cut_before_small_letter()) continue;
      Span tail = whole_words_before(text, tail_span(text, a.span, context_), a.span);
      Span head = whole_words_after(text, head_span(text, b.span, context_), b.span);
      Report r;
      r.span = {tail.begin, head.end};
      if (is_body(i + 1)) {
        std::string_view before = tail.of(text);
        char32_t last = code_point_at(before, previous_offset(before, before.size()));
        char32_t first = code_point_at(text, head.begin);
        if (is_digit(last) && is_unit_start(first)) r.variant = "number";
        if (hyphenated_across(before, head.of(text))) {
          // Whether the hyphen is the line's or the word's (well-known) takes a
          // reader: shown without it, and no fix.
          r.variant = "hyphen";
          r.args.emplace_back("joined", std::string(before.substr(0, before.size() - 1)) + std::string(head.of(text)));
        } else {
          std::string joined = join_fragments(before, head.of(text));
          if (!joins_digits(before, head.of(text))) r.fix = joined;
          r.args.emplace_back("joined", joined);
        }
      } else if (before_headline_ &&
                 (b.kind == BlockKind::kHeadline || b.kind == BlockKind::kSubtitle || b.kind == BlockKind::kHeading)) {
        r.variant = "headline";
        r.args.emplace_back("joined", std::string(tail.of(text)));
      } else {
        continue;  // a caption, byline or marker follows: nothing shows the sentence was cut
      }
      out.report(std::move(r));
    }
  }
}

}  // namespace copydesk
