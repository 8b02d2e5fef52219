#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace copydesk::testing;

TEST_CASE("numeric-inconsistency: parts that do not add up", "[kinds][numeric-inconsistency]") {
  auto rule = shipped_rule("zh-Hans.numeric-inconsistency");
  REQUIRE(rule);
  // The whole claim: the total and its parts.
  CHECK(matched(run_rule(*rule, "全市共28家企业（其中国有12家、民营10家、外资4家）通过验收。")) ==
        std::vector<std::string>{"28家企业（其中国有12家、民营10家、外资4家"});
  CHECK(run_rule(*rule, "全区完成29户国有企业(自治区本级12户企业和盟市级15户、旗县级2户企业)划转。").empty());
  // Decimal parts may be off by their rounding.
  CHECK(run_rule(*rule, "总产量10.0万吨（春粮3.3万吨、秋粮6.7万吨）。").empty());
  CHECK(run_rule(*rule, "总产量10万吨（春粮3.33万吨、秋粮6.68万吨）。").empty());  // 3.325 + 6.675 may be 10
  CHECK(run_rule(*rule, "总产量10万吨（春粮3.33万吨、秋粮6.73万吨）。").size() == 1);
  // Approximate parts are not summed.
  CHECK(run_rule(*rule, "共28家（其中约12家、10余家）。").empty());
  // 其中 lists need not be exhaustive, but cannot exceed the total.
  CHECK(run_rule(*rule, "共有企业28家，其中国有12家、民营10家。").empty());
  CHECK(run_rule(*rule, "共有企业28家，其中国有20家、民营10家。").size() == 1);
  // Three parts or more just short of the total are a note (120 of 126); further short, a partial list.
  auto short_of = run_rule(*rule, "共有社员牧户126户，其中措勤村58户、达隆村41户、扎西岗村21户。");
  REQUIRE(matched(short_of) == std::vector<std::string>{"126户，其中措勤村58户、达隆村41户、扎西岗村21户"});
  CHECK(short_of[0].severity == copydesk::Severity::kNote);
  CHECK(run_rule(*rule, "共有社员牧户126户，其中措勤村58户、达隆村41户、扎西岗村5户。").empty());
  CHECK(run_rule(*rule, "共有社员牧户126户，其中措勤村58户、达隆村61户。").empty());  // two parts
  // A part that holds the parts after it (省道1240公里中还有186公里): no flat list.
  CHECK(run_rule(*rule, "已恢复通行1674公里，其中国道620公里已全部打通，省道1240公里中还有186公里正在抢通。").empty());
  CHECK(run_rule(*rule, "5只羊有20只蹄子。").empty());
  // 其中 may open the next sentence when the total is the last figure of its unit in its own (笔 counts loans).
  CHECK(run_rule(*rule, "全市累计发放贷款1860笔、金额3.6亿元。其中，个体工商户贷款1120笔，小微企业贷款460笔，农村创业项目贷款"
                        "260笔。")
            .size() == 1);
  CHECK(run_rule(*rule, "全市累计发放贷款1840笔、金额3.6亿元。其中，个体工商户贷款1120笔，小微企业贷款460笔，农村创业项目贷款"
                        "260笔。")
            .empty());
  CHECK(run_rule(*rule, "全市累计发放贷款1860笔，其中首贷300笔。其中，个体工商户贷款1120笔，小微企业贷款460笔。").empty());
  // A figure compared with is no total: the one before it is (1.2万人, not 1万人).
  CHECK(run_rule(*rule, "一季度新增就业1.2万人，比去年同期的1万人增长20%。其中，高校毕业生4500人、退役军人800人、农民工"
                        "5700人。")
            .size() == 1);
  // A subtotal (合计) is no part; the rest (其余…合计) is.
  CHECK(run_rule(*rule, "出口汽车18.6万辆，其中纯电动汽车8.1万辆、插电式混合动力汽车3.5万辆、燃油车7.0万辆，新能源汽车合计"
                        "11.6万辆。")
            .empty());
  CHECK(run_rule(*rule, "种植面积达210万亩，其中准格尔旗85万亩、达拉特旗62万亩、伊金霍洛旗38万亩，其余旗区合计35万亩。").size() == 1);
  // People counted with 名 and with 人 are one unit; a list apart by 、 ends at ；.
  CHECK(matched(run_rule(*rule, "比赛共有86名选手报名，其中男选手48人、女选手33人，年龄最小的12岁。")) ==
        std::vector<std::string>{"86名选手报名，其中男选手48人、女选手33人"});
  CHECK(run_rule(*rule, "来自12个苏木镇的86名选手同场竞技，其中专业组52人、业余组34人；女选手21人，约占四分之一。").empty());
  // The figure a total is compared with is no total; the sum is written as the total is (184.3万).
  auto compared = run_rule(*rule, "全市已有186.3万人完成缴费，较去年同期的180万人增长3.5%，其中城镇居民52.6万人、农村居民131.7万人。");
  REQUIRE(matched(compared) ==
          std::vector<std::string>{"186.3万人完成缴费，较去年同期的180万人增长3.5%，其中城镇居民52.6万人、农村居民131.7万人"});
  CHECK(compared[0].message.find("184.3万") != std::string::npos);
  CHECK(run_rule(*rule, "全市已有184.3万人完成缴费，较去年同期的180万人增长2.4%，其中城镇居民52.6万人、农村居民131.7万人。").empty());
  // A rate is not a part: 每小时120公里 measures speed, not road.
  CHECK(run_rule(*rule, "该工程全长128公里，其中主线改扩建96公里、新建连接线32公里，设计速度为每小时120公里。").empty());
  CHECK(run_rule(*rule, "全线长60公里，其中新建40公里、改建15公里，时速80公里。").empty());
  CHECK(run_rule(*rule, "全线长60公里，其中新建40公里、改建25公里，时速80公里。").size() == 1);
  // Two parts whose labels leave nothing out (城市, 农村) must add up.
  CHECK(matched(run_rule(*rule, "已建成老年助餐点1260个，其中城市社区助餐点815个、农村助餐点425个。")) ==
        std::vector<std::string>{"1260个，其中城市社区助餐点815个、农村助餐点425个"});
  CHECK(run_rule(*rule, "已建成老年助餐点1260个，其中农村助餐点425个、城市社区助餐点835个。").empty());
  CHECK(run_rule(*rule, "已建成老年助餐点1260个，其中城市社区助餐点815个、机构助餐点425个。").empty());
  // A list whose last part is the rest (remainder_labels) leaves nothing out.
  CHECK(matched(run_rule(*rule, "签约项目38个，其中永磁类16个、抛光类9个、储氢类7个、其他类4个。")) ==
        std::vector<std::string>{"38个，其中永磁类16个、抛光类9个、储氢类7个、其他类4个"});
  CHECK(run_rule(*rule, "签约项目38个，其中永磁类16个、抛光类9个、储氢类7个、其他类6个。").empty());
  CHECK(run_rule(*rule, "签约项目38个，其中永磁类16个、抛光类9个、储氢类7个。").empty());
  // Without complementary_parts, a 其中 list under its total says nothing.
  auto plain = rule_from_yaml("kind: numeric-inconsistency\ncategory: numeric-inconsistency\nmessage: {en: x, zh: x}\n");
  CHECK(run_rule(*plain, "已建成老年助餐点1260个，其中城市社区助餐点815个、农村助餐点425个。").empty());
  CHECK_THAT(rule_load_error("kind: numeric-inconsistency\ncategory: numeric-inconsistency\nmessage: {en: x, zh: x}\n"
                             "options: {complementary_parts: [[城市]]}\n"),
             Catch::Contains("pairs of labels"));
}

TEST_CASE("numeric-inconsistency: shares, bounds and multipliers", "[kinds][numeric-inconsistency]") {
  auto rule = shipped_rule("zh-Hans.numeric-inconsistency");
  REQUIRE(rule);
  CHECK(matched(run_rule(*rule, "该产品的市场占比达到120%。")) == std::vector<std::string>{"120%"});
  CHECK(run_rule(*rule, "营业收入同比增长120%。").empty());
  CHECK(run_rule(*rule, "新能源电量占比超60%。").empty());
  CHECK(matched(run_rule(*rule, "累计突破50亿元，达45.2亿元。")) == std::vector<std::string>{"45.2亿元"});
  CHECK(run_rule(*rule, "累计突破389亿元,达389.85亿元。").empty());
  CHECK(matched(run_rule(*rule, "成本降低了3倍。")) == std::vector<std::string>{"降低了3倍"});
  CHECK(matched(run_rule(*rule, "牧民收入翻了十几番。")) == std::vector<std::string>{"翻了十几番"});
  CHECK(run_rule(*rule, "经济总量翻了两番。").empty());
  CHECK(run_rule(*rule, "产量增长了3倍。").empty());
}

