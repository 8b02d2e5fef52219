// The repetition kind on news sentences written for these tests: legal
// reduplication and words that merely meet must pass, garbles must be flagged.
#include <catch2/catch.hpp>

#include <filesystem>

#include "kinds/reduplication_lexicon.h"
#include "rules/rule_pack.h"
#include "support/test_support.h"

using namespace copydesk;
using namespace copydesk::testing;

namespace {

const Rule& zh_rule() {
  static std::unique_ptr<Rule> rule = shipped_rule("zh-Hans.repeated-fragment");
  return *rule;
}

const Rule& en_rule() {
  static std::unique_ptr<Rule> rule = shipped_rule("en.repeated-word");
  return *rule;
}

}  // namespace

TEST_CASE("legal reduplication and word-boundary overlaps are not flagged", "[repetition]") {
  const std::vector<std::string> legal = {
      // AABB and idioms
      "工作人员认认真真核对每一份申报材料。",
      "节日里，群众高高兴兴地走进剧场。",
      "春节前夕，村里家家户户挂起了红灯笼。",
      "联赛围绕“村村有球队、周周有比赛”的目标展开。",
      "志愿者把社区的楼道打扫得干干净净。",
      "三十多年来，他兢兢业业守护着这片林场。",
      "展厅里的木雕作品栩栩如生。",
      "企业订单源源不断，生产线满负荷运转。",
      "要把安全责任落实到方方面面。",
      "放学后，孩子们三三两两走出校门。",
      "这项政策的的确确给牧民带来了实惠。",
      "他明明白天在家，却没有接电话。",
      "要把达到目的的确切时间告诉大家。",
      "他现在在北京工作。",
      "老人把家里收拾得整整齐齐。",
      "一条条硬化路通到了村村寨寨。",
      // AABB not in the lexicon: any two doubled characters in a row
      "祖祖辈辈生活在这片草原上的牧民，第一次用上了自来水。",
      "孩子们吵吵闹闹地跑进教室。",
      "广场上挂满了花花绿绿的彩旗。",
      // ABB adjectives
      "田野里的麦穗沉甸甸的，丰收在望。",
      "晚霞把湖面染得红彤彤的。",
      "刚出锅的包子热腾腾、香喷喷。",
      "雨后的草地湿漉漉的。",
      "他笑眯眯地向前来参观的客人打招呼。",
      "清晨的河谷灰蒙蒙的，能见度很低。",
      "孩子们乐呵呵地围在老师身边。",
      "秋天的稻田金灿灿的。",
      "队员们齐刷刷地站成一排。",
      "会场里静悄悄的，大家都在认真听讲。",
      // measure words after 一
      "码头上一艘艘货轮正在等待装卸。",
      "园区里一栋栋厂房拔地而起。",
      "一辆辆满载救灾物资的卡车驶出物流园。",
      "炊事员把热汤一勺勺舀进孩子们的碗里。",
      "一张张笑脸洋溢着丰收的喜悦。",
      "一批批年轻干部走上了基层岗位。",
      "经过一次次试验，新品种终于培育成功。",
      "冰雪一天天融化，春天一步步走近。",
      "老人一个词一个词地教孩子们唱。",
      "全县一个项目一个项目抓落实。",
      // verbs, ABAB, spoken and numerals
      "这个方案我们再商量商量。",
      "请你先尝尝这道新菜的味道。",
      "大家再想想办法，总能解决。",
      "他说着说着就哽咽了。",
      "这件事还要讨论讨论再决定。",
      "“哈哈哈，这下可好了！”他笑着说。",
      "问题清单要一一列出，逐项销号。",
      "“十五五”时期，全区将加快发展新质生产力。",
      "会场里人人佩戴胸牌，个个精神饱满。",
      "他天天坚持锻炼，年年参加体检。",
      "我们要紧紧围绕中心任务开展工作。",
      "牧民们常常说，草原就是他们的家。",
      "比赛间隙，运动员稍稍休息后继续上场。",
      // names
      "选手王晶晶获得女子组冠军。",
      "牧民娜仁其其格在那达慕上表演了长调。",
      // a body named by one character, then a word that starts with it
      "全县县域内所有卫生院完成了改造。",
      "本村村民人人参与，该校校长也来了。",
      // adverbs and ABB tails added after unseen copy flagged them
      "游客们细细品味着草原的风光。",
      "他稳稳拉弓，一箭正中靶心。",
      // a surname, then a given name of one character doubled
      "被告人陈晨晨、赵明明当庭认罪。",
      // a pet's name in quotation marks; a word ending in 的 before 的确
      "一头名叫“果果”的雌性长颈鹿正在康复。",
      "猛兽的牙病有的的确需要手术。",
      "天苍苍，野茫茫，风吹草低见牛羊。",
      "学生们通过钉钉平台提交作业。",
      "首趟列车从齐齐哈尔开往北京。",
      // two words that meet
      "代表团团长在签约仪式上致辞。",
      "研究所所长介绍了最新科研成果。",
      "县委委员、宣传部部长出席会议。",
      "今年市场场地租金下调了一成。",
      "公司司机张师傅已安全行驶30万公里。",
      "县长长期在基层一线工作。",
      "学校校长带领师生参观展览。",
      "研究室主任任职三年来成绩突出。",
      "全年生产产值同比增长8%。",
      "北京市市长在会上发言。",
      "合作社社员年底拿到了分红。",
      "大学学报编辑部今年扩招。",
      "经过过去一年的努力，项目如期投产。",
      "活动期间，他与与会代表深入交流。",
      "区政府办公室工作人员推进落\n实实施方案。",
  };
  REQUIRE(legal.size() >= 50);
  for (const std::string& text : legal) {
    INFO(text);
    CHECK(matched(run_rule(zh_rule(), text)).empty());
  }
}

