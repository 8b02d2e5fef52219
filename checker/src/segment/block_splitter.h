// Cuts the text of a page into blocks (before their kinds are known).
//
// A block is a run of lines between blank lines, with two refinements:
//  - lines with a fixed form (Markdown headings, bylines, photo credits,
//    continuation markers, page header lines, source notes) and lines that
//    start with a dateline stand apart even without blank lines around them;
//    a continuation marker inside a line (■上接第1版 着力…, …■下转第5版) is cut
//    off as a block of its own;
//  - how the other lines of a run join depends on the page: when the text is
//    hard-wrapped (lines broken at a column width, as on pages extracted from
//    narrow newspaper columns), lines join into paragraphs and a paragraph ends
//    at a line that ends a sentence short of the column; otherwise every line
//    is a paragraph of its own.
#pragma once

#include <string_view>
#include <vector>

#include "core/span.h"
#include "segment/block_patterns.h"

namespace copydesk {

struct RawBlock {
  Span span;                  // first to last character (trimmed), line breaks inside
  bool fixed_form = false;    // matched one of the fixed-form recognisers on its own line
  bool after_blank = true;    // a blank line (or the start of the text) comes before it
  // fixed_form_of() the block's text, when the splitter worked it out on that
  // very text: kNone for other blocks, for a continuation marker cut from a
  // line and for a bare role joined to the names on the next line.
  FixedForm form = FixedForm::kNone;
};

struct BlockSplit {
  std::vector<RawBlock> blocks;
  bool hard_wrapped = false;
};

// True when most lines of `text` that are followed by another line end in the
// middle of a sentence and are short (at most 100 columns): the text was
// broken at a column width rather than at paragraph ends.
bool is_hard_wrapped(std::string_view text);

BlockSplit split_blocks(std::string_view text);


}  // namespace copydesk
