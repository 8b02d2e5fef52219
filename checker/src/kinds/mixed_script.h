// Kind `mixed-script`: a word that mixes Latin letters with Cyrillic or Greek
// ones (Mоscow with a Cyrillic о, Αthens with a Greek Α). OCR, a font's
// fallback or a keyboard layout leaves such words; they look right but break
// search, spelling and sorting.
//
// A word is a run of Latin, Greek and Cyrillic letters and combining marks.
// It is reported when it holds a Latin letter and either a Cyrillic letter or
// a Greek letter that looks like a Latin one (its ICU confusable skeleton is
// one ASCII letter): in μg and kΩ the Greek letter is a symbol and the word
// is left alone. When the word is mostly Latin and each foreign letter looks
// like a Latin letter of the same case, the fix is the word in Latin letters.
//
// Message variants: `cyrillic` and `greek`, by the foreign letters the word
// holds (Cyrillic when it holds both); {text} is the word, {codepoints} the
// foreign letters' code points (U+043E).
#pragma once

#include <array>
#include <mutex>

#include "rules/rule.h"
#include "rules/rule_options.h"

namespace copydesk {

class MixedScriptKind : public Rule {
 public:
  MixedScriptKind(RuleSpec spec, RuleOptions& options);
  void check_unit(const Document& doc, const Unit& unit, Reporter& out) const override;

 private:
  // The ASCII letter each code point of U+0370-U+052F looks like, or 0:
  // tabulated when a document first holds a Greek or Cyrillic letter, as
  // most never do.
  const std::array<char, 0x530 - 0x370>& latin_lookalikes() const;
  mutable std::once_flag tabulated_;
  mutable std::array<char, 0x530 - 0x370> latin_lookalike_{};
};

}  // namespace copydesk
