#include <catch2/catch.hpp>

#include <iterator>
#include <optional>
#include <random>
#include <string>

#include "extract/dates.h"

using namespace copydesk;

namespace {

struct Case {
  const char* text;
  const char* reference;  // "" for none
  const char* mention;    // the text of the expected mention
  DateKind kind;
  const char* resolved;   // CivilDate::iso() of the resolved date, "" to skip
};

const DateMention* find_mention(const std::vector<DateMention>& ms, const std::string& text, std::string_view whole) {
  for (const auto& m : ms) {
    if (m.span.of(whole) == text) return &m;
  }
  return nullptr;
}

std::optional<CivilDate> ref_of(const char* iso) {
  if (*iso == 0) return std::nullopt;
  return parse_iso_date(iso);
}

}  // namespace

TEST_CASE("Dates are extracted and resolved against their reference", "[extract][dates]") {
  const Case cases[] = {
      // Full dates.
      {"2026年4月9日，会议召开。", "", "2026年4月9日", DateKind::kDate, "2026-04-09"},
      {"截至2026-04-09", "", "2026-04-09", DateKind::kDate, "2026-04-09"},
      {"on June 16, 2026, officials said", "", "June 16, 2026", DateKind::kDate, "2026-06-16"},
      {"on 16 June 2026", "", "16 June 2026", DateKind::kDate, "2026-06-16"},
      {"by Jan. 5, 2026", "", "Jan. 5, 2026", DateKind::kDate, "2026-01-05"},
      {"二〇二六年四月九日", "", "二〇二六年四月九日", DateKind::kDate, "2026-04-09"},
      {"1936年2月20日，根据上级指示", "", "1936年2月20日", DateKind::kDate, "1936-02-20"},
      // Partial dates.
      {"6月16日，会议召开。", "2026-06-20", "6月16日", DateKind::kDate, "2026-06-16"},
      {"16日上午，会议召开。", "2026-06-20", "16日", DateKind::kDate, "2026-06-16"},
      {"on June 16 the board met", "2026-06-20", "June 16", DateKind::kDate, "2026-06-16"},
      {"九月八号到", "2026-06-20", "九月八号", DateKind::kDate, "2026-09-08"},
      {"6月15号的飞机", "2026-06-20", "6月15号", DateKind::kDate, "2026-06-15"},
      // Year boundaries: the nearest year.
      {"12月20日，会议召开。", "2026-01-05", "12月20日", DateKind::kDate, "2025-12-20"},
      {"1月3日开幕", "2025-12-28", "1月3日", DateKind::kDate, "2026-01-03"},
      {"去年12月，产量创新高。", "2026-01-05", "去年12月", DateKind::kMonth, "2025-12"},
      {"去年12月20日", "2026-01-05", "去年12月20日", DateKind::kDate, "2025-12-20"},
      {"30日", "2026-01-02", "30日", DateKind::kDate, "2025-12-30"},
      {"今年1月", "2026-12-30", "今年1月", DateKind::kMonth, "2026-01"},
      // Leap days.
      {"2月29日", "2024-03-01", "2月29日", DateKind::kDate, "2024-02-29"},
      {"2月29日", "2025-03-01", "2月29日", DateKind::kDate, "2024-02-29"},
      // Times of day.
      {"上午9点，会议开始。", "", "上午9点", DateKind::kTime, ""},
      {"下午3点半", "", "下午3点半", DateKind::kTime, ""},
      {"at 9:30 a.m. Monday", "", "9:30 a.m.", DateKind::kTime, ""},
      // Weekdays.
      {"星期一", "2026-06-17", "星期一", DateKind::kWeekday, "2026-06-15"},
      {"周一上午", "2026-06-17", "周一", DateKind::kWeekday, "2026-06-15"},
      {"6月18日（星期四）", "2026-06-17", "星期四", DateKind::kWeekday, "2026-06-18"},
      {"上周一有考试", "2017-03-22", "上周一", DateKind::kWeekday, "2017-03-13"},
      {"said on Monday", "2026-06-17", "Monday", DateKind::kWeekday, "2026-06-15"},
      {"礼拜日", "2017-03-22", "礼拜日", DateKind::kWeekday, "2017-03-19"},
      // Relative days.
      {"昨天", "2026-06-16", "昨天", DateKind::kRelativeDay, "2026-06-15"},
      {"大后天可以吗", "2017-03-22", "大后天", DateKind::kRelativeDay, "2017-03-25"},
      {"said yesterday", "2026-06-16", "yesterday", DateKind::kRelativeDay, "2026-06-15"},
      // Lunar dates and festivals.
      {"正月初十", "2026-02-20", "正月初十", DateKind::kLunar, "2026-02-26"},
      {"腊月二十三", "2026-02-01", "腊月二十三", DateKind::kLunar, "2026-02-10"},
      {"农历八月十五", "2024-09-01", "农历八月十五", DateKind::kLunar, "2024-09-17"},
      {"2023年闰二月初一", "", "2023年闰二月初一", DateKind::kLunar, "2023-03-22"},
      {"大年初一", "2025-01-15", "大年初一", DateKind::kLunar, "2025-01-29"},
      {"农历2015年十月初一", "", "农历2015年十月初一", DateKind::kLunar, "2015-11-12"},
      {"春节期间", "2024-02-01", "春节", DateKind::kFestival, "2024-02-10"},
      {"元宵节", "2024-02-01", "元宵节", DateKind::kFestival, "2024-02-24"},
      {"端午假期", "2024-06-01", "端午", DateKind::kFestival, "2024-06-10"},
      {"中秋", "2023-09-01", "中秋", DateKind::kFestival, "2023-09-29"},
      {"除夕", "2025-01-15", "除夕", DateKind::kFestival, "2025-01-28"},
      {"国庆", "2024-09-01", "国庆", DateKind::kFestival, "2024-10-01"},
      {"on Christmas Day", "2024-12-01", "Christmas Day", DateKind::kFestival, "2024-12-25"},
      // Relative years.
      {"今年以来", "2026-06-16", "今年", DateKind::kRelativeYear, "2026"},
      {"去年同期", "2026-06-16", "去年", DateKind::kRelativeYear, "2025"},
      {"明年", "2026-06-16", "明年", DateKind::kRelativeYear, "2027"},
      {"前年", "2026-06-16", "前年", DateKind::kRelativeYear, "2024"},
      {"sales rose last year", "2026-06-16", "last year", DateKind::kRelativeYear, "2025"},
      // Periods.
      {"6月上旬", "2026-06-16", "6月上旬", DateKind::kPeriod, "2026-06"},
      {"年初，", "2026-06-16", "年初", DateKind::kPeriod, "2026"},
      {"2025年底", "", "2025年底", DateKind::kPeriod, "2025"},
      {"“十四五”时期", "", "“十四五”", DateKind::kPeriod, "2021"},
      {"2026年1-5月，出口增长", "", "2026年1-5月", DateKind::kRange, "2026-01"},
      // Ranges.
      {"3月15日至25日", "2026-01-10", "3月15日至25日", DateKind::kRange, "2026-03-15"},
      {"from 2020-2024", "", "2020-2024", DateKind::kRange, "2020"},
      // Ages, durations, birth and founding years, anniversaries.
      {"他今年54岁。", "", "今年54岁", DateKind::kAge, ""},
      {"Zhao, 58, said", "", "58", DateKind::kAge, ""},
      {"The mayor, 45, said", "", "45", DateKind::kAge, ""},  // a title for a name (AP style)
      {"Sales rose last year (2023) as", "", "2023", DateKind::kYear, "2023"},  // the year a relative one names
      {"passed on 11/30/2025 by", "", "11/30/2025", DateKind::kDate, "2025-11-30"},  // month first in English
      {"passed on 30/11/2025 by", "", "30/11/2025", DateKind::kDate, "2025-11-30"},
      {"said the coach, 61, who", "", "61", DateKind::kAge, ""},
      {"29年来，北京市", "", "29年来", DateKind::kDuration, ""},
      {"走过了67年", "", "走过了67年", DateKind::kDuration, ""},
      {"一共存在了18年。", "", "存在了18年", DateKind::kDuration, ""},
      {"ran for 40 years", "", "for 40 years", DateKind::kDuration, ""},
      {"ran for eight years", "", "for eight years", DateKind::kDuration, ""},
      {"1966年出生，", "", "1966年出生", DateKind::kBirthYear, "1966"},
      {"1971年出生的牧民", "", "1971年出生", DateKind::kBirthYear, "1971"},
      {"她1978年出生在伊金霍洛旗", "", "1978年出生", DateKind::kBirthYear, "1978"},
      {"was born in 1966", "", "born in 1966", DateKind::kBirthYear, "1966"},
      {"who was born in Millbrook in 1958 and", "", "born in Millbrook in 1958", DateKind::kBirthYear, "1958"},
      {"was born in the farmhouse in 1971 and", "", "born in the farmhouse in 1971", DateKind::kBirthYear, "1971"},
      {"she was born on March 3, 1942, in", "", "born on March 3, 1942", DateKind::kBirthYear, "1942"},
      {"成立于1949年", "", "成立于1949年", DateKind::kFoundingYear, "1949"},
      {"was founded in 1949", "", "founded in 1949", DateKind::kFoundingYear, "1949"},
      {"建校75周年", "", "75周年", DateKind::kAnniversary, ""},
      {"its 75th anniversary", "", "75th anniversary", DateKind::kAnniversary, ""},
  };
  for (const Case& c : cases) {
    INFO(c.text << " [" << c.mention << "] ref " << c.reference);
    std::string_view text = c.text;
    Language lang = (static_cast<unsigned char>(text[0]) < 0x80) ? Language::kEnglish : Language::kChinese;
    auto ms = extract_dates(text, lang, ref_of(c.reference));
    const DateMention* m = find_mention(ms, c.mention, text);
    REQUIRE(m != nullptr);
    CHECK(date_kind_name(m->kind) == date_kind_name(c.kind));
    if (*c.resolved) CHECK(m->date.iso() == c.resolved);
  }
}

