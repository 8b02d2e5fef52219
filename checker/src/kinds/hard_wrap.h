// Kind `hard-wrap`: lines broken at a fixed column width in mid-sentence, the
// way text copied from a PDF column or a fixed-width terminal arrives.
//
// A wrapped break is a line break inside a body block of three or more lines
// whose lines fill nearly the same width, or of two lines or more before a line
// that starts with a small letter after a word, where no sentence ends (see
// WrappedBreaks in kinds/layout_text.h). When a unit has `min_count` or more,
// the rule reports ONE finding for the unit with the count ({count}), spanning
// the first to the last wrapped line, with a fix that joins them; with fewer,
// a paragraph with two or more is reported once (variant `paragraph`, with
// {count}), and a lone break on its own (variant `single`), each with its fix. Line breaks after
// sentence-final punctuation are left alone: they may be paragraph ends.
//
// Options:
//   min_count  wrapped breaks that make a unit hard-wrapped (default 5)
//
// Outside hard-wrapped text, any line break inside a paragraph that splits a
// number from its unit (1942⏎年) is reported too (variant `number`).
#pragma once

#include <span>

#include "kinds/layout_text.h"
#include "rules/rule.h"
#include "rules/rule_options.h"

namespace copydesk {

class HardWrapKind : public Rule {
 public:
  HardWrapKind(RuleSpec spec, RuleOptions& options);
  void check_unit(const Document& doc, const Unit& unit, Reporter& out) const override;

 private:
  void report_split_numbers(const Document& doc, const Unit& unit, std::span<const WrappedBreak> wrapped,
                            Reporter& out) const;
  void report_single(std::string_view text, const WrappedBreak& b, Span line_after, Reporter& out) const;
  size_t min_count_ = 5;
};

}  // namespace copydesk
