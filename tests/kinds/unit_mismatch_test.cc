#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace copydesk::testing;

TEST_CASE("unit-mismatch finds one energy quantity in 度 and 千瓦时", "[kinds][unit-mismatch]") {
  auto rule = shipped_rule("common.unit-mismatch");
  REQUIRE(rule);
  auto findings = run_rule(*rule, "内蒙古外送绿电达900亿度，同比增长40%。每年输送电量约720亿千瓦时，外送电量2160亿度。");
  REQUIRE(matched(findings) == std::vector<std::string>{"720亿千瓦时"});
  REQUIRE(findings[0].related.size() == 1);
}

TEST_CASE("unit-mismatch compares notations of one size only", "[kinds][unit-mismatch]") {
  auto rule = shipped_rule("common.unit-mismatch");
  REQUIRE(rule);
  CHECK(matched(run_rule(*rule, "运输30公斤蔬菜，又运20千克水果。")) == std::vector<std::string>{"20千克"});
  CHECK(matched(run_rule(*rule, "新修道路12公里，其中3千米为山路。")) == std::vector<std::string>{"3千米"});
  CHECK(matched(run_rule(*rule, "道路全长12公里，另有3km步道。")) == std::vector<std::string>{"3km"});
  // English copy spells out a unit it also abbreviates: one notation as good as the other.
  CHECK(run_rule(*rule, "The course is 45 km long. She ran the last five kilometres alone.").empty());
  // A conversion after a comma, its "roughly" part of the second figure.
  CHECK(run_rule(*rule, "Carlow is 640 kilometres away, roughly 400 miles, and the flight takes an hour.").empty());
  CHECK(matched(run_rule(*rule, "Carlow is 640 kilometres away, roughly 300 miles, and the flight takes an hour.")) ==
        std::vector<std::string>{"300 miles"});
  // 合约 (equal to about): 1.2万平方米 is about 18亩.
  CHECK(matched(run_rule(*rule, "新建晾晒场1.2万平方米，合约30亩，可晾晒玉米500吨。")) == std::vector<std::string>{"30亩"});
  CHECK(run_rule(*rule, "新建晾晒场1.2万平方米，合约18亩，可晾晒玉米500吨。").empty());
  CHECK(run_rule(*rule, "新建晾晒场1.2万平方米（合约18亩），可晾晒玉米500吨。").empty());
  // A conversion after 、 and 约 (20亩、约1.33公顷).
  CHECK(run_rule(*rule, "鱼苗场占地20亩、约1.33公顷，建有孵化车间。").empty());
  CHECK(matched(run_rule(*rule, "鱼苗场占地20亩、约3.33公顷，建有孵化车间。")) == std::vector<std::string>{"3.33公顷"});
  // A measure hyphened to its figure, the thing it measures, then the conversion.
  CHECK(matched(run_rule(*rule, "The 340-kilogram hour bell, roughly 500 pounds, strikes on the hour.")) ==
        std::vector<std::string>{"500 pounds"});
  CHECK(run_rule(*rule, "The 340-kilogram hour bell, roughly 750 pounds, strikes on the hour.").empty());
  // A word of one or two characters may stand between the measure word and the figure.
  CHECK(matched(run_rule(*rule, "班列货值约3200万元。为保障这趟货值3200亿元的班列按图运行，沿线开辟绿色通道。")) ==
        std::vector<std::string>{"3200亿元"});
  CHECK(run_rule(*rule, "班列货值约3200万元。为保障这趟货值3200万元的班列按图运行，沿线开辟绿色通道。").empty());
  // 这笔 points back at an amount as 这 does.
  CHECK(matched(run_rule(*rule, "签约总额达2.6亿元。负责人表示，这笔2.6万元的订单将分4批交付。")) ==
        std::vector<std::string>{"2.6万元"});
  // A speed is no length: 45 km/h, 120公里/小时.
  CHECK(run_rule(*rule, "道路全长12千米，限速120公里/小时。").empty());
  CHECK(matched(run_rule(*rule, "道路全长12千米，另有3公里步道，限速120公里/小时。")) == std::vector<std::string>{"3公里"});
  // Different sizes of one dimension are customary: tonnes of grain, 斤 of pork, 公斤 per person.
  CHECK(run_rule(*rule, "粮食产量800万吨，猪肉每斤15元，人均口粮200公斤。").empty());
  // Counts are not compared: 人 and 名 are both fine.
  CHECK(run_rule(*rule, "参会300人，其中代表50名。").empty());
  CHECK(run_rule(*rule, "全年发电量900亿千瓦时，上网电量720亿千瓦时。").empty());
  // 度 is how a temperature in 摄氏度 is said (interchangeable), not another unit.
  CHECK(run_rule(*rule, "室外气温零下28摄氏度时，室内温度保持在22度以上。").empty());
  CHECK(matched(run_rule(*rule, "室外气温零下28摄氏度时，室内温度保持在22℃以上。")) == std::vector<std::string>{"22℃"});
}

