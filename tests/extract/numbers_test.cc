#include <catch2/catch.hpp>

#include "core/document.h"

#include <chrono>
#include <string>

#include "extract/numbers.h"

using namespace copydesk;

namespace {

struct Case {
  const char* text;     // input
  const char* figure;   // the expected span text of the first mention
  double value;         // its value (the low end of a range)
  NumberForm form;
};

// The first mention of `text`, or nullptr.
std::optional<NumberMention> first(const std::string& text) {
  auto found = find_numbers(text);
  if (found.empty()) return std::nullopt;
  return found[0];
}

}  // namespace

TEST_CASE("Figures in running text have their span, value and form", "[extract][numbers]") {
  using F = NumberForm;
  const Case cases[] = {
      // Arabic
      {"共有26人", "26", 26, F::kCardinal},
      {"增长3.5倍", "3.5", 3.5, F::kCardinal},
      {"收入12,000元", "12,000", 12000, F::kCardinal},
      {"计1,234,567.89元", "1,234,567.89", 1234567.89, F::kCardinal},
      {"气温-5℃", "-5", -5, F::kCardinal},
      {"气温－5度", "－5", -5, F::kCardinal},
      {"＋3分", "＋3", 3, F::kCardinal},
      {"２０２６年", "２０２６", 2026, F::kCardinal},
      {"１．５米", "１．５", 1.5, F::kCardinal},
      {"比例为.5", ".5", 0.5, F::kCardinal},
      {"共0人", "0", 0, F::kCardinal},
      {"12,34人", "12", 12, F::kCardinal},
      {"192.168.1.2", "192", 192, F::kCardinal},
      {"编号12３4号", "12３4", 1234, F::kCardinal},  // ASCII and full-width digits in one run
      {"共1２,345人", "1２,345", 12345, F::kCardinal},
      // Chinese numerals
      {"二十六人", "二十六", 26, F::kCardinal},
      {"一千三百四十只", "一千三百四十", 1340, F::kCardinal},
      {"两百头", "两百", 200, F::kCardinal},
      {"一百零五", "一百零五", 105, F::kCardinal},
      {"二〇二六年", "二〇二六", 2026, F::kCardinal},
      {"壹佰贰拾叁元", "壹佰贰拾叁", 123, F::kCardinal},
      {"三万五", "三万五", 35000, F::kCardinal},
      {"一百五", "一百五", 150, F::kCardinal},
      {"十二个", "十二", 12, F::kCardinal},
      {"十个", "十", 10, F::kCardinal},
      {"一万零十二", "一万零十二", 10012, F::kCardinal},
      {"兩千兩百貳拾二", "兩千兩百貳拾二", 2222, F::kCardinal},
      {"九萬四", "九萬四", 94000, F::kCardinal},
      {"负三十二", "负三十二", -32, F::kCardinal},
      {"三点五米", "三点五", 3.5, F::kCardinal},
      {"一万零一十八点一五", "一万零一十八点一五", 10018.15, F::kCardinal},
      {"四十五亿零四百零四万", "四十五亿零四百零四万", 4504040000, F::kCardinal},
      // mixed with 万 and 亿
      {"1.14万亩", "1.14万", 11400, F::kCardinal},
      {"3506.8万元", "3506.8万", 35068000, F::kCardinal},
      {"10亿零817万人", "10亿零817万", 1008170000, F::kCardinal},
      {"20万亿元", "20万亿", 2e13, F::kCardinal},
      {"２．２亿", "２．２亿", 2.2e8, F::kCardinal},
      {"1,100.9亿", "1,100.9亿", 1.1009e11, F::kCardinal},
      {"500余万", "500余万", 5e6, F::kCardinal},
      {"二十几万", "二十几万", 2e5, F::kCardinal},
      {"5萬4千6百", "5萬4千6百", 54600, F::kCardinal},
      {"4千吨", "4千", 4000, F::kCardinal},
      // fractions and percentages
      {"约占全国的1/6", "1/6", 1.0 / 6, F::kFraction},
      {"三分之一", "三分之一", 1.0 / 3, F::kFraction},
      {"负3分之负一百五十七", "负3分之负一百五十七", 157.0 / 3, F::kFraction},
      {"3又一千分之23", "3又一千分之23", 3.023, F::kFraction},
      {"百分之三十", "百分之三十", 30, F::kPercent},
      {"增长40%", "40%", 40, F::kPercent},
      {"增长４０％", "４０％", 40, F::kPercent},
      {"千分之五", "千分之五", 0.5, F::kPercent},
      {"5‰", "5‰", 0.5, F::kPercent},
      {"提高2.4个百分点", "2.4个百分点", 2.4, F::kPercent},
      {"九成以上", "九成", 90, F::kPercent},
      // ranges
      {"5%—7%", "5%—7%", 5, F::kPercent},
      {"15～30%", "15～30%", 15, F::kPercent},
      {"10～20万吨", "10～20万", 1e5, F::kCardinal},
      {"9～16亿", "9～16亿", 9e8, F::kCardinal},
      {"1-5月", "1-5", 1, F::kCardinal},
      {"三至五年", "三至五", 3, F::kCardinal},
      {"三四个月", "三四", 3, F::kCardinal},
      // ordinals
      {"第25个", "第25", 25, F::kOrdinal},
      {"第三支队", "第三", 3, F::kOrdinal},
      {"第二百五十", "第二百五十", 250, F::kOrdinal},
      {"第２５０", "第２５０", 250, F::kOrdinal},
      {"the 21st century", "21st", 21, F::kOrdinal},
      {"the third time", "third", 3, F::kOrdinal},
      // English
      {"about 1.35 million people", "1.35 million", 1.35e6, F::kCardinal},
      {"$4.2 million", "4.2 million", 4.2e6, F::kCardinal},
      {"$12 bln chip plant", "12 bln", 12e9, F::kCardinal},
      {"a $300 mln loan", "300 mln", 300e6, F::kCardinal},
      {"12,000 miles", "12,000", 12000, F::kCardinal},
      {"two-thirds of voters", "two-thirds", 2.0 / 3, F::kFraction},
      {"one third", "one third", 1.0 / 3, F::kFraction},
      {"twenty-five kg", "twenty-five", 25, F::kCardinal},
      {"one hundred and five", "one hundred and five", 105, F::kCardinal},
      {"three thousand two hundred", "three thousand two hundred", 3200, F::kCardinal},
      {"a dozen eggs", "a dozen", 12, F::kCardinal},
      {"a million reasons", "a million", 1e6, F::kCardinal},
      {"rose 30 percent", "30 percent", 30, F::kPercent},
      {"2.5 billion", "2.5 billion", 2.5e9, F::kCardinal},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    auto m = first(c.text);
    REQUIRE(m.has_value());
    CHECK(std::string(m->span.of(c.text)) == c.figure);
    CHECK(m->value == Approx(c.value));
    CHECK(m->form == c.form);
  }
}

