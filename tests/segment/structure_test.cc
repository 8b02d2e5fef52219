#include <catch2/catch.hpp>

#include <string>

#include "segment/block_classifier.h"
#include "segment/block_splitter.h"
#include "segment/sentences.h"
#include "segment/structure.h"
#include "segment_test_helpers.h"

using namespace copydesk;
using copydesk::testing::article_of;
using copydesk::testing::describe_blocks;
using copydesk::testing::kind_of;

// Snippets below are short excerpts of real pages (cut and joined), so the
// structure around each element is the one the checker meets in practice.

namespace {

// The text of each block split_blocks() cuts `text` into.
std::vector<std::string> block_texts(const std::string& text) {
  std::vector<std::string> blocks;
  for (const RawBlock& b : split_blocks(text).blocks) blocks.emplace_back(b.span.of(text));
  return blocks;
}

}  // namespace

TEST_CASE("A headline, its dateline and its body make one article", "[segment][structure]") {
  std::string text =
      "京津冀蒙技术经理人联盟成立\n\n"
      "本报6月16日讯（记者 孙柳 阿妮尔）6月16日，由内蒙古自治区科学技术协会主办的活动举行。\n\n"
      "活动现场签署了《京津冀蒙技术经理人联盟共建合作备忘录》。\n\n"
      "前5个月满洲里口岸出入境人员突破40万人次\n\n"
      "本报呼伦贝尔6月16日电（记者 梁亮 通讯员 徐璐）据满洲里出入境边防检查站统计：客流规模创新高。\n";
  Structure s = Structure::compute(text);
  INFO(Catch::Detail::stringify(describe_blocks(text, s)));
  REQUIRE(s.articles.size() == 2);
  const Article& first = s.articles[0];
  CHECK(first.opened_by == ArticleStart::kHeadline);
  REQUIRE(first.headline);
  CHECK(s.blocks[*first.headline].span.of(text) == "京津冀蒙技术经理人联盟成立");
  REQUIRE(first.dateline);
  CHECK(first.dateline->of(text) == "本报6月16日讯");
  REQUIRE(first.dateline_credit);
  CHECK(first.dateline_credit->of(text) == "（记者 孙柳 阿妮尔）");
  REQUIRE(s.articles[1].dateline);
  CHECK(s.articles[1].dateline->of(text) == "本报呼伦贝尔6月16日电");
  CHECK(article_of(text, s, "活动现场签署了") == 0);
  CHECK(article_of(text, s, "前5个月") == 1);
}

TEST_CASE("Subtitles and a byline under a headline", "[segment][structure]") {
  std::string text =
      "从原粮到原料\n\n"
      "开鲁县玉米产业迈向高端“智造”\n\n"
      "□本报记者 鲍庆胜 实习生 秦英\n\n"
      "一粒普通玉米，如何跳出售卖原粮局限，实现价值倍增？\n";
  Structure s = Structure::compute(text);
  CHECK(kind_of(text, s, "从原粮到原料") == "headline");
  CHECK(kind_of(text, s, "开鲁县玉米产业迈向高端“智造”") == "subtitle");
  CHECK(kind_of(text, s, "□本报记者 鲍庆胜 实习生 秦英") == "byline");
  REQUIRE(s.articles.size() == 1);
  REQUIRE(s.articles[0].byline);
  CHECK(*s.articles[0].byline == 2);

  std::string dash =
      "四中全会精神在基层  \n——一片山的「剪枝」与一座城的「碳」路\n\n本报记者  \n蔡冬梅\n\n"
      "秋日的大青山,天高云淡。\n";
  Structure d = Structure::compute(dash);
  CHECK(kind_of(dash, d, "四中全会精神在基层") == "headline");
  CHECK(kind_of(dash, d, "——一片山的「剪枝」与一座城的「碳」路") == "subtitle");
  CHECK(kind_of(dash, d, "本报记者  \n蔡冬梅") == "byline");
  CHECK(d.articles.size() == 1);
}

TEST_CASE("A local paper's byline, its name and the story's date stay in the story's head", "[segment][structure]") {
  std::string text =
      "City microloan fund has lent $630,000\n\nBy Priya Raman\n\nThe Riverton Ledger\n\nMay 14, 2026\n\n"
      "Two years after Riverton launched a microloan program, the city says 42 owners have borrowed.\n";
  Structure s = Structure::compute(text);
  CHECK(kind_of(text, s, "The Riverton Ledger") == "byline");
  CHECK(kind_of(text, s, "May 14, 2026") == "byline");
  CHECK(s.articles.size() == 1);
  // A line that ends a sentence is no paper's name.
  std::string other = "Title\n\nBy Priya Raman\n\nShe reports.\n\nMay 14, 2026\n\nBody text goes on here.\n";
  CHECK(kind_of(other, Structure::compute(other), "She reports.") != "byline");
}

