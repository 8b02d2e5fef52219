// Every built-in rule kind, registered by name. Keep the list alphabetical.
#include "kinds/consistency.h"
#include "kinds/date_consistency.h"
#include "kinds/pattern.h"
#include "rules/kind_registry.h"

namespace copydesk {

void register_builtin_kinds(KindRegistry& registry) {
  registry.add<ConsistencyKind>("consistency");
  registry.add<DateConsistencyKind>("date-consistency");
  registry.add<PatternKind>("pattern");
}

}  // namespace copydesk