TEST_CASE("numeric-inconsistency: a plan honours no headline bound", "[kinds][numeric-inconsistency]") {
  auto rule = shipped_rule("zh-Hans.numeric-inconsistency");
  REQUIRE(rule);
  CHECK(matched(run_rule(*rule, "## 入驻企业突破300家\n\n本报讯 截至目前，园区累计入驻科技型企业268家。园区力争到2027年入驻企业突破400家。")) ==
        std::vector<std::string>{"300家"});
  CHECK(run_rule(*rule, "## 入驻企业突破300家\n\n本报讯 截至目前，园区累计入驻科技型企业312家。").empty());
}

TEST_CASE("numeric-inconsistency: a share of a whole the article names", "[kinds][numeric-inconsistency]") {
  auto rule = shipped_rule("zh-Hans.numeric-inconsistency");
  REQUIRE(rule);
  const std::string whole = "会上签订供货协议，签约总额2.6亿元。";
  auto f = run_rule(*rule, whole + "其中茯砖茶订单1.3亿元，占签约总额的60%。");
  CHECK(matched(f) == std::vector<std::string>{"60%"});
  REQUIRE(f.size() == 1);
  CHECK_THAT(f[0].message, Catch::Contains("50.0%"));
  // Within the rounding of the three figures; a whole the article does not give; another unit.
  CHECK(run_rule(*rule, whole + "其中茯砖茶订单1.3亿元，占签约总额的52%。").empty());
  CHECK(run_rule(*rule, "其中茯砖茶订单1.3亿元，占签约总额的60%。").empty());
  CHECK(run_rule(*rule, "签约总额2.6亿美元。其中茯砖茶订单1.3亿元，占签约总额的60%。").empty());
  // The whole and its part in one clause (48栋仓房中已有36栋), then 占比.
  CHECK(matched(run_rule(*rule, "全库48栋仓房中已有36栋安装了测温系统，占比80%。")) == std::vector<std::string>{"80%"});
  CHECK(run_rule(*rule, "全库48栋仓房中已有36栋安装了测温系统，占比75%。").empty());
  CHECK(run_rule(*rule, "全库48栋仓房中已有36台设备安装了测温系统，占比80%。").empty());  // another measure word
  CHECK(run_rule(*rule, "全库48栋仓房，36栋安装了测温系统，占比80%。").empty());  // no 中…有
  CHECK(matched(run_rule(*rule, "全园共有幼儿240名，其中蒙古国籍幼儿36名，占比20%。")) == std::vector<std::string>{"20%"});
  // A bare 占 right before the share.
  CHECK(matched(run_rule(*rule, "开馆首日共接待游泳爱好者1500人次，其中持月卡的市民600人次，占30%。")) ==
        std::vector<std::string>{"30%"});
  CHECK(run_rule(*rule, "开馆首日共接待游泳爱好者1500人次，其中持月卡的市民600人次，占40%。").empty());
  CHECK(run_rule(*rule, "全园共有幼儿240名，其中蒙古国籍幼儿36名，占比15%。").empty());
  // A name for the total of a noun not used before (钢琴总数): the paragraph's one count of that noun.
  CHECK(matched(run_rule(*rule, "全县中小学共有钢琴126台，其中不少是捐赠的。此次修复的87台钢琴，占全县学校钢琴总数的约75%。")) ==
        std::vector<std::string>{"约75%"});
  CHECK(run_rule(*rule, "全县中小学共有钢琴126台，其中不少是捐赠的。此次修复的87台钢琴，占全县学校钢琴总数的约69%。").empty());
  // A rate named right before the share (再利用率达).
  CHECK(matched(run_rule(*rule, "两年间共回收旧校服12600件，其中经清洗消毒后重新发放9450件，再利用率达80%。")) ==
        std::vector<std::string>{"80%"});
  CHECK(run_rule(*rule, "两年间共回收旧校服12600件，其中经清洗消毒后重新发放9450件，再利用率达75%。").empty());
  // Lamps are counted (盏): a 其中 list just short of its total is a note.
  CHECK(run_rule(*rule, "此次共改造路灯38000盏，其中主干道21400盏、次干道9800盏、背街小巷5600盏。").size() == 1);
  // Trees too (株), with the labels of the parts in brackets.
  CHECK(run_rule(*rule, "全市现有古树名木1286株，其中一级古树（树龄500年以上）312株，二级古树（树龄300年至499年）458株，"
                        "三级古树（树龄100年至299年）497株。").size() == 1);
  CHECK(run_rule(*rule, "全市现有古树名木1267株，其中一级古树（树龄500年以上）312株，二级古树（树龄300年至499年）458株，"
                        "三级古树（树龄100年至299年）497株。").empty());
  CHECK(matched(run_rule(*rule, "全旗共有邮政储蓄网点26个，其中位于苏木镇和嘎查的有18个，占比达75%。")) ==
        std::vector<std::string>{"75%"});
}

TEST_CASE("numeric-inconsistency: averages are advisory", "[kinds][numeric-inconsistency]") {
  auto rule = shipped_rule("zh-Hans.numeric-inconsistency");
  REQUIRE(rule);
  auto findings = run_rule(*rule, "发放补助金1200万元，让3000人受益，人均5000元。");
  REQUIRE(matched(findings) == std::vector<std::string>{"5000元"});
  CHECK(findings[0].severity == copydesk::Severity::kNote);
  CHECK(run_rule(*rule, "发放补助金1200万元，让3000人受益，人均4000元。").empty());
  CHECK(run_rule(*rule, "发放补助金1200万元，让3000人受益，人均4100元。").empty());  // within 5%
  // 户均 divides by the households counted before the total in the paragraph; 约 allows twice as much.
  CHECK(matched(run_rule(*rule, "小区共有住户960户。工程总投资2400万元，户均投入约3.2万元。")) ==
        std::vector<std::string>{"3.2万元"});
  CHECK(run_rule(*rule, "小区共有住户960户。工程总投资2400万元，户均投入约2.6万元。").empty());
  CHECK(run_rule(*rule, "小区共有住户960户，商户40户。工程总投资2400万元，户均投入约3.2万元。").empty());  // two counts
  CHECK(run_rule(*rule, "小区共有住户960户。\n\n工程总投资2400万元，户均投入约3.2万元。").empty());  // another paragraph
  // The total may be any amount before the count, not only the nearest (a 其中 list's part).
  CHECK(run_rule(*rule, "下达资金10.6亿元，其中禁牧补助4.1亿元、绩效奖励1.2亿元，惠及农牧民14.3万户，户均约7400元。").empty());
}