TEST_CASE("The paper's name on the byline's next line, before the dateline, is part of the byline",
          "[segment][structure]") {
  std::string text =
      "Schools sign bus deal\n\nNew contract adds 180 miles of routes\n\nBy MEGAN TRUAX\nThe Gazette\n\n"
      "CEDAR RAPIDS, Iowa — The district will pay a carrier $4.2 million a year.\n";
  Structure s = Structure::compute(text);
  CHECK(kind_of(text, s, "The Gazette") == "byline");
  CHECK(s.articles.size() == 1);
  // After a blank line and before no dateline, such a line may be the next story's headline.
  std::string next = "Schools sign bus deal\n\nBy MEGAN TRUAX\n\nThe district pays a carrier.\n\nFair opens Friday\n\n"
                     "The county fair opens on Friday.\n";
  CHECK(kind_of(next, Structure::compute(next), "Fair opens Friday") == "headline");
}

TEST_CASE("A byline or a dateline after a story's body starts the next story", "[segment][structure]") {
  std::string text =
      "□本报记者 郭洪申\n\n"
      "“十三五”以来，通辽市坚定不移走以生态优先、绿色发展为导向的高质量发展新路子。\n\n"
      "本报 12 月 14 日讯 （记者 苏永\n生）12月14日，自治区总工会召开职工互助保障座谈会。\n\n"
      "据了解，2020年，全区加入职工互助保障协会单位13837家。\n\n"
      "□本报记者 霍晓庆\n\n"
      "12月10日至13日，中华人民共和国第一届职业技能大赛在广州举行。\n";
  Structure s = Structure::compute(text);
  INFO(Catch::Detail::stringify(describe_blocks(text, s)));
  REQUIRE(s.articles.size() == 3);
  CHECK(s.articles[0].opened_by == ArticleStart::kByline);
  CHECK(s.articles[1].opened_by == ArticleStart::kDateline);
  REQUIRE(s.articles[1].dateline);
  CHECK(s.articles[1].dateline->of(text) == "本报 12 月 14 日讯");
  CHECK(s.articles[2].opened_by == ArticleStart::kByline);
  CHECK(article_of(text, s, "据了解") == 1);
}

TEST_CASE("Photo captions and credits stay with their picture", "[segment][structure]") {
  std::string text =
      "多彩活动迎端午\n\n\n\n"
      "6月16日，呼和浩特市玉泉区五塔寺东街小学学生进行旱地龙舟比赛。\n\n"
      "本报记者 王磊 摄\n\n"
      "冯玉臻（右）调研脱贫工作。 白逸男 摄\n\n"
      "从原粮到原料\n\n"
      "□本报记者 鲍庆胜\n\n"
      "一粒普通玉米，如何跳出售卖原粮局限？\n";
  Structure s = Structure::compute(text);
  INFO(Catch::Detail::stringify(describe_blocks(text, s)));
  CHECK(kind_of(text, s, "多彩活动迎端午") == "headline");
  CHECK(kind_of(text, s, "6月16日，呼和浩特市玉泉区五塔寺东街小学学生进行旱地龙舟比赛。") == "caption");
  CHECK(kind_of(text, s, "本报记者 王磊 摄") == "byline");
  CHECK(kind_of(text, s, "冯玉臻（右）调研脱贫工作。 白逸男 摄") == "caption");
  // A credit closes the photo story; it never opens one.
  CHECK(article_of(text, s, "本报记者 王磊 摄") == 0);
  CHECK(article_of(text, s, "冯玉臻") == 0);
  CHECK(article_of(text, s, "从原粮到原料") == 1);
}