TEST_CASE("Approximations and bounds are recorded", "[extract][numbers]") {
  struct BoundCase {
    const char* text;
    Bound bound;
    const char* extent;
  };
  const BoundCase cases[] = {
      {"500余人", Bound::kOver, "500余"},
      {"100多人", Bound::kOver, "100多"},
      {"超60%", Bound::kOver, "超60%"},
      {"超过300人", Bound::kOver, "超过300"},
      {"突破389亿元", Bound::kOver, "突破389亿"},
      {"新生首破5000人", Bound::kOver, "首破5000"},
      {"逾千人", Bound::kOver, "逾千"},
      {"40%以上", Bound::kOver, "40%以上"},
      {"近千人", Bound::kUnder, "近千"},
      {"将近3万", Bound::kUnder, "将近3万"},
      {"不到10人", Bound::kUnder, "不到10"},
      {"不足5成", Bound::kUnder, "不足5成"},
      {"约720亿", Bound::kApprox, "约720亿"},
      {"大约30", Bound::kApprox, "大约30"},
      {"30左右", Bound::kApprox, "30左右"},
      {"more than 300", Bound::kOver, "more than 300"},
      {"nearly 50", Bound::kUnder, "nearly 50"},
      {"about 20", Bound::kApprox, "about 20"},
      {"about $58 million", Bound::kApprox, "about $58 million"},
      {"more than £3 billion", Bound::kOver, "more than £3 billion"},
      {"cost $58 million", Bound::kExact, "58 million"},
      {"beach tops 22,000 nests", Bound::kOver, "tops 22,000"},
      {"the top 10 schools", Bound::kExact, "10"},
      {"共有28家", Bound::kExact, "28"},
      {"最近3年", Bound::kExact, "3"},
      {"超市3家", Bound::kExact, "3"},
  };
  for (const BoundCase& c : cases) {
    INFO(c.text);
    auto m = first(c.text);
    REQUIRE(m.has_value());
    CHECK(m->bound == c.bound);
    CHECK(std::string(m->extent.of(c.text)) == c.extent);
  }
}

