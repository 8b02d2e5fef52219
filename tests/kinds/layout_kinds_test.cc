// Layout, script and punctuation kinds on sentences written for the tests.
#include <catch2/catch.hpp>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "extract/rare_characters.h"
#include "kinds/layout_text.h"
#include "kinds/traditional_characters.h"
#include "report/text_report.h"
#include "support/test_support.h"

using namespace copydesk;
using namespace copydesk::testing;

namespace {

std::vector<Finding> check(const std::string& id, const std::string& text) { return run_rule(*shipped_rule(id), text); }

}  // namespace

TEST_CASE("sentence ends and joins", "[layout]") {
  CHECK(ends_paragraph("他说：“我们走。”"));
  CHECK(ends_paragraph("具体如下："));
  CHECK(ends_paragraph("迈进——"));
  CHECK(ends_paragraph("It rained. "));
  CHECK_FALSE(ends_paragraph("按照工作要求，精准把握"));
  CHECK_FALSE(ends_paragraph("the cat sat on the"));
  CHECK(ends_paragraph("设计图纸, ■下转第5版"));
  CHECK(join_fragments("精准把握", "政策导向") == "精准把握政策导向");
  CHECK(join_fragments("the cat sat on", "the mat") == "the cat sat on the mat");
  CHECK(join_fragments("共计20", "21年") == "共计2021年");
  CHECK(display_width("中文ab") == 6);
}

TEST_CASE("a paragraph broken mid-sentence is reported with a joining fix", "[layout]") {
  auto f = check("zh-Hans.broken-paragraph", "今年以来，全市上下认真落实各项部署，稳步推进\n\n重点项目建设，成效明显。\n");
  REQUIRE(f.size() == 1);
  CHECK(f[0].matched_text == "稳步推进\n\n重点项目");
  REQUIRE(f[0].fix);
  CHECK(*f[0].fix == "稳步推进重点项目");

  SECTION("a number split from its unit") {
    auto g = check("zh-Hans.broken-paragraph", "据统计，当年共接待游客1942\n\n万人次，同比增长。\n");
    REQUIRE(g.size() == 1);
    CHECK(g[0].message.find("unit") != std::string::npos);
  }
  SECTION("two numbers are never joined by the fix") {
    auto g = check("zh-Hans.broken-paragraph", "据统计，当年共接待游客共计20\n\n21万人次，同比增长。\n");
    REQUIRE(g.size() == 1);
    CHECK_FALSE(g[0].fix);
  }
  SECTION("a layout overlap is left to duplicate-passage: joining would keep the copy") {
    CHECK(check("zh-Hans.broken-paragraph",
                "512名搏克手身着摔跤坎肩，脚蹬马靴，在草地上展开激烈角逐\n\n脚蹬马靴，在草地上展开激烈角逐。最终牧民夺冠。\n")
              .empty());
  }
  SECTION("a headline dropped into a sentence") {
    auto g = check("zh-Hans.broken-paragraph", "研究团队优化工艺，使发酵产量提\n\n## 创新驱动\n\n升了三成，效益明显。\n");
    REQUIRE(g.size() == 1);
    CHECK_FALSE(g[0].fix);
    CHECK(g[0].matched_text.find("产量提") != std::string::npos);
  }
}

TEST_CASE("an English paragraph broken mid-sentence, or mid-word at a hyphen", "[layout][en]") {
  auto f = check("en.broken-paragraph",
                 "Museum opens new wing\n\nCHICAGO — The Field Museum opened a new wing on Friday that will house more "
                 "than\n\n400 fossils from the museum's collection.\n");
  REQUIRE(f.size() == 1);
  CHECK(f[0].matched_text == "house more than\n\n400 fossils");  // whole words on each side
  CHECK(f[0].fix == std::optional<std::string>("house more than 400 fossils"));

  auto h = check("en.broken-paragraph",
                 "Officials said the wing took two years to build, with most of the money coming from private do-\n\n"
                 "nors in the city.\n");
  REQUIRE(h.size() == 1);
  CHECK(h[0].message.find("hyphenated") != std::string::npos);
  CHECK(h[0].message.find("(“private donors in the”)") != std::string::npos);
  CHECK_FALSE(h[0].fix);  // well-known or donors: a reader decides

  // Paragraphs that end as sentences do, inside quotes too, and a short line
  // that may be a headline are left alone.
  CHECK(check("en.broken-paragraph", "“We are ready,” she said of the plan.\n\nThe vote is on Monday.\n").empty());
  CHECK(check("en.broken-paragraph", "The mayor said, “We will vote on it.”\n\nThe vote is on Monday.\n").empty());
  CHECK(check("en.broken-paragraph", "Museum opens new wing\n\nThe museum opened a new wing on Friday.\n").empty());
}