TEST_CASE("Continuation markers end and start stories", "[segment][structure]") {
  std::string text =
      "党旗在基层一线高高飘扬\n\n"
      "这里是廷·巴特尔的第二故乡。同嘎查的牧民负责盖新房,他帮忙设计图纸, ■下转第5版\n\n"
      "■上接第1版 着力推动高质量发展,坚持稳中求进工作总基调。\n\n"
      "会议还研究了其他事项。\n\n"
      "■上接第1版\n\n"
      "8月,内蒙古首座低压固态加氢示范站在包头落成。\n";
  Structure s = Structure::compute(text);
  INFO(Catch::Detail::stringify(describe_blocks(text, s)));
  CHECK(kind_of(text, s, "■下转第5版") == "continuation");
  CHECK(kind_of(text, s, "这里是廷·巴特尔的第二故乡。同嘎查的牧民负责盖新房,他帮忙设计图纸,") == "paragraph");
  CHECK(kind_of(text, s, "着力推动高质量发展,坚持稳中求进工作总基调。") == "paragraph");
  REQUIRE(s.articles.size() == 3);
  CHECK(s.articles[1].opened_by == ArticleStart::kContinuedFrom);
  CHECK(s.articles[2].opened_by == ArticleStart::kContinuedFrom);
  CHECK(article_of(text, s, "会议还研究了其他事项") == 1);
}

TEST_CASE("Page headers, headings and source notes", "[segment][structure]") {
  std::string text =
      "2024年2月26日　星期一　要闻\n\n"
      "## 全区国有资本划转社保基金突破389亿元\n\n"
      "本报11月3日讯 (记者 杨威) 记者从内蒙古自治区财政厅获悉:截至11月3日,全区已完成划转。\n\n"
      "### 神舟二十号航天员乘组夜间返航额济纳\n\n"
      "本报阿拉善11月3日电 (记者 康丽娜) 按照计划,神舟二十号航天员乘组将于近日返回。\n\n"
      "增强金融服务实体经济功能。\n"
      "——摘自《中国（内蒙古）自由贸易试验区总体方案》\n";
  Structure s = Structure::compute(text);
  INFO(Catch::Detail::stringify(describe_blocks(text, s)));
  CHECK(kind_of(text, s, "2024年2月26日　星期一　要闻") == "page-header");
  CHECK(s.blocks[0].article == -1);
  CHECK(kind_of(text, s, "## 全区国有资本划转社保基金突破389亿元") == "heading");
  CHECK(kind_of(text, s, "——摘自《中国（内蒙古）自由贸易试验区总体方案》") == "source-note");
  CHECK(kind_of(text, s, "增强金融服务实体经济功能。") == "paragraph");
  REQUIRE(s.articles.size() == 2);
  CHECK(s.articles[0].dateline->of(text) == "本报11月3日讯");
  CHECK(s.articles[1].dateline->of(text) == "本报阿拉善11月3日电");
}

TEST_CASE("A headline may end in a word a figure often follows when a date opens the next block",
          "[segment][structure][fragment]") {
  const std::string text = "全县新增一批河长\n\n8月5日，县里召开河湖长制工作会议。\n";
  Structure s = Structure::compute(text);
  CHECK(kind_of(text, s, "全县新增一批河长") == "headline");
}

TEST_CASE("Mid-sentence fragments are not headlines", "[segment][structure][fragment]") {
  // Each fragment is a short line without sentence-final punctuation, between
  // blank lines, whose sentence goes on in the next block.
  struct Case {
    const char* text;
    const char* fragment;
  };
  const Case cases[] = {
      // clause comma inside, ends with 的
      {"会议强调,当前经济运行总体平稳。\n\n会议强调,要继续实施更加积极的\n\n的财政政策和适度宽松的货币政策,强化改革举措。\n",
       "会议强调,要继续实施更加积极的"},
      // ends with a comma
      {"活动现场签署了备忘录。\n\n据了解，为保障“两节”送温暖活动顺利开展，\n\n自治区总工会已经筹措资金1000万元。\n",
       "据了解，为保障“两节”送温暖活动顺利开展，"},
      // the word 主席 is cut in two
      {"座谈会召开。\n\n自治区人大常委会副主任、总工会主\n\n席吴团英出席座谈会并讲话。\n",
       "自治区人大常委会副主任、总工会主"},
      // the word 制度 is cut in two
      {"全区已完成划转。\n\n划转国有资本充实社保基金是国家深化养老保险制度改革、增强制\n\n度可持续性的关键举措。\n",
       "划转国有资本充实社保基金是国家深化养老保险制度改革、增强制"},
      // the paragraph before stops mid-sentence
      {"会议强调，要学深悟透党中央关于推进常态化帮扶的新部署新要求，精准把握\n\n政策导向统筹推进\n\n防止返贫致贫机制。\n",
       "政策导向统筹推进"},
      // the next block starts with punctuation that continues a sentence
      {"年轻选手奋勇争先。\n\n沙场老将沉着应战\n\n，今年54岁的吕悦孝是一名教师。\n", "沙场老将沉着应战"},
      // a number and its unit are cut apart
      {"据了解。\n\n自治区总工会已经筹措资金1000\n\n万元重点聚焦中小微企业。\n", "自治区总工会已经筹措资金1000"},
      // opens with a word that ties it to the sentence before (此次)
      {"红石河灌区始建于上世纪70年代，渗漏严重。\n\n此次改造将对渠道\n\n全面进行混凝土衬砌，并安装智能计量闸门。\n",
       "此次改造将对渠道"},
      // a dimension's word, and its figure and unit
      {"比赛开始。\n\n赛事组委会在松花江冰面上凿出一条长50米、宽\n\n8米的泳道，比赛设两个项目。\n",
       "赛事组委会在松花江冰面上凿出一条长50米、宽"},
      // English: the next line starts with a small letter, and goes on with the block
      {"The council voted 7-2 on Tuesday.\nIt includes money for\nroads and schools.\n",
       "It includes money for\nroads and schools."},
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    Structure s = Structure::compute(text);
    INFO(Catch::Detail::stringify(describe_blocks(text, s)));
    CHECK(kind_of(text, s, c.fragment) == "paragraph");
    // …and so it does not start a story of its own.
    CHECK(s.articles.size() == 1);
  }
}

