// The registry of rule kinds, filled explicitly by register_builtin_kinds()
// (kinds/register_kinds.cc) rather than by static initialisers.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "rules/rule.h"
#include "rules/rule_options.h"

namespace copydesk {

class KindRegistry {
 public:
  using Factory = std::function<std::unique_ptr<Rule>(RuleSpec, RuleOptions&)>;

  template <typename Kind>
  void add(const std::string& name) {
    factories_[name] = [](RuleSpec spec, RuleOptions& options) -> std::unique_ptr<Rule> {
      return std::make_unique<Kind>(std::move(spec), options);
    };
  }

  // Returns nullptr when no kind has that name.
  const Factory* find(const std::string& name) const;
  std::vector<std::string> names() const;  // sorted

  // The registry with every built-in kind.
  static const KindRegistry& builtin();

 private:
  std::map<std::string, Factory> factories_;
};

// Defined in kinds/register_kinds.cc.
void register_builtin_kinds(KindRegistry& registry);

}  // namespace copydesk