TEST_CASE("a fragment taken for a headline is joined when the words across the break recur", "[layout]") {
  std::string text = "会上成立了技术经理人联盟。\n\n同期启动区域协同\n\n创新总部建设，发布区域协同创新总部服务清单。\n";
  auto f = check("zh-Hans.broken-paragraph", text);
  REQUIRE(f.size() == 1);
  CHECK(*f[0].fix == "区域协同创新总部");
  CHECK(check("zh-Hans.broken-paragraph", "会上成立了技术经理人联盟。\n\n同期启动区域协同\n\n创新总部建设稳步推进。\n").empty());
}

TEST_CASE("headlines, bylines, captions and datelines are not broken sentences", "[layout]") {
  const char* texts[] = {
      "绿色转型 全民同行\n\n本报6月16日讯（记者 王磊）活动在大学启动。\n",
      "多彩活动迎端午\n\n6月16日，市民在公园包粽子。\n\n本报记者 王磊 摄\n",
      "会议强调，要抓好落实，具体要求如下：\n\n一是压实责任。\n",
      "记者从农牧局获悉，该项目进展顺利，设计图纸 ■下转第5版\n\n下一篇文章正文。\n",
      "全区各地迅速掀起学习热潮\n——全区各地学习贯彻全会精神\n\n## 决战六十天\n",
      "这是最后一段，文字在页尾被截断\n",
      "一、坚持党的全面领导，确保改革正确方向\n\n各地各部门要提高政治站位。\n",
      "（二）加强队伍建设，提升履职能力\n\n要健全培训机制。\n",
  };
  for (const char* text : texts) {
    INFO(text);
    CHECK(check("zh-Hans.broken-paragraph", text).empty());
  }
}

TEST_CASE("hard-wrapped text is reported once with the count", "[layout]") {
  std::string text =
      "“十三五”以来，面对复杂多变的\n经济环境和艰巨繁重的改革发展稳\n定任务，通辽市坚定不移走以生态优\n"
      "先、绿色发展为导向的高质量发展新\n路子，坚持稳中求进工作总基调，以\n供给侧结构性改革为主线，着力打好\n"
      "三大攻坚战。\n";
  auto f = check("zh-Hans.hard-wrapped-lines", text);
  REQUIRE(f.size() == 1);
  CHECK(f[0].message.find("6 lines") != std::string::npos);
  REQUIRE(f[0].fix);
  CHECK(f[0].fix->find('\n') == std::string::npos);

  SECTION("lines that end sentences are left alone") {
    CHECK(check("zh-Hans.hard-wrapped-lines", "全市今年新建公园三十二个。\n改造老旧小区一百五十个。\n新增绿地面积二十公顷。\n")
              .empty());
  }
  SECTION("tables and lists are not wrapped prose") {
    CHECK(check("zh-Hans.hard-wrapped-lines",
                "玉米产量    五百零五万吨\n肉牛存栏    一百二十万头\n羊只存栏    六百三十万只\n生猪存栏    八十五万口\n"
                "家禽存栏    九百六十万只\n奶牛存栏    十二万三千头\n")
              .empty());
    CHECK(check("zh-Hans.hard-wrapped-lines",
                "主要任务如下，分项说明：\n- 加快推进玉米全株深度转化利用\n- 推进肉牛全牛产品开发利用工作\n"
                "- 提升区域公用品牌的市场价值量\n- 建设配套服务东北制造的基地群\n- 打造国内最具成本竞争力的基地\n")
              .empty());
  }
  SECTION("a single break in a page that is not wrapped is a broken paragraph") {
    // Too few wrapped lines to call the page hard-wrapped: each line is a
    // paragraph, and the break inside the word is the broken-paragraph rule's.
    std::string text = "全市今年新建公园三十二个，改造老旧小\n区一百五十个，新增绿地面积二十公顷。\n城市面貌焕然一新。\n";
    CHECK(check("zh-Hans.hard-wrapped-lines", text).empty());
    auto g = check("zh-Hans.broken-paragraph", text);
    REQUIRE(g.size() == 1);
    CHECK(*g[0].fix == "造老旧小区一百五");
  }
}

