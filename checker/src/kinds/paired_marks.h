// Kind `paired-marks`: quotation marks, book-title marks and brackets that do
// not pair up (GB/T 15834-2011 §4.8, §4.9, §4.15), and a closing quote put
// inside a word.
//
// Marks are matched with a stack over each body block; when a paragraph was
// broken mid-sentence (it does not end with sentence-final punctuation) the
// stack carries on into the next block, so a quotation cut by extraction is
// not reported twice. An opening quote left open at the end of a paragraph is
// not reported when the next paragraph opens with a quote too: multi-paragraph
// quotations open every paragraph and close only the last (§4.8.3.5).
// Headlines are checked on their own. Pairs: “” ‘’ 《》 〈〉 （）() 【】 〔〕 「」 『』;
// ‘’ only in Chinese text, where ’ is not an apostrophe.
//
// Variants: `unclosed` (an opener never closed), `mismatched` (a parenthesis
// closed by a square bracket later in its paragraph: (roughly 760,000 pounds]),
// `unopened` (a closer without an opener), `inside-word` (“五大产业集”群: the character after the closing
// quote completes the quoted word — reported when that two-character word
// occurs elsewhere in the document and the character is not a suffix such as
// 的 or 后). The default message is used for `unopened`.
//
// Option `straight_quotes` (default false): also pair straight double quotes
// ("), which take turns opening and closing; one after a digit with none open
// is an inch mark (12"), and one that stands like a closer with none open is
// reported as `unopened`.
#pragma once

#include "rules/rule.h"
#include "rules/rule_options.h"

namespace copydesk {

class PairedMarksKind : public Rule {
 public:
  PairedMarksKind(RuleSpec spec, RuleOptions& options);
  void check(const Document& doc, const std::vector<Unit>& units, Reporter& out) const override;

 private:
  bool straight_quotes_ = false;
};

}  // namespace copydesk
