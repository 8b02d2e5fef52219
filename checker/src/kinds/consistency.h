// Kind `consistency`: two or more forms of the same thing used in one scope,
// e.g. corner brackets 「」 and curly quotes “” in one document.
//
// Options:
//   forms    (required) a list of {name, pattern}: RE2 patterns, one per form
//   min_uses the dominant form must be used at least this often (default 1)
//
// The form used most often is taken as the house style; the first use of each
// other form in the scope is reported, with both counts in the message
// ({form}, {count}, {dominant}, {dominant_count}).
#pragma once

#include <re2/re2.h>

#include <memory>
#include <string>
#include <vector>

#include "rules/literal_prefilter.h"
#include "rules/rule.h"
#include "rules/rule_options.h"

namespace copydesk {

class ConsistencyKind : public Rule {
 public:
  ConsistencyKind(RuleSpec spec, RuleOptions& options);
  void check_unit(const Document& doc, const Unit& unit, Reporter& out) const override;

 private:
  struct Form {
    std::string name;
    std::unique_ptr<RE2> regex;  // the pattern in one group
    std::unique_ptr<LiteralPrefilter> prefilter;
    bool group_is_match = false;  // the group spans every match (the pattern is a regex by itself)
  };
  std::vector<Form> forms_;
  int min_uses_ = 1;
};

}  // namespace copydesk