TEST_CASE("Short real headlines between stories are still headlines", "[segment][structure][fragment]") {
  std::string text =
      "从1939年底至1942年，东北抗联三次进入呼伦贝尔地区，作出了贡献。\n\n"
      "（宋立志）\n\n"
      "党旗在基层一线高高飘扬\n\n"
      "夏季的锡林郭勒盟阿巴嘎旗洪格尔高勒镇萨如拉图雅嘎查,绿草如茵、碧波荡漾。\n";
  Structure s = Structure::compute(text);
  INFO(Catch::Detail::stringify(describe_blocks(text, s)));
  CHECK(kind_of(text, s, "（宋立志）") == "byline");
  CHECK(kind_of(text, s, "党旗在基层一线高高飘扬") == "headline");
  REQUIRE(s.articles.size() == 2);
  CHECK(article_of(text, s, "（宋立志）") == 0);
}

TEST_CASE("A head group printed after its story belongs to that story", "[segment][structure]") {
  std::string text =
      "树立和践行正确政绩观\n\n"
      "树立和践行正确政绩观学习教育开展以来,内蒙古各地各部门迅速行动。\n\n"
      "深耕实干谋发展 为民造福谱新篇\n\n"
      "全区各地各部门扎实开展树立和践行正确政绩观学习教育\n\n"
      "□本报记者 李永桃 宋阿勇 布音额尔乐\n\n"
      "满洲里红色国际秘密交通线\n\n"
      "20世纪20年代,内蒙古地区是中国通往苏联的重要通道。\n";
  Structure s = Structure::compute(text);
  INFO(Catch::Detail::stringify(describe_blocks(text, s)));
  REQUIRE(s.articles.size() == 2);
  CHECK(article_of(text, s, "深耕实干谋发展") == 0);
  CHECK(article_of(text, s, "□本报记者 李永桃") == 0);
  CHECK(article_of(text, s, "满洲里红色国际秘密交通线") == 1);
}

TEST_CASE("A heading that interrupts a sentence stays inside the story", "[segment][structure]") {
  std::string text =
      "## 未来产业绘“远”景\n\n"
      "破土而出、拔节生长的蓬勃态势。金河生物的产量提\n\n"
      "## 科创赋能向“强”行\n\n"
      "升5%,并大幅降低异味排放。\n";
  Structure s = Structure::compute(text);
  CHECK(kind_of(text, s, "## 科创赋能向“强”行") == "heading");
  CHECK(s.articles.size() == 1);
}

