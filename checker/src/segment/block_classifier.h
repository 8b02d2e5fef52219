// Tells what a block of a news page is: headline, byline, caption, marker...
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "segment/structure.h"

namespace copydesk {

bool is_blank_line(std::string_view line);
// A line that is a block of its own even without blank lines around it.
bool is_standalone_line(std::string_view line);
// Sets Block::kind for each block of `text`.
void classify_blocks(std::string_view text, std::vector<Block>& blocks);
// Returns the dateline at the start of a paragraph (本报6月16日讯, DENVER (AP) —).
std::optional<Span> find_dateline(std::string_view text, Span paragraph);

}  // namespace copydesk
