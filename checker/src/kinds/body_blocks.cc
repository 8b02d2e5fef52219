#include "kinds/body_blocks.h"

#include "core/document.h"
#include "kinds/layout_text.h"
#include "segment/structure.h"

namespace copydesk {

BodyBlocks BodyBlocks::of(const Structure& structure, std::string_view text) {
  BodyBlocks body;
  body.flags_.reserve(structure.blocks.size());
  for (const Block& block : structure.blocks) {
    body.flags_.push_back(static_cast<uint8_t>((copydesk::is_body_block(block, text) ? kBody : 0) |
                                               (copydesk::ends_paragraph(block.span.of(text)) ? kEndsParagraph : 0)));
  }
  return body;
}

BodyBlocks BodyBlocks::compute(const Document& doc) { return of(doc.analysis<Structure>(), doc.text()); }

}  // namespace copydesk
