// A cheap test run before a regular expression on each unit of text: RE2's
// FilteredRE2 works out the literal strings ("atoms") without which the
// expression cannot match (…+等 needs both … and 等), and a unit holding none of
// the needed ones is passed over without running the expression.
//
// The filter stays off (may_match() is always true) when the expression has
// no such literals, when they are many, or when one holds a letter: the atoms
// are lowercased, and a plain search would miss "Photo" for "photo".
#pragma once

#include <re2/filtered_re2.h>
#include <re2/re2.h>

#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

class LiteralPrefilter {
 public:
  LiteralPrefilter(const std::string& pattern, const RE2::Options& options);

  // False only when `text` cannot hold a match of the expression.
  bool may_match(std::string_view text) const;
  bool active() const { return active_; }

 private:
  re2::FilteredRE2 filter_{1};
  std::vector<std::string> atoms_;
  bool active_ = false;
};

}  // namespace copydesk