TEST_CASE("Values of ages, durations and times", "[extract][dates]") {
  auto one = [](std::string_view text, DateKind kind) {
    auto ms = extract_dates(text, Language::kChinese);
    for (const auto& m : ms) {
      if (m.kind == kind) return m;
    }
    FAIL("no mention of the kind in " << text);
    return DateMention{};
  };
  CHECK(one("今年54岁", DateKind::kAge).value == 54);
  CHECK(one("今年54岁", DateKind::kAge).current_age);
  CHECK_FALSE(one("19岁那年", DateKind::kAge).current_age);
  CHECK(one("他今年已经68岁", DateKind::kAge).current_age);
  CHECK(one("他今年已经68岁", DateKind::kAge).value == 68);
  CHECK(one("他今年已经\n68岁", DateKind::kAge).current_age);  // hard-wrapped
  CHECK(one("现年\n54岁", DateKind::kAge).current_age);
  CHECK_FALSE(one("他\n54岁时", DateKind::kAge).current_age);
  CHECK(one("年近七十岁", DateKind::kAge).approximate);
  CHECK(one("29年来", DateKind::kDuration).value == 29);
  auto english = [](std::string_view text) {
    for (const auto& m : extract_dates(text, Language::kEnglish)) {
      if (m.kind == DateKind::kDuration) return m.value;
    }
    return -1;
  };
  CHECK(english("ran for eight years") == 8);
  CHECK(english("ran for twenty-five years") == 25);
  CHECK(english("ran for nearly ninety years") == 90);
  CHECK(english("ran for several years") == -1);
  CHECK(one("近30年来", DateKind::kDuration).approximate);
  CHECK(one("20多年来", DateKind::kDuration).approximate);
  CHECK(one("下午3点半", DateKind::kTime).label == "15:30");
  CHECK(one("上午9点", DateKind::kTime).label == "09:00");
  CHECK(one("晚上8时许", DateKind::kTime).label == "20:00");
  CHECK(one("“十四五”", DateKind::kPeriod).end == CivilDate{2025, 12, 31});
  CHECK(one("“十五五”规划", DateKind::kPeriod).date.year == 2026);
}

