// The duplicate-passage kind: copies printed twice on one page are reported
// at the later copy; restated headlines, recurring titles and formulaic
// phrases are not.
#include <catch2/catch.hpp>

#include "kinds/paragraph_overlap.h"
#include "support/test_support.h"

using namespace copydesk;
using namespace copydesk::testing;

namespace {

const Rule& rule() {
  static std::unique_ptr<Rule> r = shipped_rule("zh-Hans.duplicate-passage");
  return *r;
}

const std::string kPassage = "工程建成后，年处理污水能力将达到12万吨，惠及沿线8个乡镇。";

}  // namespace

TEST_CASE("a passage repeated later on the page is reported at the second copy", "[duplicate-passage]") {
  std::string text = "本报讯 今年全市将新建3座污水处理厂。" + kPassage + "项目总投资5.6亿元。\n\n" +
                     "据了解，目前各项前期工作已基本完成，" + kPassage + "市生态环境局将全程跟踪。\n";
  auto findings = run_rule(rule(), text);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].matched_text.find("年处理污水能力将达到12万吨") != std::string::npos);
  CHECK(findings[0].location.span.begin > text.find("据了解"));
  REQUIRE(findings[0].related.size() == 1);
  CHECK(findings[0].related[0].location.span.begin < text.find("据了解"));
}

TEST_CASE("a near-duplicate with a few changed characters is one finding", "[duplicate-passage]") {
  std::string changed = "工程建成后，年处理污水能力将达到15万吨，惠及沿线9个乡镇。";
  std::string text = "本报讯 今年全市将新建3座污水处理厂。" + kPassage + "项目总投资5.6亿元。\n\n" +
                     "据了解，目前各项前期工作已基本完成，" + changed + "市生态环境局将全程跟踪。\n";
  auto findings = run_rule(rule(), text);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].matched_text.find("15万吨") != std::string::npos);
  CHECK(findings[0].matched_text.find("9个乡镇") != std::string::npos);
}

TEST_CASE("a headline printed again as its subtitle or after the byline", "[duplicate-passage]") {
  std::string text =
      "## 全市秋粮收购进度过半\n\n——全市秋粮收购进度过半\n\n本报讯 记者从市粮食局获悉，秋粮收购进展顺利。\n";
  auto findings = run_rule(rule(), text);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].matched_text == "全市秋粮收购进度过半");
  CHECK(findings[0].location.start_line == 3);
  CHECK(findings[0].message.find("headline") != std::string::npos);
}