TEST_CASE("numeric-inconsistency: a headline the body does not support", "[kinds][numeric-inconsistency]") {
  auto rule = shipped_rule("zh-Hans.numeric-inconsistency");
  REQUIRE(rule);
  std::string page = "# 春节假期游客突破50万人次\n\n本报讯 春节假期，全市共接待游客45.2万人次，同比增长12%。\n";
  CHECK(matched(run_rule(*rule, page)) == std::vector<std::string>{"50万人次"});
  std::string fine = "# 春节假期游客突破50万人次\n\n本报讯 春节假期，全市共接待游客52.3万人次，同比增长12%。\n";
  CHECK(run_rule(*rule, fine).empty());
  // A body bound far below the headline's honours nothing.
  CHECK(matched(run_rule(*rule, "# 口岸通行中欧班列突破1500列\n\n本报讯 今年累计通行中欧班列1380列，每天可换装班列20列以上。\n")) ==
        std::vector<std::string>{"1500列"});
  CHECK(run_rule(*rule, "# 口岸通行中欧班列突破1500列\n\n本报讯 今年累计通行中欧班列超过1400列。\n").empty());
  // 首破 (broke for the first time) is a bound, as 突破 is.
  CHECK(matched(run_rule(*rule, "# 研究生新生首破5000人\n\n本报讯 今年该校共录取研究生4860人。\n")) ==
        std::vector<std::string>{"5000人"});
  // A headline's hope (有望突破) is a plan, which last year's figure does not contradict.
  CHECK(run_rule(*rule, "# 老手艺今年销售额有望突破300万元\n\n本报讯 去年，合作社销售额为240万元。今年全年销售额预计突破300万元。\n")
            .empty());
  // After a measure word of things counted, two characters name what the headline counts (64支村队 … 56支村队).
  CHECK(matched(run_rule(*rule, "# 64支村队同场竞技\n\n本报讯 来自全县9个乡镇的56支村队参赛。\n")) ==
        std::vector<std::string>{"64支"});
  CHECK(run_rule(*rule, "# 64支村队同场竞技\n\n本报讯 来自全县9个乡镇的64支村队参赛。\n").empty());
  // So after 户 (households), 家 (enterprises) and 个 (items).
  CHECK(matched(run_rule(*rule, "# 1.5万户居民家中装上室温探头\n\n本报讯 全市已为1.2万户居民免费安装室温采集器。\n")) ==
        std::vector<std::string>{"1.5万户"});
  CHECK(run_rule(*rule, "# 1.5万户居民家中装上室温探头\n\n本报讯 全市已为1.5万户居民免费安装室温采集器。\n").empty());
  // A body figure of what the headline counts is read before others of its unit (常住人口52万人 honours nothing);
  // the headline is reported once, not again as a sentence's promise.
  const std::string signed_up = "# 我市家庭医生签约居民突破30万人\n\n本报讯 截至8月底，全市家庭医生签约居民达28.6万人，"
                                "占全市常住人口52万人的55.0%。\n";
  CHECK(matched(run_rule(*rule, signed_up)) == std::vector<std::string>{"30万人"});
  CHECK(run_rule(*rule, "# 我市家庭医生签约居民突破30万人\n\n本报讯 截至8月底，全市家庭医生签约居民达31.6万人，"
                        "占全市常住人口52万人的60.8%。\n").empty());

  SECTION("an exact headline figure against the body's figure under the same words") {
    auto page_with = [](const std::string& head, const std::string& body) {
      return "# " + head + "\n\n本报讯 " + body + "，同比增长12%。\n";
    };
    CHECK(matched(run_rule(*rule, page_with("全市接待游客52万人次", "春节假期，全市接待游客45.2万人次"))) ==
          std::vector<std::string>{"52万人次"});
    // The body has the figure, or one the headline rounds (52万 stands for 51.5万 to 52.5万).
    CHECK(run_rule(*rule, page_with("全市接待游客52万人次", "全市接待游客45.2万人次，其中外地游客52万人次")).empty());
    CHECK(run_rule(*rule, page_with("全市接待游客52万人次", "春节假期，全市接待游客52.3万人次")).empty());
    CHECK(run_rule(*rule, page_with("全市接待游客50万人次", "春节假期，全市接待游客54.6万人次")).empty());
    // Other words before the body's figure: another quantity, not the headline's.
    CHECK(run_rule(*rule, page_with("全市接待游客52万人次", "春节假期，外地游客达到45.2万人次")).empty());
    // The body gives the headline's figure as the sum of figures written one after the other.
    CHECK(run_rule(*rule, page_with("新建加固堤防86公里", "新建堤防52公里、加固堤防34公里")).empty());
    CHECK(matched(run_rule(*rule, page_with("新建加固堤防96公里", "新建堤防52公里、加固堤防34公里"))) ==
          std::vector<std::string>{"96公里"});
  }
}

TEST_CASE("numeric-inconsistency: a count 这 points back at, given otherwise before", "[kinds][numeric-inconsistency]") {
  auto rule = shipped_rule("zh-Hans.numeric-inconsistency");
  REQUIRE(rule);
  const std::string given = "目前，街道共配置AED 36台，其中社区服务中心12台、中小学9台、商超和地铁站15台。";
  auto found = run_rule(*rule, given + "街道还为这28台AED建立了电子地图。");
  REQUIRE(matched(found) == std::vector<std::string>{"28"});
  REQUIRE(found[0].related.size() == 1);
  CHECK(run_rule(*rule, given + "街道还为这36台AED建立了电子地图。").empty());
  // The sum or difference of two counts given (36 - 15 = 21), or another thing counted: left alone.
  CHECK(run_rule(*rule, given + "街道还为这21台AED建立了电子地图。").empty());
  CHECK(run_rule(*rule, given + "街道还为这28台设备建立了电子地图。").empty());
  // Without 这, a count of its own.
  CHECK(run_rule(*rule, given + "街道还为另外28台AED建立了电子地图。").empty());
}

TEST_CASE("numeric-inconsistency: a headline score the body's scores contradict", "[kinds][numeric-inconsistency]") {
  auto rule = shipped_rule("en.headline-figure");
  REQUIRE(rule);
  auto page = [](const std::string& head, const std::string& body) {
    return head + "\n\nEASTON — The Thunder beat the Harbor City Mariners " + body + " on Saturday.\n";
  };
  CHECK(matched(run_rule(*rule, page("Thunder roll past Harbor City, 54-49", "54-46"))) ==
        std::vector<std::string>{"54-49"});
  CHECK(run_rule(*rule, page("Thunder roll past Harbor City, 54-46", "54-46")).empty());
  CHECK(run_rule(*rule, page("Thunder roll past Harbor City, 46-54", "54-46")).empty());  // either way round
  CHECK(run_rule(*rule, page("Thunder roll past Harbor City, 61-49", "54-46")).empty());  // no number shared
  CHECK(run_rule(*rule, page("Thunder roll past Harbor City, 54-49", "by eight points")).empty());  // no score
}

TEST_CASE("numeric-inconsistency: an English count restated with 'all' and the same word", "[kinds][numeric-inconsistency]") {
  auto rule = shipped_rule("en.restated-count");
  REQUIRE(rule);
  const std::string given = "The changes affect the city's 23 licensed parlors, most of them downtown. ";
  CHECK(matched(run_rule(*rule, given + "Inspectors will visit all 27 licensed shops in January.")) ==
        std::vector<std::string>{"27"});
  CHECK(run_rule(*rule, given + "Inspectors will visit all 23 licensed shops in January.").empty());
  CHECK(run_rule(*rule, given + "Inspectors will visit 27 licensed shops in January.").empty());  // no "all"
  CHECK(run_rule(*rule, given + "Inspectors will visit all 27 shops in January.").empty());  // another word
}

TEST_CASE("numeric-inconsistency: a 其中 list after a figure changed to its total", "[kinds][numeric-inconsistency]") {
  auto rule = shipped_rule("zh-Hans.numeric-inconsistency");
  REQUIRE(rule);
  // Flights (架次) are operations (次) counted.
  CHECK(run_rule(*rule, "全省共开展人工增雨作业127次，其中飞机增雨作业19架次、地面火箭作业86次、高炮作业17次。").size() == 1);
  CHECK(run_rule(*rule, "全省共开展人工增雨作业122次，其中飞机增雨作业19架次、地面火箭作业86次、高炮作业17次。").empty());
  // The noun counted, then 中 and a comma, opens a list as 其中 does; not 在100米决赛中.
  CHECK(run_rule(*rule, "首批开通服务的12家医院中，省级医院3家、市级医院6家、区级医院4家。").size() == 1);
  CHECK(run_rule(*rule, "首批开通服务的12家医院中，省级医院3家、市级医院6家、区级医院3家。").empty());
  CHECK(run_rule(*rule, "全县有3所高中，12所初中、20所小学。").empty());
  CHECK(run_rule(*rule, "在男子100米决赛中，100米栏和100米跑同时进行。").empty());
  // The figure nearer 其中 is the total (80分), not the old one it was raised from.
  CHECK(matched(run_rule(*rule, "体育中考总分由现行的60分提高到80分，其中过程性评价20分、统一考试项目40分、自选考试项目15分。")) ==
        std::vector<std::string>{"80分，其中过程性评价20分、统一考试项目40分、自选考试项目15分"});
  CHECK(run_rule(*rule, "体育中考总分由现行的60分提高到80分，其中过程性评价20分、统一考试项目40分、自选考试项目20分。").empty());
}