TEST_CASE("unit-mismatch: an English amount with the same digits and another magnitude", "[kinds][unit-mismatch]") {
  auto rule = shipped_rule("common.unit-mismatch");
  REQUIRE(rule);
  CHECK(matched(run_rule(*rule, "The fund will sell $2.1 billion in coal holdings. It will divest $2.1 million in coal "
                                "stocks by 2031.")) == std::vector<std::string>{"$2.1 million"});
  // "the $180 billion figure" points back at an earlier amount.
  CHECK(matched(run_rule(*rule, "The rules will cost about $180 million a year. Lawmakers said the $180 billion figure "
                                "assumes the worst.")) == std::vector<std::string>{"$180 billion"});
  // So does "the $1.4 million project", at what the earlier amount paid for.
  CHECK(matched(run_rule(*rule, "The port's $1.4 billion terminal expansion opened on Friday. The chief executive said "
                                "the $1.4 million project had had its critics.")) ==
        std::vector<std::string>{"$1.4 million"});
  CHECK(matched(run_rule(*rule, "Capital spending rises to $385 million. The director said the $385 billion capital "
                                "plan would be funded by bonds.")) == std::vector<std::string>{"$385 billion"});
  CHECK(run_rule(*rule, "The port's $1.4 billion terminal expansion opened on Friday. The chief executive said "
                        "a $1.4 million project had been dropped.")
            .empty());
  // A mass pointed back at, twice the earlier one of the same thing: the figure in 斤 written as 公斤.
  auto jin = run_rule(*rule, "今年冬酿计划投料糯米1200吨。为保证这240万公斤糯米的品质，企业派出技术人员驻点收购。");
  REQUIRE(matched(jin) == std::vector<std::string>{"240万公斤"});
  CHECK(jin[0].message.find("斤") != std::string::npos);
  CHECK(run_rule(*rule, "今年冬酿计划投料糯米1200吨。为保证这120万公斤糯米的品质，企业派出技术人员驻点收购。").empty());
  CHECK(run_rule(*rule, "今年冬酿计划投料糯米1200吨。为保证这240万公斤小麦的品质，企业派出技术人员驻点收购。").empty());
  CHECK(run_rule(*rule, "今年冬酿计划投料糯米1200吨。另有240万公斤糯米来自外地。").empty());  // no 这
  // A meter is not a yard, however close the two: "the 50-yard pool" after "the 50-meter … Pool".
  CHECK(matched(run_rule(*rule, "The shortage is sharpest at the 50-meter Veterans Memorial Pool. Staffing at the "
                                "50-yard pool is the most urgent problem.")) == std::vector<std::string>{"50-yard"});
  CHECK(run_rule(*rule, "The shortage is sharpest at the 50-meter Veterans Memorial Pool. Staffing at the 50-meter "
                        "pool is the most urgent problem.").empty());
  // A demonstrative points back at an earlier amount whatever follows it.
  CHECK(matched(run_rule(*rule, "The farm expects about 140,000 pounds of dried hops. With those 140 million pounds in "
                                "the books, the family will turn to pruning.")) ==
        std::vector<std::string>{"140 million pounds"});
  CHECK(run_rule(*rule, "The farm expects about 140,000 pounds of dried hops. With those 140,000 pounds in the books, "
                        "the family will turn to pruning.").empty());
  // Radon in picocuries per liter and becquerels per cubic meter (1 pCi/L = 37 Bq/m3).
  CHECK(matched(run_rule(*rule, "The highest reading was 22 pCi/L, roughly 410 becquerels per cubic meter.")) ==
        std::vector<std::string>{"410 becquerels per cubic meter"});
  CHECK(run_rule(*rule, "The action level is 4 picocuries per liter (pCi/L), about 148 becquerels per cubic meter.").empty());
  // Cubic yards, and a rough first figure.
  CHECK(matched(run_rule(*rule, "Crews have poured about 3,200 cubic yards of flowable fill. Once the 3.2 million cubic "
                                "yards of fill cures, the paving goes quickly.")) ==
        std::vector<std::string>{"3.2 million cubic yards"});
  // No word in common after the two: two amounts.
  CHECK(run_rule(*rule, "The fund will sell $2.1 billion in coal holdings. It paid $2.1 million in fees.").empty());
}