TEST_CASE("one hard-wrapped English paragraph among unwrapped ones is reported once", "[layout]") {
  // A small letter after a word tells the break; the lines' widths vary.
  std::string text =
      "ST. LOUIS (AP) — The tournament ended on Tuesday with a draw in the final round.\n\n"
      "The decisive win came in the sixth round, when he sacrificed a rook\n"
      "against the top seed on move 23 and converted a long endgame\n"
      "more than six hours after the game began. Spectators in the\n"
      "basement viewing room applauded when his opponent resigned.\n\n"
      "He will next play in the national championship.\n";
  auto f = check("en.hard-wrapped-lines", text);
  REQUIRE(f.size() == 1);
  CHECK_THAT(f[0].message, Catch::Contains("3 of its lines"));
  REQUIRE(f[0].fix);
  CHECK(f[0].fix->find('\n') == std::string::npos);
  CHECK_THAT(*f[0].fix, Catch::Contains("rook against"));
  // Lines that start sentences or end them are not wrapped.
  CHECK(check("en.hard-wrapped-lines",
              "The board met on Tuesday.\nIt approved the budget.\nMembers then adjourned for the day.\n")
            .empty());
}

TEST_CASE("a short English paragraph the next one goes on with from a small letter", "[layout][en]") {
  auto f = check("en.broken-paragraph",
                 "The city approved it.\n\nUnder the plan, the city will add\n\nflexible posts and low curbs along "
                 "Front Street to separate riders.\n");
  REQUIRE(f.size() == 1);
  CHECK_THAT(f[0].message, Catch::Contains("will add"));
  CHECK(check("en.broken-paragraph",
              "The city approved it.\n\nUnder the plan, the city will add posts.\n\nflexible posts are cheap, the "
              "engineer said.\n")
            .empty());
}

TEST_CASE("a paragraph of two lines broken before a small letter", "[layout][en]") {
  auto f = check("en.hard-wrapped-lines",
                 "The board met on Tuesday.\n\nDahl said the district's transpor\ntation office will report each "
                 "semester.\n\nWork begins in May.\n");
  REQUIRE(f.size() == 1);
  CHECK_THAT(f[0].message, Catch::Contains("line break splits the sentence"));
  // A capital after the break may start a sentence or a line of its own.
  CHECK(check("en.hard-wrapped-lines",
              "The board met on Tuesday.\n\nDahl said the office will report.\nThe board agreed on Monday.\n")
            .empty());
}

TEST_CASE("half-width punctuation in Chinese", "[punctuation]") {
  SECTION("a few marks are reported one by one with a fix") {
    auto f = check("zh-Hans.half-width-punctuation", "会议指出,要抓好落实。他说:好!");
    REQUIRE(f.size() == 3);
    CHECK(*f[0].fix == "，");
    CHECK(*f[1].fix == "：");
    CHECK(*f[2].fix == "！");
  }
  SECTION("a full stop between Han characters; a decimal point or an abbreviation is none") {
    auto f = check("zh-Hans.half-width-punctuation", "一盏灯要刻上万刀.今年加入了灯谜。");
    REQUIRE(f.size() == 1);
    CHECK(*f[0].fix == "。");
    CHECK(check("zh-Hans.half-width-punctuation", "亩产3.6吨，U.S.代表团和www.gov.cn网站。").empty());
  }
  SECTION("text using them throughout gets one finding with the count") {
    std::string text = "一是抓落实,二是抓整改,三是抓督导,四是抓宣传,五是抓总结(试行)。\n";
    auto f = check("zh-Hans.half-width-punctuation", text);
    REQUIRE(f.size() == 1);
    CHECK(f[0].message.find("6") != std::string::npos);
    CHECK(f[0].fix->find(',') == std::string::npos);
    CHECK(f[0].fix->find("（试行）") != std::string::npos);
  }
  SECTION("numbers, times and English are left alone") {
    CHECK(check("zh-Hans.half-width-punctuation", "产值1,250亿元，会议12:30开始，DENVER (AP) — It rained, then cleared.")
              .empty());
    CHECK(check("zh-Hans.half-width-punctuation", "标题\n\nThe sign read \"open\" all day.").empty());
  }
  SECTION("straight quotes take turns within a paragraph: “ then ”") {
    auto f = check("zh-Hans.half-width-punctuation", "他说：\"好好学习。\"大家鼓掌。\n\n\"天天向上\"的口号");
    REQUIRE(f.size() == 4);
    CHECK(*f[0].fix == "“");
    CHECK(*f[1].fix == "”");
    CHECK(*f[2].fix == "“");  // a new paragraph opens again
    CHECK(*f[3].fix == "”");
  }
}

