// An English average per day, week, month or year that its total and the
// number of periods do not give. Used by numeric-inconsistency (with average).
//
//   recorded 5,600 bike trips over 14 days in September, an average of 500 a day
//
// In one sentence: a total (an exact count, not a year), "over", "in",
// "across" or "during" the number of periods (14 days), then "an average of"
// or "averaging" the figure "a"/"per"/"each" period of the same kind. The
// average may be rounded as it is written (500 stands for 450 to 550) and be
// off by the rule's tolerance more.
#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace copydesk {

struct NumberMention;

struct PeriodAverage {
  const NumberMention* total;
  const NumberMention* periods;
  const NumberMention* average;
  double expected = 0;  // total ÷ periods
};

// The averages of `ms` (one sentence's mentions, in order) that disagree with
// their total and periods by more than `tolerance` (a share) beyond rounding.
std::vector<PeriodAverage> find_wrong_period_averages(std::string_view text, std::span<const NumberMention> ms,
                                                     double tolerance);

}  // namespace copydesk
