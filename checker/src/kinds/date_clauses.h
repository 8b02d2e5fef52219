// The clause around a place in the text: the stretch between two of 。！？；,
// a line break, ! ? and ". " (not after Oct. or Gov.), within which two date mentions belong together
// (an age and a birth year, a duration and its start). In hard-wrapped text
// only a blank line ends a clause, not a line break.
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
  explicit DateClauses(std::string_view text, bool hard_wrapped = false) : text_(text), hard_wrapped_(hard_wrapped) {}

  // The clause holding `offset`: from the end of the last terminator at or
  // before it (or the start of the text) to the end of the first terminator
  // after it (or the end of the text), the terminator included.
  Span around(size_t offset);

  // True when a terminator ends at byte `end` of the text.
  bool terminator_ends_at(size_t end) const;

 private:
  std::string_view text_;
  bool hard_wrapped_ = false;
  Span last_{1, 0};  // the last answer (none yet: empty)
};

}  // namespace copydesk
