// Which of a few regular expressions can match in a piece of text, found with
// one search instead of one per expression: RE2's FilteredRE2 works out the
// literal strings ("atoms") each expression needs (monday for (?i)monday,
// anniversary...), and one RE2::Set searches the text for all of them.
//
// Worth it where the expressions would each scan long stretches of text: the
// English date patterns on English copy, whose runs of characters
// (extract/pattern_runs.h) are whole paragraphs.
#pragma once

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <cstdint>
#include <map>
#include <string_view>
#include <vector>

namespace copydesk {

class AtomFilter {
 public:
  // REQUIRES: at most 64 expressions; they are copied (by pattern and options).
  explicit AtomFilter(const std::vector<const RE2*>& expressions);

  AtomFilter(const AtomFilter&) = delete;
  AtomFilter& operator=(const AtomFilter&) = delete;

  // The answers already worked out, by the atoms found (sorted): texts of one
  // document hold few different sets of atoms, and working out which
  // expressions a set allows costs more than finding the atoms. Kept by the
  // caller, one per thread.
  using Memo = std::map<std::vector<int>, uint64_t>;

  // Bit i clear only when expressions[i] cannot match in `text`. All bits are
  // set when the filter could not be built or the search ran out of memory.
  uint64_t may_match(std::string_view text, Memo* memo = nullptr) const;

 private:
  re2::FilteredRE2 filter_{1};
  RE2::Set atoms_;  // case-insensitive: FilteredRE2's atoms are lowercase
  size_t count_ = 0;
  size_t atom_count_ = 0;
  bool ready_ = false;
};

}  // namespace copydesk