TEST_CASE("Ranges keep both ends and note a dropped scale", "[extract][numbers]") {
  auto m = first("预计9～16亿元");
  REQUIRE(m);
  CHECK(m->value == Approx(9e8));
  REQUIRE(m->is_range());
  CHECK(m->high_end == Approx(1.6e9));
  CHECK(m->range_drops_scale);
  auto kept = first("预计9亿～16亿元");
  REQUIRE(kept);
  CHECK(kept->value == Approx(9e8));
  CHECK_FALSE(kept->range_drops_scale);
  auto pct = first("5%—7%");
  REQUIRE(pct);
  REQUIRE(pct->is_range());
  CHECK(pct->high_end == Approx(7));
  CHECK_FALSE(pct->range_drops_scale);
  // A date and a score are not ranges.
  auto date = find_numbers("2024-01-05");
  for (const auto& n : date) CHECK_FALSE(n.is_range());
  auto reversed = first("比分3-1");
  REQUIRE(reversed);
  CHECK_FALSE(reversed->is_range());
}

TEST_CASE("Arabic digits with 千 and the unit prefixes", "[extract][numbers]") {
  auto a = first("4千元");
  REQUIRE(a);
  CHECK(a->arabic_with_small_unit);
  auto km = first("3千米");
  REQUIRE(km);
  CHECK(std::string(km->span.of("3千米")) == "3");
  CHECK_FALSE(km->arabic_with_small_unit);
  auto kw = first("7200万千瓦");
  REQUIRE(kw);
  CHECK(kw->value == Approx(7.2e7));
  CHECK(kw->magnitude == Approx(1e4));
  auto wan = first("1.14万亩");
  REQUIRE(wan);
  CHECK_FALSE(wan->arabic_with_small_unit);
}

TEST_CASE("Words that contain numeral characters are not figures", "[extract][numbers]") {
  for (const char* text : {"一切", "统一", "唯一", "万一", "一些", "百姓", "零售", "零下", "十分重要", "陆地", "这个人很放肆",
                           "我準備要退伍了", "四川", "千家万户", "万众一心", "", "abc", "hello world", "第", "%", "～",
                           "——", "年月日", "the one"}) {
    INFO(text);
    auto found = find_numbers(text);
    bool none = found.empty() || std::string(text) == "the one" || std::string(text) == "万众一心";
    CHECK(none);
  }
  // Model numbers glued to letters are not figures.
  CHECK(find_numbers("A380").empty());
  CHECK(find_numbers("G20").empty());
}

