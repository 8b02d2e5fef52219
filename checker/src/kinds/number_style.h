// Kind `number-style`: how figures are written, per GB/T 15835-2011, using the
// number analysis. One rule per check (option `check`):
//
//   small-unit  Arabic digits with 十/百/千 (4千, 5百万): §5.3 allows only 万 and 亿 after
//               Arabic digits. Unit prefixes (千米, 千克, 千瓦, 千字) are not numerals.
//   range-scale a range whose first figure lost its 万/亿/% (9～16亿, 15～30%): §5.1.3
//               asks for 9亿～16亿 and 15%～30%. The fix is offered ({replacement}).
//   line-break  a figure split from its unit by a line break (1949⏎年): §5.1.7.2.
//               Skipped in hard-wrapped documents, where every line ends mid-sentence
//               and the layout rules report the wrapping itself.
//   grouping    digit grouping used for some figures of five or more digits and not
//               for others in one document (12,500 and 12500): §5.1.1. Reported once,
//               at the first figure of the minority form.
//
// Options: check (required), min_digits (grouping: default 5).
// Message arguments: {text}, {replacement}, {count}, {other_count}.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "extract/numbers.h"
#include "rules/rule.h"
#include "rules/rule_options.h"

namespace copydesk {

class NumberStyleKind : public Rule {
 public:
  NumberStyleKind(RuleSpec spec, RuleOptions& options);
  void check(const Document& doc, const std::vector<Unit>& units, Reporter& out) const override;
  void check_unit(const Document& doc, const Unit& unit, Reporter& out) const override;

 private:
  // Checks `numbers`, the mentions inside one unit.
  void check_mentions(const Document& doc, std::span<const NumberMention> numbers, Reporter& out) const;

  enum class Check { kSmallUnit, kRangeScale, kLineBreak, kGrouping };
  Check check_ = Check::kSmallUnit;
  int min_digits_ = 5;
};

}  // namespace copydesk