TEST_CASE("Impossible dates are marked, possible ones are not", "[extract][dates]") {
  struct Validity {
    const char* text;
    bool valid;
  };
  const Validity cases[] = {
      {"2月30日", false},      {"4月31日", false},        {"13月5日", false},     {"2025年2月29日", false},
      {"1900年2月29日", false}, {"2024年2月29日", true},  {"2000年2月29日", true}, {"2月29日", true},
      {"4月30日", true},       {"12月31日", true},        {"6月32日", false},     {"February 30, 2026", false},
      {"April 31", false},     {"February 29, 2024", true},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    std::string_view text = c.text;
    auto ms = extract_dates(text, text[0] < 0x41 || static_cast<unsigned char>(text[0]) >= 0x80 ? Language::kChinese
                                                                                              : Language::kEnglish);
    REQUIRE(!ms.empty());
    CHECK(ms[0].kind == DateKind::kDate);
    CHECK(ms[0].valid == c.valid);
  }
}

TEST_CASE("Look-alikes are not dates", "[extract][dates]") {
  struct NotDate {
    const char* text;
    DateKind kind;
  };
  const NotDate cases[] = {
      {"历时13个月", DateKind::kMonth},    {"发放13月薪", DateKind::kMonth},   {"一周一次", DateKind::kWeekday},
      {"四周一片欢腾", DateKind::kWeekday}, {"计划在3年内推广", DateKind::kDuration}, {"近10日", DateKind::kDate},
      {"3日游", DateKind::kDate},          {"岁月如歌", DateKind::kAge},       {"2000年来的历史", DateKind::kYear},
      {"提出三点建议", DateKind::kTime},    {"5小时", DateKind::kTime},         {"比分3:10", DateKind::kTime},
      {"吃元宵", DateKind::kFestival},      {"20世纪80年代", DateKind::kYear},   {"第2026号", DateKind::kDate},
      {"编号2026-13-45", DateKind::kDate},  {"2025年以来", DateKind::kDuration},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto ms = extract_dates(c.text, Language::kChinese);
    for (const auto& m : ms) CHECK(m.kind != c.kind);
  }
  // Without a full year, numeric short forms are scores, fractions and codes.
  for (const char* text : {"won 12/1 in the final", "a 3-7-27 code", "grade 3/4 students", "version 1/2/25"}) {
    INFO(text);
    CHECK(extract_dates(text, Language::kEnglish).empty());
  }
}