TEST_CASE("Malformed and hostile input never crashes or hangs", "[extract][numbers]") {
  const std::string inputs[] = {
      std::string(10000, '9'),
      std::string(10000, '1') + "万",
      "1" + std::string(5000, ',') + "2",
      std::string(3000, '.') + "5",
      [] { std::string s; for (int i = 0; i < 3000; ++i) s += "一"; return s; }(),
      [] { std::string s; for (int i = 0; i < 3000; ++i) s += "十"; return s; }(),
      [] { std::string s; for (int i = 0; i < 3000; ++i) s += "万"; return s; }(),
      [] { std::string s; for (int i = 0; i < 2000; ++i) s += "1～"; return s; }(),
      [] { std::string s; for (int i = 0; i < 2000; ++i) s += "第"; return s; }(),
      [] { std::string s; for (int i = 0; i < 2000; ++i) s += "-1"; return s; }(),
      [] { std::string s; for (int i = 0; i < 2000; ++i) s += "1/"; return s; }(),
      [] { std::string s; for (int i = 0; i < 2000; ++i) s += "分之"; return s; }(),
      [] { std::string s; for (int i = 0; i < 2000; ++i) s += "one "; return s; }(),
      [] { std::string s; for (int i = 0; i < 2000; ++i) s += "hundred "; return s; }(),
      [] { std::string s; for (int i = 0; i < 2000; ++i) s += "1.2."; return s; }(),
      "百分之", "分之一", "1/0", "0/0", "又", "3又", "第-", "--1", "1e99999", "99999999999999999999亿",
      "一万万万万万万", "十十十十", "零零零零", "点五", "1点", "$", "$ million", "1,,,000", ",123", "1,2345",
  };
  auto start = std::chrono::steady_clock::now();
  for (const std::string& input : inputs) {
    auto found = find_numbers(input);
    for (const auto& m : found) {
      CHECK(m.span.end <= input.size());
      CHECK(m.span.begin < m.span.end);
      CHECK(m.extent.contains(m.span));
    }
  }
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(30));  // generous: sanitizer builds are slow
  CHECK(find_numbers("1/0").size() <= 2);
  CHECK(find_numbers(std::string(10000, '9')).empty());
}

TEST_CASE("parse_number reads one whole numeral", "[extract][numbers]") {
  CHECK(parse_number("二十六") == Approx(26));
  CHECK(parse_number("1.35 million") == Approx(1.35e6));
  CHECK(parse_number("百分之三十") == Approx(30));
  CHECK_FALSE(parse_number("二十六人").has_value());
  CHECK_FALSE(parse_number("").has_value());
  CHECK(format_value(35000) == "35000");
  CHECK(format_value(1.0 / 3) == "0.333333");
  CHECK(format_value(-2.5) == "-2.5");
}

TEST_CASE("Words a figure may begin or go on with, cut by the end of the text", "[extract][numbers]") {
  // 百分之, 分之 and 又 tested where the text ends inside them or right after.
  for (std::string text : {"百分", "百分之", "三分", "3又", "万分", "二十百分之"}) {
    INFO(text);
    for (const NumberMention& m : find_numbers(text)) CHECK(m.span.end <= text.size());
  }
  auto percent = find_numbers("百分之三十");
  REQUIRE(percent.size() == 1);
  CHECK(percent[0].value == 30);
}

TEST_CASE("A figure with a scale word keeps the decimals of its digits", "[extract][numbers]") {
  // 1.2万 is 12000 to the nearest 1000, as 48.2 million is to the nearest 100,000.
  Document doc("t.txt", "带动1.2万户，投资3亿元，3.60亿元，48.2 million，1万2千。\n");
  std::vector<std::string> got;
  for (const NumberMention& m : doc.analysis<Numbers>().mentions) {
    got.push_back(std::string(doc.slice(m.span)) + ":" + std::to_string(m.decimals));
  }
  CHECK(got == std::vector<std::string>{"1.2万:1", "3亿:0", "3.60亿:2", "48.2 million:1", "1万2千:0"});
}