TEST_CASE("paired marks", "[punctuation]") {
  CHECK(check("zh-Hans.paired-marks", "打造“五大产业集”群、建设“六个通辽”，壮大产业集群。").size() == 1);
  CHECK(check("zh-Hans.paired-marks", "“十三五”期间，打造“五大产业集群”。").empty());
  CHECK(check("zh-Hans.paired-marks", "他说：“第一段。\n\n“第二段。”\n").empty());
  CHECK(check("zh-Hans.paired-marks", "他说：“第一段。\n\n大家鼓掌。\n").size() == 1);
  CHECK(check("zh-Hans.paired-marks", "报道称，记者 王磊）当天到达。").size() == 1);
  CHECK(check("zh-Hans.paired-marks", "主要措施：\n1）加强领导；\n2）落实责任；a) 其他。").empty());
  SECTION("a quotation cut by a broken paragraph is matched across the break") {
    CHECK(check("zh-Hans.paired-marks", "在减材料方面，彻底清理了“兜\n\n底性材料”，实现无差别办理。\n").empty());
  }
  SECTION("every pair is matched among marks that share their first bytes") {
    // ，。、：；！？—…〒 start with the same bytes as the pairs and are stepped over.
    CHECK(check("zh-Hans.paired-marks", "甲，乙。丙、丁：戊；己！庚？——辛……〒〓“壬”‘癸’《子》〈丑〉（寅）(卯)【辰】〔巳〕「午」『未』。")
              .empty());
    CHECK(check("zh-Hans.paired-marks", "甲，乙。〔巳〕〕『未』』。").size() == 2);
  }
  SECTION("a cut word is reported wherever the two characters stand together") {
    CHECK(check("zh-Hans.paired-marks", "产业集群很多。打造“五大产业集”群、建设。").size() == 1);
    CHECK(check("zh-Hans.paired-marks", "打造“五大产业集”群、建设。").empty());  // 集群 occurs nowhere else
    CHECK(check("zh-Hans.paired-marks", "打造“五大产业𠀀”群、建设𠀀群。").size() == 1);  // a four-byte character
  }
  SECTION("many cut words are looked up together") {
    std::string text;
    const std::u32string han = U"甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
    std::string used = "。另有";
    for (size_t i = 0; i < 20; ++i) {
      std::u32string pair{han[i], han[(i * 7 + 3) % 22]};
      if (pair[1] == pair[0]) pair[1] = U'群';
      std::string first, second;
      append_utf8(first, pair[0]);
      append_utf8(second, pair[1]);
      text += "打造“五大" + first + "”" + second + "、";
      if (i % 3 == 0) used += first + second + "，";
    }
    CHECK(check("zh-Hans.paired-marks", text + used + "等。").size() == 7);
  }
}

TEST_CASE("a bracket closed on the next line of a broken caption pairs up", "[punctuation]") {
  const std::string caption = "Ana Ruiz pulls a tray of conchas from the oven on Tuesday. (Staff photo by Marcus\nMarcus Lee)";
  CHECK(check("en.paired-marks", "Bakery gets a loan\n\nThe city lent $12,000 to the bakery.\n\n" + caption + "\n").empty());
  // A blank line between is another paragraph: the bracket stays open there.
  CHECK(check("en.paired-marks", "Bakery gets a loan\n\nThe city lent $12,000 to the bakery (a first\n\nand more.\n").size() == 1);
}