TEST_CASE("Hard-wrapped pages join lines into paragraphs", "[segment][structure][wrap]") {
  std::string text =
      "□本报记者 郭洪申\n\n"
      "“十三五”以来，面对复杂多变的\n"
      "经济环境和艰巨繁重的改革发展稳\n"
      "定任务，通辽市坚定不移走以生态优\n"
      "先、绿色发展为导向的高质量发展新\n"
      "路子，坚持稳中求进工作总基调，以\n"
      "供给侧结构性改革为主线，着力打好\n"
      "三大攻坚战，如期实现全面建成小康\n"
      "五”规划确定的主要目标任务。\n"
      "区域性绝对贫困问题彻底解\n\n"
      "决。通辽市坚决贯彻落实中央、自治\n"
      "区关于脱贫攻坚决策部署，坚持把4\n"
      "个国家级贫困旗作为主战场，扎实深入\n"
      "推进脱贫攻坚。\n"
      "现代产业逐步形成。现代农牧\n\n"
      "业发展实现新突破，全面推进科技促\n"
      "农、绿色兴农、品牌强农工程，形成生\n"
      "态农牧全产业链发展模式。\n";
  Structure s = Structure::compute(text);
  INFO(Catch::Detail::stringify(describe_blocks(text, s)));
  CHECK(s.hard_wrapped);
  // The first paragraph runs over eight lines and ends at the short line.
  int first = s.block_index_at(text.find("“十三五”"));
  REQUIRE(first >= 0);
  CHECK(s.blocks[first].span.of(text).substr(s.blocks[first].span.size() - 3) == "。");
  CHECK(s.blocks[first].span.end == text.find("\n区域性"));
  // The next paragraph's first line, cut off by a blank line, is a paragraph, not a headline.
  CHECK(kind_of(text, s, "区域性绝对贫困问题彻底解") == "paragraph");
  CHECK(kind_of(text, s, "现代产业逐步形成。现代农牧") == "paragraph");
  CHECK(s.articles.size() == 1);
  // A line break inside a paragraph does not end a sentence.
  auto sentence = Sentences(text, s).at(text.find("经济环境"));
  REQUIRE(sentence);
  CHECK(sentence->span.of(text).substr(0, 15) == "“十三五”");
}

TEST_CASE("Pages with one paragraph per line are not hard-wrapped", "[segment][structure][wrap]") {
  std::string text =
      "会议强调，要学深悟透党中央关于推进常态化帮扶的新部署新要求，按照自治区党委工作要求，精准把握政策导向。\n"
      "增强金融服务实体经济功能。\n"
      "活动现场签署了《京津冀蒙技术经理人联盟共建合作备忘录》，并公布了联盟首批专家顾问和技术经理人名单。\n";
  Structure s = Structure::compute(text);
  CHECK_FALSE(s.hard_wrapped);
  CHECK(s.blocks.size() == 3);
}

TEST_CASE("An English page: headline, subtitle, byline, dateline, caption, jump", "[segment][structure][en]") {
  std::string text =
      "Storm knocks out power to thousands across Denver\n\n"
      "Crews work through the night as temperatures drop\n\n"
      "By Jane Doe and John Roe\n\n"
      "DENVER (AP) — A fast-moving storm knocked out power to more than 40,000 homes on Monday, officials said. "
      "Mr. Smith of Xcel Energy said crews would work through the night.\n\n"
      "Linemen repair a downed power line in Denver on Monday. (AP Photo/David Zalubowski)\n\n"
      "Continued on Page A4\n\n"
      "City council approves new budget\n\n"
      "WASHINGTON (Reuters) - The council voted 7-2 on Tuesday to approve the budget.\n";
  Structure s = Structure::compute(text);
  INFO(Catch::Detail::stringify(describe_blocks(text, s)));
  CHECK(kind_of(text, s, "Storm knocks out power to thousands across Denver") == "headline");
  CHECK(kind_of(text, s, "Crews work through the night as temperatures drop") == "subtitle");
  CHECK(kind_of(text, s, "By Jane Doe and John Roe") == "byline");
  CHECK(kind_of(text, s, "Continued on Page A4") == "continuation");
  CHECK(kind_of(text, s, "Linemen repair a downed power line in Denver on Monday. (AP Photo/David Zalubowski)") ==
        "caption");
  REQUIRE(s.articles.size() == 2);
  CHECK(s.articles[0].dateline->of(text) == "DENVER (AP) —");
  CHECK(s.articles[1].dateline->of(text) == "WASHINGTON (Reuters) -");
  CHECK(s.blocks[*s.articles[1].headline].span.of(text) == "City council approves new budget");
}

