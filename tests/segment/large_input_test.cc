#include <catch2/catch.hpp>

#include <string>

#include "segment/sentences.h"
#include "segment/structure.h"

using namespace copydesk;

// The document model must stay linear: these inputs are about 5 MB each and
// are only required to be processed (no timing is asserted).

TEST_CASE("A 5 MB page of many stories is segmented", "[segment][large]") {
  const std::string story =
      "前5个月满洲里口岸出入境人员突破40万人次\n\n"
      "本报呼伦贝尔6月16日电（记者 梁亮 通讯员 徐璐）据满洲里出入境边防检查站统计：今年截至5月31日，"
      "满洲里口岸累计验放出入境人员41.5万人次，同比增长50.9%。\n\n"
      "据悉，今年以来，满洲里出入境边防检查站稳步推进各项重点工作落地落实，只要有人员、车辆需要办理出入境手续，\n\n"
      "执勤民警便会全程在岗。\n\n";
  std::string text;
  while (text.size() < 5'000'000) text += story;
  Structure s = Structure::compute(text);
  size_t stories = text.size() / story.size();
  CHECK(s.articles.size() == stories);
  CHECK(s.blocks.size() == stories * 4);
  CHECK(s.articles.back().span.end <= text.size());
}

TEST_CASE("A 5 MB hard-wrapped page is segmented", "[segment][large]") {
  const std::string lines =
      "“十三五”以来，面对复杂多变的经\n"
      "济环境和艰巨繁重的改革发展稳定任\n"
      "务，通辽市坚定不移走以生态优先绿\n"
      "五”规划确定的主要目标任务。\n"
      "区域性绝对贫困问题彻底解\n\n";
  std::string text;
  while (text.size() < 5'000'000) text += lines;
  Structure s = Structure::compute(text);
  CHECK(s.hard_wrapped);
  CHECK(s.blocks.size() == 2 * (text.size() / lines.size()));
}

TEST_CASE("A 5 MB block with no line break is one paragraph", "[segment][large]") {
  std::string text;
  while (text.size() < 5'000'000) text += "内蒙古口岸累计验放出入境人员41.5万人次，同比增长50.9%。";
  Structure s = Structure::compute(text);
  REQUIRE(s.blocks.size() == 1);
  CHECK(s.blocks[0].kind == BlockKind::kParagraph);
  CHECK(Sentences(text, s).all().size() == text.size() / std::string("内蒙古口岸累计验放出入境人员41.5万人次，同比增长50.9%。").size());
}

TEST_CASE("5 MB of alternating headlines and bylines is segmented", "[segment][large]") {
  const std::string pair = "一片山的「剪枝」与一座城的「碳」路\n\n□本报记者 蔡冬梅\n\n";
  std::string text;
  while (text.size() < 5'000'000) text += pair;
  Structure s = Structure::compute(text);
  CHECK(s.blocks.size() == 2 * (text.size() / pair.size()));
  CHECK_FALSE(s.articles.empty());
}
