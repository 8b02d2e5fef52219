// Kind `font-artifacts`: characters that PDF fonts leave behind instead of the
// intended Han character or mark.
//
//   kangxi-radical   U+2F00–U+2FD5 and the CJK radicals supplement (⼈ for 人);
//                    the fix is the unified ideograph (NFKC) when there is one
//   compatibility    CJK compatibility ideographs (U+F900–U+FAFF, U+2F800–);
//                    the fix is the unified ideograph (NFC)
//   private-use      U+E000–U+F8FF and the supplementary private-use planes
//   replacement      U+FFFD, where a character could not be decoded
//   ligature         Latin ligatures U+FB00–U+FB06 (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ), which
//                    break search and spelling; the fix is their letters (NFKC)
//
// Each run of adjacent artifacts of one class is one finding; the message
// variant is the class name, with {codepoint} (U+2F08) and {replacement}.
#pragma once

#include "rules/rule.h"
#include "rules/rule_options.h"

namespace copydesk {

class FontArtifactsKind : public Rule {
 public:
  FontArtifactsKind(RuleSpec spec, RuleOptions& options);
  void check_unit(const Document& doc, const Unit& unit, Reporter& out) const override;
};

}  // namespace copydesk
