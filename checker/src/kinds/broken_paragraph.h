// Kind `broken-paragraph`: a paragraph that stops in the middle of a sentence.
//
// PDF extraction breaks paragraphs at column and page ends. A body paragraph
// that does not end with sentence-final punctuation (。！？…；：——, closing
// quotes and brackets) is reported when what follows shows the sentence was cut:
//   - the next block is body text of the same article: the sentence continues
//     there (variant `number` when a number is split from its unit). The fix
//     rejoins the two paragraphs, unless both sides of the break are digits.
//   - the next block is a headline or heading: the article was cut off, or the
//     headline was dropped into the middle of the sentence (variant `headline`).
// A short line taken for a headline counts as a fragment of the next paragraph
// when the two characters on each side of the break occur together elsewhere
// in the document (协同 + 创新总部, where the text also says 协同创新总部).
// Otherwise headlines, subtitles, bylines, captions, datelines and continuation markers
// (■下转第5版) are never taken for broken sentences, nor is the last block of a
// file, nor a break followed by a new story (本报…讯).
//
// Options:
//   context  code points shown on each side of the break (default 4), widened
//            to whole Latin words
//   before_headline  report a paragraph cut off before a headline (default
//            true; in English a missing full stop looks the same)
#pragma once

#include "rules/rule.h"
#include "rules/rule_options.h"

namespace copydesk {

class BrokenParagraphKind : public Rule {
 public:
  BrokenParagraphKind(RuleSpec spec, RuleOptions& options);
  void check(const Document& doc, const std::vector<Unit>& units, Reporter& out) const override;

 private:
  size_t context_ = 4;
  bool before_headline_ = true;
};

}  // namespace copydesk
