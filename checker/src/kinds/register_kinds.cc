// Every built-in rule kind, registered by name. Keep the list alphabetical.
#include "kinds/consistency.h"
#include "kinds/number_style.h"
#include "kinds/numeric_inconsistency.h"
#include "kinds/pattern.h"
#include "kinds/unit_mismatch.h"
#include "rules/kind_registry.h"

namespace copydesk {

void register_builtin_kinds(KindRegistry& registry) {
  registry.add<ConsistencyKind>("consistency");
  registry.add<NumberStyleKind>("number-style");
  registry.add<NumericInconsistencyKind>("numeric-inconsistency");
  registry.add<PatternKind>("pattern");
  registry.add<UnitMismatchKind>("unit-mismatch");
}

}  // namespace copydesk
