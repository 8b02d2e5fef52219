#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "segment/sentence_splitter.h"

using namespace copydesk;

namespace {
std::vector<std::string> sentences(const std::string& text) {
  std::vector<std::string> out;
  for (Span s : split_sentences(text, {0, text.size()})) out.push_back(text.substr(s.begin, s.size()));
  return out;
}
}  // namespace

TEST_CASE("Chinese sentences end at 。！？ with their closing quotes", "[segment][sentence]") {
  CHECK(sentences("活动现场签署了备忘录。这标志着联盟成立，四地迈出一步！你知道吗？") ==
        std::vector<std::string>{"活动现场签署了备忘录。", "这标志着联盟成立，四地迈出一步！", "你知道吗？"});
  CHECK(sentences("“我想这就是工匠精神，全身心投入。”张宏阳说。") ==
        std::vector<std::string>{"“我想这就是工匠精神，全身心投入。”", "张宏阳说。"});
  // Decimal points and enumerations do not end sentences; the last piece needs no full stop.
  CHECK(sentences("累计验放出入境人员41.5万人次，同比增长50.9%；客流规模创新高") ==
        std::vector<std::string>{"累计验放出入境人员41.5万人次，同比增长50.9%；客流规模创新高"});
}

TEST_CASE("Line breaks inside a block do not end sentences", "[segment][sentence]") {
  std::string text = "“十三五”以来，面对复杂多变的\n经济环境和艰巨繁重的改革发展稳\n定任务。区域性绝对贫困问题彻底解\n决。";
  auto got = sentences(text);
  REQUIRE(got.size() == 2);
  CHECK(got[0] == "“十三五”以来，面对复杂多变的\n经济环境和艰巨繁重的改革发展稳\n定任务。");
  CHECK(got[1] == "区域性绝对贫困问题彻底解\n决。");
  CHECK(sentences("The plan would add 30 new\nroutes. Critics said the\nfunding was not secured.") ==
        std::vector<std::string>{"The plan would add 30 new\nroutes.", "Critics said the\nfunding was not secured."});
}

TEST_CASE("English abbreviations and numbers do not end sentences", "[segment][sentence]") {
  CHECK(sentences("Mr. Smith of Xcel Energy said 3.5 million customers lost power. \"We are working,\" he said.") ==
        std::vector<std::string>{"Mr. Smith of Xcel Energy said 3.5 million customers lost power.",
                                 "\"We are working,\" he said."});
  CHECK(sentences("The U.S. grid operator said so. Officials agreed!") ==
        std::vector<std::string>{"The U.S. grid operator said so.", "Officials agreed!"});
}

TEST_CASE("Sentence spans are exact offsets into the whole text", "[segment][sentence]") {
  std::string text = "标题\n\n第一句。 第二句。\n";
  size_t begin = text.find("第一句");
  auto spans = split_sentences(text, {begin, text.size() - 1});
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].begin == begin);
  CHECK(text.substr(spans[1].begin, spans[1].size()) == "第二句。");
  CHECK(split_sentences(text, {0, 0}).empty());
}

TEST_CASE("Sentences of a block split as far as asked", "[segment][sentence]") {
  std::string text = "第一句。第二句！“第三句？”第四句 Mr. Smith said so. 第五句。";
  Span block{0, text.size()};
  std::vector<Span> all = split_sentences(text, block);
  REQUIRE(all.size() == 5);
  BlockSentences sentences(text, block);
  // Up to the second sentence: the first two are there, perhaps more.
  const std::vector<Span>& some = sentences.up_to(text.find("第二句"));
  REQUIRE(some.size() >= 2);
  CHECK(std::equal(some.begin(), some.end(), all.begin()));
  CHECK(sentences.up_to(text.size()) == all);
  CHECK(BlockSentences(text, {0, 0}).up_to(100).empty());
}