TEST_CASE("a short headline printed again as the next line, its subtitle", "[duplicate-passage]") {
  auto findings = run_rule(rule(), "小土豆“变身”记\n小土豆“变身”记\n新华社兰州10月21日电（记者 马骁）\n\n又到马铃薯收获季。\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].matched_text == "小土豆“变身”记");
  CHECK(findings[0].location.start_line == 2);
  // A short heading that recurs apart (two stories' 相关链接) is a label, not a slip.
  CHECK(run_rule(rule(), "## 相关链接\n\n本报讯 全市秋粮收购进展顺利，收购进度过半。\n\n## 相关链接\n\n本报讯 夏粮收购工作也已启动。\n")
            .empty());
}

TEST_CASE("what is not a duplicate", "[duplicate-passage]") {
  SECTION("the lead restates the headline") {
    CHECK(run_rule(rule(), "## 全区推进常态化帮扶工作会议召开\n\n本报讯 6月15日，全区推进常态化帮扶工作会议召开。"
                           "会议强调，要抓好各项工作落实。\n")
              .empty());
  }
  SECTION("a long official title recurs") {
    CHECK(run_rule(rule(), "记者采访了自治区农牧厅党组成员、副厅长兼总畜牧师王某某。\n\n"
                           "据介绍，自治区农牧厅党组成员、副厅长兼总畜牧师王某某曾长期在基层工作。\n")
              .empty());
  }
  SECTION("formulaic language shared by several paragraphs") {
    std::string formula = "召开会议，传达学习全会精神，研究部署贯彻落实工作。";
    CHECK(run_rule(rule(), "市发展改革委" + formula + "会议要求，要抓好规划编制。\n\n市教育局" + formula +
                               "会议强调，要办好人民满意的教育。\n\n市卫生健康委" + formula + "会议指出，要守护群众健康。\n")
              .empty());
  }
  SECTION("bylines, datelines and continuation markers") {
    CHECK(run_rule(rule(), "本报记者 王磊\n\n全市新建口袋公园20个。\n\n■下转第5版\n\n"
                           "本报记者 王磊\n\n全市新增停车位3000个。\n\n■下转第5版\n")
              .empty());
  }
  SECTION("a fragment doubled inside its paragraph is left to the repetition kind") {
    const std::string fragment = "年处理污水能力将达到12万吨惠及沿线8个乡镇";  // no sentence end
    CHECK(run_rule(rule(), "工程建成后，" + fragment + fragment + "。").empty());
  }
}

TEST_CASE("a caption's whole sentence printed again as a whole sentence of the body, however short", "[duplicate-passage]") {
  const std::string caption = "## 民歌档案\n\n图为档案员在整理老磁带。王建军 摄\n\n本报讯 民歌档案室收藏了上千盘老式录音磁带，档案员正逐盘转录。\n\n";
  auto findings = run_rule(rule(), caption + "图为档案员在整理老磁带。\n\n转录工作预计明年完成。\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].matched_text == "图为档案员在整理老磁带。");
  CHECK(findings[0].severity == Severity::kNote);
  // Part of a body sentence is no copy of the caption's sentence.
  CHECK(run_rule(rule(), caption + "档案员在整理老磁带时发现了一批珍贵录音。\n").empty());
}

TEST_CASE("a caption repeated in the body is a note, or nothing when turned off", "[duplicate-passage]") {
  std::string caption = "6月3日，市民在新建成的滨河公园内散步，听取讲解员介绍湿地修复情况。 本报记者 王磊 摄";
  std::string text = "## 滨河公园正式开放\n\n" + caption +
                     "\n\n本报讯 滨河公园今天正式开放。开园首日，市民在新建成的滨河公园内散步，听取讲解员介绍湿地修复情况。\n";
  auto findings = run_rule(rule(), text);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Severity::kNote);

  auto off = rule_from_yaml(R"(kind: duplicate-passage
category: duplicate-passage
message: {en: "dup", zh: "dup"}
options: {caption_severity: "off"}
)");
  CHECK(run_rule(*off, text).empty());
}

TEST_CASE("a caption printed after its copy in the body: the body's copy is reported", "[duplicate-passage]") {
  const std::string sentence = "图为9月1日，市民在改造后的人民路盲道上行走。";
  const std::string text = "## 盲道连成网\n\n本报讯 全市完成无障碍改造326处。\n\n" + sentence +
                           "人民路是此次改造的重点路段之一。\n\n下一步将扩大改造范围。\n\n" + sentence + "（本报记者 郭婷 摄）\n";
  auto findings = run_rule(rule(), text);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.start_line == 5);
  CHECK(findings[0].severity == Severity::kNote);
  REQUIRE(findings[0].related.size() == 1);
}

TEST_CASE("the name in a caption's bracketed credit is no copy of the caption", "[duplicate-passage]") {
  auto en = shipped_rule("en.duplicate-passage");
  const std::string body = "Beetles\n\nSPOKANE, Wash. — The Inland Northwest Museum of Natural History has acquired one of the "
                           "largest private beetle collections in the West, the museum announced Tuesday.\n\n";
  CHECK(run_rule(*en, body + "Collections manager Luis Ortega unpacks a drawer of longhorn beetles. (Photo: Inland "
                             "Northwest Museum of Natural History)\n\nThe drawers arrived in March.\n")
            .empty());
  // The caption's own sentence in the body is still reported.
  CHECK(run_rule(*en, body + "Collections manager Luis Ortega unpacks a drawer of longhorn beetles. (Photo: Staff)\n\n"
                             "Collections manager Luis Ortega unpacks a drawer of longhorn beetles.\n")
            .size() == 1);
}

