// Every built-in rule kind, registered by name. Keep the list alphabetical.
#include "kinds/consistency.h"
#include "kinds/duplicate_passage.h"
#include "kinds/pattern.h"
#include "kinds/repetition.h"
#include "rules/kind_registry.h"

namespace copydesk {

void register_builtin_kinds(KindRegistry& registry) {
  registry.add<ConsistencyKind>("consistency");
  registry.add<DuplicatePassageKind>("duplicate-passage");
  registry.add<PatternKind>("pattern");
  registry.add<RepetitionKind>("repetition");
}

}  // namespace copydesk
