// Tells what each block of a news page is: headline, subtitle, byline,
// caption, continuation marker, page header, source note or paragraph.
//
// Fixed forms (Markdown headings, bylines, credits, markers, page header
// lines, source notes) are recognised by their text alone. A headline is a
// short block without sentence-final punctuation, and that shape alone is not
// enough: text extracted from a PDF is full of short pieces of broken
// paragraphs. A short block is a headline only when nothing marks it as such a
// fragment (see classify_blocks() in the .cc for the evidence weighed).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "segment/block_splitter.h"
#include "segment/structure.h"

namespace copydesk {

bool is_blank_line(std::string_view line);
// A line that is a block of its own even without blank lines around it.
bool is_standalone_line(std::string_view line);

// Returns the blocks of `split` with their kinds, opens_with_dateline and
// closing_byline set; Block::article is left -1.
std::vector<Block> classify_blocks(std::string_view text, const BlockSplit& split);

// Returns the dateline at the start of a paragraph (本报6月16日讯, DENVER (AP) —).
std::optional<Span> find_dateline(std::string_view text, Span paragraph);

// True when the junction of `before` and `after` (two Chinese texts) falls
// inside a word, by ICU's dictionary word breaker: 总工会主|席 → 主席.
bool junction_inside_word(std::string_view before, std::string_view after);

}  // namespace copydesk
