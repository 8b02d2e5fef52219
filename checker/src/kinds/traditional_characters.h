// Kind `traditional-characters`: traditional or variant characters in
// simplified Chinese text (彥 for 彦, 劑 for 剂), usually from a source typed in
// another script or an OCR font mix-up.
//
// A character is reported when ICU's Hant-Hans transform changes it AND it is
// not itself a standard simplified character (it cannot be encoded in GB 2312):
// 著, 乾 and 於 are changed by Hant-Hans but are valid simplified characters in
// 著名, 乾坤 and surnames, so they are never reported. Names and terms that
// must keep their form are listed in the allowlist. Adjacent characters make
// one finding; the fix is the simplified form ({replacement}).
//
// When at least 8 characters and more than `document_share` of the Han characters would be reported, the
// document is written in traditional characters: one finding (variant
// `document`, {count}) and no fix.
//
// Options:
//   allowlist       YAML file with `terms:`, a list of words to leave alone
//   document_share  default 0.2
//   traditional_in_gb2312  characters GB 2312 holds that simplified text never
//                   uses all the same (後: 后 covers every use), reported too
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rules/rule.h"
#include "rules/rule_options.h"

namespace copydesk {

class TraditionalCharactersKind : public Rule {
 public:
  TraditionalCharactersKind(RuleSpec spec, RuleOptions& options);
  void check_unit(const Document& doc, const Unit& unit, Reporter& out) const override;

  // The simplified form of `c`, or nullopt when `c` is not a traditional-only
  // character. The transform is read from a table generated from ICU when
  // copydesk is built (checker/generators/simplified_forms.cc): creating it at
  // run time would cost every process tens of milliseconds.
  static std::optional<std::string> simplified(char32_t c);
  // The form the transform gives `c`, whether or not `c` is in GB 2312.
  static std::optional<std::string> transformed(char32_t c);

 private:
  // Whether an allowlisted term written inside `unit` of `text` covers byte `offset`.
  bool allowed(std::string_view text, Span unit, size_t offset) const;

  std::vector<std::string> allowlist_;
  std::vector<std::string> traditional_in_gb2312_;  // UTF-8, one character each
  double document_share_ = 0.2;
};

}  // namespace copydesk
