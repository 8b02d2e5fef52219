// Kind `half-width-punctuation`: ASCII , : ; ( ) ? ! " used in Chinese text,
// where GB/T 15834-2011 wants the full-width forms ，：；（）？！ and “”. Straight
// quotes touching Chinese take turns within a paragraph: the first opens (“),
// the next closes (”).
//
// A mark counts when it touches Chinese: a Han character or CJK mark before
// it, or (for an opening bracket) a Han character after it. Numbers (1,000,
// 12:30), URLs and English phrases are left alone. When a unit holds
// `aggregate_at` or more such marks the text uses them throughout: ONE finding
// for the unit reports the count ({count}), spanning the first to the last
// mark, with a fix that converts them all. Fewer are reported one by one
// (variant `single`), each with its fix ({replacement}).
//
// Options:
//   aggregate_at  marks that make one finding for the unit (default 5)
#pragma once

#include <string_view>
#include <vector>

#include "rules/rule.h"
#include "rules/rule_options.h"

namespace copydesk {

class HalfWidthPunctuationKind : public Rule {
 public:
  HalfWidthPunctuationKind(RuleSpec spec, RuleOptions& options);
  void check_unit(const Document& doc, const Unit& unit, Reporter& out) const override;

 private:
  size_t aggregate_at_ = 5;
};

// A half-width mark in Chinese context and its full-width replacement.
struct HalfWidthMark {
  Span span;
  std::string_view replacement;  // a string literal
};

// Finds the half-width marks of `span` of `text` that sit in Chinese context.
std::vector<HalfWidthMark> find_half_width_marks(std::string_view text, Span span);

}  // namespace copydesk