TEST_CASE("numeric-inconsistency: a change or difference stated as an amount its two figures do not give",
          "[kinds][numeric-inconsistency]") {
  auto en = shipped_rule("en.percent-change");
  auto zh = shipped_rule("zh-Hans.percent-change");
  REQUIRE(en);
  REQUIRE(zh);
  // After both figures: from B to A, an increase of N (years and ordinal words passed over).
  CHECK(matched(run_rule(*en, "Calls rose from 3,120 in the first half of 2025 to 3,510 in the first half of this "
                              "year, an increase of 490.")) == std::vector<std::string>{"490"});
  CHECK(run_rule(*en, "Calls rose from 3,120 in the first half of 2025 to 3,510 in the first half of this year, an "
                      "increase of 390.").empty());
  // A rounded amount is no contradiction (400 for 390), a wrong direction is.
  CHECK(run_rule(*en, "Calls rose from 3,120 to 3,510, an increase of about 400.").empty());
  CHECK(run_rule(*en, "Calls rose from 3,120 to 3,510, an increase of 400.").empty());
  CHECK(matched(run_rule(*en, "Calls went from 3,510 to 3,120, an increase of 390.")) == std::vector<std::string>{"390"});
  // Between them: A, up N from B; A, N more than the B.
  CHECK(matched(run_rule(*en, "The shelter placed 412 dogs, up 52 from 370 a year ago.")) ==
        std::vector<std::string>{"52"});
  CHECK(run_rule(*en, "The shelter placed 412 dogs, up 42 from 370 a year ago.").empty());
  CHECK(matched(run_rule(*en, "Crews replaced 140 rafters, 30 more than the 100 in the estimate.")) ==
        std::vector<std::string>{"30"});
  CHECK(run_rule(*en, "Crews replaced 140 rafters, 40 more than the 100 in the estimate.").empty());
  CHECK(run_rule(*en, "Crews replaced 60 rafters, 40 fewer than the 100 in the estimate.").empty());
  // A cost against its budget: a saving is the difference, whichever way it is written.
  auto saving = run_rule(*en, "The project cost $3.2 million, below the $3.6 million budget approved by the county, "
                              "a saving of $500,000.");
  REQUIRE(matched(saving) == std::vector<std::string>{"500,000"});
  CHECK(saving[0].message.find("$400,000") != std::string::npos);
  CHECK(run_rule(*en, "The project cost $3.2 million, below the $3.6 million budget, a saving of $400,000.").empty());
  // Figures of different kinds are not compared: dollars and a count, a percentage.
  CHECK(run_rule(*en, "Fares rose from $2.75 to $3.25, an increase of 50 cents.").empty());
  CHECK(run_rule(*en, "Turnout rose from 48% to 55%, up 9 from the last election.").empty());

  CHECK(matched(run_rule(*zh, "志愿者由3200人增加到3800人，增加了500人。")) == std::vector<std::string>{"500"});
  CHECK(run_rule(*zh, "志愿者由3200人增加到3800人，增加了600人。").empty());
  CHECK(matched(run_rule(*zh, "今年产量5600吨，比去年的5100吨增加600吨。")) == std::vector<std::string>{"600"});
  CHECK(run_rule(*zh, "今年产量5600吨，比去年的5100吨增加500吨。").empty());
  // Another unit after the amount: another thing.
  CHECK(run_rule(*zh, "志愿者由3200人增加到3800人，增加了500户。").empty());
  // A length of time shortened: 缩短 is a fall, and 分钟 no time of day.
  CHECK(matched(run_rule(*zh, "平均通行时间由原来的25分钟缩短至20分钟，缩短了25%。")) == std::vector<std::string>{"25%"});
  CHECK(run_rule(*zh, "平均通行时间由原来的25分钟缩短至20分钟，缩短了20%。").empty());
  CHECK(matched(run_rule(*zh, "平均通行时间由原来的25分钟缩短至20分钟，缩短了4分钟。")) == std::vector<std::string>{"4"});
}

TEST_CASE("numeric-inconsistency: a percentage change its two figures do not give", "[kinds][numeric-inconsistency]") {
  auto rule = shipped_rule("en.percent-change");
  REQUIRE(rule);
  // "A in 2024 and B in 2025, a P percent increase": each figure with its year, in order.
  CHECK(matched(run_rule(*rule, "They counted 1,240 toads crossing in 2024 and 1,860 in 2025, a 40 percent increase.")) ==
        std::vector<std::string>{"40 percent"});
  CHECK(run_rule(*rule, "They counted 1,240 toads crossing in 2024 and 1,860 in 2025, a 50 percent increase.").empty());
  CHECK(run_rule(*rule, "They counted 1,240 toads and 1,860 frogs, a 40 percent increase.").empty());  // no years
  // The three shapes: to A from B, from B to A, A, up N% from B.
  CHECK(matched(run_rule(*rule, "Sales rose 12% to $4.5 billion from $4.2 billion.")) == std::vector<std::string>{"12%"});
  // "a N% increase" at the end of a line; a time ago between the figures and the change.
  CHECK(matched(run_rule(*rule, "Membership rose from 1,400 to 1,820, a 25% increase.\n\nThe club grew.")) ==
        std::vector<std::string>{"25%"});
  CHECK(matched(run_rule(*rule, "Ridership grew from 400 to 560 since the route opened three years ago, up 25 percent.")) ==
        std::vector<std::string>{"25 percent"});
  CHECK(run_rule(*rule, "Ridership grew from 400 to 560 since the route opened three years ago, up 40 percent.").empty());
  // Pounds, and "per cent".
  CHECK(matched(run_rule(*rule, "The standard daily charge rises from £4 to £5, a 20 per cent increase, and the "
                                "two-hour rate goes up too.")) == std::vector<std::string>{"20 per cent"});
  // The lines of a hard-wrapped paragraph may end anywhere in it.
  CHECK(matched(run_rule(*rule, "Sales rose 12% to $4.5\nbillion from $4.2 billion.")) == std::vector<std::string>{"12%"});
  CHECK(matched(run_rule(*rule, "The board voted to raise the fare from\n$2.75 to $3.25, an\nincrease of 25%.")) ==
        std::vector<std::string>{"25%"});
  CHECK(matched(run_rule(*rule, "Sales rose 12 percent from $4.2 billion to $4.5 billion.")) ==
        std::vector<std::string>{"12 percent"});
  CHECK(matched(run_rule(*rule, "Revenue was $4.5 billion, up 12% from last year's $4.2 billion.")) ==
        std::vector<std::string>{"12%"});
  CHECK(matched(run_rule(*rule, "Revenue was $3.1 billion for the year that ended in October, down from $3.4 billion "
                                "a year earlier, a decline of 15%.")) == std::vector<std::string>{"15%"});
  CHECK(run_rule(*rule, "Revenue was $3.1 billion, down from $3.4 billion a year earlier, a decline of 9%.").empty());
  // "from B in 2023 to A in 2024, up P%": the change after both figures, years passed over.
  CHECK(matched(run_rule(*rule, "Parking revenue rose from $186,000 in 2023 to $223,200 in 2024, up 25%, the town said.")) ==
        std::vector<std::string>{"25%"});
  CHECK(run_rule(*rule, "Parking revenue rose from $186,000 in 2023 to $223,200 in 2024, up 20%, the town said.").empty());
  // "A …, up from B in 2023, an increase of P%": a year after the old figure.
  CHECK(matched(run_rule(*rule, "The authority approved 64 schemes last year, up from 40 in 2023, an increase of 40%.")) ==
        std::vector<std::string>{"40%"});
  CHECK(run_rule(*rule, "The authority approved 64 schemes last year, up from 40 in 2023, an increase of 60%.").empty());
  // A clause of up to eight words after the old figure.
  CHECK(matched(run_rule(*rule, "The plant employs 52 people, up from 40 when trial production began in March, an "
                                "increase of 20%.")) == std::vector<std::string>{"20%"});
  CHECK(run_rule(*rule, "The plant employs 52 people, up from 40 when trial production began in March, an increase "
                        "of 30%.").empty());
  CHECK(matched(run_rule(*rule, "The board voted to raise the fare from $2.75 to $3.25, an increase of 25%.")) ==
        std::vector<std::string>{"25%"});
  CHECK(run_rule(*rule, "The board voted to raise the fare from $2.75 to $3.25, an increase of 18%.").empty());
  CHECK(run_rule(*rule, "Revenue was $3.1 billion, down from $3.4 billion, an increase of 9%.").empty());  // contradicts itself: not read
  // The message gives the change the figures make, with their currency.
  auto f = run_rule(*rule, "Sales rose 12% to $4.5 billion from $4.2 billion.");
  REQUIRE(f.size() == 1);
  CHECK_THAT(f[0].message, Catch::Contains("from $4.2 billion to $4.5 billion is a rise of 7.1%"));
  CHECK(f[0].related.size() == 2);
  // Rounding: 4.5 from 4.2 may be anything from 4.7% to 9.6%; 7% and 9% are fine.
  CHECK(run_rule(*rule, "Sales rose 7% to $4.5 billion from $4.2 billion.").empty());
  CHECK(run_rule(*rule, "Sales rose 9% to $4.5 billion from $4.2 billion.").empty());
  // Within the rounding but far from the figures as written (25%): a note.
  auto rounded = run_rule(*rule, "Traffic rose 20% to 1.5 million containers from 1.2 million.");
  REQUIRE(rounded.size() == 1);
  CHECK(rounded[0].severity == copydesk::Severity::kNote);
  CHECK(run_rule(*rule, "Traffic rose 23% to 1.5 million containers from 1.2 million.").empty());
  // The old figure, then "but only" the new one.
  CHECK(run_rule(*rule, "The ferry carried 48,000 passengers in 2019 but only 21,000 last year, a drop of 44 per cent.")
            .size() == 1);
  CHECK(run_rule(*rule, "The ferry carried 48,000 passengers in 2019 but only 21,000 last year, a drop of 56 per cent.")
            .empty());
  // A change the wrong way.
  CHECK(run_rule(*rule, "Ridership rose 25% to 30,000 from 40,000.").size() == 1);
  CHECK(run_rule(*rule, "Ridership fell 25% to 30,000 from 40,000.").empty());
  // Not read: approximate figures, years, percentage points, other sentences.
  CHECK(run_rule(*rule, "Sales rose 12% to about $4.5 billion from $4.2 billion.").empty());
  CHECK(run_rule(*rule, "Sales rose 12% from 2025 to 2026.").empty());
  CHECK(run_rule(*rule, "Support rose 2 points to 45% from 43%.").empty());
  CHECK(run_rule(*rule, "Sales rose 12%. To $4.5 billion from $4.2 billion, analysts said.").empty());
  // "a 24% increase" after both figures, in either order, years between skipped.
  CHECK(matched(run_rule(*rule, "Volume rose to 62,000 units last year from 50,000 in 2022, a 14% increase.")) ==
        std::vector<std::string>{"14%"});
  CHECK(run_rule(*rule, "Volume rose to 62,000 units last year from 50,000 in 2022, a 24% increase.").empty());
  CHECK(matched(run_rule(*rule, "The fare went from $2.50 to $3.25, a 40% increase.")) == std::vector<std::string>{"40%"});
  CHECK(run_rule(*rule, "The fare went from $2.50 to $3.25, a 30% increase.").empty());
  CHECK(run_rule(*rule, "The fare went from $3 to $2.50, a 17 percent drop.").empty());
  CHECK(matched(run_rule(*rule, "Sales fell to $1.18 billion last year from $1.42 billion in 2024, a drop of 21%.")) ==
        std::vector<std::string>{"21%"});
  CHECK(run_rule(*rule, "Sales fell to $1.18 billion last year from $1.42 billion in 2024, a drop of 17%.").empty());
  // Without "from" and "to" the two figures are not a change.
  CHECK(run_rule(*rule, "The city hired 300 officers and 200 clerks, a 40% increase.").empty());
  // An approximate figure stands for anything within a tenth of it.
  CHECK(matched(run_rule(*rule, "Donations rose from about 400 pounds a week in August to 620 pounds a week in September, "
                                "an increase of 35 percent.")) == std::vector<std::string>{"35 percent"});
  CHECK(run_rule(*rule, "Donations rose from about 400 pounds a week in August to 620 pounds a week in September, "
                        "an increase of 45 percent.")
            .empty());
  // A count of time is no figure of the change ("in the first six months of the year, up 9% from").
  CHECK(run_rule(*rule, "The terminal moved 1.46 million tons of cargo in the first six months of the year, up 9% from "
                        "1.34 million tons a year earlier.")
            .empty());
  // A figure restating the new one in other units ("or about 4.2 tonnes") is no new figure.
  CHECK(run_rule(*rule, "Yields are averaging 62 bushels an acre, or about 4.2 tonnes a hectare, up 9 percent from last "
                        "year's 57 bushels.")
            .empty());
  // "A, up N% from the original B".
  CHECK(matched(run_rule(*rule, "The $42 million building, up 20% from the original $32 million estimate, has wet labs.")) ==
        std::vector<std::string>{"20%"});
  CHECK(run_rule(*rule, "The $42 million building, up 31% from the original $32 million estimate, has wet labs.").empty());
  // "N% since last winter, from B to A": a comma before "from".
  CHECK(matched(run_rule(*rule, "Natural gas has climbed 20 percent since last winter, from $4.50 to $5.85 per thousand "
                                "cubic feet.")) == std::vector<std::string>{"20 percent"});
  CHECK(run_rule(*rule, "Natural gas has climbed 30 percent since last winter, from $4.50 to $5.85 per thousand cubic feet.")
            .empty());
  // Years and seasons written with the figures are passed over.
  CHECK(matched(run_rule(*rule, "Ticket sales rose from 18,400 in the 2023-24 season to 21,900 in 2024-25, an increase "
                                "of 25 percent.")) == std::vector<std::string>{"25 percent"});
  CHECK(run_rule(*rule, "Ticket sales rose from 18,400 in the 2023-24 season to 21,900 in 2024-25, an increase of 19 percent.")
            .empty());
}

