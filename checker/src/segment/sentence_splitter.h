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

// The sentences of one block, split piece by piece as far as a caller needs
// them (with ICU's iterator for the whole block when the short loop declines
// its text); the same spans as split_sentences() gives.
class BlockSentences {
 public:
  BlockSentences() = default;
  // `text` must outlive this object.
  BlockSentences(std::string_view text, Span block);

  // The sentences that start at or before byte `offset` of the text (more may
  // follow them), in text order; all of them when `offset` is past the block.
  const std::vector<Span>& up_to(size_t offset);
  std::vector<Span> take() { return std::move(found_); }

 private:
  void split_with_icu();

  std::string_view text_;
  Span block_;
  std::vector<Span> found_;
  size_t split_ = 0;       // bytes of the block split so far (a sentence boundary)
  bool complete_ = true;   // every sentence is in found_
};

// ICU's sentence boundaries in `block` (byte offsets from 0 to block.size(),
// line breaks read as spaces), or nullopt when ICU cannot give them.
std::optional<std::vector<size_t>> icu_sentence_boundaries(std::string_view block);

}  // namespace copydesk
