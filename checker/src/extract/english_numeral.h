// English number words: "twenty-five", "one hundred and five", "a dozen",
// "two-thirds", "third", and scale words after figures ("1.35 million").
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace copydesk {

struct EnglishNumber {
  size_t end = 0;         // byte offset after the last word
  double value = 0;
  double magnitude = 1;   // 1e6 for "... million"
  bool fraction = false;  // two-thirds
};

// Parses number words starting at byte `pos` of `text` (which must start a
// word). Case-insensitive. Returns nullopt when no number word starts there.
std::optional<EnglishNumber> parse_english_number(std::string_view text, size_t pos);

// Whether parse_english_number() may find a number at a word that begins with
// `word` (its letters): it finds none unless that word is "a", "an", a
// cardinal (one ... ninety) or an ordinal (first ... billionth). A test of a
// few comparisons, for the number scanner, which meets every English word.
bool may_begin_english_number(std::string_view word);

// " million", " billion", " thousand", " trillion" (and "bn", "mn") right after a figure.
struct EnglishScale {
  size_t end = 0;
  double value = 1;
};
std::optional<EnglishScale> english_scale_after(std::string_view text, size_t pos);

// " percent", " per cent", " pct" right after a figure: returns the end.
std::optional<size_t> english_percent_after(std::string_view text, size_t pos);

// True when `words` ends with an ordinal word (first, twenty-third, hundredth).
bool english_ordinal_word(std::string_view words);

}  // namespace copydesk