TEST_CASE("garbled repeats are flagged", "[repetition]") {
  const std::vector<std::string> garbles = {
      // doubled words and names
      "会议强调强调，要压实安全生产责任。",
      "全面推进推进乡村振兴取得新成效。",
      "各级各级党组织要发挥战斗堡垒作用。",
      "要加快建设建设现代化产业体系。",
      "本报记者 王磊王磊 摄",
      "通讯员 张晓东张晓东",
      "全区生态环境生态环境持续改善。",
      // doubled characters
      "新华社记者 李明 摄摄",
      "代表们在在会上踊跃发言。",
      "我们的的目标是让群众满意。",
      "这是是一次承前启后的重要会议。",
      "他被被评为全国劳动模范。",
      "即日起向向社会公开征求意见。",
      "全体干部都都参加了培训。",
      "会议由由副市长主持。",
      "我们要要坚定发展信心。",
      "这些措施将将有效缓解交通压力。",
      "目前已已建成标准化厂房12万平方米。",
      "并并在全市范围内推广。",
      "要坚持稳健的\n\n的货币政策。",
      // garbled AABB forms
      "统筹用好专专项项资资金金。",  // a fake-bold font extracted twice
      "这些都是实在在在的成绩。",
      "工作人员认认认真核对材料。",
      "大家工作都认认真地完成了。",
      "工作人员仔仔细地核对了账目。",
      "群众高高兴地回到了家。",
      // a title stuttering before a name
      "县委书记书张明主持会议。",
      "镇长镇李强介绍了情况。",
      "局长局王刚表示，将加快审批。",
      "院长院陈东指出，要提升服务。",
      // doubled lines and captions
      "全市春耕生产现场推进会召开全市春耕生产现场推进会召开",
      "图为工人正在检修输电线路图为工人正在检修输电线路",
      "黄河流域生态保护黄河流域生态保护取得新进展",
  };
  REQUIRE(garbles.size() >= 30);
  for (const std::string& text : garbles) {
    INFO(text);
    CHECK_FALSE(matched(run_rule(zh_rule(), text)).empty());
  }
}

