// Where the marks that paired-marks pairs up are in a text: '(' and ')',
// and the characters led by E2 (‘’“”), E3 (〈〉《》「」『』【】〔〕) and EF
// (（）). The common Chinese marks that share those lead bytes (，。、：；！？—…)
// are turned away by their next two bytes, without decoding.
//
//   MarkFinder marks(text, doc.analysis<PunctuationAnchors>());
//   for (size_t at = span.begin; (at = marks.next(at, span.end)) < span.end; ...) ...
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

class PunctuationAnchors;

// The offset of the first byte in [at, end) of `text` that may begin a mark
// ('(' or ')', or a lead byte E2, E3 or EF of a mark or of a character cut by
// the end of the text), or `end`: a pass over the bytes.
size_t next_mark(std::string_view text, size_t at, size_t end);

// The marks of a document in text order, found from the offsets of the bytes
// E2, E3 and EF that the document's pattern searches share
// (PunctuationAnchors) and from memchr for '(' and ')', instead of a pass
// over every byte: next(at, end) is next_mark(text, at, end), and fastest
// when `at` never decreases from one call to the next.
class MarkFinder {
 public:
  // `text` and `anchors` (those of `text`) must outlive the finder.
  MarkFinder(std::string_view text, const PunctuationAnchors& anchors);

  size_t next(size_t at, size_t end);

 private:
  static constexpr std::array<unsigned char, 3> kLeads = {0xE2, 0xE3, 0xEF};
  struct Paren {
    char byte;
    size_t next = 0;  // the first `byte` at or after the `at` last searched from (npos: none)
    bool searched = false;
  };

  std::string_view text_;
  bool shared_ = true;  // false when the anchors kept no offsets (a text over 4 GB)
  std::array<const std::vector<uint32_t>*, 3> leads_{};
  std::array<size_t, 3> index_{};  // per lead byte: the first offset not passed over
  std::array<Paren, 2> parens_{{{'('}, {')'}}};
  size_t last_at_ = 0;
};

}  // namespace copydesk
