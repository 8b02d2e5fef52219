#include "rules/rule.h"

#include <algorithm>

namespace copydesk {

bool RuleSpec::applies_to(Language language) const {
  return languages.empty() || std::find(languages.begin(), languages.end(), language) != languages.end();
}

void Rule::check(const Document& doc, const std::vector<Unit>& units, Reporter& out) const {
  for (const Unit& unit : units) check_unit(doc, unit, out);
}

void Rule::check_unit(const Document&, const Unit&, Reporter&) const {}

}  // namespace copydesk