TEST_CASE("unit-mismatch: a figure that points back at another in any compared dimension", "[kinds][unit-mismatch]") {
  auto rule = shipped_rule("common.unit-mismatch");
  REQUIRE(rule);
  CHECK(matched(run_rule(*rule, "完成供热管网改造138公里。这138万米管网改造完成后，热损失下降。")) ==
        std::vector<std::string>{"138万米"});
  CHECK(run_rule(*rule, "完成供热管网改造138公里。这138公里管网改造完成后，热损失下降。").empty());
  // With a measure word and a word of size between: 这条长1800米的管网.
  CHECK(matched(run_rule(*rule, "全镇铺设污水管网18公里。这条长1800米的管网建成后，污水全部入厂。")) ==
        std::vector<std::string>{"1800米"});
  // Said roughly (这约8600米), the figure keeps its order of magnitude.
  CHECK(matched(run_rule(*rule, "全市共改造老旧供热管网86公里。这约8600米新管道全部采用保温管。")) ==
        std::vector<std::string>{"8600米"});
  CHECK(run_rule(*rule, "全市共改造老旧供热管网86公里。这约8.6万米新管道全部采用保温管。").empty());
  // One unit or less, said roughly, is no use of a unit for the pair check.
  CHECK(run_rule(*rule, "全年巡护森林30万公顷。过火面积不足1亩。").empty());
  // Without 这, lengths of one figure may be two things (a 138米 bridge on a 138公里 road).
  CHECK(run_rule(*rule, "公路全长138公里，沿线大桥长138米。").empty());
  // The same amount in a unit of another size, pointed back at: a slip, whatever the words around it.
  CHECK(matched(run_rule(*rule, "保护区总面积3.2万公顷，即320平方公里。他说，这3.2万亩湿地水质向好。")) ==
        std::vector<std::string>{"3.2万亩"});
  CHECK(matched(run_rule(*rule, "The library received 30 pounds of seed. Those 30 kilograms of seed would cost "
                                "thousands.")) == std::vector<std::string>{"30 kilograms"});
  CHECK(run_rule(*rule, "The library received 30 pounds of seed. Those 30 pounds of seed would cost thousands.").empty());
  CHECK(run_rule(*rule, "The library received 30 pounds of seed and 30 kilograms of bulbs. Those 30 kilograms of "
                        "bulbs came from Leeds.").empty());  // given in its unit before
  CHECK(run_rule(*rule, "The library received 30 pounds of seed. Another 30 kilograms of bulbs came from Leeds.").empty());
  // An English figure of the same noun restates it as well.
  CHECK(matched(run_rule(*rule, "The 2,100-metre (6,890 ft) runway has new lights. Centreline lights run along the "
                                "full 2,100 feet of runway.")) == std::vector<std::string>{"2,100 feet"});
  CHECK(run_rule(*rule, "The 2,100-metre (6,890 ft) runway has new lights. The crew laid 2,100 feet of cable.").empty());
  // "the" and the figure made an adjective: the thing told of before.
  CHECK(matched(run_rule(*rule, "The aircraft weighs 6.3 kg. Carrying the 6.3-pound drone was the easy part.")) ==
        std::vector<std::string>{"6.3-pound"});
  CHECK(run_rule(*rule, "The aircraft weighs 6.3 kg. Carrying a 6.3-pound battery pack was the easy part.").empty());
  // "The" and a word before it: "The new 5,000-liter tank" after "a 5,000-gallon water tank".
  CHECK(matched(run_rule(*rule, "A 5,000-gallon water tank was buried. The new 5,000-liter tank holds three weeks of water.")) ==
        std::vector<std::string>{"5,000-liter"});
  CHECK(run_rule(*rule, "A 5,000-gallon water tank was buried. A second 5,000-liter tank holds rainwater.").empty());
  // A figure given in two units was meant so: the adjective names another thing.
  CHECK(run_rule(*rule, "Crews closed a 10-mile (16-kilometer) stretch. The river will fall below the 16-foot flood "
                        "stage.").empty());
}

