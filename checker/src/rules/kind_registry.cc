#include "rules/kind_registry.h"

namespace copydesk {

const KindRegistry::Factory* KindRegistry::find(const std::string& name) const {
  auto it = factories_.find(name);
  return it == factories_.end() ? nullptr : &it->second;
}

std::vector<std::string> KindRegistry::names() const {
  std::vector<std::string> out;
  for (const auto& [name, factory] : factories_) out.push_back(name);
  return out;
}

const KindRegistry& KindRegistry::builtin() {
  static const KindRegistry registry = [] {
    KindRegistry r;
    register_builtin_kinds(r);
    return r;
  }();
  return registry;
}

}  // namespace copydesk