TEST_CASE("Documents take their reference from the pubdate, header or datelines", "[extract][dates]") {
  SECTION("--pubdate wins") {
    Document doc("t.txt", "标题\n\n本报6月16日讯（记者 王磊）6月15日，会议召开。\n");
    doc.set_pubdate("2026-06-17");
    const Dates& d = doc.analysis<Dates>();
    REQUIRE(d.publication == 0);
    CHECK(d.references[0].source == "pubdate");
    CHECK(d.references[0].date == CivilDate{2026, 6, 17});
    REQUIRE(d.article_reference.size() == 1);
    const DateReference& dl = d.references[d.article_reference[0]];
    CHECK(dl.source == "dateline");
    CHECK(dl.date == CivilDate{2026, 6, 16});
  }
  SECTION("a page header line") {
    Document doc("t.txt", "2024年2月26日　星期一　第3版\n\n标题\n\n正文里说到2月20日的事情。\n");
    const Dates& d = doc.analysis<Dates>();
    REQUIRE(d.publication >= 0);
    CHECK(d.references[d.publication].source == "page-header");
    CHECK(d.references[d.publication].date == CivilDate{2024, 2, 26});
    CHECK_FALSE(d.references[d.publication].year_inferred);
  }
  SECTION("a web story's time stamp") {
    Document doc("t.txt",
                 "Port sells bonds\n\nBy MARIA DELGADO\nAssociated Press\nUpdated 6:05 PM CDT, October 7, 2025\n\n"
                 "MOBILE, Ala. (AP) — The port sold bonds Tuesday. Pricing began on Friday, Oct. 6.\n");
    const Dates& d = doc.analysis<Dates>();
    REQUIRE(d.publication >= 0);
    CHECK(d.references[d.publication].source == "timestamp");
    CHECK(d.references[d.publication].date == CivilDate{2025, 10, 7});
    CHECK_FALSE(d.references[d.publication].year_inferred);
  }
  SECTION("a dated line under the byline") {
    Document doc("t.txt",
                 "County fair hits its stride\n\nBy Tom Becker\nCourier Staff Writer\n\nThursday, Aug. 13, 2026\n\n"
                 "MARLOW, Wis. — The fair opened on Wednesday.\n");
    const Dates& d = doc.analysis<Dates>();
    REQUIRE(d.publication >= 0);
    CHECK(d.references[d.publication].date == CivilDate{2026, 8, 13});
    CHECK_FALSE(d.references[d.publication].year_inferred);
  }
  SECTION("a January page about last December") {
    Document doc("t.txt", "2026年1月5日　星期一　第3版\n\n标题\n\n去年12月，全区产量创新高。12月20日，会议召开。\n");
    const Dates& d = doc.analysis<Dates>();
    bool seen = false;
    for (const auto& m : d.mentions) {
      if (doc.slice(m.span) == "12月20日") {
        CHECK(m.date == CivilDate{2025, 12, 20});
        seen = true;
      }
      if (doc.slice(m.span) == "去年12月") CHECK(m.date == CivilDate{2025, 12, 0});
    }
    CHECK(seen);
  }
  SECTION("inferred from a dateline and a full date") {
    Document doc("t.txt", "标题\n\n本报12月14日讯（记者 王磊）2020年12月14日，会议召开。《办法》将于2021年1月1日起施行。\n");
    const Dates& d = doc.analysis<Dates>();
    REQUIRE(d.publication == 0);
    CHECK(d.references[0].source == "inferred");
    CHECK(d.references[0].year_inferred);
    CHECK(d.references[0].date == CivilDate{2020, 12, 14});
  }
  SECTION("a year after the day of the check is a plan, not the page's") {
    const std::string text = "Headline\n\nTROMSO — The team returned in October 2025. It hopes to return to the ice cap in 2028.\n";
    Document doc("t.txt", text);
    doc.set_checked_on("2026-12-07");
    REQUIRE(doc.analysis<Dates>().publication == 0);
    CHECK(doc.analysis<Dates>().references[0].date.year == 2025);
    Document unchecked("t.txt", text);  // no day of the check: the latest year written
    REQUIRE(unchecked.analysis<Dates>().publication == 0);
    CHECK(unchecked.analysis<Dates>().references[0].date.year == 2028);
  }
  SECTION("inferred from an anniversary counted from a founding year in its sentence") {
    Document doc("t.txt", "标题\n\n本报11月19日讯 整理工作始于2021年3月。灯塔建成于1915年，今年恰好是建塔110周年。\n");
    const Dates& d = doc.analysis<Dates>();
    REQUIRE(d.publication == 0);
    CHECK(d.references[0].year_inferred);
    CHECK(d.references[0].guess_reported);
    CHECK(d.references[0].date == CivilDate{2025, 11, 19});
    Document en("t.txt", "Headline\n\nMILLBROOK — On Saturday the foundry will mark 150 years since it was founded in 1875. "
                         "It last cast a big bell in 2004.\n");
    REQUIRE(en.analysis<Dates>().publication == 0);
    CHECK(en.analysis<Dates>().references[0].date.year == 2025);
    // Another year or a relative year in the sentence: no guide.
    Document back("t.txt", "标题\n\n本报11月19日讯 2021年3月，整理工作开始。去年是建成于1915年的灯塔建塔110周年。\n");
    CHECK(back.analysis<Dates>().references[0].date.year == 2021);
  }
  SECTION("the day the reporter learned the news dates the story: 记者11月14日从…获悉") {
    Document doc("t.txt", "标题\n\n本报讯（记者 杜宏伟）记者11月14日从县林业局获悉，该县于2024年3月11日启动古树体检。\n");
    const Dates& d = doc.analysis<Dates>();
    REQUIRE(d.publication == 0);
    CHECK(d.references[0].date == CivilDate{2024, 11, 14});
    // A date the lead tells of is not the story's.
    Document event("t.txt", "标题\n\n本报讯（记者 杜宏伟）记者11月14日在县林业局看到，古树体检已于2024年3月启动。\n");
    CHECK(event.analysis<Dates>().references[0].date.month == 0);
    // A full date right after the credit is the story's.
    Document full("t.txt", "标题\n\n本报讯（记者 周景然）2025年4月16日，记者从市园林绿化局获悉，体检已于4月12日结束。\n");
    const Dates& f = full.analysis<Dates>();
    REQUIRE(f.article_reference.size() == 1);
    REQUIRE(f.article_reference[0] >= 0);
    CHECK(f.references[f.article_reference[0]].date == CivilDate{2025, 4, 16});
    CHECK_FALSE(f.references[f.article_reference[0]].year_inferred);
  }
  SECTION("a deadline is no year the page reports on: by the end of 2026") {
    Document doc("t.txt", "Headline\n\nSince Jan. 6, 2025, crawlers have inspected 41 miles. The borough expects to "
                          "finish by the end of 2026, and all of it by mid-2027.\n");
    REQUIRE(doc.analysis<Dates>().publication == 0);
    CHECK(doc.analysis<Dates>().references[0].date.year == 2025);
  }
  SECTION("a weekday written with a date and no year picks the year after a reported one") {
    // 2023 is written with its month; April 15 was a Tuesday in 2025 (not 2023 or 2024).
    Document doc("t.txt", "Headline\n\nThe telescope left in October 2023. It came back on Tuesday, April 15.\n");
    const Dates& d = doc.analysis<Dates>();
    REQUIRE(d.publication == 0);
    CHECK(d.references[0].date.year == 2025);
    CHECK(d.references[0].guess_reported);
    // A Chinese weekday is a mention of its own after its date (2025-09-01 was a Monday).
    Document zh("t.txt", "标题\n\n本报讯 9月1日（星期一）是开学第一天。驿站于2023年9月设立。\n");
    REQUIRE(zh.analysis<Dates>().publication == 0);
    CHECK(zh.analysis<Dates>().references[0].date.year == 2025);
    // A weekday that fits a later year up to the day of the check too pins nothing
    // (July 20 was a Monday in 2020 and in 2026).
    Document back("t.txt", "Headline\n\nThe viaduct was last inspected in 2020. Crews closed it on Monday, July 20.\n");
    back.set_checked_on("2026-12-07");
    REQUIRE(back.analysis<Dates>().publication == 0);
    CHECK_FALSE(back.analysis<Dates>().references[0].guess_reported);
    Document near("t.txt", "Headline\n\nThe viaduct was last inspected in 2020. Crews closed it on Monday, July 20.\n");
    near.set_checked_on("2021-12-07");
    REQUIRE(near.analysis<Dates>().publication == 0);
    CHECK(near.analysis<Dates>().references[0].guess_reported);
    // A year written alone may be decades back: no such pick (Jan. 11 was a Monday in 1999).
    Document old("t.txt", "Headline\n\nThe last diesel bus ran on Monday, Jan. 11, on a route converted in 1998.\n");
    REQUIRE(old.analysis<Dates>().publication == 0);
    CHECK(old.analysis<Dates>().references[0].date.year == 1998);
  }
  SECTION("a year the text states as this year: 今年（2026年）, this year (2026)") {
    Document doc("t.txt", "标题\n\n本报6月16日讯（记者 王磊）1971年出生的他，今年（2026年）62岁。2020年起任站长。\n");
    const Dates& d = doc.analysis<Dates>();
    REQUIRE(d.publication == 0);
    CHECK(d.references[0].source == "stated-year");
    CHECK_FALSE(d.references[0].year_inferred);
    CHECK(d.references[0].date == CivilDate{2026, 6, 16});
    Document en("t.txt", "Headline\n\nSales rose this year (2026) after two lean years.\n");
    REQUIRE(en.analysis<Dates>().publication == 0);
    CHECK(en.analysis<Dates>().references[0].source == "stated-year");
  }
  SECTION("a narrative year carries to later partial dates in its paragraph") {
    Document doc("t.txt", "2026年6月16日　星期二\n\n标题\n\n1940年9月，部队北进。10月5日，抵达某地。\n");
    const Dates& d = doc.analysis<Dates>();
    bool seen = false;
    for (const auto& m : d.mentions) {
      if (doc.slice(m.span) == "10月5日") {
        CHECK(m.date == CivilDate{1940, 10, 5});
        seen = true;
      }
    }
    CHECK(seen);
  }
}

