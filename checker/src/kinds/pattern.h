// Kind `pattern`: reports each match of an RE2 regular expression.
//
// Options:
//   pattern      (required) RE2 syntax. Named groups become message values.
//   group        which capture group is the reported span (default 0, the match)
//   replacement  optional fix: an RE2 rewrite of the match (\0, \1, ...)
//   ignore_case  default false
//   unless       optional RE2; a match whose reported text matches it whole is skipped
//
// RE2 has no look-around: put context in the pattern and report a group.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <optional>

#include "rules/literal_prefilter.h"
#include "rules/rule.h"
#include "rules/rule_options.h"

namespace copydesk {

class PatternKind : public Rule {
 public:
  PatternKind(RuleSpec spec, RuleOptions& options);
  void check(const Document& doc, const std::vector<Unit>& units, Reporter& out) const override;
  void check_unit(const Document& doc, const Unit& unit, Reporter& out) const override;

 private:
  void check_span(const Document& doc, Span span, PrefilteredSearch& search, Reporter& out) const;

  std::unique_ptr<RE2> regex_;
  std::unique_ptr<LiteralPrefilter> prefilter_;  // the literals a match contains
  std::unique_ptr<RE2> unless_;
  int group_ = 0;
  std::optional<std::string> replacement_;
};

// Compiles `pattern`, recording RE2's error in `options` on failure (then returns nullptr).
std::unique_ptr<RE2> compile_option_regex(RuleOptions& options, const std::string& key, const std::string& pattern,
                                          bool ignore_case = false);

}  // namespace copydesk