TEST_CASE("straight double quotes take turns opening and closing", "[punctuation]") {
  auto one = [](const std::string& text) {
    auto f = check("en.paired-marks", text);
    return f.size() == 1 ? f[0].matched_text + "@" + std::to_string(f[0].location.start_column) : std::to_string(f.size());
  };
  // Left open at the end of the paragraph: the quote that opened is reported.
  CHECK(one("\"We can,\" she said. \"We will.\n\nThe fire grew.") == "\"@21");
  // None open, and one stands like a closer: it closed nothing.
  CHECK(one("He called it dead,\" the mayor said.") == "\"@19");
  CHECK(one("\"We can,\" she said. \"We will.\"") == "0");
  // A quotation over several paragraphs opens each and closes the last.
  CHECK(one("\"First paragraph.\n\n\"Second paragraph.\"") == "0");
  CHECK(one("\"First paragraph.\n\nThe second has none.") == "\"@1");
  // After a figure with none open, an inch mark; with one open, the close.
  CHECK(one("A 12\" main burst under the 5'11\" statue.") == "0");
  CHECK(one("\"We won 3-0\" he said.") == "0");
  // Headlines are checked on their own.
  CHECK(one("Mayor calls plan \"dead\"\n\n\"It is over,\" he said.") == "0");
  // A curly quote closed by a straight one: one finding, at the curly mark.
  CHECK(one("“We had a mill,\" said the chair. \"We did it ourselves.\"") == "“@1");
  CHECK(one("“We had a mill,” said the chair. \"We did it ourselves.\"") == "0");
  CHECK(one("“We had a mill, said the chair.\n\nThe vote was 5-2.") == "“@1");  // unclosed, as before
  // A quotation opens while one is open: the first was never closed, and the
  // finding goes to its attribution, or to its opening mark without one.
  CHECK(one("\"Rents went up faster than that, said Maria Delgado. \"People work two jobs.\"") == ", said@32");
  CHECK(one("\"Rents went up faster than that, Maria Delgado told reporters. \"People work.\"") ==
        ", Maria Delgado told@32");
  CHECK(one("\"Rents went up faster than that. \"People work two jobs.\"") == "\"@1");
  // Scare quotes mid-sentence still take turns.
  CHECK(one("He called it \"fair\" and \"balanced.\"") == "0");
  // Only where the pack asks for it: Chinese copy has its own marks.
  CHECK(check("zh-Hans.paired-marks", "他说\"我们能行。\n\n大家鼓掌。").empty());
}

TEST_CASE("traditional characters", "[script]") {
  auto f = check("zh-Hans.traditional-characters", "巴彥旗生产生物防腐劑，著名企业在乾隆年间创立于此。");
  REQUIRE(f.size() == 2);
  CHECK(f[0].matched_text == "彥");
  CHECK(*f[0].fix == "彦");
  CHECK(*f[1].fix == "剂");
  CHECK(check("zh-Hans.traditional-characters", "蘇州銀行开业。").empty());  // allowlisted
  // 後 is in GB 2312, yet simplified text writes 后 for every use; 著 and 乾 stay.
  auto later = check("zh-Hans.traditional-characters", "烘干後的玉米由著名企业收购，乾坤已定。");
  REQUIRE(later.size() == 1);
  CHECK(later[0].matched_text == "後");
  CHECK(*later[0].fix == "后");
  CHECK_THAT(copydesk::testing::rule_load_error("kind: traditional-characters\ncategory: script\nmessage: {en: x, zh: x}\n"
                                                "options:\n  traditional_in_gb2312: [后来]\n"),
             Catch::Contains("traditional_in_gb2312 must list single characters"));
  SECTION("a traditional text is reported once") {
    std::string text = "這是一篇用繁體字寫成的文章，記者從現場發回報導，內容涉及經濟發展與環境保護等議題。";
    auto g = check("zh-Hans.traditional-characters", text);
    REQUIRE(g.size() == 1);
    CHECK_FALSE(g[0].fix);
  }
}

