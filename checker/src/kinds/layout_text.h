// Text facts the layout and punctuation kinds share: where a sentence may end,
// whether a block reads like body text, how two fragments of one sentence are
// rejoined, and which line breaks are hard wraps.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "segment/structure.h"

namespace copydesk {

class Document;

// Trims ASCII blanks and U+3000 at both ends.
std::string_view trim_blanks(std::string_view s);

// True when `s` (trimmed) ends where a paragraph may legitimately end: 。！？…；：
// ——, a closing quote or bracket, or the English . ! ? : ;
bool ends_paragraph(std::string_view s);

// True when the text contains a mark that only sentences have (，。、；？！ or the
// ASCII , ; next to a Han character): headlines and bylines rarely do.
bool has_sentence_punctuation(std::string_view s);

// True when a block of this kind holds running text. Headline-looking blocks
// that contain sentence punctuation count as body text: a fragment of a
// paragraph is often short enough to be taken for a headline.
bool is_body_block(const Block& block, std::string_view text);

// True when `s` starts a new story: a dateline (本报…讯, 新华社…电) or a byline.
bool starts_story(std::string_view s);
// starts_story() of a block's text, taking the dateline test from the block.
bool starts_story(const Block& block, std::string_view text);

// Joins the end of one fragment to the start of the next: nothing between two
// Han characters or CJK marks, one space between Latin words.
std::string join_fragments(std::string_view before, std::string_view after);

// True when `before` ends and `after` starts with a digit: joining them would
// make one number of two, which a mechanical fix must not decide.
bool joins_digits(std::string_view before, std::string_view after);

// display_width() (report/text_report.h) of `s`, with each run of ideographs
// U+4E00-U+9FFF (two columns each there) counted from its lead bytes, and
// display_width() called only on the text between runs: WrappedBreaks
// measures every line of a wrapped page.
size_t display_columns(std::string_view s);

// The span of the last `n` code points of `text` within `span` (after trimming blanks).
Span tail_span(std::string_view text, Span span, size_t n);
// The span of the first `n` code points of `text` within `span` (after trimming blanks).
Span head_span(std::string_view text, Span span, size_t n);

// A line break inside a body block where the line was cut at a fixed column
// width in the middle of a sentence.
struct WrappedBreak {
  Span line;  // the line before the break (without its '\n')
  size_t newline() const { return line.end; }  // offset of the '\n'
};

// Finds the hard-wrapped line breaks of the document's body blocks: blocks of
// at least three lines whose lines (except the last) fill nearly the same
// width, broken where no sentence ends. Computed once per document.
struct WrappedBreaks {
  std::vector<WrappedBreak> breaks;
  static constexpr std::string_view kName = "wrapped-breaks";
  static WrappedBreaks compute(const Document& doc);
};

// Returns `span` of `text` with the wrapped breaks inside it removed (except
// those between two digits, see joins_digits).
std::string unwrap(std::string_view text, Span span, std::span<const WrappedBreak> breaks);

// The size of unwrap(text, span, breaks) without building it, and whether it
// differs from the text of `span` (it does when any break is removed).
struct UnwrappedSize {
  size_t bytes = 0;
  bool changed = false;
};
UnwrappedSize unwrapped_size(std::string_view text, Span span, std::span<const WrappedBreak> breaks);

}  // namespace copydesk