TEST_CASE("Any mix of date fragments gives well-formed mentions", "[extract][dates]") {
  const char* fragments[] = {"年", "月", "日", "号", "2024", "13", "0", "二〇", "十", "廿", "初", "正", "腊", "闰", "农历",
                             "星期", "周", "一", "至", "-", "（", "）", "，", "。", "今年", "去年", "岁", "年来", "周年",
                             "成立于", "出生", "上午", "点", "半", "June", " 16", ", ", "Monday", "for ", " years", "\n",
                             "本报", "讯", "标题\n\n", "2月30日", "大年", "三十", "除夕", "“十四五”", "/", ".", "a.m."};
  std::mt19937 rng(7);
  std::uniform_int_distribution<size_t> pick(0, std::size(fragments) - 1);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    for (int i = 0; i < 60; ++i) text += fragments[pick(rng)];
    INFO(text);
    auto ms = extract_dates(text, round % 2 ? Language::kChinese : Language::kEnglish, CivilDate{2024, 2, 29});
    size_t last = 0;
    for (const auto& m : ms) {
      CHECK(m.span.begin < m.span.end);
      CHECK(m.span.end <= text.size());
      CHECK(m.span.begin >= last);
      last = m.span.begin;
    }
    Document doc("fuzz.txt", text);
    doc.set_pubdate(round % 3 ? "2024-02-29" : "");
    const Dates& d = doc.analysis<Dates>();
    for (const auto& m : d.mentions) CHECK(m.reference < static_cast<int>(d.references.size()));
  }
}