TEST_CASE("the English pack reports a short sentence tail printed again as a sentence", "[duplicate-passage]") {
  auto en = shipped_rule("en.duplicate-passage");
  const std::string lead = "Food trucks\n\nThe council voted 5-2 to create the zone. ";
  auto findings = run_rule(*en, lead + "Vendors may operate from 11 a.m. to 9 p.m. on weekdays. to 9 p.m. on weekdays. "
                                       "Weekend hours run until 11 p.m.\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.start_line == 3);
  CHECK(run_rule(*en, lead + "Vendors may operate from 11 a.m. to 9 p.m. on weekdays. Weekend hours run until 11 p.m.\n")
            .empty());
}

TEST_CASE("the English pack reports a pasted paragraph", "[duplicate-passage]") {
  auto en = shipped_rule("en.duplicate-passage");
  std::string para = "The council voted on Tuesday to expand the bus network, adding three routes to the east side.";
  auto findings = run_rule(*en, para + "\n\nOfficials said work would begin in spring.\n\n" + para + "\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.start_line == 5);
}

TEST_CASE("caption_min_chars: a caption sentence repeated in the body, shorter than min_chars", "[duplicate-passage]") {
  auto en = shipped_rule("en.duplicate-passage");
  const std::string head = "Storm knocks out power\n\nPhoto: Crews repair lines in Denver on Monday. (AP Photo/Jane Roe)\n\n";
  auto findings = run_rule(*en, head + "DENVER (AP) — A storm hit on Monday. Crews repair lines in Denver on Monday.\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Severity::kNote);
  // Body text needs min_chars (60) whatever caption_min_chars says.
  CHECK(run_rule(*en, "Crews repair lines in Denver on Monday. Then rain.\n\nIt was late. Crews repair lines in "
                      "Denver on Monday.\n").empty());
  // Without the option, the caption's sentence is too short.
  auto zh_like = rule_from_yaml(R"(kind: duplicate-passage
category: duplicate-passage
message: {en: "dup", zh: "dup"}
options: {min_chars: 60}
)");
  CHECK(run_rule(*zh_like, head + "DENVER (AP) — A storm hit on Monday. Crews repair lines in Denver on Monday.\n").empty());
}

TEST_CASE("caption_min_chars counts no title in 《》: a caption naming a book as the body does", "[duplicate-passage]") {
  const std::string head = "灯塔日志整理出版\n\n本报讯（记者 宋海燕）11月19日，《鹰嘴岛灯塔日志（1915—2015）》首发式在市档案馆举行。\n\n";
  // The shared text is the title: a name, not a sentence of the caption.
  CHECK(run_rule(rule(), head + "图为11月19日，市民在首发式现场翻阅《鹰嘴岛灯塔日志（1915—2015）》。本报记者 宋海燕 摄\n").empty());
  // A sentence of the caption around a title is still one.
  auto findings = run_rule(rule(), head + "图为11月19日，《鹰嘴岛灯塔日志（1915—2015）》首发式在市档案馆举行。本报记者 宋海燕 摄\n");
  CHECK(findings.size() == 1);
}

TEST_CASE("doubled_min_chars: a short whole sentence printed twice in a row", "[duplicate-passage]") {
  auto en = shipped_rule("en.duplicate-passage");
  REQUIRE(en);
  const std::string sentence = "A new splash pad sits beside the shallow end. ";
  auto f = run_rule(*en, "The pool reopens Saturday. " + sentence + sentence + "The bathhouse kept its facade.\n");
  REQUIRE(f.size() == 1);
  CHECK(f[0].location.start_column > 40);  // the second copy
  // Not a whole sentence, too short, or not in a row.
  CHECK(run_rule(*en, "It rained. It rained. It rained for forty days and nights.\n").empty());
  CHECK(run_rule(*en, "The pool reopens Saturday. " + sentence + "The bathhouse kept its facade. " + sentence + "\n")
            .empty());
}

TEST_CASE("a copy right after the first is reported as doubled_copies says", "[duplicate-passage]") {
  const std::string para = "The new lanes would cut travel times for about 12,000 daily riders.";
  const std::string text = "Riders welcomed the plan.\n\n" + para + "\n\n" + para + "\n\nWork begins in May.\n";
  auto yaml = [](const std::string& doubled) {
    return rule_from_yaml("kind: duplicate-passage\ncategory: duplicate-passage\nmessage: {en: dup, zh: dup}\n"
                          "messages: {doubled: {en: twice, zh: twice}}\noptions: {min_chars: 60, doubled_copies: " +
                          doubled + "}\n");
  };
  auto findings = run_rule(*yaml("all"), text);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.start_line == 5);
  CHECK(findings[0].message == "twice");
  REQUIRE(findings[0].related.size() == 1);
  CHECK(findings[0].related[0].location.start_line == 3);
  CHECK(run_rule(*yaml("none"), text).empty());  // left to a repetition rule
  CHECK(run_rule(*yaml("blocks"), text).size() == 1);  // the copies are paragraphs of their own

  SECTION("a sentence doubled inside its paragraph") {
    const std::string sentence = "The council voted on Tuesday to expand the bus network, adding three routes to the east side. ";
    const std::string paragraph = "Riders welcomed it. " + sentence + sentence + "Work begins in May.\n";
    auto inside = run_rule(*yaml("all"), paragraph);
    REQUIRE(inside.size() == 1);
    CHECK(inside[0].message == "twice");
    CHECK(run_rule(*yaml("blocks"), paragraph).empty());  // inside one block: a repetition rule's
    CHECK(run_rule(*yaml("sentences"), paragraph).size() == 1);  // whole clauses ending a sentence
    // A fragment doubled inside a paragraph, not ending a sentence, stays a repetition rule's.
    const std::string fragment = "the council voted on Tuesday to expand the bus network ";
    CHECK(run_rule(*yaml("sentences"), "Riders said " + fragment + fragment + "today.\n").empty());
  }
}

TEST_CASE("the Chinese pack: a paragraph or a sentence printed twice in a row", "[duplicate-passage]") {
  const std::string sentence = "由中央厨房统一配送，保证饭菜质量和食品安全。";
  // The first copy opens the story, after its dateline.
  CHECK(run_rule(rule(), "本报讯 " + sentence + "\n\n" + sentence + "\n\n会议还研究了其他事项。\n").size() == 1);
  auto inside = run_rule(rule(), "本报讯 同时引入专业餐饮企业连锁运营，" + sentence + sentence + "老人们很满意。\n");
  REQUIRE(inside.size() == 1);
  CHECK(inside[0].matched_text == sentence);
  // A caption doubled by a fake-bold font: no clause break, short; repeated-fragment reports it.
  CHECK(run_rule(rule(), "本报讯 秋收开始。\n\n万亩高效节水小麦示范区机收现场万亩高效节水小麦示范区机收现场 高志鹏 摄\n").empty());
  // A quoted sentence shorter than min_chars printed twice in a row (doubled_min_chars).
  const std::string quote = "“羊产业已经成为农牧民增收的‘铁杆庄稼’。”";
  const std::string before = "本报讯 羊存栏增加。\n\n养殖户说：“过去靠天养羊，现在靠科学养羊。”\n\n";
  CHECK(run_rule(rule(), before + quote + quote + "合作社社长王海军说。\n").size() == 1);
  CHECK(run_rule(rule(), before + quote + "合作社社长王海军说。\n").empty());
  // The clause that ends a sentence, printed again as a sentence of its own.
  auto clause = run_rule(rule(), "本报讯 中心实行健康管理，每位老人都有专属的健康档案和护理计划。"
                                 "每位老人都有专属的健康档案和护理计划。护理员每天查房。\n");
  REQUIRE(clause.size() == 1);
  CHECK(clause[0].matched_text == "每位老人都有专属的健康档案和护理计划。");
  // Found from where the sentence before ends as the copy does (…工程。 twice).
  CHECK(run_rule(rule(), "本报讯 实施修复工程。乌梁素海流域综合治理是一项系统工程。乌梁素海流域综合治理是一项系统工程。"
                         "市里从源头治理。\n").size() == 1);
  // The copy runs to its full stop and closing quote, though the run was
  // first found from the mark before it.
  auto quoted = run_rule(rule(), "本报讯 养殖户说。“羊产业已经成为农牧民增收的‘铁杆庄稼’。”“羊产业已经成为农牧民增收的‘铁杆庄稼’。”"
                                 "合作社社长王海军说。\n");
  REQUIRE(quoted.size() == 1);
  CHECK(quoted[0].matched_text == "羊产业已经成为农牧民增收的‘铁杆庄稼’。”");
  // A clause of seven characters doubled is a passage; a shorter one is repeated-fragment's.
  CHECK(run_rule(rule(), "本报讯 会议指出，春耕推进会召开。春耕推进会召开。\n").size() == 1);
  CHECK(run_rule(rule(), "本报讯 会议指出，春耕会议召开。春耕会议召开。\n").empty());
  // So is a sentence's tail of eight characters, printed again as a sentence of its own.
  CHECK(run_rule(rule(), "本报讯 志愿者们每天都在社区服务到深夜。在社区服务到深夜。\n").size() == 1);
}

TEST_CASE("paragraph_overlap: the longest tail of one paragraph that the next starts with", "[duplicate-passage]") {
  const std::string tail = "脚蹬马靴，在草地上展开激烈角逐";
  const std::string a = "搏克手身着摔跤坎肩，" + tail;
  const std::string b = tail + "。最终，牧民摘得冠军。";
  CHECK(paragraph_overlap(a, b, 8) == tail.size());
  CHECK(paragraph_overlap(a, b, 14) == tail.size());  // 14 content characters
  CHECK(paragraph_overlap(a, b, 15) == 0);
  CHECK(paragraph_overlap(a, "最终，牧民摘得冠军。", 1) == 0);
  // Proper on both sides: a paragraph printed twice whole is another finding.
  CHECK(paragraph_overlap(a, a, 1) == 0);
  // Only the last max_bytes of the first paragraph are looked at.
  CHECK(paragraph_overlap(a, b, 8, tail.size() - 1) == 0);
  CHECK(paragraph_overlap("", b, 1) == 0);
  CHECK(paragraph_overlap(a, "", 1) == 0);
}

TEST_CASE("a paragraph that starts with the tail of the one before is a layout overlap", "[duplicate-passage]") {
  const std::string text =
      "“男儿三艺”是那达慕的重头戏。在搏克比赛场地，512名搏克手身着摔跤坎肩，脚蹬马靴，在草地上展开激烈角逐\n\n"
      "脚蹬马靴，在草地上展开激烈角逐。最终，来自巴彦花镇的牧民过关斩将，摘得冠军。\n";
  auto findings = run_rule(rule(), text);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].matched_text == "脚蹬马靴，在草地上展开激烈角逐");
  CHECK(findings[0].location.span.begin == text.find("\n\n") + 2);
  REQUIRE(findings[0].related.size() == 1);
  CHECK(findings[0].related[0].location.span.begin == text.find("脚蹬马靴"));
  // A short echo across the break is no overlap (under overlap_min_chars).
  CHECK(run_rule(rule(), "会议要求，要认真学习全会精神\n\n全会精神是行动指南。\n").empty());
  // Nor is a paragraph that only starts like the previous one ends, without the copy.
  CHECK(run_rule(rule(), "会议要求，要认真学习贯彻全会精神。\n\n学习贯彻全会精神，要坚持学以致用。\n").empty());

  auto en = shipped_rule("en.duplicate-passage");
  REQUIRE(en);
  const std::string story =
      "Prosecutors said Delgado created a shell company and billed the pantry for deliveries that never arrived.\n\n"
      "billed the pantry for deliveries that never arrived. Over five years, the company received 300 payments.\n";
  CHECK(matched(run_rule(*en, story)) == std::vector<std::string>{"billed the pantry for deliveries that never arrived."});
}