TEST_CASE("a doubled caption is one finding, not one per character", "[repetition]") {
  auto findings = run_rule(zh_rule(), "全市春耕生产现场推进会召开全市春耕生产现场推进会召开。");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].matched_text == "全市春耕生产现场推进会召开全市春耕生产现场推进会召开");
  REQUIRE(findings[0].fix.has_value());
  CHECK(*findings[0].fix == "全市春耕生产现场推进会召开");
  CHECK(findings[0].message.find("caption") != std::string::npos);
}

TEST_CASE("a sentence printed twice in a row is left to duplicate-passage when as long as its passages", "[repetition]") {
  const std::string sentence = "由中央厨房统一配送，保证饭菜质量和食品安全。";
  CHECK(run_rule(zh_rule(), "同时引入专业餐饮企业连锁运营，" + sentence + sentence + "老人们很满意。").empty());
  // After a sentence of its own, the run is read from that sentence's 。: the same.
  CHECK(run_rule(zh_rule(), "同时引入专业餐饮企业连锁运营。" + sentence + sentence + "老人们很满意。").empty());
  // A sentence, or the clause that ends one, of sentence_min_chars or more: the same.
  CHECK(run_rule(zh_rule(), "会议指出，全市春耕生产现场推进会召开。全市春耕生产现场推进会召开。").empty());
  // Read from where the sentence before ends as the copy does: the same.
  CHECK(run_rule(zh_rule(), "实施修复工程。乌梁素海流域综合治理是一项系统工程。乌梁素海流域综合治理是一项系统工程。市里").empty());
  CHECK(run_rule(zh_rule(), "会议指出，春耕推进会召开。春耕推进会召开。").empty());  // seven, the least
  // A sentence's tail printed again as a sentence of its own: the same.
  CHECK(run_rule(zh_rule(), "新增覆盖村寨400余个，让村民用上了高速网络。用上了高速网络。").empty());
  // Shorter, or not ending a sentence: a doubled line of this rule's.
  CHECK(run_rule(zh_rule(), "会议指出，春耕会议召开。春耕会议召开。").size() == 1);
  // As short as a word with its full stop (six characters in all): this rule's too.
  CHECK(matched(run_rule(zh_rule(), "全县古树体检完成。古树是文物。古树是文物。县林业局开展体检。")) ==
        std::vector<std::string>{"古树是文物。古树是文物。"});
  CHECK(run_rule(zh_rule(), "同时，由中央厨房统一配送，保证饭菜质量和食品安全由中央厨房统一配送，保证饭菜质量和食品安全").size() == 1);
  // Without passage_min_chars every double is this rule's.
  auto all = rule_from_yaml("kind: repetition\ncategory: repeated-fragment\nmessage: {en: x, zh: x}\n"
                            "options: {lexicon: " + (std::filesystem::path(COPYDESK_SOURCE_DIR) / "rules/data/reduplication.yaml").string() + "}\n");
  CHECK(run_rule(*all, "同时引入专业餐饮企业连锁运营，" + sentence + sentence + "老人们很满意。").size() == 1);
}

TEST_CASE("findings are classified by what was repeated", "[repetition]") {
  // Two words of characters said over (加, 快) are no spoken repeat.
  CHECK(matched(run_rule(zh_rule(), "各地要加快加快推进项目建设。")) == std::vector<std::string>{"加快加快"});
  CHECK(run_rule(zh_rule(), "大家高喊：“加油加油！哈哈哈哈！”").empty());
  auto word = run_rule(zh_rule(), "会议强调强调，要压实责任。");
  REQUIRE(word.size() == 1);
  CHECK(word[0].matched_text == "强调强调");
  CHECK(word[0].message.find("Doubled word") != std::string::npos);

  auto character = run_rule(zh_rule(), "新华社记者 李明 摄摄");
  REQUIRE(character.size() == 1);
  CHECK(character[0].matched_text == "摄摄");
  CHECK_FALSE(character[0].fix.has_value());  // the extra character may stand for another one
  // After a name that doubles a character, apart from it: no AABB word.
  CHECK(matched(run_rule(zh_rule(), "图为家长在驿站挑选校服。本报记者 许静静 摄摄")) == std::vector<std::string>{"摄摄"});

  auto garble = run_rule(zh_rule(), "这些都是实在在在的成绩。");
  REQUIRE(garble.size() == 1);
  CHECK(garble[0].matched_text == "实在在在");
  CHECK(garble[0].message.find("实实在在") != std::string::npos);

  auto stutter = run_rule(zh_rule(), "县委书记书张明主持会议。");
  REQUIRE(stutter.size() == 1);
  CHECK(stutter[0].matched_text == "书记书");
}

