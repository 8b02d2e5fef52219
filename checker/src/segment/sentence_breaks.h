// Sentence boundaries without ICU's break iterator, for the paragraphs it is
// easy to be sure about.
//
// ICU's sentence iterator (UAX #29 rules, sent.txt, with the CLDR English
// abbreviations as exceptions) costs about a hundred instructions a byte. Most
// news paragraphs use only characters whose Sentence_Break value is Other,
// OLetter, Upper, Lower, Numeric, SContinue (，、：), STerm (。！？), Close
// (quotes and brackets) or Sp, and a full stop only as a decimal point between
// two digits. On such text the rules come down to a short loop:
//
//   - a sentence ends after an STerm, the Close characters after it, then the
//     spaces after those (rules 9-11), unless an SContinue or another STerm
//     follows (rule 8a: 好。”，他说 and ？！ do not end there);
//   - a Close or space that starts a piece of text (right after such an end)
//     is a piece of its own, as ICU's rules give nothing that starts with one,
//     except at the start of the text, where they join what follows (rule 12's
//     {bof});
//   - a full stop between two digits is held by rule 6 (ATerm × Numeric) and
//     never ends a sentence, nor can an abbreviation exception apply (every
//     exception ends with a full stop, and no boundary follows one here).
//
// simple_sentence_boundaries() gives exactly ICU's boundaries on that text
// and declines any other (a letter's full stop, Extend or Format characters,
// paragraph separators, other ATerm characters), for which the caller asks
// ICU. tests/segment/sentence_breaks_test.cc compares the two on generated
// text.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace copydesk {

// Sets `boundaries` to the sentence boundaries of `block` (byte offsets, from 0
// to block.size(), with '\n' and '\r' read as spaces) and returns true, or
// returns false when `block` holds text outside the subset above.
bool simple_sentence_boundaries(std::string_view block, std::vector<size_t>& boundaries);

// The boundary after `start` (a boundary of `block`), or npos when the
// characters read to find it are outside the subset. The boundaries are found
// piece by piece: each depends only on the text from the boundary before it to
// the character after it, so a caller may stop early, and the boundaries found
// before a character outside the subset are ICU's too.
size_t simple_sentence_end(std::string_view block, size_t start);

}  // namespace copydesk
