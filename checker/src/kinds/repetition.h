// Kind `repetition`: adjacent repeats that are slips, OCR doubling or PDF
// fake-bold artefacts, not language.
//
// In Chinese (mode: han) it reads the text as one stream of characters with the
// white space taken out, so it sees repeats across hard line breaks and across
// the break between two body paragraphs (更加积极的 / 的财政政策), and reports:
//
//   line       a doubled line or caption (one finding for the whole doubled unit
//              of at least `line_min` characters, not one per character)
//   word       a doubled word or name (围绕围绕, 专项专项, 高志鹏高志鹏)
//   character  a doubled or tripled character (摄摄, 摆摆问题, 的的)
//   garble     a broken AABB form (实在在在, 认认真地 for 实实在在, 认认真真)
//   stutter    a title whose first character is repeated before a name (书记书冯某)
//
// The hard part is staying silent where the Chinese is right. A repeat is
// legal when the reduplication lexicon covers it where it stands (郁郁葱葱,
// 研究研究, 婷婷, 齐齐哈尔), when it is an ABB tail (绿油油), a measure word
// after 一 (一排排), a numeral (十五五), or spoken (哈哈哈); and for a doubled
// character, when the two halves belong to two different words (党委|委员,
// 科学院|院士, 实|现现行 = 实现|现行). Word boundaries come from ICU's
// dictionary-based BreakIterator, run only on a few characters around each
// candidate. Repeats never reach across a headline, byline or caption into
// the next block, only between body paragraphs.
//
// In English (mode: words) it reports a word repeated with only white space
// between (the the), except the words in the lexicon's english_exceptions
// (had had, that that).
//
// Message values: {text} the reported text, {unit} the repeated part,
// {suggestion} the intended form for garbles. Message variants: line, word,
// character, garble, stutter (the default message is used for a missing one).
//
// Options:
//   lexicon     path of the reduplication data, relative to the rule file
//               (default ../data/reduplication.yaml)
//   mode        han (default) or words
//   line_min    length in characters from which a doubled unit is a doubled
//               line or caption (default 8)
//   max_period  longest doubled unit looked for, in characters (default 400)
//
// Time is linear in the text: short units (up to 8 characters) are compared in
// place, longer ones are found through a fixed-size table of 6-gram hashes.
// Most characters come back nowhere near themselves: a filter that compares
// several at once passes over them, and only the few places where a
// character recurs within 8 are decoded further, looked up in the lexicon or
// segmented. The stream is read through a window a few thousand characters
// long, so memory does not grow with the document.
#pragma once

#include <memory>

#include "kinds/reduplication_lexicon.h"
#include "rules/rule.h"
#include "rules/rule_options.h"

namespace copydesk {

class RepetitionKind : public Rule {
 public:
  RepetitionKind(RuleSpec spec, RuleOptions& options);
  void check(const Document& doc, const std::vector<Unit>& units, Reporter& out) const override;

 private:
  void check_han(const Document& doc, Reporter& out) const;
  void check_words(const Document& doc, Reporter& out) const;

  std::shared_ptr<const ReduplicationLexicon> lexicon_;
  bool words_mode_ = false;
  size_t line_min_ = 8;
  size_t max_period_ = 400;
  size_t passage_min_ = 0;  // doubled sentences this long are left to duplicate-passage
  size_t sentence_min_ = 0;  // and whole sentences printed twice in a row this long
};

}  // namespace copydesk