TEST_CASE("a repeat reaches across a paragraph break but not out of a headline", "[repetition]") {
  auto across = run_rule(zh_rule(), "要坚持稳健的\n\n的货币政策。");
  REQUIRE(across.size() == 1);
  CHECK(across[0].matched_text == "的\n\n的");
  // A headline ending in the character the next paragraph starts with.
  CHECK(run_rule(zh_rule(), "京蒙协作签约仪式举行\n\n行业代表200余人参加签约仪式。").empty());
}

TEST_CASE("a paragraph printed twice is left to duplicate-passage", "[repetition]") {
  const std::string para = "公园建成后，周边居民步行五分钟即可到达绿地。市园林局负责人表示，明年还将再建五座。";
  const std::string text = "今年以来，市园林局新建三座口袋公园。\n\n" + para + "\n\n" + para + "\n\n据介绍，公园均设置了健身步道。\n";
  CHECK(run_rule(zh_rule(), text).empty());
  auto dup = run_rule(*shipped_rule("zh-Hans.duplicate-passage"), text);
  REQUIRE(dup.size() == 1);
  CHECK(dup[0].location.start_line == 5);
  // Inside one paragraph too: whole sentences printed twice are a duplicated passage.
  CHECK(run_rule(zh_rule(), para + para + "\n").empty());
  CHECK(run_rule(*shipped_rule("zh-Hans.duplicate-passage"), para + para + "\n").size() == 1);
}

TEST_CASE("English doubled words, with the usual exceptions", "[repetition]") {
  CHECK(matched(run_rule(en_rule(), "The council approved the the budget.")) == std::vector<std::string>{"the the"});
  CHECK(matched(run_rule(en_rule(), "They said they would\nwould review it.")) ==
        std::vector<std::string>{"would\nwould"});
  CHECK(run_rule(en_rule(), "She had had enough. He said that that was fine.").empty());
  // A particle after a verb in -ed, then the same word as a preposition.
  CHECK(run_rule(en_rule(), "The box was switched on on 12 March. Forms were handed in in May.").empty());
  CHECK(run_rule(en_rule(), "Nobody was going to come in in a suit. They moved in in June.").empty());
  CHECK(run_rule(en_rule(), "The crew stood in in the cold.").size() == 1);  // not a verb listed or in -ed
  CHECK(run_rule(en_rule(), "The box sits on on the wall.").size() == 1);
  CHECK(run_rule(en_rule(), "Breeders borrow seed in in small amounts.").size() == 1);  // no verb
  CHECK(run_rule(en_rule(), "Walla Walla is a city. The theme is new.").empty());
  CHECK(run_rule(en_rule(), "It ends here.\n\nHere it begins.").empty());  // a paragraph break parts them
}

TEST_CASE("English phrases of two to four words set twice", "[repetition]") {
  auto f = run_rule(en_rule(), "The trial opened in the in the federal courthouse.");
  CHECK(matched(f) == std::vector<std::string>{"in the in the"});
  REQUIRE(f.size() == 1);
  REQUIRE(f[0].fix);
  CHECK(*f[0].fix == "in the");
  CHECK(f[0].message.find("“in the”") != std::string::npos);
  CHECK(matched(run_rule(en_rule(), "Work ends at the end of at the end of May.")) ==
        std::vector<std::string>{"at the end of at the end of"});
  CHECK(matched(run_rule(en_rule(), "They voted to\nto approve it.")) == std::vector<std::string>{"to\nto"});
  // A comma or a paragraph break parts the copies; five words is a passage, not a slip.
  CHECK(run_rule(en_rule(), "New York, New York is the song.").empty());
  CHECK(run_rule(en_rule(), "She ran in the park.\n\nIn the park she rested.").empty());
  CHECK(run_rule(en_rule(), "Knock, knock. Who is there? Who is, who is there?").empty());
  CHECK(run_rule(en_rule(), "the city hall of the town the city hall of the town").empty());
}

