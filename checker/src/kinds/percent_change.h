// Percentage changes stated with both of their figures. In English: "Sales
// rose 12% to $4.5 billion from $4.2 billion", "rose 12% from $4.2 billion
// to $4.5 billion", "$4.5 billion, up 12% from last year's $4.2 billion",
// "$3.1 billion, down from $3.4 billion a year earlier, a decline of 15%",
// "rose to 620,000 last year from 500,000 in 2022, a 24% increase". In
// Chinese: 发电量230亿千瓦时，较去年同期的200亿千瓦时增长15%; 销售额达86万元，去年同期为
// 72万元，同比增长19%; 从200亿元增长到
// 230亿元，增长15%; 去年加装电梯140部，今年计划加装200部，增长50%. The percentage can be worked out from the two figures, so
// a copy editor checks it. Used by numeric-inconsistency.
//
// Only these shapes, within one sentence, with exact figures (in Chinese,
// with the same unit after both): a change written otherwise (同比增长15%),
// an approximate figure (about $4.5 billion), a year
// (up 12% from 2025), a range or a percentage as either figure (rose 2 points
// to 45% from 43%) is left alone.
#pragma once

#include <re2/re2.h>

#include <span>
#include <vector>

#include "core/span.h"

namespace copydesk {

class Document;
struct NumberMention;

struct PercentChange {
  const NumberMention* percent = nullptr;  // 12%
  const NumberMention* from = nullptr;     // $4.2 billion
  const NumberMention* to = nullptr;       // $4.5 billion
  bool up = true;                          // rose, up (false: fell, down)
};

class PercentChangeFinder {
 public:
  PercentChangeFinder();
  // One per process: it holds compiled expressions only, and compiling them
  // costs more than a page takes to check.
  static const PercentChangeFinder& shared();
  // The stated percentage changes among `numbers`, the number mentions of an
  // article of `doc` (Numbers::within(), asked for once by the caller).
  std::vector<PercentChange> find(const Document& doc, std::span<const NumberMention> numbers) const;

 private:
  RE2 verb_before_;   // rose / fell [by] right before the percentage
  RE2 to_;            // " to [a record] $" between the percentage or the first figure and the new figure
  RE2 from_;          // " from [last year's] $" before the old figure
  RE2 up_or_down_;    // ", up [by] " between the new figure and the percentage
  RE2 up_from_;        // ", down from " between the new figure and the old (words and commas before it)
  RE2 words_comma_;    // " tons last winter, " between the new figure and the percentage of "P% more than B"
  RE2 words_;          // " in the first half of " between the old figure and its year
  RE2 more_than_;      // " more than the " / " fewer than " between the percentage and the old figure
  RE2 change_of_;      // ", a decline of " between the old figure and the percentage
  // Between figures whose years or seasons are written with them (in the 2023-24 season):
  RE2 dated_to_;         // " in the 2023-24 season to "
  RE2 dated_change_of_;  // " in 2024-25, an increase of "
  RE2 change_noun_;    // " increase" / "-percent drop" right after the percentage of "a 24% increase"
  RE2 change_of_before_;  // ", a drop of " right before the percentage, after both figures
  RE2 compared_with_;  // "，较去年同期的" between the new figure and the old
  RE2 last_year_was_;  // "，去年同期为" between the new figure and the old
  RE2 last_year_after_;  // "，去年同期为" between the percentage and the old figure after it
  RE2 changed_by_;     // "增长" / "，同比下降了" between a figure and the percentage
  RE2 changed_to_;     // "增长到" / "降至" / "增至目前的" between the old figure and the new
  RE2 opens_change_;   // 从 / 由 (2023年的, 每亩) before the old figure
};

}  // namespace copydesk