TEST_CASE("numeric-inconsistency: a change in percentage points its percentages do not give", "[kinds][numeric-inconsistency]") {
  auto zh = shipped_rule("zh-Hans.percent-change");
  auto en = shipped_rule("en.percent-change");
  REQUIRE(zh);
  REQUIRE(en);
  auto f = run_rule(*zh, "全市千兆光网通达率由2022年底的62%提高到91%，提高了19个百分点。");
  REQUIRE(f.size() == 1);
  CHECK_THAT(f[0].message, Catch::Contains("up 29 percentage points"));
  CHECK(f[0].related.size() == 2);
  CHECK(run_rule(*zh, "全市千兆光网通达率由2022年底的62%提高到91%，提高了29个百分点。").empty());
  CHECK(run_rule(*zh, "城镇登记失业率从4.8%降至3.9%，下降0.9个百分点。").empty());
  // The old percentage, then a verb that moves it to the new one in the next clause.
  CHECK(run_rule(*zh, "镀膜前，反射率只有82%，镀膜后提升至94%，提高了15个百分点。").size() == 1);
  CHECK(run_rule(*zh, "镀膜前，反射率只有82%，镀膜后提升至94%，提高了12个百分点。").empty());
  CHECK(run_rule(*zh, "城镇登记失业率从4.8%降至3.9%，提高0.9个百分点。").size() == 1);  // the wrong way
  // One percentage only: nothing to check.
  CHECK(run_rule(*zh, "增速较上年的5.2%提高0.3个百分点。").empty());
  // Years between the percentages are skipped, and words may stand before the points.
  CHECK(matched(run_rule(*en, "Ridership climbed back to 84% of its 2019 level, up from 71% a year ago, a gain of 15 "
                              "percentage points.")) == std::vector<std::string>{"15"});
  CHECK(run_rule(*en, "Ridership climbed back to 84% of its 2019 level, up from 71% a year ago, a gain of 13 "
                      "percentage points.").empty());
  // The new percentage first, then "down from" the old one.
  CHECK(matched(run_rule(*en, "Nutrition would take 70% of spending, down from 81% under current law, a drop of 6 "
                              "percentage points.")) == std::vector<std::string>{"6"});
  CHECK(run_rule(*en, "Nutrition would take 75% of spending, down from 81% under current law, a drop of 6 "
                      "percentage points.").empty());
  CHECK(matched(run_rule(*en, "Turnout rose from 48% to 55%, up 9 percentage points.")) == std::vector<std::string>{"9"});
  CHECK(run_rule(*en, "Turnout rose to 55% from 48%, up 7 percentage points.").empty());
  CHECK(run_rule(*en, "Turnout rose to 55% from 48%, up 9 percentage points.").size() == 1);
  // Rounding: 4.8% and 3.9% are good to 0.05 each.
  CHECK(run_rule(*en, "The jobless rate fell from 4.8% to 3.9%, down 1 percentage point.").empty());
}