TEST_CASE("English names and words set twice with no space between", "[repetition]") {
  auto f = run_rule(en_rule(), "By Dana WhitfieldDana Whitfield\n\nThe road reopened on Friday.");
  CHECK(matched(f) == std::vector<std::string>{"Dana WhitfieldDana Whitfield"});
  REQUIRE(f.size() == 1);
  REQUIRE(f[0].fix);
  CHECK(*f[0].fix == "Dana Whitfield");
  CHECK(matched(run_rule(en_rule(), "Photo by Jane SmithSmith.")) == std::vector<std::string>{"SmithSmith"});
  // Capitals inside a word that are no copy: McDonald, iPhone, YouTube; a copy shorter than four letters.
  CHECK(run_rule(en_rule(), "McDonald bought an iPhone to watch YouTube and PlayStation clips with LaLa.").empty());
  CHECK(run_rule(en_rule(), "The firm, called DanaDanaher, opened.").empty());  // not a whole word
}

TEST_CASE("English short sentences set twice in a row", "[repetition]") {
  auto f = run_rule(en_rule(), "They tried a borrowed press. It jammed. It jammed. This year they kept to theirs.");
  CHECK(matched(f) == std::vector<std::string>{"It jammed. It jammed."});
  REQUIRE(f.size() == 1);
  CHECK(f[0].message.find("“It jammed.”") != std::string::npos);
  CHECK(matched(run_rule(en_rule(), "It jammed. It jammed.")) == std::vector<std::string>{"It jammed. It jammed."});
  // Three copies are one finding.
  CHECK(run_rule(en_rule(), "Then. It jammed. It jammed. It jammed. Then it held.").size() == 1);
  // In a quotation a speaker may repeat himself; one word is emphasis; five words or more is a passage.
  CHECK(run_rule(en_rule(), "She said: \"It jammed. It jammed. Then it held.\"").empty());
  CHECK(run_rule(en_rule(), "She said: “It jammed. It jammed. Then it held.”").empty());
  CHECK(run_rule(en_rule(), "Never. Never. It held.").empty());
  CHECK(run_rule(en_rule(), "The old press jammed again today. The old press jammed again today.").empty());
  // Not the same sentence, or not a sentence's start.
  CHECK(run_rule(en_rule(), "It jammed. It jammed again.").empty());
  CHECK(run_rule(en_rule(), "Once it jammed. It jammed. Then it held.").empty());
}

TEST_CASE("long texts are scanned in linear time without losing findings", "[repetition]") {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "第" + std::to_string(i) + "项工作按计划推进，群众满意度持续提升。\n";
  text += "会议强调强调，要压实责任。\n";
  auto findings = run_rule(zh_rule(), text);
  CHECK(matched(findings) == std::vector<std::string>{"强调强调"});
}

TEST_CASE("rules that name the same lexicon share one copy of it", "[repetition]") {
  std::filesystem::path file = default_rules_dir() / "data" / "reduplication.yaml";
  auto first = ReduplicationLexicon::shared(file);
  auto again = ReduplicationLexicon::shared(file.parent_path() / "." / file.filename());
  REQUIRE(first.ok());
  REQUIRE(again.ok());
  CHECK(first.value().get() == again.value().get());
  CHECK(first.value()->words.count(U"郁郁葱葱"));

  auto missing = ReduplicationLexicon::shared(file.parent_path() / "no-such-lexicon.yaml");
  REQUIRE_FALSE(missing.ok());
  CHECK_THAT(missing.status().message(), Catch::Contains("no-such-lexicon.yaml"));
}