TEST_CASE("A wire byline's agency and time stamp lines stay in the story's head", "[segment][structure][en]") {
  std::string text =
      "Six dead after bridge collapses into river\n\n"
      "By TOM ABERNATHY\nAssociated Press\nUpdated 7:42 PM EST, February 24, 2026\n\n"
      "KITTANNING, Pa. (AP) — A steel truss bridge collapsed early Tuesday, killing six people.\n\n"
      "Divers searched the river through the night.\n";
  Structure s = Structure::compute(text);
  INFO(Catch::Detail::stringify(describe_blocks(text, s)));
  CHECK(kind_of(text, s, "Associated Press") == "byline");
  CHECK(kind_of(text, s, "Updated 7:42 PM EST, February 24, 2026") == "byline");
  REQUIRE(s.articles.size() == 1);
  CHECK(s.blocks[*s.articles[0].headline].span.of(text) == "Six dead after bridge collapses into river");
  CHECK(s.articles[0].dateline->of(text) == "KITTANNING, Pa. (AP) —");
}

TEST_CASE("A staff title and a dated line under a byline stay in the story's head", "[segment][structure][en]") {
  std::string text =
      "County fair hits its stride\n\n"
      "By Tom Becker\nCourier Staff Writer\n\nThursday, Aug. 13, 2026\n\n"
      "MARLOW, Wis. — The line for funnel cakes stretched past the sheep barn on Wednesday.\n\n"
      "On Aug. 15, judges awarded the top quilt prize.\n";
  Structure s = Structure::compute(text);
  INFO(Catch::Detail::stringify(describe_blocks(text, s)));
  CHECK(kind_of(text, s, "Courier Staff Writer") == "byline");
  CHECK(kind_of(text, s, "Thursday, Aug. 13, 2026") == "byline");
  REQUIRE(s.articles.size() == 1);
  CHECK(s.articles[0].dateline->of(text) == "MARLOW, Wis. —");
}

TEST_CASE("A photo's caption between a headline and its dateline is part of the story", "[segment][structure]") {
  for (std::string caption : {"Linemen repair a downed power line in Denver on Monday. (AP Photo/David Zalubowski)",
                              "6月16日，学生进行旱地龙舟比赛。本报记者 王磊 摄"}) {
    std::string text = "Storm knocks out power to thousands\n\n" + caption +
                       "\n\nDENVER (AP) — A fast-moving storm knocked out power to more than 40,000 homes.\n";
    Structure s = Structure::compute(text);
    INFO(Catch::Detail::stringify(describe_blocks(text, s)));
    CHECK(kind_of(text, s, caption) == "caption");
    REQUIRE(s.articles.size() == 1);
    CHECK(s.articles[0].dateline->of(text) == "DENVER (AP) —");
  }
  // So is a labelled caption between the headline and the story's byline.
  std::string bylined = "Hatchery will raise 600,000 trout\n\nPhoto caption: A technician checks the water in a "
                        "new raceway.\n\nBy Peter Lindqvist\n\nCEDAR GAP — The hatchery opened new raceways on "
                        "Wednesday.\n";
  Structure with_byline = Structure::compute(bylined);
  INFO(Catch::Detail::stringify(describe_blocks(bylined, with_byline)));
  CHECK(kind_of(bylined, with_byline, "Photo caption: A technician checks the water in a new raceway.") == "caption");
  CHECK(with_byline.articles.size() == 1);
  // A story's text before the dateline still makes the dateline open another.
  std::string two = "Storm knocks out power\n\nThe storm moved east on Tuesday, officials said.\n\n"
                    "DENVER (AP) — A fast-moving storm knocked out power to more than 40,000 homes.\n";
  CHECK(Structure::compute(two).articles.size() == 2);
}

TEST_CASE("A paragraph that opens with a dateline is body text, whatever its shape", "[segment][structure][en]") {
  // No sentence punctuation (the sentence goes on in the next block), right
  // after a headline: without its dateline it would pass for a subtitle.
  std::string text =
      "Museum opens new wing\n\n"
      "CHICAGO — The Field Museum opened a new wing on Friday that will house more than\n\n"
      "400 fossils from the museum's collection.\n";
  Structure s = Structure::compute(text);
  INFO(Catch::Detail::stringify(describe_blocks(text, s)));
  CHECK(kind_of(text, s, "Museum opens new wing") == "headline");
  CHECK(kind_of(text, s, "CHICAGO — The Field Museum opened a new wing on Friday that will house more than") ==
        "paragraph");
  std::string zh = "绿色转型 全民同行\n\n本报6月16日讯（记者 王磊）全区绿色转型行动启动仪式在呼和浩特举行\n\n各地代表参加。\n";
  Structure z = Structure::compute(zh);
  CHECK(kind_of(zh, z, "本报6月16日讯（记者 王磊）全区绿色转型行动启动仪式在呼和浩特举行") == "paragraph");
}