TEST_CASE("the built-in simplified forms are ICU's Hant-Hans transform", "[script]") {
  // The table is generated from ICU when copydesk is built: each Han character
  // outside GB 2312 must get what the transform itself gives, and no other
  // character any form.
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> icu_transform(
      icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
  REQUIRE(U_SUCCESS(status));
  size_t changed = 0;
  for (char32_t c = 0x2E80; c < 0x32000; ++c) {
    std::optional<std::string> ours = TraditionalCharactersKind::simplified(c);
    if (!is_han(c) || in_gb2312(c)) {
      REQUIRE_FALSE(ours);
      continue;
    }
    icu::UnicodeString s(static_cast<UChar32>(c));
    icu_transform->transliterate(s);
    std::optional<std::string> expected;
    if (s != icu::UnicodeString(static_cast<UChar32>(c))) {
      std::string utf8;
      s.toUTF8String(utf8);
      expected = utf8;
    }
    INFO("U+" << std::hex << static_cast<uint32_t>(c));
    REQUIRE(ours == expected);
    changed += expected ? 1 : 0;
  }
  CHECK(changed > 1000);
  CHECK(TraditionalCharactersKind::simplified(U'劑') == "剂");
  CHECK_FALSE(TraditionalCharactersKind::simplified(U'乾'));  // in GB 2312: a simplified character too
  CHECK_FALSE(TraditionalCharactersKind::simplified(U'a'));
}

TEST_CASE("font artifacts", "[script]") {
  auto f = check("common.font-artifacts", "\u2F08民日报与\uFFFD字");
  REQUIRE(f.size() == 2);
  REQUIRE(f[0].fix);
  CHECK(*f[0].fix == "人");
  CHECK_FALSE(f[1].fix);
  CHECK(check("common.font-artifacts", "人民日报").empty());
  // Latin ligatures stand for their letters; adjacent ones are one finding.
  auto lig = check("common.font-artifacts", "The of\uFB03cial \uFB02ow and \uFB00\uFB01 test.");
  REQUIRE(lig.size() == 3);
  CHECK(lig[0].matched_text == "\uFB03");
  REQUIRE(lig[0].fix);
  CHECK(*lig[0].fix == "ffi");
  REQUIRE(lig[2].fix);
  CHECK(*lig[2].fix == "fffi");
  CHECK_THAT(lig[0].message, Catch::Contains("ligature (U+FB03)"));
}

TEST_CASE("numbered headings, story openings and sentence marks without regexes", "[layout]") {
  auto body = [](const std::string& s) { return is_body_block(Block{{0, s.size()}, BlockKind::kParagraph}, s); };
  CHECK_FALSE(body("一、坚持党的全面领导，确保改革方向"));
  CHECK_FALSE(body("（十二）加强组织领导，抓好落实"));
  CHECK_FALSE(body("12.完善制度，形成合力"));
  CHECK_FALSE(body("第三，强化保障，务求实效"));
  CHECK(body("一二三四、四个数字太多，不是序号"));
  CHECK(body("123.三位数字不是序号，照常算正文"));
  CHECK(body("（一二三四）括号里太多，也算正文"));
  CHECK(starts_story("□ 本报记者从自治区获悉"));
  CHECK(starts_story("\u3000人民日报评论员文章"));
  CHECK_FALSE(starts_story("本次会议强调"));
  CHECK(has_sentence_punctuation("一段很长的没有标点的文字然后，"));
  CHECK(has_sentence_punctuation("中文,半角逗号"));
  CHECK_FALSE(has_sentence_punctuation("English, with a comma"));
  CHECK_FALSE(has_sentence_punctuation("标题：冒号不算"));
}

TEST_CASE("has_sentence_punctuation: a mark at any place, and look-alikes", "[layout]") {
  // Prefixes of every length (the block scan reads sixteen bytes at a time),
  // then a mark, or bytes that begin like one but are none (：《 a, ,).
  const std::string pieces[] = {"中", "a", "“", "1"};
  for (size_t n = 0; n < 40; ++n) {
    std::string prefix;
    for (size_t i = 0; i < n; ++i) prefix += pieces[(i * 7 + n) % 4];
    for (std::string mark : {"，", "。", "、", "；", "？", "！"}) {
      INFO(n << " " << mark);
      CHECK(has_sentence_punctuation(prefix + mark + "文字"));
    }
    INFO(n);
    CHECK_FALSE(has_sentence_punctuation(prefix + "：《》a, 1;" + prefix));
    CHECK(has_sentence_punctuation(prefix + "：《》a, 1;中;" + prefix) == true);
    CHECK(has_sentence_punctuation(prefix + "中,") == true);
    CHECK(has_sentence_punctuation(prefix + "\xEF\xBC") == false);  // cut at the end
  }
}

TEST_CASE("the size of an unwrapped text without building it", "[layout]") {
  std::string text = "全市今年新建公园三十二个，改造老旧小\n区一百五十个，新增绿地 the\ncity said 20\n21年城市面貌焕然一新。";
  std::vector<WrappedBreak> breaks;
  for (size_t nl = text.find('\n'), start = 0; nl != std::string::npos; start = nl + 1, nl = text.find('\n', start)) {
    breaks.push_back({{start, nl}});
  }
  Span span{0, text.size()};
  UnwrappedSize size = unwrapped_size(text, span, breaks);
  std::string unwrapped = unwrap(text, span, breaks);
  CHECK(size.bytes == unwrapped.size());
  CHECK(size.changed == (unwrapped != text));
  CHECK(unwrapped.find("小区") != std::string::npos);
  CHECK(unwrapped.find("20\n21") != std::string::npos);  // two numbers are not joined
  UnwrappedSize none = unwrapped_size(text, span, {});
  CHECK(none.bytes == text.size());
  CHECK_FALSE(none.changed);
}

TEST_CASE("display_columns is display_width", "[layout]") {
  const std::vector<std::string> pieces = {"中", "一", "丁", "龥", "㐀", "ａ", "ｱ", "a", " ", "\t", "，", "。", "“", "—",
                                           "…", "·", "é", "가", "𠀀", "😀", "\u3000", "5", "《", "》", "\n"};
  std::mt19937 rng(3);
  for (int round = 0; round < 5000; ++round) {
    std::string s;
    for (size_t i = rng() % 30; i > 0; --i) s += pieces[rng() % pieces.size()];
    INFO(s);
    REQUIRE(display_columns(s) == display_width(s));
  }
  // Long runs of ideographs (read five at a time) broken by others: 国年龥 lead
  // with E5-E9, 中 with E4 B8; \u4DC0 (E4 B7), 㐀 (E3) and ｱ (EF) are not
  // ideographs.
  const std::vector<std::string> han = {"国", "年", "龥", "中", "\u4DC0", "㐀", "ｱ", "a", "，"};
  for (int round = 0; round < 5000; ++round) {
    std::string s;
    for (size_t i = rng() % 60; i > 0; --i) {
      const size_t pick = rng() % 4 == 0 ? han.size() : 4;
      s += han[rng() % pick];
    }
    INFO(s);
    REQUIRE(display_columns(s) == display_width(s));
  }
}

TEST_CASE("trim_blanks takes blanks off both ends and nothing else", "[layout]") {
  CHECK(trim_blanks("") == "");
  CHECK(trim_blanks("正文") == "正文");
  CHECK(trim_blanks(" \t正文\r") == "正文");
  CHECK(trim_blanks("\u3000\u3000正文\u00A0") == "正文");
  CHECK(trim_blanks("\u00A0 \u3000") == "");
  // Bytes that only look like the end of a blank: 亀 is E4 BA 80, 〠 is E3 80 A0.
  CHECK(trim_blanks("正\u4E80") == "正\u4E80");
  CHECK(trim_blanks("\u3020文") == "\u3020文");
  CHECK(trim_blanks("文 \u3000") == "文");
}

TEST_CASE("before_headline: false leaves a paragraph cut off before a headline alone", "[layout]") {
  const std::string text = "研究团队优化工艺，使发酵产量提\n\n## 创新驱动\n\n升了三成，效益明显。\n";
  auto rule = rule_from_yaml("kind: broken-paragraph\ncategory: layout\nmessage: {en: cut, zh: cut}\n"
                             "options: {before_headline: false}\n");
  CHECK(run_rule(*rule, text).empty());
  CHECK(check("zh-Hans.broken-paragraph", text).size() == 1);  // on by default
}

TEST_CASE("English text hard-wrapped at a column is one finding whose fix joins the lines", "[layout][en]") {
  const std::string wrapped =
      "CHICAGO — The Field Museum opened a new wing on Friday that will\n"
      "house more than 400 fossils from the museum collection, including\n"
      "a nearly complete skeleton of a young Tyrannosaurus found in Montana\n"
      "in 2019. Officials said the wing cost $12 million and took two years\n"
      "to build, with most of the money coming from private donors in the\n"
      "city and the state. The museum expects more than a million visitors\n"
      "to see the new wing in its first year, a spokeswoman said.\n";
  auto f = check("en.hard-wrapped-lines", wrapped);
  REQUIRE(f.size() == 1);
  REQUIRE(f[0].fix);
  CHECK(f[0].fix->find("will house more than") != std::string::npos);
  CHECK(f[0].fix->find('\n') == std::string::npos);
  // One sentence a line, and a list, are not wrapped prose.
  CHECK(check("en.hard-wrapped-lines", "The museum opened a new wing on Friday.\nIt will house 400 fossils.\n"
                                       "Most of the money came from private donors.\nThe wing took two years.\n")
            .empty());
  CHECK(check("en.hard-wrapped-lines", "Schools closed on Monday\nRoads closed in the north\n"
                                       "Power lines down in Aurora\nTrains delayed by an hour\n")
            .empty());
}

TEST_CASE("English quotes and brackets that do not pair up; apostrophes are no quotes", "[layout][en]") {
  auto open = check("en.paired-marks", "“We will finish the bridge by May, the mayor said.\n\nThe council voted 5-2.\n");
  REQUIRE(open.size() == 1);
  CHECK(open[0].matched_text == "“");
  CHECK(check("en.paired-marks", "The plan (approved on Tuesday will cost $12 million.\n").size() == 1);
  // A parenthesis closed by a square bracket: one mismatched pair.
  auto mismatched = check("en.paired-marks", "She expects 7,600 barrels (roughly 760,000 pounds] this fall.\n");
  REQUIRE(mismatched.size() == 1);
  CHECK(mismatched[0].matched_text == "(roughly 760,000 pounds]");
  CHECK(check("en.paired-marks", "He said the plan [sic] (approved Tuesday) works.\n").empty());
  // The next paragraph opens a quote, but this one names its speaker inside
  // the open quotation: its closing mark is missing, it does not run on.
  auto named = check("en.paired-marks",
                     "“We had to rebuild the wheel, he said. Only the axle was saved.\n\n“It was hard,” said Amy Corder.\n");
  REQUIRE(named.size() == 1);
  CHECK(named[0].location.span.begin == 0);
  CHECK(check("en.paired-marks", "“We had to rebuild the wheel, said Graham Pell. It took years.\n\n“It was hard,” she said.\n")
            .size() == 1);
  // In Chinese, a sentence about the speaker after a sentence's end (他表示).
  CHECK(check("zh-Hans.paired-marks", "他说：“冬泳我坚持了30年，冬天不下水反而浑身不得劲。他表示，明年还会来。\n\n“冬泳能锻炼人。”医生说。\n")
            .size() == 1);
  CHECK(check("zh-Hans.paired-marks", "他说：“冬泳我坚持了30年，冬天不下水反而浑身不得劲。\n\n“冬泳能锻炼人，也要量力而行。”\n")
            .empty());
  const char* fine[] = {
      "The band played rock ’n’ roll for the players’ union and the ’80s crowd, who called it ‘green’ music.\n",
      "Smith (“yes,” she said) agreed. The O’Neills’ son said, “It was ‘the best night’ of the year.”\n",
      "“We can’t—” she began.\n",
      "“The first part of a long statement runs here.\n\n“And it ends here,” the mayor said.\n",
      "Items: (a) roads; (b) parks; 1) schools; 2) libraries.\n",
  };
  for (const char* text : fine) {
    INFO(text);
    CHECK(check("en.paired-marks", text).empty());
  }
}
