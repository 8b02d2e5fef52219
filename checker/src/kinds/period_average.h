// An English average per day, game or other period that its total and the
// number of periods do not give. Used by numeric-inconsistency (with average).
//
//   recorded 5,600 bike trips over 14 days in September, an average of 500 a day
//   drew 285,000 fans over 66 home dates, an average of about 4,800 a game
//
// In one sentence: a total (a count, not a year; about so much allows its
// rounding), "over", "in",
// "across" or "during" the number of periods (14 days, 66 home dates), then
// "an average of" or "averaging" the figure "a"/"per"/"each" period (a day,
// or any word when the periods are not days, weeks, months or years). The
// average may be rounded as it is written (500 stands for 450 to 550) and be
// off by the rule's tolerance more, twice that when it is about so much.
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

// What an English count ending at byte `end` counts: the last of up to two
// words after it, without its plural s ("14 days" -> day, "42 small dams" -> dam).
std::string_view english_counted_noun(std::string_view text, size_t end);

// What an English figure ending at byte `end` is per: the word after "a",
// "per" or "each", maybe past the figure's own noun ("500 a day" -> day,
// "$9,500 per dam" -> dam, "68 points per run" -> run); "" when none.
std::string_view english_per_noun(std::string_view text, size_t end);

// The averages of `ms` (one sentence's mentions, in order) that disagree with
// their total and periods by more than `tolerance` (a share) beyond rounding.
std::vector<PeriodAverage> find_wrong_period_averages(std::string_view text, std::span<const NumberMention> ms,
                                                     double tolerance);

}  // namespace copydesk