TEST_CASE("Lookups by offset find the block, article and sentence", "[segment][structure]") {
  std::string text =
      "京津冀蒙技术经理人联盟成立\n\n"
      "本报6月16日讯 6月16日，联盟成立。四地在人才培养上迈出一步。\n\n"
      "前5个月满洲里口岸出入境人员突破40万人次\n\n"
      "本报呼伦贝尔6月16日电 客流规模创近5年同期新高。\n";
  Structure s = Structure::compute(text);
  size_t second = text.find("四地");
  int block = s.block_index_at(second);
  REQUIRE(block == 1);
  CHECK(s.article_at(second) == 0);
  auto sentence = Sentences(text, s).at(second);
  REQUIRE(sentence);
  CHECK(sentence->span.of(text) == "四地在人才培养上迈出一步。");
  CHECK(s.article_at(text.find("客流")) == 1);
  // The blank line between two blocks of one article is inside the article but in no block.
  size_t gap = text.find("\n\n本报6月16日讯") + 1;
  CHECK(s.block_index_at(gap) == -1);
  CHECK(s.article_at(gap) == 0);
  CHECK(s.block_index_at(text.size() + 10) == -1);
  // The first block that begins at or after an offset: the next one from a gap or inside a block.
  CHECK(s.first_block_from(0) == 0);
  CHECK(s.first_block_from(gap) == 1);
  CHECK(s.first_block_from(second) == 2);
  CHECK(s.first_block_from(s.blocks[2].span.begin) == 2);
  CHECK(s.first_block_from(text.size()) == s.blocks.size());
}

TEST_CASE("Empty and blank texts have no structure", "[segment][structure]") {
  for (const char* text : {"", "\n\n\n", "  \n\u3000\n"}) {
    Structure s = Structure::compute(std::string(text));
    CHECK(s.blocks.empty());
    CHECK(s.articles.empty());
    CHECK(Sentences(text, s).all().empty());
  }
}

TEST_CASE("Lines up to 100 bytes are narrow without being measured", "[segment][structure][wrap]") {
  // Lines of 60 to 100 bytes (20 to 33 characters) that break mid-sentence:
  // hard-wrapped however their widths come out.
  std::string text;
  for (int i = 0; i < 8; ++i) text += "这一行文字在句子中间断开并且继续写到下一行去\n";
  text += "结束。\n";
  CHECK(is_hard_wrapped(text));
  Structure s = Structure::compute(text);
  CHECK(s.hard_wrapped);
  CHECK(s.blocks.size() == 1);
  // Lines of 101 to 400 bytes are measured: 36 ideographs are 72 columns, narrow;
  // 55 are 110 columns, wide.
  std::string narrow, wide;
  for (int i = 0; i < 8; ++i) narrow += "这一行文字在句子中间断开并且继续写到下一行去这一行文字在句子中间断开并且\n";
  for (int i = 0; i < 8; ++i) wide += "这一行文字在句子中间断开并且继续写到下一行去这一行文字在句子中间断开并且继续写到下一行去这一行文字在句子中间断\n";
  CHECK(is_hard_wrapped(narrow));
  CHECK_FALSE(is_hard_wrapped(wide));
}

TEST_CASE("Block kinds taken from the splitter's fixed forms equal those the recognisers give",
          "[segment][structure]") {
  // The splitter records which fixed form a line has; the classifier takes
  // the kind from that record instead of trying the recognisers again.
  const std::vector<std::string> texts = {
      "京津冀蒙技术经理人联盟成立\n\n本报6月16日讯（记者 孙柳 阿妮尔）6月16日，活动举行。\n",
      "从原粮到原料\n\n开鲁县玉米产业迈向高端“智造”\n\n□本报记者 鲍庆胜 实习生 秦英\n\n一粒普通玉米，如何跳出？\n",
      "四中全会精神在基层  \n——一片山的「剪枝」与一座城的「碳」路\n\n本报记者  \n蔡冬梅\n\n秋日的大青山,天高云淡。\n",
      "活动现场。\n本报记者 张三 摄\n游客在景区参观。\n（下转第3版）\n",
      "（上接第1版）\n会议强调，要抓好落实。\n# 小标题\n【记者手记】\n（来源：新华社）\n——摘自某报\n",
      "2024年6月17日 星期一 内蒙古日报\n要闻\n本报记者 李四\n新华社北京6月16日电 会议召开。\n（王五）\n",
  };
  for (const std::string& text : texts) {
    INFO(text);
    BlockSplit split = split_blocks(text);
    BlockSplit unrecorded = split;
    for (RawBlock& b : unrecorded.blocks) b.form = FixedForm::kNone;
    std::vector<Block> recorded = classify_blocks(text, split);
    std::vector<Block> tried = classify_blocks(text, unrecorded);
    REQUIRE(recorded.size() == tried.size());
    for (size_t i = 0; i < recorded.size(); ++i) {
      INFO(recorded[i].span.of(text));
      CHECK(recorded[i].kind == tried[i].kind);
      CHECK(recorded[i].opens_with_dateline == tried[i].opens_with_dateline);
      CHECK(recorded[i].closing_byline == tried[i].closing_byline);
    }
  }
}

