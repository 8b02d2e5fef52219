#include "kinds/date_clauses.h"

#include <cctype>

namespace copydesk {

namespace {

// True when the full stop at `dot` ends an abbreviation that comes before a
// figure or a name (Oct. 2, Gov. Newsom), not a sentence.
bool after_abbreviation(std::string_view text, size_t dot) {
  size_t begin = dot;
  while (begin > 0 && begin > dot - 5 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
  if (begin == dot || (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1])))) return false;
  static constexpr std::string_view kAbbreviations[] = {
      "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",  // months AP style shortens
      "Mr", "Mrs", "Ms", "Dr", "St", "Gov", "Sen", "Rep", "Gen", "Lt", "Sgt", "Col", "Capt", "No"};
  const std::string_view word = text.substr(begin, dot - begin);
  for (std::string_view a : kAbbreviations) {
    if (word == a) return true;
  }
  return false;
}

}  // namespace

bool DateClauses::terminator_ends_at(size_t end) const {
  const std::string_view text = text_;
  if (end == 0 || end > text.size()) return false;
  // Every terminator ends in a byte of its own: a switch on the last one.
  auto ends_with = [&](std::string_view t) { return end >= t.size() && text.compare(end - t.size(), t.size(), t) == 0; };
  switch (static_cast<unsigned char>(text[end - 1])) {
    case '\n': return !hard_wrapped_ || (end >= 2 && text[end - 2] == '\n') || (end < text.size() && text[end] == '\n');
    case '!':
    case '?': return true;
    case ' ': return ends_with(". ") && !after_abbreviation(text, end - 2);
    case 0x82: return ends_with("。");
    case 0x81: return ends_with("！");
    case 0x9F: return ends_with("？");
    case 0x9B: return ends_with("；");
    default: return false;
  }
}

Span DateClauses::around(size_t offset) {
  if (offset >= last_.begin && offset < last_.end) return last_;
  size_t begin = offset;
  while (begin > 0 && !terminator_ends_at(begin)) --begin;
  size_t end = offset + 1;
  while (end < text_.size() && !terminator_ends_at(end)) ++end;
  if (end > text_.size()) end = text_.size();
  last_ = Span{begin, end};
  return last_;
}

}  // namespace copydesk
