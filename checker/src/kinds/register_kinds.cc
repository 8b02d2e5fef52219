// Every built-in rule kind, registered by name. Keep the list alphabetical.
#include "kinds/broken_paragraph.h"
#include "kinds/consistency.h"
#include "kinds/date_consistency.h"
#include "kinds/duplicate_passage.h"
#include "kinds/font_artifacts.h"
#include "kinds/half_width_punctuation.h"
#include "kinds/hard_wrap.h"
#include "kinds/mixed_script.h"
#include "kinds/number_style.h"
#include "kinds/numeric_inconsistency.h"
#include "kinds/paired_marks.h"
#include "kinds/pattern.h"
#include "kinds/repetition.h"
#include "kinds/traditional_characters.h"
#include "kinds/unit_mismatch.h"
#include "rules/kind_registry.h"

namespace copydesk {

void register_builtin_kinds(KindRegistry& registry) {
  registry.add<BrokenParagraphKind>("broken-paragraph");
  registry.add<ConsistencyKind>("consistency");
  registry.add<DateConsistencyKind>("date-consistency");
  registry.add<DuplicatePassageKind>("duplicate-passage");
  registry.add<FontArtifactsKind>("font-artifacts");
  registry.add<HalfWidthPunctuationKind>("half-width-punctuation");
  registry.add<HardWrapKind>("hard-wrap");
  registry.add<MixedScriptKind>("mixed-script");
  registry.add<NumberStyleKind>("number-style");
  registry.add<NumericInconsistencyKind>("numeric-inconsistency");
  registry.add<PairedMarksKind>("paired-marks");
  registry.add<PatternKind>("pattern");
  registry.add<RepetitionKind>("repetition");
  registry.add<TraditionalCharactersKind>("traditional-characters");
  registry.add<UnitMismatchKind>("unit-mismatch");
}

}  // namespace copydesk