TEST_CASE("unit-mismatch: a figure given again for one named thing in another unit, a power of ten off",
          "[kinds][unit-mismatch]") {
  auto rule = shipped_rule("common.unit-mismatch");
  REQUIRE(rule);
  // The name before one figure starts the words after the other (纬三路段2.8公里 … 280米长的纬三路段).
  CHECK(matched(run_rule(*rule, "管廊分为滨河大道段3.4公里和纬三路段2.8公里两部分。其中3400米长的滨河大道段明挖施工，"
                                "280米长的纬三路段下穿铁路。")) == std::vector<std::string>{"280米"});
  CHECK(matched(run_rule(*rule, "改造庭院管网94公里。目前，9400米庭院管网已开工。")) == std::vector<std::string>{"9400米"});
  CHECK(run_rule(*rule, "改造庭院管网94公里。目前，94000米庭院管网已开工。").empty());
  // Another thing named (a bridge on the road), or a part of the figure (其中 in its sentence).
  CHECK(run_rule(*rule, "改造庭院管网94公里。目前，9400米市政管网已开工。").empty());
  CHECK(run_rule(*rule, "改造庭院管网9.4公里，其中940米庭院管网位于老城区。").empty());
  // A name of two characters says too little (路段 is any stretch), unless the words before both share three more.
  CHECK(run_rule(*rule, "拓宽路段2.8公里。另有280米路段完成绿化。").empty());
  CHECK(matched(run_rule(*rule, "全市新建和修复盲道18.6公里。目前，新建和修复的1860米盲道已全部贯通。")) ==
        std::vector<std::string>{"1860米"});
}

TEST_CASE("unit-mismatch reports confusable pairs and magnitude slips", "[kinds][unit-mismatch]") {
  auto rule = shipped_rule("common.unit-mismatch");
  REQUIRE(rule);
  CHECK(matched(run_rule(*rule, "流转土地3000亩，建成高标准农田200公顷。")) == std::vector<std::string>{"200公顷"});
  // The other unit's use shown is a real figure, not a generic 一亩地.
  auto generic = run_rule(*rule, "过去一亩地要用五百方水。今年流转土地3000亩，建成高标准农田200公顷。");
  REQUIRE(generic.size() == 1);
  CHECK_THAT(generic[0].message, Catch::Contains("3000亩"));
  CHECK(matched(run_rule(*rule, "The road runs 12 miles, and the new section adds 5 km.")) ==
        std::vector<std::string>{"5 km"});
  CHECK(matched(run_rule(*rule, "项目总投资12亿元，建设期两年。项目投资1200万元，用于购置设备。")) ==
        std::vector<std::string>{"1200万元"});
  CHECK(run_rule(*rule, "项目总投资12亿元，其中一期投资3亿元。").empty());
  CHECK(run_rule(*rule, "项目总投资12亿元，建设期两年。中央投资1.2亿元。").empty());
  CHECK(run_rule(*rule, "项目总投资12亿元，其中配套投资1200万元。").empty());
  // One significant digit is too common to compare.
  CHECK(run_rule(*rule, "总投资1亿元，其中设备投资1000万元。").empty());
  // 这/此/上述 + figure restates an earlier one: a tenfold is a slip there.
  CHECK(matched(run_rule(*rule, "那达慕期间实现旅游综合收入2.8亿元。负责人表示，这2800万元旅游收入中，餐饮占四成。")) ==
        std::vector<std::string>{"2800万元"});
  CHECK(run_rule(*rule, "实现旅游综合收入2.8亿元。负责人表示，这2.8亿元旅游收入中，餐饮占四成。").empty());
  CHECK(run_rule(*rule, "总投资2.8亿元，其中中央资金2800万元，上述2.8亿元将分两年拨付。").empty());
  // The noun after 的 is the label too: 零售额3.6亿元 … 3.6万元的网络零售额.
  CHECK(matched(run_rule(*rule, "今年实现网络零售额3.6亿元，同比增长18.5%。3.6万元的网络零售额背后，是农民的辛劳。")) ==
        std::vector<std::string>{"3.6万元"});
  CHECK(run_rule(*rule, "今年实现网络零售额3.6亿元。人均3.6万元的收入背后，是农民的辛劳。").empty());
  // Words in common next to both figures, a hundredfold apart: a bound or a few
  // words between the label and the figure do not hide it.
  CHECK(matched(run_rule(*rule, "茶产业综合产值突破180亿元。力争全县茶产业综合产值在去年180万元的基础上再增长两成。")) ==
        std::vector<std::string>{"180万元"});
  CHECK(matched(run_rule(*rule, "历时近4年建成，总投资128.6亿元。负责人介绍，在128.6万元总投资中，补助45亿元。")) ==
        std::vector<std::string>{"128.6万元"});
  CHECK(run_rule(*rule, "茶产业综合产值突破180亿元。全县茶叶出口额达到180万元。").empty());  // no words in common
  CHECK(run_rule(*rule, "茶产业综合产值突破180亿元，其中茶产业综合产值中的出口部分180万元。").empty());  // a part
  // The same figure of two significant digits with 亿 and with 万, whatever the words: one figure slipped.
  CHECK(matched(run_rule(*rule, "新建蓄滞洪区一处，总容量达3.6亿立方米。\n\n启用后，可为下游提供3.6万立方米的蓄滞洪能力。")) ==
        std::vector<std::string>{"3.6万立方米"});
  CHECK(run_rule(*rule, "新建蓄滞洪区一处，总容量达3亿立方米。\n\n启用后，可为下游提供3万立方米的蓄滞洪能力。").empty());
  CHECK(run_rule(*rule, "全县水库总库容3.6亿立方米。\n\n其中小水库平均每座3.6万立方米。").empty());  // per item: no whole
  // Three significant digits in units a hundred times apart or more.
  CHECK(matched(run_rule(*rule, "首期供暖面积达38.6万平方米。\n\n项目首期38.6平方公里的管网已全部换新。")) ==
        std::vector<std::string>{"38.6平方公里"});
  CHECK(run_rule(*rule, "道路全长12公里。\n\n路面宽12米。").empty());  // two digits: a coincidence
  // Volumes too: 1.8万立方米 … 1.8亿立方米 under the same words.
  CHECK(matched(run_rule(*rule, "班组已累计清理积沙1.8万立方米。按照今年累计清理1.8亿立方米积沙测算，任务翻一番。")) ==
        std::vector<std::string>{"1.8亿立方米"});
}

