#include <catch2/catch.hpp>

#include <string>

#include "core/document.h"
#include "kinds/body_blocks.h"
#include "kinds/layout_text.h"
#include "segment/structure.h"

using namespace copydesk;

TEST_CASE("BodyBlocks answers is_body_block and ends_paragraph for every block", "[layout]") {
  const std::string text =
      "新华社北京3月5日电\n\n"
      "一、坚持党的全面领导\n\n"
      "今年以来，全市经济运行稳中有进，精准把握\n\n"
      "政策导向，工业增加值增长5.2%。\n\n"
      "图为工人在车间作业\n\n"
      "他说：“我们走。”\n";
  Document doc("test.txt", text);
  const Structure& structure = doc.analysis<Structure>();
  const BodyBlocks& body = doc.analysis<BodyBlocks>();
  REQUIRE(body.size() == structure.blocks.size());
  REQUIRE(structure.blocks.size() >= 4);
  bool some_body = false, some_not = false, some_open = false;
  for (size_t i = 0; i < structure.blocks.size(); ++i) {
    const Block& block = structure.blocks[i];
    CHECK(body.is_body(i) == is_body_block(block, doc.text()));
    CHECK(body.ends_paragraph(i) == ends_paragraph(block.span.of(doc.text())));
    some_body |= body.is_body(i);
    some_not |= !body.is_body(i);
    some_open |= !body.ends_paragraph(i);
  }
  CHECK(some_body);
  CHECK(some_not);
  CHECK(some_open);
}