TEST_CASE("numeric-inconsistency: an English headline figure the body gives otherwise", "[kinds][numeric-inconsistency]") {
  auto rule = shipped_rule("en.headline-figure");
  REQUIRE(rule);
  auto page = [](const std::string& head, const std::string& body) {
    return head + "\n\nDENVER (AP) — " + body + " on Monday, officials said.\n";
  };
  CHECK(matched(run_rule(*rule, page("Fire destroys 300 homes", "A wildfire destroyed 210 homes"))) ==
        std::vector<std::string>{"300"});
  // The body has it, rounds to it, or gives it only roughly.
  CHECK(run_rule(*rule, page("Fire destroys 300 homes", "Crews saved 210 homes, but 300 homes burned")).empty());
  CHECK(run_rule(*rule, page("Fire destroys 300 homes", "A wildfire destroyed 280 homes")).empty());
  // A headline in title case counts the same word.
  CHECK(matched(run_rule(*rule, page("24 Teams Face Off in Final", "In all, 22 teams entered the league"))) ==
        std::vector<std::string>{"24"});
  CHECK(run_rule(*rule, page("24 Teams Face Off in Final", "In all, 24 teams entered the league")).empty());
  CHECK(run_rule(*rule, page("Fire destroys 300 homes", "Crews on 210 Homes Street")).empty());  // a body name
  // The half-way figure is no rounding; words of a counted_alike group count one thing.
  CHECK(matched(run_rule(*rule, page("Fire destroys 300 homes", "A wildfire destroyed 250 homes"))) ==
        std::vector<std::string>{"300"});
  auto jobs = run_rule(*rule, page("Mill to add 300 jobs", "The mill will hire 250 workers"));
  REQUIRE(jobs.size() == 1);
  CHECK_THAT(jobs[0].message, Catch::Contains("250 workers"));
  CHECK(run_rule(*rule, page("Mill to add 250 jobs", "The mill will hire 250 workers")).empty());
  CHECK(run_rule(*rule, page("Mill to add 300 jobs", "The mill will buy 250 machines")).empty());
  // An amount of money counts nothing.
  CHECK(run_rule(*rule, page("Port weighs $5 cruise passenger fee", "The port saw 1.25 million cruise passengers")).empty());
  // A rough body figure allows what its bound allows: about, a fifth either way.
  CHECK(run_rule(*rule, page("Fire destroys 300 homes", "A wildfire destroyed about 260 homes")).empty());
  CHECK(run_rule(*rule, page("Fire destroys 300 homes", "A wildfire destroyed more than 250 homes")).empty());
  CHECK(matched(run_rule(*rule, page("Fire destroys 300 homes", "A wildfire destroyed about 210 homes"))) ==
        std::vector<std::string>{"300"});
  CHECK(matched(run_rule(*rule, page("Fire destroys 300 homes", "A wildfire destroyed more than 350 homes"))) ==
        std::vector<std::string>{"300"});
  // Two different counts of the word: which is the headline's is not said.
  CHECK(run_rule(*rule, page("Shelter hopes to place 150 animals", "It houses 214 animals and placed 96 animals")).empty());
  // The body gives the figure without the word.
  CHECK(run_rule(*rule, page("Trustees remove 41 titles", "The vote covered 312 titles, and the board agreed to remove 41"))
            .empty());
  // Small counts are exact, and an adjective before the word is passed over.
  CHECK(matched(run_rule(*rule, page("Airport wins two new routes", "The airport will add three new routes this summer "
                                                                    "and base two aircraft there"))) ==
        std::vector<std::string>{"two"});
  CHECK(run_rule(*rule, page("Airport wins two new routes", "The airport will add two routes this summer")).empty());
  // Units measure many things: no count.
  CHECK(run_rule(*rule, page("Contract adds 180 miles of routes", "Some students ride 25 miles each way")).empty());
  // Another word after the figure: another count; a word that counts nothing: no count.
  CHECK(run_rule(*rule, page("Fire destroys 300 homes", "A wildfire destroyed 210 barns")).empty());
  CHECK(run_rule(*rule, page("Storm leaves 40,000 without power", "By Tuesday, 12,000 without power waited")).empty());
  // Years are no counts.
  CHECK(run_rule(*rule, page("Plan runs until 2030 budgets", "The plan covers 2028 budgets")).empty());
}

TEST_CASE("numeric-inconsistency: a Chinese percentage change its two figures do not give", "[kinds][numeric-inconsistency]") {
  auto rule = shipped_rule("zh-Hans.percent-change");
  REQUIRE(rule);
  // The two shapes: A，较(去年同期的)B增长P%; 从/由B增长到/降至A，增长/下降P%.
  auto f = run_rule(*rule, "全市新能源发电量达到230亿千瓦时，较去年同期的200亿千瓦时增长25%，位居全区前列。");
  CHECK(matched(f) == std::vector<std::string>{"25%"});
  REQUIRE(f.size() == 1);
  CHECK(f[0].related.size() == 2);
  CHECK(matched(run_rule(*rule, "全年接待游客从800万人次增长到1000万人次，增长20%。")) == std::vector<std::string>{"20%"});
  // 去年 set apart by a comma before last year's figure.
  CHECK(matched(run_rule(*rule, "去年，加工厂粉条销售额为280万元，今年预计达到350万元，同比增长20%。")) ==
        std::vector<std::string>{"20%"});
  CHECK(run_rule(*rule, "去年，加工厂粉条销售额为280万元，今年预计达到350万元，同比增长25%。").empty());
  // The new figure, then last year's said to be so much.
  CHECK(matched(run_rule(*rule, "今年1至2月，合作社销售额达86万元，去年同期为72万元，同比增长25%。")) ==
        std::vector<std::string>{"25%"});
  CHECK(run_rule(*rule, "今年1至2月，合作社销售额达86万元，去年同期为72万元，同比增长19.4%。").empty());
  CHECK(run_rule(*rule, "今年1至2月，合作社销售额达86万元，去年同期为72万吨，同比增长25%。").empty());  // another unit
  // ... or the change, then last year's figure after it.
  CHECK(matched(run_rule(*rule, "今年前10个月累计发货168万单，同比增长40%，去年同期为140万单。")) ==
        std::vector<std::string>{"40%"});
  CHECK(run_rule(*rule, "今年前10个月累计发货168万单，同比增长20%，去年同期为140万单。").empty());
  CHECK(matched(run_rule(*rule, "粮食产量由300万吨降至270万吨，同比下降了20%。")) == std::vector<std::string>{"20%"});
  CHECK(matched(run_rule(*rule, "产草量由每亩80公斤提高到120公斤，增长了30%。")) == std::vector<std::string>{"30%"});
  // Four-digit amounts with their unit are no years; 每吨 may stand before either figure.
  CHECK(matched(run_rule(*rule, "运输成本由每吨1200元降至每吨900元，降幅达30%。")) == std::vector<std::string>{"30%"});
  CHECK(run_rule(*rule, "运输成本由每吨1200元降至每吨900元，降幅达25%。").empty());
  // 每 and a two-character unit, 提升, 涨幅.
  CHECK(matched(run_rule(*rule, "鲜奶收购价由每公斤4元提高到5元，涨幅为35%。")) == std::vector<std::string>{"35%"});
  CHECK(run_rule(*rule, "鲜奶收购价由每公斤4元提高到5元，涨幅为25%。").empty());
  // The earlier figure's period in words before 的: 比2023年部分展区开放时的.
  CHECK(matched(run_rule(*rule, "2024年接待参观者45000人次，比2023年部分展区开放时的30000人次增长了35%。")) ==
        std::vector<std::string>{"35%"});
  CHECK(matched(run_rule(*rule, "过水能力由每秒15立方米提升到每秒21立方米，提高了50%。")) ==
        std::vector<std::string>{"50%"});
  // 比 and the earlier year: 比2024年的5100吨.
  CHECK(matched(run_rule(*rule, "去年鲜奶产量达到6120吨，比2024年的5100吨增长了25%。")) == std::vector<std::string>{"25%"});
  CHECK(run_rule(*rule, "去年鲜奶产量达到6120吨，比2024年的5100吨增长了20%。").empty());
  // An adjusted figure: 调增至, 上调至.
  CHECK(matched(run_rule(*rule, "总投资由初步设计的18.5亿元调增至21.2亿元，增幅达18.6%。")) ==
        std::vector<std::string>{"18.6%"});
  CHECK(run_rule(*rule, "总投资由初步设计的18.5亿元调增至21.2亿元，增幅达14.6%。").empty());
  CHECK(matched(run_rule(*rule, "收购价由每吨124元上调至155元，上涨了20%。")) == std::vector<std::string>{"20%"});
  // 2.1万 and 2.8万 are good to 500 each: 27.9% to 39.0%, so 25% is wrong and 30% may be right.
  CHECK(matched(run_rule(*rule, "奶牛存栏从2023年的2.1万头增至目前的2.8万头，增长25%。")) == std::vector<std::string>{"25%"});
  CHECK(run_rule(*rule, "奶牛存栏从2023年的2.1万头增至目前的2.8万头，增长30%。").empty());
  // The message gives the change in the reader's language.
  CHECK_THAT(f[0].message, Catch::Contains("a rise of 15.0%"));
  // Right, within rounding, or the wrong way round.
  CHECK(run_rule(*rule, "发电量达到230亿千瓦时，比上年的200亿千瓦时增长15%。").empty());
  CHECK(run_rule(*rule, "粮食产量由300万吨降至270万吨，下降10%。").empty());
  CHECK(run_rule(*rule, "粮食产量由300万吨降至270万吨，增长10%。").size() == 1);
  // Not read: figures in two units, the old figure missing, percentage points, years.
  CHECK(run_rule(*rule, "企业营收达到230亿元，较去年的200万吨增长25%。").empty());
  CHECK(run_rule(*rule, "全市实现地区生产总值2300亿元，同比增长5.5%。").empty());
  CHECK(run_rule(*rule, "增速较上年的5.2%提高0.3个百分点。").empty());
  CHECK(run_rule(*rule, "从2020年增长到2025年，增长25%。").empty());
  CHECK(matched(run_rule(*rule, "开幕首日观赛游客达8.6万人次，比上届同期的7.2万人次增长25%。")) ==
        std::vector<std::string>{"25%"});
  CHECK(run_rule(*rule, "开幕首日观赛游客达8.6万人次，比上届同期的7.2万人次增长19%。").empty());
  // The earlier period named in a few words, a small numeral among them.
  CHECK(matched(run_rule(*rule, "雪场共接待游客48万人次，比前一个雪季的32万人次增长了25%。")) ==
        std::vector<std::string>{"25%"});
  CHECK(run_rule(*rule, "雪场共接待游客48万人次，比前一个雪季的32万人次增长了50%。").empty());
  CHECK(run_rule(*rule, "雪场共接待游客48万人次，比前一个雪季的32万吨增长了25%。").empty());
  // Years written with the figures are passed over.
  CHECK(matched(run_rule(*rule, "货运量从2024年的126万吨增至2025年的151万吨，增长35%。")) == std::vector<std::string>{"35%"});
  CHECK(run_rule(*rule, "货运量从2024年的126万吨增至2025年的151万吨，增长19.8%。").empty());
  // Last year's figure, then this year's.
  CHECK(matched(run_rule(*rule, "去年全市共加装电梯140部，今年计划加装200部，增长50%。")) == std::vector<std::string>{"50%"});
  CHECK(run_rule(*rule, "去年全市共加装电梯140部，今年计划加装200部，增长43%。").empty());
  CHECK(run_rule(*rule, "全市共加装电梯140部，新建车位200个，增长50%。").empty());
  // A unit with a slash (微克/立方米).
  CHECK(matched(run_rule(*rule, "PM10月均浓度为62微克/立方米，比去年同期的70微克/立方米下降了18.2%。")) ==
        std::vector<std::string>{"18.2%"});
  CHECK(run_rule(*rule, "PM10月均浓度为62微克/立方米，比去年同期的70微克/立方米下降了11.4%。").empty());
}