TEST_CASE("unit-mismatch checks a conversion given next to its figure", "[kinds][unit-mismatch]") {
  auto rule = shipped_rule("common.unit-mismatch");
  REQUIRE(rule);
  // A compound measure (3 pounds 12 ounces) is converted as a whole: not checked.
  CHECK(run_rule(*rule, "The balls weigh no more than 3 pounds 12 ounces (about 1.7 kilograms).").empty());
  CHECK(run_rule(*rule, "The bag weighs 12 ounces (about 1.7 kilograms).").size() == 1);
  // A figure under 100 is taken as written; a round one above may be rounded.
  CHECK(matched(run_rule(*rule, "Trees larger than 10 inches (15 centimeters) in diameter stay.")) ==
        std::vector<std::string>{"15 centimeters"});
  CHECK(run_rule(*rule, "Trees larger than 10 inches (25 centimeters) in diameter stay.").empty());
  CHECK(run_rule(*rule, "The road runs 300 miles (450 kilometers) north.").empty());
  auto wrong = run_rule(*rule, "The storm dropped 5 inches of rain, or about 30 centimeters, in six hours.");
  REQUIRE(matched(wrong) == std::vector<std::string>{"30 centimeters"});
  CHECK(wrong[0].message.find("about 12.7 centimeters") != std::string::npos);
  REQUIRE(wrong[0].related.size() == 1);
  CHECK(matched(run_rule(*rule, "新建林地300亩（约200公顷）。")) == std::vector<std::string>{"200公顷"});
  CHECK(matched(run_rule(*rule, "The bridge is 800 feet (800 meters) long.")) == std::vector<std::string>{"800 meters"});

  // Conversions rounded as writers round them agree: 8 feet is 2.44 m, 5 inches 12.7 cm, 300亩 20 公顷.
  CHECK(run_rule(*rule, "The water stood 8 feet above normal, about 2.4 meters, on Wednesday.").empty());
  CHECK(run_rule(*rule, "The storm dropped 5 inches (13 centimeters) of rain.").empty());
  CHECK(run_rule(*rule, "The trail climbs 3,000 feet (about 900 meters).").empty());
  CHECK(run_rule(*rule, "The trail runs 60 miles (100 km) along the river.").empty());
  // 吉瓦时 (GWh) is 100万千瓦时.
  CHECK(matched(run_rule(*rule, "全部达产后年产能20吉瓦时（约合2亿千瓦时）。")) == std::vector<std::string>{"2亿千瓦时"});
  CHECK(run_rule(*rule, "全部达产后年产能20吉瓦时（约合2000万千瓦时）。").empty());
  // Speeds are one unit each (30 mph, 48 km/h, 42米/秒), not a length per hour.
  CHECK(matched(run_rule(*rule, "The limit is 30 mph (40 km/h) on the main road.")) == std::vector<std::string>{"40 km/h"});
  CHECK(run_rule(*rule, "The limit is 30 mph (48 km/h) on the main road.").empty());
  CHECK(run_rule(*rule, "Winds reached 60 miles per hour (97 kilometers per hour).").empty());
  CHECK(matched(run_rule(*rule, "最大风速42米/秒（约110公里/小时）。")) == std::vector<std::string>{"110公里/小时"});
  // Acre-feet are volume; the expected figure is given in the conversion's scale word.
  auto acre_feet = run_rule(*rule, "The reservoir can hold 84,000 acre-feet (about 10.4 million cubic meters).");
  REQUIRE(matched(acre_feet) == std::vector<std::string>{"10.4 million cubic meters"});
  CHECK_THAT(acre_feet[0].message, Catch::Contains("about 104 million cubic meters"));
  CHECK(run_rule(*rule, "The reservoir can hold 84,000 acre-feet (about 104 million cubic meters).").empty());
  // Two figures written to a decimal place were worked out: a hundredth of slack, not a tenth.
  CHECK(matched(run_rule(*rule, "最高地块亩产1105.3公斤，折合2010.6斤。")) == std::vector<std::string>{"2010.6斤"});
  CHECK(run_rule(*rule, "最高地块亩产1105.3公斤，折合2210.6斤。").empty());
  CHECK(run_rule(*rule, "最高地块亩产1105.3公斤，约合2100斤。").empty());  // rounded: a tenth
  // A figure is good to a tenth of itself at worst: 1万 is no rounding of 6667.
  CHECK(matched(run_rule(*rule, "项目累计治理沙化土地10万亩，约合1万公顷。")) == std::vector<std::string>{"1万公顷"});
  CHECK(run_rule(*rule, "项目累计治理沙化土地10万亩，约合6667公顷。").empty());
  // Nautical miles are 1,852 meters.
  CHECK(matched(run_rule(*rule, "Boats must stay 12 nautical miles (12 km) from shore.")) ==
        std::vector<std::string>{"12 km"});
  CHECK(run_rule(*rule, "The zone extends 200 nautical miles (370 km) from the coast.").empty());
  // A correct conversion is what the pair check asks for, not a second unit.
  CHECK(run_rule(*rule, "新建林地300亩（约20公顷），另有林地500亩。").empty());
  CHECK(run_rule(*rule, "The course runs 10 kilometers (6.2 miles) along the river, 20 miles from town.").empty());
  CHECK(run_rule(*rule, "项目区整治土地约1500亩，合100公顷，新建泵站两座。").empty());
  CHECK(run_rule(*rule, "试验田面积450亩、即30公顷，全部用于品种比对。").empty());
  CHECK(matched(run_rule(*rule, "每年采购本地农副产品1200吨（即12万公斤），既保证新鲜。")) == std::vector<std::string>{"12万公斤"});
  // A conversion's second name is no second notation (度 and 千瓦时 are one size).
  CHECK(run_rule(*rule, "按年发电90亿千瓦时计算，即90亿度电，可满足百万户用电。").empty());
  CHECK(matched(run_rule(*rule, "项目区整治土地约1500亩，合200公顷。")) == std::vector<std::string>{"200公顷"});
  // A time the amount is per, before the conversion; words of a name before a bracket.
  CHECK(matched(run_rule(*rule, "Homes cut their oil use by about 600 gallons a year, or about 1,100 liters.")) ==
        std::vector<std::string>{"1,100 liters"});
  CHECK(run_rule(*rule, "Homes cut their oil use by about 600 gallons a year, or about 2,270 liters.").empty());
  CHECK(run_rule(*rule, "The course has a 1.2-mile swim in Lake Superior (1.9 km) and a 56-mile bike leg (90 km).").empty());
  // One unit with two magnitude words, in brackets with 合.
  CHECK(matched(run_rule(*rule, "上水库库容约800万立方米（合0.8亿立方米）。")) == std::vector<std::string>{"0.8亿立方米"});
  CHECK(run_rule(*rule, "上水库库容约800万立方米（合0.08亿立方米）。").empty());
  // So may "of" and what it measures, before a comma.
  CHECK(matched(run_rule(*rule, "The tank holds 70 metric tons of liquid argon, about 70,000 pounds, chilled.")) ==
        std::vector<std::string>{"70,000 pounds"});
  CHECK(run_rule(*rule, "The tank holds 70 metric tons of liquid argon, about 154,000 pounds, chilled.").empty());
  // After a hyphenated measure, the thing it measures may come before the bracket.
  CHECK(run_rule(*rule, "The expansion is at the 210,000-square-foot plant (about 19,500 square meters).").empty());
  CHECK(matched(run_rule(*rule, "The expansion is at the 210,000-square-foot plant (about 29,500 square meters).")) ==
        std::vector<std::string>{"29,500 square meters"});
  // Not conversions: two measures of different things, or alternatives.
  CHECK(run_rule(*rule, "The fence is 6 feet high, about 30 meters long.").empty());
  CHECK(run_rule(*rule, "Runners chose 5 miles or 10 kilometers.").size() == 1);  // the pair check, not a conversion
  CHECK(run_rule(*rule, "Runners chose 5 miles or 10 kilometers.")[0].message.find("cannot compare") != std::string::npos);

  auto off = rule_from_yaml("kind: unit-mismatch\ncategory: unit-mismatch\nmessage: {en: mixed, zh: mixed}\n"
                            "messages: {conversion: {en: conv, zh: conv}}\noptions: {conversion: false}\n");
  CHECK(run_rule(*off, "新建林地300亩（约200公顷）。").empty());
}