TEST_CASE("a whole English sentence repeated later in the story", "[duplicate-passage]") {
  auto en = shipped_rule("en.duplicate-passage");
  REQUIRE(en);
  const std::string sentence =
      "Surveillance video played at trial showed a man in a dark hooded sweatshirt walking behind Hale toward his car "
      "minutes before the shooting.";
  // One sentence of 116 letters: shorter than twice min_chars and without a
  // clause break inside, but a sentence of its own, which no name or title is.
  const std::string story = "Jury convicts man\n\nKNOXVILLE, Tenn. (AP) — A jury convicted a man on Friday.\n\n"
                            "Brandt shot him twice when he refused. " + sentence + "\n\nThe defense rested.\n\n" +
                            "Carter leaned heavily on the footage in the rebuttal. " + sentence +
                            " Carter paused the recording.\n";
  CHECK(matched(run_rule(*en, story)) == std::vector<std::string>{sentence});
  // The copy starts at its sentence, not at the tail of the one before it
  // (rested. / refused. end alike).
  const std::string after_break = "Jury convicts man\n\nKNOXVILLE, Tenn. (AP) — A jury convicted a man on Friday.\n\n"
                                  "Brandt shot him twice when he refused. " + sentence +
                                  "\n\nThe defense rested.\n\n" + sentence + " Carter paused the recording.\n";
  CHECK(matched(run_rule(*en, after_break)) == std::vector<std::string>{sentence});
  // A closing straight quote after the sentence before ends it too.
  const std::string after_quote = "Jury convicts man\n\nKNOXVILLE, Tenn. (AP) — A jury convicted a man on Friday.\n\n"
                                  "\"He refused,\" the prosecutor said. \"Then he ran.\"\n\n" + sentence +
                                  " The defense rested.\n\nCarter leaned on the footage.\n\n" + sentence + "\n";
  CHECK(matched(run_rule(*en, after_quote)) == std::vector<std::string>{sentence});
  // A decimal point is no sentence end.
  CHECK(run_rule(*en, "Headline\n\nThe fund held 113.66 million shares on Friday.\n\nIt sold 2.66 million shares.\n").empty());
}
