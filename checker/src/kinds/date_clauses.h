// The clause around a place in the text: the stretch between two of 。！？；,
// a line break, ! ? and ". " (not after Oct. or Gov.), within which two date mentions belong together
// (an age and a birth year, a duration and its start).
//
// Found by looking both ways from the place, not by cutting the whole text:
// the date checks ask about a few places, in text order, and the last answer
// is kept for the places after it in the same clause.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/span.h"

namespace copydesk {

class DateClauses {
 public:
  explicit DateClauses(std::string_view text) : text_(text) {}

  // The clause holding `offset`: from the end of the last terminator at or
  // before it (or the start of the text) to the end of the first terminator
  // after it (or the end of the text), the terminator included.
  Span around(size_t offset);

  // True when a terminator ends at byte `end` of `text`.
  static bool terminator_ends_at(std::string_view text, size_t end);

 private:
  std::string_view text_;
  Span last_{1, 0};  // the last answer (none yet: empty)
};

}  // namespace copydesk