TEST_CASE("unit-mismatch reports one figure for one thing in two units", "[kinds][unit-mismatch]") {
  auto rule = shipped_rule("common.unit-mismatch");
  REQUIRE(rule);
  // The label before the figure, past a comparison word.
  auto f = run_rule(*rule, "所用网具网目不小于8厘米。网目小于8毫米的网具一律不准下湖。");
  CHECK(matched(f) == std::vector<std::string>{"8毫米"});
  REQUIRE(f.size() == 1);
  CHECK(f[0].related.size() == 1);
  CHECK_THAT(f[0].message, Catch::Contains("8厘米"));
  // The label after 的, against the first two of three characters before.
  CHECK(matched(run_rule(*rule, "全市平均降水量52毫米。仅52厘米的降水，远远不够。")) == std::vector<std::string>{"52厘米"});
  // Past an adverb and a comparison (已达), against a noun after 厚的.
  CHECK(matched(run_rule(*rule, "目前冰层厚度已达60厘米。景区用60毫米厚的冰层做冰雕。")) ==
        std::vector<std::string>{"60毫米"});
  // Another label, another figure, the same unit, or a conversion: no slip.
  CHECK(run_rule(*rule, "新建道路8公里，路面宽8米。").empty());
  CHECK(run_rule(*rule, "网目不小于8厘米，网绳长8米。").empty());
  CHECK(run_rule(*rule, "网目不小于8厘米。网目小于8厘米的网具不准下湖。").empty());
  CHECK(run_rule(*rule, "网目不小于8厘米。网目小于6毫米的网具不准下湖。").empty());
}

