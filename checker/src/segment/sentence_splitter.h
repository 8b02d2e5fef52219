// Sentence spans within a block.
#pragma once

#include <string_view>
#include <vector>

#include "core/span.h"

namespace copydesk {

// Splits `block` of `text` into sentences ending at 。！？!?… (with any closing
// quotes) or at the block's end. Line breaks inside a block do not end a sentence.
std::vector<Span> split_sentences(std::string_view text, Span block);

}  // namespace copydesk