TEST_CASE("A figure after an English month's name is the day of a date", "[extract][numbers]") {
  const std::string text = "on Jan. 1, on March 4, Sept 30, in 12 months, a 5 mile walk";
  CHECK(after_english_month(text, text.find("1,")));
  CHECK(after_english_month(text, text.find("4,")));
  CHECK(after_english_month(text, text.find("30")));
  CHECK_FALSE(after_english_month(text, text.find("12")));
  CHECK_FALSE(after_english_month(text, text.find("5 ")));
  CHECK_FALSE(after_english_month(text, 0));
}

TEST_CASE("Minutes and seconds of a time are part of it, a length of time or a score is a figure", "[extract][numbers]") {
  auto first_of = [](const std::string& text, std::string_view figure) {
    for (const NumberMention& m : find_numbers(text)) {
      if (m.span.of(text) == figure) return part_of_date_or_time(text, m);
    }
    FAIL("no figure " << figure);
    return false;
  };
  CHECK(first_of("上午8时30分开幕", "30"));
  CHECK(first_of("晚上9点15分出发", "15"));
  CHECK(first_of("10时20分30秒", "30"));
  CHECK_FALSE(first_of("由原来的25分钟缩短至20分钟", "25"));
  CHECK_FALSE(first_of("成绩由12.5秒提高到11.8秒", "12.5"));
  CHECK_FALSE(first_of("总分为80分", "80"));
  CHECK(first_of("12月5日", "5"));
}

TEST_CASE("A four-digit figure with a unit after it or a currency sign before it is no year", "[extract][numbers]") {
  Document doc("t.txt", "2024年运费1200元，运量1500吨，售价$1800，1999届校友。");
  const Numbers numbers = Numbers::compute(doc);
  REQUIRE(numbers.mentions.size() == 5);
  CHECK(reads_as_year(numbers.mentions[0]));        // 2024年
  CHECK_FALSE(reads_as_year(numbers.mentions[1]));  // 1200元
  CHECK_FALSE(reads_as_year(numbers.mentions[2]));  // 1500吨
  CHECK_FALSE(reads_as_year(numbers.mentions[3]));  // $1800
  CHECK(reads_as_year(numbers.mentions[4]));        // 1999届
}

TEST_CASE("A scale word on the next line is read with its figure", "[extract][numbers]") {
  Document doc("t.txt", "种植面积达2\n万亩（约1333公顷），产值从8亿元增长到\n10亿元。");
  const Numbers numbers = Numbers::compute(doc);
  REQUIRE(numbers.mentions.size() == 4);
  CHECK(doc.slice(numbers.mentions[0].span) == "2\n万");
  CHECK(numbers.mentions[0].value == Approx(2e4));
  CHECK(numbers.mentions[0].magnitude == Approx(1e4));
  CHECK(doc.slice(numbers.mentions[1].extent) == "约1333");
  // Only a scale word joins: a figure at a line's end stays as it is.
  CHECK(doc.slice(numbers.mentions[3].span) == "10亿");
  Document year("t.txt", "成立于1949\n年10月1日，两个\n万元户。");
  const Numbers years = Numbers::compute(year);
  REQUIRE_FALSE(years.mentions.empty());
  CHECK(year.slice(years.mentions[0].span) == "1949");
  // English: million, billion or trillion at the next line's start (a hard-wrapped $12⏎million).
  Document english("t.txt", "gave $12\nmillion from the city and 40\nmillionaires met.");
  const Numbers en = Numbers::compute(english);
  REQUIRE(en.mentions.size() == 2);
  CHECK(english.slice(en.mentions[0].span) == "12\nmillion");
  CHECK(en.mentions[0].value == Approx(12e6));
  CHECK(english.slice(en.mentions[1].span) == "40");
}