TEST_CASE("unit-mismatch: a figure its conversion confirms is no magnitude slip", "[kinds][unit-mismatch]") {
  auto rule = shipped_rule("common.unit-mismatch");
  REQUIRE(rule);
  // 1.2亩 is 800平方米: meant in 亩, however close to the county's 1.2万亩.
  CHECK(run_rule(*rule, "全县设施蔬菜面积达1.2万亩。\n\n每座温室种植面积约1.2亩（800平方米）。\n\n全县设施蔬菜面积达1.2万亩（约800公顷）。")
            .empty());
  // Without the conversion, the same figures are one figure slipped.
  CHECK(run_rule(*rule, "全县设施蔬菜面积达1.2万亩。\n\n每座温室种植面积约1.2亩。").size() == 1);
  // Words that point back still make a slip of a confirmed figure.
  CHECK(matched(run_rule(*rule, "保护区总面积3.2万公顷，即320平方公里。他说，这3.2万亩湿地水质持续向好。")) ==
        std::vector<std::string>{"3.2万亩"});
}

TEST_CASE("unit-mismatch: one figure in two units written for each other (mistaken_for)", "[kinds][unit-mismatch]") {
  auto rule = shipped_rule("common.unit-mismatch");
  REQUIRE(rule);
  // 里 is half a 公里: the same figure of two digits in both is one distance.
  auto f = run_rule(*rule, "古渡距市区约85公里。当天下午，不少集邮爱好者专程驱车85里赶到古渡。");
  CHECK(matched(f) == std::vector<std::string>{"85里"});
  REQUIRE(f.size() == 1);
  CHECK(f[0].related.size() == 1);
  // Twice the figure in 里 is the same distance; one digit may be two distances.
  CHECK(run_rule(*rule, "古渡距市区约85公里。爱好者专程驱车170里赶到古渡。").empty());
  CHECK(run_rule(*rule, "新修道路3公里，村民从前要走3里山路才能到镇上。").empty());
  // 里 in a place name is no unit.
  CHECK(run_rule(*rule, "七里河区距市中心12公里，十里店街道距市中心12公里。").empty());

  // A conversion said with 算起来有: 12公里 is 24里.
  CHECK(run_rule(*rule, "最远的村组离集镇12公里，算起来有24里山路。").empty());
  CHECK(matched(run_rule(*rule, "最远的村组离集镇12公里，算起来有36里山路。")) == std::vector<std::string>{"36里"});
  // Without the option the pair is not compared.
  auto off = rule_from_yaml("kind: unit-mismatch\ncategory: unit-mismatch\nmessage: {en: mixed, zh: mixed}\n"
                            "messages: {slip: {en: slip, zh: slip}}\n");
  CHECK(run_rule(*off, "古渡距市区约85公里。当天下午，不少集邮爱好者专程驱车85里赶到古渡。").empty());
  CHECK_THAT(rule_load_error("kind: unit-mismatch\ncategory: unit-mismatch\nmessage: {en: m, zh: m}\n"
                             "options: {mistaken_for: [[里]]}\n"),
             Catch::Contains("mistaken_for"));
}

