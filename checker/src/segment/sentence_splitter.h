// Sentence spans within a block, found with ICU's sentence BreakIterator
// (Unicode UAX #29 rules with the CLDR English abbreviation list, so "Mr. Smith"
// or "U.S. officials" do not end a sentence, and 10.6 or 3.5 million neither).
// Paragraphs made of the characters most news copy uses get the same
// boundaries from a short loop instead (segment/sentence_breaks.h).
//
// A sentence ends after 。！？ . ! ? and any closing quotes or brackets that
// follow (“……。”). Line breaks inside a block are read as spaces: in
// hard-wrapped text a line break is not the end of a sentence. Each span is
// trimmed of surrounding white space.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace copydesk {

std::vector<Span> split_sentences(std::string_view text, Span block);

// ICU's sentence boundaries in `block` (byte offsets from 0 to block.size(),
// line breaks read as spaces), or nullopt when ICU cannot give them.
std::optional<std::vector<size_t>> icu_sentence_boundaries(std::string_view block);

}  // namespace copydesk
