// Figures with two neighbouring digits swapped, the classic typing slip: a
// count restated later in an article as another figure of the same digits.
// Used by numeric-inconsistency (options headline_transposed and
// restated_transposed).
//
//   当天全市共有1286对新人登记结婚 …… 当天这1268对新人中，“90后”占比超过七成
//   全市出租汽车3260辆 …… 全市3620辆出租车均须完成计价器调校
//
// A restated count is reported when both are exact counts in Arabic digits
// (three digits or more, not years or parts of dates), they count with the
// same word (对, 辆; the English word after the figure), the later one points
// back (这, 该校, 全市; the, its, the group's) and the article gives it nowhere
// else. Two digits of three are swapped by chance too rarely among figures of
// one thing, pointed back at, to be worth a doubt.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace copydesk {

struct NumberMention;

// The Arabic digits of `m` as written in `text` (1,286 -> "1286").
std::string written_digits(std::string_view text, const NumberMention& m);

// True when `b` is `a` with two neighbouring digits swapped.
bool neighbour_digits_swapped(std::string_view a, std::string_view b);

struct TransposedCount {
  const NumberMention* first;  // the count as given first
  const NumberMention* later;  // the same count restated with two digits swapped
};

// `ms`: the number mentions of one article, in order; those in `skip` (its
// headlines) are left out. Found in the order of the later figures.
std::vector<TransposedCount> find_transposed_counts(std::string_view text, std::span<const NumberMention> ms,
                                                   const std::vector<Span>& skip);

}  // namespace copydesk