TEST_CASE("unit-mismatch: a price per unit given per another unit", "[kinds][unit-mismatch]") {
  auto rule = shipped_rule("common.unit-mismatch");
  REQUIRE(rule);
  auto f = run_rule(*rule, "干蒜收购价为每公斤3.6元，折合每斤1.2元。");
  REQUIRE(f.size() == 1);
  CHECK(f[0].matched_text == "每斤1.2元");
  CHECK_THAT(f[0].message, Catch::Contains("1.8"));
  CHECK(matched(run_rule(*rule, "新鲜鲳鱼每斤售价40元，折合每公斤60元。")) == std::vector<std::string>{"每公斤60元"});
  // Right, within the rounding of both figures; or no word of conversion; or units of two kinds.
  CHECK(run_rule(*rule, "干蒜收购价为每公斤3.6元，折合每斤1.8元。").empty());
  CHECK(run_rule(*rule, "新鲜鲳鱼每斤售价40元，折合每公斤80元。").empty());
  CHECK(run_rule(*rule, "每公斤3.5元，约合每斤1.8元。").empty());
  CHECK(run_rule(*rule, "干蒜每公斤3.6元，鲜蒜每斤1.2元。").empty());
  CHECK(run_rule(*rule, "土地流转费每亩800元，折合每公斤2元。").empty());
}

TEST_CASE("unit-mismatch: a yield per 亩 given per 公顷", "[kinds][unit-mismatch]") {
  auto rule = shipped_rule("common.unit-mismatch");
  REQUIRE(rule);
  auto f = run_rule(*rule, "燕麦平均亩产达到150公斤，折合每公顷约1500公斤。");
  REQUIRE(f.size() == 1);
  CHECK(f[0].matched_text == "每公顷约1500公斤");
  CHECK_THAT(f[0].message, Catch::Contains("2250"));
  CHECK(matched(run_rule(*rule, "如今牧草亩产鲜草约1.2吨（合每公顷1.8吨）。")) == std::vector<std::string>{"每公顷1.8吨"});
  CHECK(run_rule(*rule, "燕麦平均亩产达到150公斤，折合每公顷约2250公斤。").empty());
  CHECK(run_rule(*rule, "如今牧草亩产鲜草约1.2吨（合每公顷18吨）。").empty());
  CHECK(run_rule(*rule, "燕麦平均亩产150公斤，全县总产1500公斤。").empty());  // no word of conversion
}