TEST_CASE("Searching only where patterns can match finds every mention", "[extract][dates]") {
  // The fragments of the test above, with more of the characters the
  // patterns key on, in paragraphs and runs of every length.
  const char* fragments[] = {"年", "月", "日", "号", "2024", "13", "0", "1", "9", "二〇", "十", "廿", "初", "正", "腊", "闰",
                             "农历", "星期", "礼拜", "周", "一", "三", "五", "至", "到", "-", "—", "~", "（", "）", "，",
                             "。", "今年", "去年", "前", "大", "岁", "年来", "以来", "周年", "成立于", "创办", "出生", "生于",
                             "上午", "点", "时", "：", "半", "分", "上旬", "年底", "上半年", "“十四五”", "春节", "中秋",
                             "国庆节", "端午", "除夕", "元旦", "大年", "三十", "昨天", "明日", "长达", "走过了", "近", "多",
                             "个", "的", "间", "之久", "历时", "逾", "约", "整整", "坚持了", "余", "七夕", "重阳", "元宵节",
                             "下周", "本", "这个", "凌晨", "晚上", "许", "现年", "享年", "建校", "诞生", "于", "始建",
                             "20年间", "五年之久", "历时3年", "近30年", "重阳节", "腊八节", "6月上旬", "2020-2024年",
                             "10:30", "周日", "一九九五年", "两千零八年", " 年 ", " 月 ", "份", "号", "底", "末",
                             "下半年", "年初", "十四五", "规划", "期间", "两千", "〇", "十二", "农历2020年", "June", "May", " 16", ", ", "Monday", "ſunday", "for ", " years", "born in ",
                             "founded in ", "th anniversary", "-year-old", "Zhao", ", 58,", "last ", "this year",
                             "yesterday", "Christmas Day", "a.m.", "pm", "–", "/", ".", " ", "\n", "\n\n"};
  std::mt19937 rng(17);
  std::uniform_int_distribution<size_t> pick(0, std::size(fragments) - 1);
  std::uniform_int_distribution<int> length(1, 120);
  for (int round = 0; round < 402; ++round) {
    std::string text;
    // The last two: a paragraph long enough to be searched in pieces.
    for (int i = round < 400 ? length(rng) : 40000; i > 0; --i) {
      std::string_view f = fragments[pick(rng)];
      text += f == "\n\n" ? "\n" : f;
    }
    INFO(text.substr(0, 2000));
    for (bool short_forms : {false, true}) {
      for (Language lang : {Language::kChinese, Language::kEnglish}) {
        auto fast = extract_dates(text, lang, CivilDate{2024, 2, 29}, short_forms);
        auto all = extract_dates_exhaustive(text, lang, CivilDate{2024, 2, 29}, short_forms);
        REQUIRE(fast.size() == all.size());
        for (size_t i = 0; i < fast.size(); ++i) {
          CHECK(fast[i].span == all[i].span);
          CHECK(fast[i].kind == all[i].kind);
          CHECK(fast[i].date == all[i].date);
          CHECK(fast[i].end == all[i].end);
          CHECK(fast[i].label == all[i].label);
          CHECK(fast[i].value == all[i].value);
        }
      }
    }
  }
}

