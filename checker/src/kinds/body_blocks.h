// What the paragraph kinds ask of every block of a document: whether it is
// body text (is_body_block) and whether its text may end a paragraph
// (ends_paragraph). paired-marks and broken-paragraph each walk all blocks
// and ask both; worked out once per document, the answers are shared:
//
//   const BodyBlocks& body = doc.analysis<BodyBlocks>();
//   if (body.is_body(i) && !body.ends_paragraph(i)) ...   // i indexes Structure::blocks
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace copydesk {

class Document;
struct Structure;

class BodyBlocks {
 public:
  bool is_body(size_t block) const { return flags_[block] & kBody; }
  bool ends_paragraph(size_t block) const { return flags_[block] & kEndsParagraph; }
  size_t size() const { return flags_.size(); }

  static BodyBlocks of(const Structure& structure, std::string_view text);
  static BodyBlocks compute(const Document& doc);

 private:
  static constexpr uint8_t kBody = 1, kEndsParagraph = 2;
  std::vector<uint8_t> flags_;  // one per block
};

}  // namespace copydesk
