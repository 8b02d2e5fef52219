// An English headline's percentage change that the body's own figures
// contradict. Used by numeric-inconsistency (option headline_change).
//
//   Canada cuts herring quota by 20% as stocks slide
//   … will fall to 10,200 tonnes from 12,000 tonnes in 2025, a 15% reduction
//
// The headline's percentage comes with its direction (the last verb before
// it on its line: cuts … by 20%, up 8%; or the word after it: a 12% rise). The body must give exactly one change in that direction with
// both of its figures (kinds/percent_change.h) whose percentage they bear out,
// no percentage the headline's rounds, and figures that do not bear out the
// headline's within its rounding and a twentieth of itself.
#pragma once

#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "kinds/percent_change.h"

namespace copydesk {

struct NumberMention;

struct ContradictedChange {
  const NumberMention* headline;
  PercentChange body;
  double body_change = 0;  // in percent, from the body's figures, unsigned
};

// `ms`: the number mentions of one article, in order; `body_changes`: the
// changes the percent-change finder read in it; `in_headline(offset)` tells
// whether a byte of the text is in one of its headlines.
std::vector<ContradictedChange> find_contradicted_headline_changes(std::string_view text,
                                                                  std::span<const NumberMention> ms,
                                                                  const std::vector<PercentChange>& body_changes,
                                                                  const std::function<bool(size_t)>& in_headline);

}  // namespace copydesk