TEST_CASE("Mentions as written, resolved once, are those resolved twice", "[extract][dates]") {
  // Dates::compute resolves the written mentions once, against the reference
  // of their article; it used to resolve mentions already resolved without one.
  const char* fragments[] = {"2024年", "去年", "今年", "12月", "2月", "3月", "28日", "29日", "30日", "15日", "至", "-",
                             "25日", "1月", "5月", "农历", "八月十五", "正月初一", "除夕", "春节", "国庆", "上旬", "年底",
                             "“十四五”", "星期一", "下周三", "昨天", "June 16", ", 2025", "Monday", "last year", "，",
                             "2020年至2024年", "1-5月", "大年三十", "9点", "\n\n"};
  std::mt19937 rng(23);
  std::uniform_int_distribution<size_t> pick(0, std::size(fragments) - 1);
  const std::optional<CivilDate> references[] = {std::nullopt, CivilDate{2024, 2, 29}, CivilDate{2026, 1, 5},
                                                 CivilDate{2025, 0, 0}, CivilDate{2025, 12, 0}};
  for (int round = 0; round < 200; ++round) {
    std::string text;
    for (int i = 0; i < 40; ++i) text += fragments[pick(rng)];
    INFO(text);
    Language lang = round % 2 ? Language::kChinese : Language::kEnglish;
    auto written = extract_written_dates(text, lang);
    auto resolved = extract_dates(text, lang);
    REQUIRE(written.size() == resolved.size());
    for (const auto& ref : references) {
      auto direct = extract_dates(text, lang, ref);
      REQUIRE(direct.size() == written.size());
      for (size_t i = 0; i < written.size(); ++i) {
        DateMention once = written[i], twice = resolved[i];
        resolve_mention(once, ref);
        resolve_mention(twice, ref);
        CHECK(once.span == twice.span);
        CHECK(once.date == twice.date);
        CHECK(once.end == twice.end);
        CHECK(once.valid == twice.valid);
        CHECK(once.lunar.year == twice.lunar.year);
        CHECK(once.date == direct[i].date);
        CHECK(once.end == direct[i].end);
        CHECK(once.valid == direct[i].valid);
      }
    }
  }
}