TEST_CASE("A word hyphenated at the end of a line keeps its two lines in one block", "[segment][structure]") {
  const std::string text = "Residents gathered downtown on Friday.\n\nThe celebra-\ntion began with a street dance.\n"
                           "Fireworks followed.\n\nPre-\nAnd more.\n";
  const std::vector<std::string> blocks = block_texts(text);
  // Lines are paragraphs here (not hard-wrapped), except across "celebra-"; a
  // capital after the hyphen is no word's second half.
  CHECK(blocks == std::vector<std::string>{"Residents gathered downtown on Friday.",
                                           "The celebra-\ntion began with a street dance.", "Fireworks followed.",
                                           "Pre-", "And more."});
}

TEST_CASE("An English line that stops at a function word goes on in the next line", "[segment][structure]") {
  const std::string text = "Fire destroys barn\n12 cows rescued\n\nMany horses had been covered in as many as\n"
                           "14 layers of enamel, the carver said. The work was led by\nTom Reilly.\n";
  const std::vector<std::string> blocks = block_texts(text);
  // Lines are paragraphs here (not hard-wrapped); a headline never ends with "as" or "by".
  CHECK(blocks == std::vector<std::string>{"Fire destroys barn", "12 cows rescued",
                                           "Many horses had been covered in as many as\n14 layers of enamel, the "
                                           "carver said. The work was led by\nTom Reilly."});
}

TEST_CASE("One paragraph broken at a column width on a page of one paragraph per line", "[segment][structure][wrap]") {
  const std::string wrapped = "今年45岁的林海（1981年出生）在社区卫生服务中心\n工作了近20年。他告诉记者，心脏骤停发生后的4分钟被\n"
                              "称为“黄金抢救时间”，如果能在这段时间内实施心肺复苏\n并尽早使用AED，患者的生存率会大大提高。“救护车再\n"
                              "快，也需要时间赶到现场。”";
  const std::string text = "“救命神器”进社区\n\n本报讯 7月20日晚，东湖街道开展急救培训，居民踊跃参加。\n\n" + wrapped +
                           "\n\n目前，街道共配置AED 36台。\n";
  CHECK_FALSE(split_blocks(text).hard_wrapped);
  const std::vector<std::string> blocks = block_texts(text);
  CHECK(blocks == std::vector<std::string>{"“救命神器”进社区", "本报讯 7月20日晚，东湖街道开展急救培训，居民踊跃参加。", wrapped,
                                           "目前，街道共配置AED 36台。"});
  // Lines of one width without a clause mark are a list: each its own block.
  const std::string list = "标题\n\n东湖街道翠柳社区活动室配置AED两台\n西湖街道柳岸社区服务中心配置AED三台\n南湖街道桃源社区卫生服务站配置一台\n";
  CHECK(split_blocks(list).blocks.size() == 4);
}

TEST_CASE("A kicker with a comma inside, right before its main title, is a headline", "[segment][structure]") {
  const std::string text = "2026年8月14日 星期五 第4版\n\n守护黄河安澜，筑牢防汛屏障\n包头黄河干流堤防加固工程主体完工\n\n"
                           "本报包头8月13日讯（记者 刘志强）记者从市水务局获悉，工程主体已经完工。\n";
  Structure s = Structure::compute(text);
  CHECK(kind_of(text, s, "守护黄河安澜，筑牢防汛屏障") == "headline");
  CHECK(kind_of(text, s, "包头黄河干流堤防加固工程主体完工") == "subtitle");
  // Without a dateline, byline or subtitle after the title, a comma line stays text.
  const std::string body = "记者获悉，去年以来全市持续推进\n重点项目建设\n\n各地加快进度，成效明显。\n";
  Structure t = Structure::compute(body);
  CHECK(kind_of(body, t, "记者获悉，去年以来全市持续推进") == "paragraph");
}