TEST_CASE("numeric-inconsistency: an English average its total and count do not give", "[kinds][numeric-inconsistency]") {
  auto en = shipped_rule("en.parts-add-up");
  REQUIRE(en);
  auto f = run_rule(*en, "Two years on, the city says 42 owners have borrowed a combined $630,000 — an average of $12,000 "
                         "per loan — and only two have fallen behind.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == copydesk::Severity::kNote);
  CHECK_THAT(f[0].message, Catch::Contains("$630,000 ÷ 42 ≈ $15000"));
  CHECK(run_rule(*en, "The city says 42 owners have borrowed a combined $630,000, an average of $15,000 per loan.").empty());
  // Two counts before the average: which one divides the total is not clear.
  CHECK(run_rule(*en, "The city says 42 owners in 3 towns borrowed $630,000, an average of $12,000 per loan.").empty());
  // No count in the sentence: the one count of the paragraph before that counts what the average is per.
  CHECK(matched(run_rule(*en, "Volunteers have built 42 small dams. The work cost $315,000 in all, an average of "
                              "$9,500 per dam.")) == std::vector<std::string>{"$9,500"});
  CHECK(run_rule(*en, "Volunteers have built 42 small dams. The work cost $315,000 in all, an average of $7,500 per dam.")
            .empty());
  // Hard-wrapped copy: a line break reads as a space.
  CHECK(run_rule(*en, "Since 2022, the county wildlife trust and a crew of volunteers\n"
                      "have built 42 small dams across the ditches using peat, timber\n"
                      "and plastic piling. The work cost $315,000 in all, an average of\n"
                      "$9,500 per dam, most of it covered by a state climate grant and\n"
                      "the rest by the trust, which raised it from members over the\n"
                      "course of three winters of appeals and sales at the visitor hut.\n").size() == 1);
  CHECK(run_rule(*en, "Volunteers have built 42 small dams and 12 weirs. The work cost $315,000, an average of $9,500 "
                      "per culvert.").empty());  // nothing counts culverts
  CHECK(run_rule(*en, "Volunteers built 42 small dams. The work cost $315,000.\n\nThe state paid an average of $9,500 "
                      "per dam.").empty());  // the count is in another paragraph
  // ", or about $X apiece" (or each) is an average too; about so much is allowed the rounding it shows.
  CHECK(matched(run_rule(*en, "The 22 buses cost a combined $8.1 million, or about $395,000 apiece.")) ==
        std::vector<std::string>{"$395,000"});
  CHECK(run_rule(*en, "The 22 buses cost a combined $8.1 million, or about $400,000 apiece.").empty());
  CHECK(run_rule(*en, "The 22 buses cost a combined $8.1 million, about $368,000 each.").empty());
  CHECK(run_rule(*en, "The 22 buses cost a combined $8.1 million, each one built in Ohio.").empty());
  // Amounts other than money, per item: each, or per the noun counted.
  CHECK(matched(run_rule(*en, "The foundry cast 212 bells, weighing a combined 46,000 pounds, an average of about 250 "
                              "pounds each.")) == std::vector<std::string>{"250 pounds"});
  CHECK(run_rule(*en, "A set of 14 bells weighed 8,400 pounds, an average of 700 pounds per bell.").size() == 1);
  CHECK(run_rule(*en, "A set of 14 bells weighed 8,400 pounds, an average of 600 pounds per bell.").empty());
  // Per anything else it is no item average (14 bells rang over 8,400 miles of line, 700 miles per relay).
  CHECK(run_rule(*en, "A set of 14 bells was trucked 8,400 miles, an average of 700 miles per trip.").empty());
}

TEST_CASE("numeric-inconsistency: a Chinese average per day, month or year", "[kinds][numeric-inconsistency]") {
  auto rule = shipped_rule("zh-Hans.numeric-inconsistency");
  REQUIRE(rule);
  auto f = run_rule(*rule, "这条航线试运行120天，累计完成配送4.2万单，日均约500单。");
  REQUIRE(f.size() == 1);
  CHECK_THAT(f[0].message, Catch::Contains("350单"));
  CHECK(run_rule(*rule, "这条航线试运行120天，累计完成配送4.2万单，日均约350单。").empty());
  // 一年来 counts twelve months; a total that looks like a year is a count before its measure word.
  CHECK(matched(run_rule(*rule, "一年来，医院共救治动物1428例，平均每月约150例，其中鸟类612例。")) ==
        std::vector<std::string>{"约150"});
  CHECK(run_rule(*rule, "一年来，医院共救治动物1428例，平均每月约120例，其中鸟类612例。").empty());
  // Another measure word, or no count of periods: no basis.
  CHECK(run_rule(*rule, "这条航线试运行120天，累计飞行4.2万公里，日均约500单。").empty());
  CHECK(run_rule(*rule, "这条航线累计完成配送4.2万单，日均约500单。").empty());
}

TEST_CASE("numeric-inconsistency: a Chinese average per item", "[kinds][numeric-inconsistency]") {
  auto rule = shipped_rule("zh-Hans.numeric-inconsistency");
  REQUIRE(rule);
  // Times an act is done count too (次).
  CHECK(matched(run_rule(*rule, "车队对12台压雪车实行一车一档管理。上个雪季，车队共完成保养96次，平均每台车保养7次。")) ==
        std::vector<std::string>{"7次"});
  CHECK(run_rule(*rule, "车队对12台压雪车实行一车一档管理。上个雪季，车队共完成保养96次，平均每台车保养8次。").empty());
  auto f = run_rule(*rule, "8条乡村邮路总长520公里，平均每条邮路长75公里。");
  REQUIRE(matched(f) == std::vector<std::string>{"75公里"});
  CHECK(f[0].severity == copydesk::Severity::kNote);
  CHECK_THAT(f[0].message, Catch::Contains("520公里 ÷ 8 ≈ 65公里"));
  CHECK(run_rule(*rule, "8条乡村邮路总长520公里，平均每条邮路长65公里。").empty());
  CHECK(run_rule(*rule, "8条乡村邮路总长520公里，平均每条邮路长约66公里。").empty());  // about: twice the tolerance
  // The count is the figure its classifier follows, in the sentence or else the paragraph before.
  CHECK(matched(run_rule(*rule, "全乡有12所学校。学校共有学生3600名，平均每所学校有350名。")) ==
        std::vector<std::string>{"350名"});
  CHECK(run_rule(*rule, "8条乡村邮路总长520公里，平均每个村通邮75公里。").empty());  // no count of 个
  CHECK(run_rule(*rule, "8条邮路和3条支线总长520公里，平均每条邮路长75公里。").empty());  // two counts of 条
  CHECK(run_rule(*rule, "8条乡村邮路总长约520公里，平均每条邮路长75公里。").empty());  // an approximate total
  // The average right after its classifier (平均每条80公里, 平均每个塘约20亩), which reads as a rate.
  CHECK(matched(run_rule(*rule, "共退出养殖塘312个、面积4680亩，平均每个塘约20亩。")) == std::vector<std::string>{"20亩"});
  CHECK(run_rule(*rule, "共退出养殖塘312个、面积4680亩，平均每个塘约15亩。").empty());
  CHECK(matched(run_rule(*rule, "全县共有渠道8条，总长520公里，平均每条80公里。")) == std::vector<std::string>{"80公里"});
  // The count may follow the total, counted with 个 and a noun ending in the classifier (6个班组 … 平均每组).
  CHECK(matched(run_rule(*rule, "全线共投入施工人员480人，分为6个班组，平均每组约90人。")) == std::vector<std::string>{"90人"});
  CHECK(run_rule(*rule, "全线共投入施工人员480人，分为6个班组，平均每组约80人。").empty());
  // Per a time it is a period's average, reported once as such, not again as an item's.
  auto per_day = run_rule(*rule, "车队8天共行驶520公里，平均每天80公里。");
  REQUIRE(per_day.size() == 1);
  CHECK_THAT(per_day[0].message, Catch::Contains("8天"));
}

TEST_CASE("numeric-inconsistency: a headline figure with two neighbouring digits swapped", "[kinds][numeric-inconsistency]") {
  auto en = shipped_rule("en.headline-figure");
  REQUIRE(en);
  auto f = run_rule(*en, "Council approves $412 million budget\n\nSPRINGFIELD (AP) — The council approved a "
                         "$421 million spending plan on Monday.");
  CHECK(matched(f) == std::vector<std::string>{"412 million"});
  REQUIRE(f.size() == 1);
  CHECK_THAT(f[0].message, Catch::Contains("421 million"));
  CHECK(matched(run_rule(*en, "Profit jumps 31% at Cascade\n\nSEATTLE (AP) — Net income rose 13% to $184 million.")) ==
        std::vector<std::string>{"31%"});
  // The body gives the headline's figure too, or a rounding of it; or the swap is no neighbour swap.
  CHECK(run_rule(*en, "Profit jumps 31% at Cascade\n\nSEATTLE (AP) — Net income rose 31% while sales rose 13%.").empty());
  CHECK(run_rule(*en, "Profit jumps 31% at Cascade\n\nSEATTLE (AP) — Net income rose 30.8%, and sales 13%.").empty());
  CHECK(run_rule(*en, "Council approves $412 million budget\n\nThe council approved a $214 million plan.").empty());
  // A body figure given roughly swaps digits all the same; a bound other than "about" does not count.
  CHECK(matched(run_rule(*en, "Attack exposed 38,000 residents\n\nThe attack exposed about 83,000 residents.")) ==
        std::vector<std::string>{"38,000"});
  CHECK(run_rule(*en, "Attack exposed 38,000 residents\n\nThe attack exposed more than 83,000 people.").empty());
  // Dates and times are no figures.
  CHECK(run_rule(*en, "Vote set for June 12\n\nThe council meets June 21 at 8:30 p.m.").empty());

  auto zh = shipped_rule("zh-Hans.numeric-inconsistency");
  REQUIRE(zh);
  CHECK(matched(run_rule(*zh, "## 全市签约重点项目43个\n\n本报讯 全市共签约重点项目34个，总投资120亿元。")) ==
        std::vector<std::string>{"43个"});  // one finding, though two checks see it
  CHECK(run_rule(*zh, "## 截至2026年12月18日16时\n\n办理时限由22日缩短为21日。").empty());
  // A headline printed again as its subtitle repeats the contradiction: one finding.
  CHECK(run_rule(*zh, "156公里高速路打通草原快车道\n\n156公里高速路打通草原快车道\n\n本报赤峰4月7日讯（记者 刘强）这条高速公路全长165公里，今天正式通车。").size() == 1);
  // The same three characters after the figure tie a headline figure to the body's.
  CHECK(matched(run_rule(*zh, "## 小网店带动1.2万户农民增收\n\n本报讯 今年网络零售额3.6亿元，带动1.5万户农民增收。")) ==
        std::vector<std::string>{"1.2万户"});
  CHECK(run_rule(*zh, "## 小网店带动1.2万户农民增收\n\n本报讯 今年网络零售额3.6亿元，带动1.23万户农民增收。").empty());
}

TEST_CASE("numeric-inconsistency: a place's subdivisions counted twice, differently", "[kinds][numeric-inconsistency]") {
  auto rule = shipped_rule("zh-Hans.numeric-inconsistency");
  REQUIRE(rule);
  auto f = run_rule(*rule, "放映队围绕全县9个乡镇轮流放映。\n\n全县12个乡镇的村庄，他们每个月都要走上一遍。");
  CHECK(matched(f) == std::vector<std::string>{"全县12个乡镇"});
  REQUIRE(f.size() == 1);
  CHECK(f[0].message.find("9") != std::string::npos);
  CHECK(matched(run_rule(*rule, "全旗7个苏木镇都有站点。全旗九个苏木镇共有牧户1.2万户。")) == std::vector<std::string>{"全旗九个苏木镇"});
  // The same count, another place or another subdivision: no conflict.
  CHECK(run_rule(*rule, "全县9个乡镇都通了车。全县9个乡镇的村庄都有放映点。").empty());
  CHECK(run_rule(*rule, "全县9个乡镇都通了车。全市12个乡镇的村庄都有放映点。").empty());
  CHECK(run_rule(*rule, "全县9个乡镇都通了车。全县126个行政村都有放映点。").empty());
  // A count of those that did something may be some of them.
  CHECK(run_rule(*rule, "全县186个行政村通了光纤。目前全县120个行政村已完成改造。").empty());
  CHECK(run_rule(*rule, "全县12个乡镇。全县9个乡镇中，有5个实现了全覆盖。").empty());
}

TEST_CASE("numeric-inconsistency: what a place had and added against its total", "[kinds][numeric-inconsistency]") {
  auto rule = shipped_rule("zh-Hans.numeric-inconsistency");
  REQUIRE(rule);
  CHECK(matched(run_rule(*rule, "中心原有三条烘干线，今年新建两条，总数达到四条。")) == std::vector<std::string>{"四条"});
  CHECK(matched(run_rule(*rule, "全镇原有12座桥，去年新增了5座，共有19座。")) == std::vector<std::string>{"19座"});
  CHECK(run_rule(*rule, "中心原有三条烘干线，今年新建两条，总数达到五条。").empty());
  // Another measure word, an approximate figure, or the total in another sentence: no sum.
  CHECK(run_rule(*rule, "中心原有三条烘干线，今年新建两座，总数达到四条。").empty());
  CHECK(run_rule(*rule, "中心原有三条烘干线，今年新建约两条，总数达到四条。").empty());
  CHECK(run_rule(*rule, "中心原有三条烘干线，今年新建两条。目前总数达到四条。").empty());
}

TEST_CASE("numeric-inconsistency: a count restated with two digits swapped", "[kinds][numeric-inconsistency]") {
  auto rule = shipped_rule("zh-Hans.numeric-inconsistency");
  REQUIRE(rule);
  // Reported at the later figure, which the article gives nowhere else.
  auto found = run_rule(*rule, "当天全市共有1286对新人登记结婚。据统计，当天这1268对新人中，“90后”占比超过七成。");
  REQUIRE(matched(found) == std::vector<std::string>{"1268"});
  REQUIRE(found[0].related.size() == 1);
  CHECK(matched(run_rule(*rule, "全市出租汽车3260辆。全市3620辆出租车均须在月底前完成计价器调校。")) ==
        std::vector<std::string>{"3620"});
  // Another measure word counts another thing; one sentence's figures are siblings.
  CHECK(run_rule(*rule, "全市出租汽车3260辆。新建站点3620个。").empty());
  CHECK(run_rule(*rule, "市区出租车2480辆、县城2840辆。").empty());
  // Two digits are not enough to tell a slip from chance; dates and years are no counts.
  CHECK(run_rule(*rule, "共有12对新人。其中21对来自县城。").empty());
  CHECK(run_rule(*rule, "1286年建成。1268年重修。").empty());
  // The later figure given twice is no slip of one writing.
  CHECK(run_rule(*rule, "共有1286对新人。这1268对新人中……另有1268对新人预约。").empty());
  CHECK(matched(run_rule(*rule, "全校2360名师生参加演练。专家指出，该校2630名师生疏散路线清晰。")) == std::vector<std::string>{"2630"});
  // Without words that point back (这, 该, 全市), two counts of one word are two counts.
  CHECK(run_rule(*rule, "当天共有1286对新人登记。上月有1268对新人登记。").empty());
  // English, in its own rule: the group's 450 donors after 540 donors.
  auto en = shipped_rule("en.restated-count");
  REQUIRE(en);
  CHECK(matched(run_rule(*en, "The group raised $66,000 from 540 donors. The mayor thanked the group's 450 donors.")) ==
        std::vector<std::string>{"450"});
  CHECK(run_rule(*en, "The league has 540 players this year. It had 450 players in 2019.").empty());
}