TEST_CASE("A range's year written after its second date is the first's too", "[extract][dates]") {
  const std::string text = "The show ran from Friday, May 15, through Sunday, May 17, 2026, at the fairgrounds.";
  const auto ms = extract_dates(text, Language::kEnglish, parse_iso_date("2027-01-10"));
  const DateMention* first = find_mention(ms, "Friday, May 15", text);
  REQUIRE(first);
  CHECK(first->year == 2026);
  CHECK(first->date.iso() == "2026-05-15");
  // Across the new year the year is the second date's only.
  const std::string winter = "The market ran from Dec. 28 to Jan. 3, 2027.";
  const auto ws = extract_dates(winter, Language::kEnglish, std::nullopt);
  const DateMention* dec = find_mention(ws, "Dec. 28", winter);
  REQUIRE(dec);
  CHECK(dec->year == 0);
}

TEST_CASE("A range's year written before its first date is the second's too", "[extract][dates]") {
  const std::string text = "2026年3月1日至5月10日（星期日），全省共组织开展人工增雨作业122次。";
  const auto ms = extract_dates(text, Language::kChinese, parse_iso_date("2027-01-10"));
  const DateMention* end = find_mention(ms, "5月10日", text);
  REQUIRE(end);
  CHECK(end->year == 2026);
  // Across the new year the second date is in the next: left to the reference.
  const std::string winter = "2025年12月28日至1月3日举办冰雪节。";
  const auto ws = extract_dates(winter, Language::kChinese, std::nullopt);
  const DateMention* jan = find_mention(ws, "1月3日", winter);
  REQUIRE(jan);
  CHECK(jan->year == 0);
}
