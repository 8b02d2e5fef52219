#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "rules/engine.h"
#include "support/test_support.h"

using namespace copydesk;
using copydesk::testing::matched;
using copydesk::testing::shipped_rule;

namespace {

// Runs the shipped rule `id` on `text`, with a publication date when given.
std::vector<Finding> run_dated(const std::string& id, const std::string& text, const std::string& pubdate = "") {
  static const Engine engine(RuleSet{});
  auto rule = shipped_rule(id);
  Document doc("test.txt", text);
  doc.set_pubdate(pubdate);
  return engine.check_with(*rule, doc);
}

// Runs the shipped rule `id` on `text` as checked on `today`.
std::vector<Finding> run_checked_on(const std::string& id, const std::string& text, const std::string& today) {
  static const Engine engine(RuleSet{});
  auto rule = shipped_rule(id);
  Document doc("test.txt", text);
  doc.set_checked_on(today);
  return engine.check_with(*rule, doc);
}

struct Case {
  const char* rule;
  const char* text;
  const char* pubdate;
  int findings;
};

void run_cases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    INFO(c.rule << ": " << c.text << " (pubdate " << c.pubdate << ")");
    auto found = run_dated(c.rule, c.text, c.pubdate);
    CHECK(static_cast<int>(found.size()) == c.findings);
  }
}

const char* kArticle = "标题在这里\n\n";

}  // namespace

TEST_CASE("Weekdays are checked against their dates", "[kinds][dates]") {
  run_cases({
      {"zh-Hans.date-weekday-mismatch", "2024年2月26日（星期一）", "", 0},
      {"zh-Hans.date-weekday-mismatch", "2024年2月26日（星期二）", "", 1},
      {"zh-Hans.date-weekday-mismatch", "2024年2月29日，星期四", "", 0},   // leap day
      {"zh-Hans.date-weekday-mismatch", "2024年2月29日，星期五", "", 1},
      {"zh-Hans.date-weekday-mismatch", "6月16日（周二）", "2026-06-17", 0},
      {"zh-Hans.date-weekday-mismatch", "6月16日（周一）", "2026-06-17", 1},
      {"zh-Hans.date-weekday-mismatch", "6月16日（周一）", "", 0},  // year unknown: no guess
      // The year the sentence writes, when it is the page's guessed year too.
      {"zh-Hans.date-weekday-mismatch", "标题\n\n本报9月15日讯 9月15日（星期二）清晨，呼伦湖2025年秋季捕捞开始。", "", 1},
      {"zh-Hans.date-weekday-mismatch", "标题\n\n本报9月15日讯 9月15日（星期一）清晨，呼伦湖2025年秋季捕捞开始。", "", 0},
      {"zh-Hans.date-weekday-mismatch", "标题\n\n本报9月15日讯 9月15日（星期二）清晨，2025年和2026年的计划公布。", "", 0},
      {"zh-Hans.date-weekday-mismatch", "标题\n\n本报9月15日讯 9月15日（星期二），自2025年以来首次开湖。", "", 0},
      {"en.date-weekday-mismatch", "Theater reopens\n\nDETROIT (AP) — The marquee lit on Tuesday, Jan. 20, for the first time since 2011.", "", 0},
      // A year that opens the name of the sentence's program, or ranks its event.
      {"zh-Hans.date-weekday-mismatch", "标题\n\n本报9月14日电 9月12日（星期五），该区2026年农村电网改造工程全部完工。", "", 1},
      {"zh-Hans.date-weekday-mismatch", "标题\n\n本报9月14日电 9月12日（星期六），该区2026年农村电网改造工程全部完工。", "", 0},
      {"zh-Hans.date-weekday-mismatch", "标题\n\n本报9月14日电 9月12日（星期五），全区电量比2026年增加了三个项目。", "", 0},
      {"en.date-weekday-mismatch", "Storm\n\nAMES, Iowa, Aug. 28 — Storms hit on Tuesday, Aug. 27, the worst wind event of 2026.", "", 1},
      {"en.date-weekday-mismatch", "Storm\n\nAMES, Iowa, Aug. 28 — Storms hit on Thursday, Aug. 27, the worst wind event of 2026.", "", 0},
      {"en.date-weekday-mismatch", "Storm\n\nAMES, Iowa, Aug. 28 — Seniors met on Tuesday, Aug. 27, with the class of 2026.", "", 0},
      // The year of the event the date is of.
      {"en.date-weekday-mismatch", "Race\n\nMARQUETTE, Sept. 14 — She won the 2025 Lakeshore Half triathlon on Sunday, Sept. 13.", "", 1},
      {"en.date-weekday-mismatch", "Race\n\nMARQUETTE, Sept. 14 — She won the 2025 Lakeshore Half triathlon on Saturday, Sept. 13.", "", 0},
      // A dateline that writes its year gives it to the dates of its article.
      {"zh-Hans.date-weekday-mismatch", "标题\n\n本报2026年3月5日讯（记者 周敏）3月5日（星期四）上午，活动启动。", "", 0},
      {"zh-Hans.date-weekday-mismatch", "标题\n\n本报2026年3月5日讯（记者 周敏）3月5日（星期三）上午，活动启动。", "", 1},
      {"zh-Hans.date-weekday-mismatch", "标题\n\n本报3月5日讯（记者 周敏）3月5日（星期三）上午，活动启动。", "", 0},
      {"zh-Hans.date-weekday-mismatch", "12月31日（星期三）", "2026-01-02", 0},  // 2025-12-31
      {"zh-Hans.date-weekday-mismatch", "12月31日（星期四）", "2026-01-02", 1},
      {"zh-Hans.date-weekday-mismatch", "星期一（2月26日）", "2024-02-27", 0},
      {"zh-Hans.date-weekday-mismatch", "星期二（2月26日）", "2024-02-27", 1},
      {"zh-Hans.date-weekday-mismatch", "自2月26日周二至周五开放", "2024-02-27", 0},  // a span of weekdays
      {"zh-Hans.date-weekday-mismatch", "上周一（2月26日）", "2024-03-05", 0},  // offset weekdays are not pairs
      {"en.date-weekday-mismatch", "on Monday, February 26, 2024, the board met", "", 0},
      {"en.date-weekday-mismatch", "on Friday, February 26, 2024, the board met", "", 1},
      {"en.date-weekday-mismatch", "on Tuesday, June 16", "2026-06-20", 0},
      {"en.date-weekday-mismatch", "on Wednesday, June 16", "2026-06-20", 1},
      // No year: across February's end a leap day may part two weekdays, but a
      // date that fits no year in which the others fit is odd either way.
      {"en.date-weekday-mismatch", "Fees rose on Tuesday, Feb. 11. The council met Wednesday, Feb. 26. Work begins Thursday, March 4.", "", 1},
      {"en.date-weekday-mismatch", "Fees rose on Tuesday, Feb. 11. The council met Wednesday, Feb. 26. Work begins Tuesday, March 4.", "", 0},
      {"en.date-weekday-mismatch", "Fees rose on Tuesday, Feb. 11. Work begins Thursday, March 4.", "", 0},  // two: which one?
      // The weekday after its date.
      {"en.date-weekday-mismatch", "a calf born early on Aug. 9, a Sunday, in the forest habitat", "2025-08-14", 1},
      {"en.date-weekday-mismatch", "a calf born early on Aug. 9, a Saturday, in the forest habitat", "2025-08-14", 0},
  });
}

TEST_CASE("Dates without a known year must agree with each other's weekdays", "[kinds][dates]") {
  run_cases({
      // Six days apart, and Saturday to Thursday is five: one of them is wrong, whatever the year.
      {"en.date-weekday-mismatch", "Saturday, Oct. 18, the ferries started. On Thursday, Oct. 24, an open house.", "", 1},
      {"en.date-weekday-mismatch", "Saturday, Oct. 18, the ferries started. On Friday, Oct. 24, an open house.", "", 0},
      // The same date with two weekdays.
      {"zh-Hans.date-weekday-mismatch", "5月4日（星期一）开幕，5月4日（星期二）闭幕。", "", 1},
      // Three dates: the one the other two disagree with is reported.
      {"zh-Hans.date-weekday-mismatch", "3月2日（星期一）、3月9日（星期一）、3月10日（星期三）", "", 1},
      // Across the end of February the answer depends on a leap day: not compared.
      {"zh-Hans.date-weekday-mismatch", "2月27日（星期五），3月2日（星期一）", "", 0},
      {"zh-Hans.date-weekday-mismatch", "2月27日（星期五），3月2日（星期二）", "", 0},
      // A year known from the publication date: each is checked on its own instead.
      {"en.date-weekday-mismatch", "Saturday, Oct. 18, the ferries started. On Thursday, Oct. 24, an open house.",
       "2025-10-20", 1},
      // A date written with its year and the right weekday is a witness, and never the one reported.
      {"en.date-weekday-mismatch", "The hearing was on Monday, Feb. 2, 2026. A second reading is set for Friday, Feb. 12.",
       "", 1},
      {"en.date-weekday-mismatch",
       "The hearing was on Monday, Feb. 2, 2026. A second reading is set for Thursday, Feb. 12.", "", 0},
      {"en.date-weekday-mismatch", "A reading is set for Friday, Feb. 12. The hearing was on Monday, Feb. 2, 2026.",
       "", 1},
  });
  auto later = run_dated("en.date-weekday-mismatch",
                         "A reading is set for Friday, Feb. 12. The hearing was on Monday, Feb. 2, 2026.");
  REQUIRE(later.size() == 1);
  CHECK(matched(later) == std::vector<std::string>{"Friday, Feb. 12"});
  auto found = run_dated("en.date-weekday-mismatch", "Saturday, Oct. 18, they met. Thursday, Oct. 24, they left.");
  REQUIRE(found.size() == 1);
  CHECK(matched(found) == std::vector<std::string>{"Thursday, Oct. 24"});
  REQUIRE(found[0].related.size() == 1);
  CHECK(found[0].message.find("6 days apart") != std::string::npos);
  // Between two, the latest year the text writes picks the one to blame (Aug. 22, 2026 is a Saturday).
  auto championships = run_dated("en.date-weekday-mismatch",
                                 "The 2026 State Orienteering Championships drew 312 runners. The long course, held "
                                 "Sunday, Aug. 22, was wet. Registration for next year opens Tuesday, Dec. 1.");
  CHECK(matched(championships) == std::vector<std::string>{"Sunday, Aug. 22"});

  // With nothing else to go on, the date whose weekday fits no year as
  // recent as the other's is blamed: copy is most often checked soon after it
  // is written (9月15日 was a Wednesday in 2021, 10月12日 a Monday in 2026).
  const std::string lab = "标题\n\n本报合肥9月18日电 实验室9月15日（星期三）揭牌。首批课题将于10月12日（星期一）发布。";
  CHECK(matched(run_checked_on("zh-Hans.date-weekday-mismatch", lab, "2026-12-07")) ==
        std::vector<std::string>{"9月15日（星期三）"});
  CHECK(matched(run_checked_on("zh-Hans.date-weekday-mismatch", lab, "2021-12-07")) ==
        std::vector<std::string>{"10月12日（星期一）"});
  // A year the page only looks back to (the winter of 2014) is no guide to
  // which is right: Oct. 6, 2014 was a Monday, Sept. 10, 2026 a Thursday.
  CHECK(matched(run_checked_on("en.date-weekday-mismatch",
                               "The board voted on Thursday, Sept. 10, to freeze the price. It last dipped into its "
                               "reserves during the harsh winter of 2014. A hearing is set for Monday, Oct. 6.",
                               "2026-12-07")) == std::vector<std::string>{"Monday, Oct. 6"});

  // A lunar date after a weekday fixes the year in which both are right
  // (2025: 10月6日 was a Monday and the Mid-Autumn Festival), and that date
  // is a witness: the other date is the one reported, though it comes first.
  auto lunar = run_dated("zh-Hans.date-weekday-mismatch",
                         "10月4日（星期日），合作社开镰。10月6日（星期一）是中秋节，也是农历八月十五。");
  REQUIRE(lunar.size() == 1);
  CHECK(matched(lunar) == std::vector<std::string>{"10月4日（星期日）"});
  CHECK(run_dated("zh-Hans.date-weekday-mismatch",
                  "10月4日（星期六），合作社开镰。10月6日（星期一）是中秋节，也是农历八月十五。").empty());
  // A lunar date no Monday's year has on October 6 fixes nothing: the later date is reported, as before.
  auto unfixed = run_dated("zh-Hans.date-weekday-mismatch",
                           "10月4日（星期日），合作社开镰。10月6日（星期一）是农历八月初三。");
  REQUIRE(unfixed.size() == 1);
  CHECK(matched(unfixed) == std::vector<std::string>{"10月6日（星期一）"});
}

TEST_CASE("Lunar dates and festivals are checked against their dates", "[kinds][dates]") {
  run_cases({
      {"zh-Hans.lunar-date-mismatch", "2月26日,正月初十", "2026-02-27", 0},
      {"zh-Hans.lunar-date-mismatch", "2月26日,正月十一", "2026-02-27", 1},
      {"zh-Hans.lunar-date-mismatch", "2023年3月22日，闰二月初一", "", 0},  // leap month
      {"zh-Hans.lunar-date-mismatch", "2023年3月22日，农历二月初一", "", 0},
      {"zh-Hans.lunar-date-mismatch", "2023年2月20日，闰二月初一", "", 1},
      {"zh-Hans.lunar-date-mismatch", "2024年9月17日（农历八月十五）", "", 0},
      {"zh-Hans.lunar-date-mismatch", "2024年9月18日（农历八月十五）", "", 1},
      {"zh-Hans.lunar-date-mismatch", "2025年1月28日（除夕）", "", 0},
      {"zh-Hans.lunar-date-mismatch", "2025年1月29日（除夕）", "", 1},
      {"zh-Hans.lunar-date-mismatch", "2025年1月29日是春节", "", 0},
      {"zh-Hans.lunar-date-mismatch", "2025年1月29日春节前后", "", 0},  // not the day itself
      {"zh-Hans.lunar-date-mismatch", "2024年6月10日端午", "", 0},
      {"zh-Hans.lunar-date-mismatch", "2024年6月11日端午节", "", 1},
      {"zh-Hans.lunar-date-mismatch", "端午节当天（2024年6月10日）", "", 0},
      {"zh-Hans.lunar-date-mismatch", "端午节当天（2024年6月11日）", "", 1},
      {"zh-Hans.lunar-date-mismatch", "10月1日国庆节当天", "", 0},
      {"zh-Hans.lunar-date-mismatch", "10月2日，国庆假期", "2024-10-05", 0},
      {"zh-Hans.lunar-date-mismatch", "腊月二十三（2026年2月10日）", "", 0},
      {"zh-Hans.lunar-date-mismatch", "腊月二十三（2026年2月11日）", "", 1},
      // A year written before the festival is the date's (2027's Spring Festival is on February 6).
      {"zh-Hans.lunar-date-mismatch", "年货大集一直持续到2027年春节（2月16日）前。", "", 1},
      {"zh-Hans.lunar-date-mismatch", "年货大集一直持续到2027年春节（2月6日）前。", "", 0},
      {"zh-Hans.lunar-date-mismatch", "标题\n\n本报讯 2026年6月，龙舟赛开幕。今年端午节是6月20日。", "", 1},
      {"zh-Hans.lunar-date-mismatch", "标题\n\n本报讯 2026年6月，龙舟赛开幕。今年端午节是6月19日。", "", 0},
      // A year-only mention earlier in the paragraph does not move later dates.
      {"zh-Hans.lunar-date-mismatch", "自1995年以来，合作不断。6月10日，农历五月初五，端午节。", "2024-06-17", 0},
      // Dates read against a narrative year are not checked (the year is a reading, not a statement).
      {"zh-Hans.lunar-date-mismatch", "1995年5月，工程开工。6月10日，农历五月初五。", "2024-06-17", 0},
  });
}

TEST_CASE("A lunar date is checked in the years around a guessed year", "[kinds][dates]") {
  // The dateline's block writes the year: the guess is reported on.
  const std::string wrong = "标题\n\n本报3月5日讯 2026年春运期间，试点车辆正月初八（2月26日）起转入常态化运行。";
  auto found = run_dated("zh-Hans.lunar-date-mismatch", wrong);
  REQUIRE(found.size() == 1);
  CHECK(found[0].matched_text == "正月初八（2月26日）");
  CHECK_THAT(found[0].message, Catch::Contains("2023") && Catch::Contains("2027"));
  // Right in the guessed year, or in one near it.
  CHECK(run_dated("zh-Hans.lunar-date-mismatch", "标题\n\n本报3月5日讯 2026年春运期间，试点车辆正月初八（2月24日）起运行。").empty());
  CHECK(run_dated("zh-Hans.lunar-date-mismatch", "标题\n\n本报3月5日讯 2027年春运期间，试点车辆正月初八（2月24日）起运行。").empty());

  // A year the page only looks back to: any year from it to the day of the check.
  const std::string back = "标题\n\n本报讯 2018年，她把老房子改成作坊。\n\n1月15日（农历腊月初八），作坊发出了今年第一批货。";
  static const Engine engine(RuleSet{});
  auto rule = shipped_rule("zh-Hans.lunar-date-mismatch");
  Document doc("test.txt", back);
  doc.set_checked_on("2026-12-07");
  CHECK(engine.check_with(*rule, doc).size() == 1);
  Document fits("test.txt", "标题\n\n本报讯 2018年，她把老房子改成作坊。\n\n1月20日（农历腊月初二），作坊发出了今年第一批货。");
  fits.set_checked_on("2026-12-07");
  CHECK(engine.check_with(*rule, fits).empty());  // 2026
  Document undated("test.txt", back);
  CHECK(engine.check_with(*rule, undated).empty());  // no day of the check: no bound
}

TEST_CASE("A lunar pair dates a page of no year for the others", "[kinds][dates]") {
  static const Engine engine(RuleSet{});
  auto rule = shipped_rule("zh-Hans.lunar-date-mismatch");
  auto run_on = [&](const std::string& text, const std::string& today) {
    Document doc("test.txt", text);
    doc.set_checked_on(today);
    return engine.check_with(*rule, doc);
  };
  const std::string page = "标题\n\n本报西安3月5日电 2月17日（正月初一）至今，游客约71万人次。3月4日（正月十五）元宵节当晚，城墙上熙熙攘攘。";
  const auto found = run_on(page, "2026-12-07");
  REQUIRE(found.size() == 1);
  CHECK(found[0].matched_text == "3月4日（正月十五）");
  CHECK_THAT(found[0].message, Catch::Contains("2026"));
  // Both right in 2026; a page checked long after; no day of the check.
  CHECK(run_on("标题\n\n本报西安3月5日电 2月17日（正月初一）至今，游客约71万人次。3月3日（正月十五）元宵节当晚。", "2026-12-07").empty());
  CHECK(run_on(page, "2040-01-01").empty());
  CHECK(run_on(page, "").empty());
}

TEST_CASE("Impossible dates are errors", "[kinds][dates]") {
  run_cases({
      {"zh-Hans.impossible-date", "会议于2月30日召开。", "", 1},
      {"zh-Hans.impossible-date", "4月31日", "", 1},
      {"zh-Hans.impossible-date", "13月5日", "", 1},
      {"zh-Hans.impossible-date", "2025年2月29日", "", 1},
      {"zh-Hans.impossible-date", "2024年2月29日", "", 0},
      {"zh-Hans.impossible-date", "2月29日", "2025-03-01", 0},  // the year is not written: may be last leap year
      // No leap day within a year of the story's date: 2024 and 2028 are two years off.
      {"zh-Hans.impossible-date", "2月29日", "2026-02-16", 1},
      {"zh-Hans.impossible-date", "2月29日", "2028-02-16", 0},
      {"en.impossible-date", "Avalanche warning\n\nMonday, Feb. 16, 2026\n\nThe warning holds through Feb. 29.", "", 1},
      {"en.impossible-date", "Avalanche warning\n\nThe warning holds through Feb. 29.", "", 0},
      {"zh-Hans.impossible-date", "13个月、13月薪", "", 0},
      {"en.impossible-date", "on February 29, 2023", "", 1},
      {"en.impossible-date", "on February 29, 2024", "", 0},
  });
}

TEST_CASE("Datelines and past events are checked against the publication date", "[kinds][dates]") {
  std::string header = "2024年6月16日　星期日　第3版\n\n";
  run_cases({
      {"zh-Hans.dateline-after-publication", "标题\n\n本报6月18日讯（记者 王磊）会议召开。", "2024-06-16", 1},
      {"zh-Hans.dateline-after-publication", "标题\n\n本报6月16日讯（记者 王磊）会议召开。", "2024-06-16", 0},
      {"zh-Hans.dateline-after-publication", "标题\n\n本报12月31日讯（记者 王磊）会议召开。", "2025-01-01", 0},
      {"zh-Hans.dateline-after-publication", "标题\n\n本报6月18日讯（记者 王磊）会议召开。", "", 0},  // no stated date
      {"zh-Hans.past-event-after-dateline", "标题\n\n本报6月16日讯（记者 王磊）6月18日，会议召开了。", "", 1},
      {"zh-Hans.past-event-after-dateline", "标题\n\n本报6月16日讯（记者 王磊）6月15日，会议召开了。", "", 0},
      {"zh-Hans.past-event-after-dateline", "标题\n\n本报6月16日讯（记者 王磊）会议将于6月18日召开。", "", 0},
      // What follows the clause told with 已 (a timetable) makes it no plan; a plan in its own clause does.
      {"zh-Hans.past-event-after-dateline", "标题\n\n本报6月16日讯（记者 王磊）6月18日，航线已正式开通，每周往返三班。", "", 1},
      {"zh-Hans.past-event-after-dateline", "标题\n\n本报6月16日讯（记者 王磊）6月18日，航线将正式开通，已有三家企业订舱。", "", 0},
      // 已于 and a day of the dateline's month: done, though 将 stands for 把.
      {"zh-Hans.past-event-after-dateline", "标题\n\n本报6月16日讯（记者 王磊）省防指已于18日17时将响应提升至Ⅰ级。", "", 1},
      {"zh-Hans.past-event-after-dateline", "标题\n\n本报6月16日讯（记者 王磊）省防指已于15日17时将响应提升至Ⅰ级。", "", 0},
      {"zh-Hans.past-event-after-dateline", "标题\n\n本报6月16日讯（记者 王磊）省防指于18日17时将响应提升至Ⅰ级。", "", 0},
      // A result verb tells a past event as well as 了 does.
      {"zh-Hans.past-event-after-dateline", "标题\n\n本报8月19日讯（记者 郭伟）8月21日，在接力决赛中，他又与队友合作摘得金牌。", "", 1},
      {"zh-Hans.past-event-after-dateline", "标题\n\n本报8月19日讯（记者 郭伟）8月21日，他力争在接力决赛中摘得金牌。", "", 0},
      {"zh-Hans.past-event-after-dateline", "标题\n\n本报6月16日讯（记者 王磊）报名截至6月30日，已有百人报了名。", "", 0},
      {"zh-Hans.past-event-after-dateline", "标题\n\n本报12月31日讯（记者 王磊）1月2日，会议召开了。", "2025-01-01", 1},
      // English: the story's own date is the reference; a past verb before the date tells an event.
      {"en.past-event-after-story-date", "Bridge falls\n\nPITTSBURGH (AP) — Divers recovered the last body Feb. 26.", "2026-02-24", 1},
      {"en.past-event-after-story-date", "Bridge falls\n\nPITTSBURGH (AP) — Divers recovered the last body Feb. 22.", "2026-02-24", 0},
      {"en.past-event-after-story-date", "Bridge falls\n\nPITTSBURGH (AP) — Divers recovered the last body Feb. 26.", "", 0},
      // A past verb right after the date, whatever plans a later clause tells of.
      {"en.past-event-after-story-date", "A test run on Dec. 6 went smoothly, Yoon said, and the slide will be open nightly.",
       "2026-12-01", 1},
      {"en.past-event-after-story-date", "A test run on Dec. 6 will show whether the slide is safe.", "2026-12-01", 0},
      {"en.past-event-after-story-date", "The meeting on Dec. 6 was canceled, and the vote will wait.", "2026-12-01", 0},
      {"en.past-event-after-story-date", "A run is set for Dec. 6 went the plan, and more will follow.", "2026-12-01", 0},
      // A past verb or a verb of saying right before the date dates it, whatever plans follow.
      {"en.past-event-after-story-date", "Chile\n\nHATCH, N.M., Sept. 7 — Officials said Tuesday, Sept. 8, that the money will go to repairs.", "", 1},
      {"en.past-event-after-story-date", "Chile\n\nHATCH, N.M., Sept. 7 — Officials said Sunday, Sept. 6, that the money will go to repairs.", "", 0},
      {"en.past-event-after-story-date", "Chile\n\nHATCH, N.M., Sept. 7 — A meeting will be held Tuesday, Sept. 8, at the library.", "", 0},
      // A wire dateline's month and day are the story's date, its year unknown.
      {"en.past-event-after-story-date", "Pilot ends\n\nDUBLIN, Feb 23 (Reuters) - The pilot ended on March 14, a study said.", "", 1},
      {"en.past-event-after-story-date", "Pilot ends\n\nDUBLIN, Feb 23 (Reuters) - The pilot ended on Feb. 14, a study said.", "", 0},
      {"en.past-event-after-story-date", "Stores close\n\nCHICAGO, March 3 (Reuters) - It already shut its Skokie store on March 14.", "", 1},
      // A local paper's date line under the byline and the paper's name.
      {"en.past-event-after-story-date", "Fund grows\n\nBy Priya Raman\n\nThe Riverton Ledger\n\nMay 14, 2026\n\n"
       "The city council voted on May 19 to extend the program.", "", 1},
      {"en.past-event-after-story-date", "Pilot ends\n\nDUBLIN, Feb 23 (Reuters) - The pilot will end on March 14, a study said.", "", 0},
      // Months on, it is last year's date: past tense says nothing.
      {"en.past-event-after-story-date", "Pilot ends\n\nDUBLIN, Feb 23 (Reuters) - The pilot started on Oct. 14, a study said.", "", 0},
      {"en.past-event-after-story-date", "Bridge falls\n\nPITTSBURGH (AP) — Officials said the bridge reopens Feb. 26.", "2026-02-24", 0},
      {"en.past-event-after-story-date", "Bridge falls\n\nPITTSBURGH (AP) — The hearing was postponed to Feb. 26.", "2026-02-24", 0},
      {"en.past-event-after-story-date", "Bridge falls\n\nPITTSBURGH (AP) — Divers will recover the last body Feb. 26.", "2026-02-24", 0},
      {"en.past-event-after-story-date", "Bridge falls\n\nPITTSBURGH (AP) — Crews worked to clear the road by Feb. 26.", "2026-02-24", 0},
      // A date that opens its sentence: the verb comes after it.
      {"en.past-event-after-story-date", "Fair opens\n\nMARLOW, Wis. — On Aug. 15, judges awarded the top prize.", "2026-08-13", 1},
      {"en.past-event-after-story-date", "Fair opens\n\nMARLOW, Wis. — On Aug. 15, judges will award the top prize.", "2026-08-13", 0},
      // A date that writes its year: the same gap tells.
      {"en.past-event-after-story-date", "Ferry ends\n\nHALBURY, Aug. 29, 2025 — The bridge opened to traffic on "
       "September 15, 2025.", "", 1},
      {"en.past-event-after-story-date", "Ferry ends\n\nHALBURY, Aug. 29, 2025 — The bridge opened to traffic on "
       "September 15, 2024.", "", 0},
  });
  (void)header;
}

TEST_CASE("Edition counts of events held every year without a break", "[kinds][dates]") {
  run_cases({
      {"zh-Hans.edition-count-mismatch", "冰雪节自2001年起每年举办一届，从未间断，今年已是第二十四届。", "2026-01-13", 1},
      {"zh-Hans.edition-count-mismatch", "冰雪节自2001年起每年举办一届，从未间断，今年已是第二十六届。", "2026-01-13", 0},
      {"zh-Hans.edition-count-mismatch", "大会首届于2012年举办，此后每年举办一届，从未间断，今年已是第15届。", "2026-07-28", 0},
      {"zh-Hans.edition-count-mismatch", "大会首届于2012年举办，此后每年举办一届，从未间断，今年已是第12届。", "2026-07-28", 1},
      // Without both words, or with another year in the sentence, or without a known year: unchecked.
      {"zh-Hans.edition-count-mismatch", "冰雪节始于2001年，今年已是第二十四届。", "2026-01-13", 0},
      {"zh-Hans.edition-count-mismatch", "冰雪节自2001年起每年举办一届，今年已是第二十四届。", "2026-01-13", 0},
      {"zh-Hans.edition-count-mismatch", "冰雪节自2001年起每年举办，从未间断，2020年为第二十届，今年是第二十四届。", "2026-01-13", 0},
      {"zh-Hans.edition-count-mismatch", "冰雪节自2001年起每年举办一届，从未间断，今年已是第二十四届。", "", 0},
  });
}

TEST_CASE("English ordinal seasons since a start year", "[kinds][dates]") {
  run_cases({
      {"en.season-count-mismatch", "Benning, who took over the program in 2011, is now in his 21st season.", "2025-10-02", 1},
      {"en.season-count-mismatch", "Benning, who took over the program in 2011, is now in his 15th season.", "2025-10-02", 0},
      {"en.season-count-mismatch", "Benning, who took over the program in 2011, is now in his 14th season.", "2025-10-02", 0},
      // No start verb, another year, or no story year: unchecked.
      {"en.season-count-mismatch", "Benning, who won the title in 2011, is now in his 21st season.", "2025-10-02", 0},
      {"en.season-count-mismatch", "Benning, who took over in 2011 and won in 2019, is in his 21st season.", "2025-10-02", 0},
      {"en.season-count-mismatch", "Benning, who took over the program in 2011, is now in his 21st season.", "", 0},
  });
}

TEST_CASE("A current age against an age at a given year", "[kinds][dates]") {
  run_cases({
      {"en.age-birth-year-mismatch", "Halvorsen, 58, first surveyed the bog as a 24-year-old student in 1994.", "2025-08-19", 1},
      {"en.age-birth-year-mismatch", "Halvorsen, 55, first surveyed the bog as a 24-year-old student in 1994.", "2025-08-19", 0},
      {"en.age-birth-year-mismatch", "Halvorsen, 56, first surveyed the bog as a 24-year-old student in 1994.", "2025-08-19", 0},
      {"en.age-birth-year-mismatch", "Halvorsen, 54, first surveyed the bog as a 24-year-old student in 1994.", "2025-08-19", 0},
      // No year, two years, or a story year unknown: unchecked.
      {"en.age-birth-year-mismatch", "Oduya, 71, who first gave blood in 1976 at the age of 18, still gives.", "2025-05-12", 1},
      {"en.age-birth-year-mismatch", "Oduya, 67, who first gave blood in 1976 at the age of 18, still gives.", "2025-05-12", 0},
      {"en.age-birth-year-mismatch", "Halvorsen, 58, first surveyed the bog as a 24-year-old student.", "2025-08-19", 0},
      {"en.age-birth-year-mismatch", "Halvorsen, 58, first surveyed the bog as a 24-year-old student in 1994 and in 2001.",
       "2025-08-19", 0},
      {"en.age-birth-year-mismatch", "Halvorsen, 58, first surveyed the bog as a 24-year-old student in 1994.", "", 0},
  });
}

TEST_CASE("A year naming the dateline's event dates the page before a differing 今年（YYYY年）", "[kinds][dates]") {
  const std::string page = "航模竞赛举行\n\n本报讯（记者 王蕾）4月18日，2026年全市青少年航天模型竞赛在市体育中心举行。"
                           "2012年出生的李想今年14岁。\n\n该项赛事始办于2019年，今年（2025年）已是第八届。";
  run_cases({
      {"zh-Hans.relative-year-mismatch", page.c_str(), "", 1},
      {"zh-Hans.age-birth-year-mismatch", page.c_str(), "", 0},
  });
}

TEST_CASE("An age with its birth year confirms a guessed year for the other ages", "[kinds][dates]") {
  // 45 and 1981 give 2026, the latest year written: the page's year, so 68 for 1952 is wrong.
  run_cases({
      {"zh-Hans.age-birth-year-mismatch",
       "标题\n\n2026年以来，街道累计培训居民。\n\n今年45岁的林海（1981年出生）是社区医生。\n\n1952年出生的周桂芳今年68岁。", "", 1},
      {"zh-Hans.age-birth-year-mismatch",
       "标题\n\n2026年以来，街道累计培训居民。\n\n今年45岁的林海（1981年出生）是社区医生。\n\n1952年出生的周桂芳今年74岁。", "", 0},
      // A year written alone may be one the story looks back to: without the confirming age, unchecked.
      {"zh-Hans.age-birth-year-mismatch", "标题\n\n2026年以来，街道累计培训居民。\n\n1952年出生的周桂芳今年68岁。", "", 0},
      {"zh-Hans.age-birth-year-mismatch",
       "标题\n\n2026年以来，街道累计培训居民。\n\n今年40岁的林海（1981年出生）是社区医生。\n\n1952年出生的周桂芳今年68岁。", "", 0},
      // A year the story only looks back to (2021年发现) gives way to the later one an age gives (2026):
      // the Mid-Autumn Festival is on September 25 in 2026 and September 15 in 2027.
      {"zh-Hans.lunar-date-mismatch",
       "标题\n\n这块化石2021年发现。1975年出生的馆长王林今年51岁。\n\n今年中秋节（10月6日）前后，博物馆发布预告。", "", 1},
      {"zh-Hans.lunar-date-mismatch",
       "标题\n\n这块化石2021年发现。1975年出生的馆长王林今年51岁。\n\n今年中秋节（9月25日）前后，博物馆发布预告。", "", 0},
  });
}

TEST_CASE("A weekday that fits no year from the page's guessed year to the day of the check", "[kinds][dates]") {
  // 2024年10月 is written with its month: the page is of 2024 at the earliest, and March 17
  // was a Wednesday in none of 2024, 2025 and 2026.
  const std::string page = "标题\n\n本报讯 3月17日（星期三）上午，工厂举行首条产线投产仪式。项目于2024年10月开工建设。\n";
  auto f = run_checked_on("zh-Hans.date-weekday-mismatch", page, "2026-12-07");
  REQUIRE(f.size() == 1);
  CHECK_THAT(f[0].message, Catch::Contains("none of the years 2024 to 2026"));
  // March 17 was a Tuesday in 2026: no finding.
  CHECK(run_checked_on("zh-Hans.date-weekday-mismatch",
                       "标题\n\n本报讯 3月17日（星期二）上午，工厂举行首条产线投产仪式。项目于2024年10月开工建设。\n", "2026-12-07")
            .empty());
  // A window of more than six years says nothing; nor does an unknown day of the check.
  CHECK(run_checked_on("zh-Hans.date-weekday-mismatch", page, "2031-12-07").empty());
  CHECK(run_checked_on("zh-Hans.date-weekday-mismatch", page, "").empty());
  // A year in a document's title (《2025—2026年…计划》) is no year the page reports on.
  CHECK(run_checked_on("zh-Hans.date-weekday-mismatch",
                       "标题\n\n本报10月9日讯 10月6日（星期一），正值中秋节，乌兰牧骑走进牧区。根据《2025—2026年基层文化惠民演出"
                       "计划》，旗里还将更新演出车辆。\n",
                       "2026-12-07")
            .empty());
}

TEST_CASE("Ages with birth years in a story of no known year must give it one year", "[kinds][dates]") {
  const std::string text = "Ice core team returns\n\nExpedition leader Ingrid Solheim, 52, who was born in 1968, led the "
                           "team. Graduate student Erik Lund, 27, who was born in 1999, ran the drill.\n";
  CHECK(matched(run_checked_on("en.age-birth-year-mismatch", text, "2026-12-07")) == std::vector<std::string>{"52"});
  CHECK(matched(run_checked_on("en.age-birth-year-mismatch", text, "2020-12-07")) == std::vector<std::string>{"27"});
  CHECK(run_checked_on("en.age-birth-year-mismatch", text, "").empty());  // which one is not known
  CHECK(run_checked_on("en.age-birth-year-mismatch",
                       "Ice core team returns\n\nExpedition leader Ingrid Solheim, 58, who was born in 1968, led the "
                       "team. Graduate student Erik Lund, 27, who was born in 1999, ran the drill.\n",
                       "2026-12-07")
            .empty());
}

TEST_CASE("An age that would date a story of no known year after the day it is checked on", "[kinds][dates]") {
  auto run_on = [](const std::string& id, const std::string& text, const std::string& today) {
    static const Engine engine(RuleSet{});
    auto rule = shipped_rule(id);
    Document doc("test.txt", text);
    doc.set_checked_on(today);
    return engine.check_with(*rule, doc);
  };
  const std::string zh = "标题\n\n养殖户张建军1972年出生，今年58岁。";  // 2030 at the earliest
  CHECK(run_on("zh-Hans.age-birth-year-mismatch", zh, "2026-12-07").size() == 1);
  CHECK(run_on("zh-Hans.age-birth-year-mismatch", zh, "2030-01-02").empty());
  CHECK(run_on("zh-Hans.age-birth-year-mismatch", zh, "2029-01-02").empty());  // a year's slack
  CHECK(run_on("zh-Hans.age-birth-year-mismatch", zh, "").empty());            // the day not known
  // The birth year in the next sentence, pointing back to the person.
  CHECK(run_on("zh-Hans.age-birth-year-mismatch", "标题\n\n今年78岁的刘桂兰对记者说。1952年出生的她独居多年。", "2026-12-07").size() == 1);
  CHECK(run_on("zh-Hans.age-birth-year-mismatch", "标题\n\n今年72岁的刘桂兰对记者说。这位1952年出生的老人独居多年。", "2026-12-07").empty());
  CHECK(run_on("zh-Hans.age-birth-year-mismatch", "标题\n\n今年78岁的刘桂兰对记者说。1952年出生的王强独居多年。", "2026-12-07").empty());
  // A pronoun or 老人 opening the next sentence points back too.
  const std::string surgery = "标题\n\n本报讯 2026年8月14日，手术队进村。今年78岁的李奶奶是第一个患者。老人";
  CHECK(run_on("zh-Hans.age-birth-year-mismatch", surgery + "1950年出生，患白内障多年。", "2026-12-07").size() == 1);
  CHECK(run_on("zh-Hans.age-birth-year-mismatch", surgery + "1948年出生，患白内障多年。", "2026-12-07").empty());
  // The name the age was given for opens the next sentence, whose other age is an age then.
  CHECK(run_on("zh-Hans.age-birth-year-mismatch", "标题\n\n今年68岁的传承人陈德顺向记者介绍。陈德顺1962年出生，17岁进酱园当学徒。", "2026-12-07")
            .size() == 1);
  CHECK(run_on("zh-Hans.age-birth-year-mismatch", "标题\n\n今年68岁的传承人陈德顺向记者介绍。陈德顺1958年出生，17岁进酱园当学徒。", "2026-12-07")
            .empty());
  CHECK(run_on("zh-Hans.age-birth-year-mismatch", "标题\n\n今年68岁的传承人陈德顺向记者介绍。王建国1962年出生，17岁进酱园当学徒。", "2026-12-07")
            .empty());
  const auto en = run_on("en.age-birth-year-mismatch",
                         "Fences\n\nVince Tallman, 58, runs the crew. Tallman, who was born in 1971, grew up here.",
                         "2026-12-07");
  REQUIRE(en.size() == 1);
  CHECK(en[0].message.find("2029 or later") != std::string::npos);
  CHECK(run_on("en.age-birth-year-mismatch", "Fences\n\nVince Tallman, 54, runs the crew. Tallman, who was born in 1971, grew up here.",
               "2026-12-07").empty());
  // Or before the latest year the text writes, when that year is not after today.
  const std::string broom = "Brooms\n\nPINE HOLLOW, July 15 — Walt Keller, 72, was born in 1948.\n\nIn 2026 the county paid for an apprentice.";
  const auto earlier = run_on("en.age-birth-year-mismatch", broom, "2026-12-07");
  REQUIRE(earlier.size() == 1);
  CHECK_THAT(earlier[0].message, Catch::Contains("2021 at the latest") && Catch::Contains("2026"));
  CHECK(run_on("en.age-birth-year-mismatch", broom, "2025-06-01").empty());  // 2026 is then a plan
  CHECK(run_on("en.age-birth-year-mismatch",
               "Brooms\n\nPINE HOLLOW, July 15 — Walt Keller, 77, was born in 1948.\n\nIn 2026 the county paid for an apprentice.",
               "2026-12-07")
            .empty());
  CHECK(run_on("en.age-birth-year-mismatch",
               "Brooms\n\nPINE HOLLOW, July 15 — Walt Keller, 72, was born in 1948.\n\nIn 2022 the county paid for an apprentice.",
               "2026-12-07")
            .empty());  // a year's slack and one more
  // Or in none of the years a date written with its weekday allows.
  const std::string hay = "Hay\n\nBILLINGS, Aug. 20 — The sale was on Tuesday, Aug. 19.\n\nLyle Benning, 58, was born on the place in 1961.";
  const auto weekdays = run_on("en.age-birth-year-mismatch", hay, "2026-12-07");
  REQUIRE(weekdays.size() == 1);
  CHECK_THAT(weekdays[0].message, Catch::Contains("Tuesday, Aug. 19"));
  CHECK(run_on("en.age-birth-year-mismatch",
               "Hay\n\nBILLINGS, Aug. 20 — The sale was on Tuesday, Aug. 19.\n\nLyle Benning, 64, was born on the place in 1961.",
               "2026-12-07")
            .empty());  // 2025
  CHECK(run_on("en.age-birth-year-mismatch", "Hay\n\nBILLINGS, Aug. 20 — The sale was Tuesday.\n\nLyle Benning, 58, was born in 1961.",
               "2026-12-07")
            .empty());  // no date with a weekday
  // An age at which something began is no second current age.
  CHECK(run_on("zh-Hans.age-birth-year-mismatch", "标题\n\n本报2026年6月5日电 今年68岁的毕六福，1952年出生的他，15岁起学做伞。", "")
            .size() == 1);
  CHECK(run_on("zh-Hans.age-birth-year-mismatch", "标题\n\n本报2026年6月5日电 今年68岁的毕六福，1952年出生的妻子72岁。", "")
            .empty());  // two current ages: which is the birth year's?
  // This year's anniversary, likewise; one to come may be in any year.
  const std::string station = "标题\n\n始建于1978年的治沙站今年迎来建站50周年。";  // 2028
  CHECK(run_on("zh-Hans.anniversary-mismatch", station, "2026-12-07").size() == 1);
  CHECK(run_on("zh-Hans.anniversary-mismatch", station, "2027-03-01").empty());
  CHECK(run_on("zh-Hans.anniversary-mismatch", "标题\n\n始建于1978年的治沙站将迎来建站50周年。", "2026-12-07").empty());
  CHECK(run_on("en.anniversary-mismatch", "Lab\n\nThe institute, founded in 1958, celebrates its 70th anniversary this year.",
               "2026-12-07").size() == 1);
  CHECK(run_on("en.anniversary-mismatch", "Lab\n\nThe institute, founded in 1958, celebrates its 68th anniversary this year.",
               "2026-12-07").empty());
}

TEST_CASE("Counts of years since a start year", "[kinds][dates]") {
  run_cases({
      {"zh-Hans.edition-count-mismatch", "他2008年入职，今年是他走邮路的第十个年头。", "2025-09-17", 1},
      {"zh-Hans.edition-count-mismatch", "他2008年入职，今年是他走邮路的第十八个年头。", "2025-09-17", 0},
      {"zh-Hans.edition-count-mismatch", "他2008年入职，今年是他走邮路的第17个年头。", "2025-09-17", 0},  // full years
      // Without 今年, with another year, or without a story year: unchecked.
      {"zh-Hans.edition-count-mismatch", "他2008年入职，那是他走邮路的第十个年头。", "2025-09-17", 0},
      {"zh-Hans.edition-count-mismatch", "他2008年入职，2018年是他走邮路的第十个年头，今年是第十八个年头。", "2025-09-17", 0},
      {"zh-Hans.edition-count-mismatch", "他2008年入职，今年是他走邮路的第十个年头。", "", 0},
      // A year guessed from the dateline the page reports on: a year's slack.
      {"zh-Hans.edition-count-mismatch", "标题\n\n本报讯 2025年9月12日，全县邮路换车。他2008年入职，今年是他走邮路的第十个年头。", "", 1},
      {"zh-Hans.edition-count-mismatch", "标题\n\n本报讯 2025年9月12日，全县邮路换车。他2008年入职，今年是他走邮路的第十九个年头。", "", 0},
  });
}

TEST_CASE("Relative years, ages, durations and anniversaries", "[kinds][dates]") {
  run_cases({
      {"zh-Hans.relative-year-mismatch", "去年（2023年）产量创新高。", "2024-06-16", 0},
      {"zh-Hans.relative-year-mismatch", "去年（2022年）产量创新高。", "2024-06-16", 1},
      {"zh-Hans.relative-year-mismatch", "今年（2024年）产量创新高。", "2024-06-16", 0},
      {"zh-Hans.relative-year-mismatch", "明年即2026年", "2024-06-16", 1},
      {"zh-Hans.relative-year-mismatch", "去年（2022年）产量创新高。", "", 0},  // year unknown
      {"zh-Hans.relative-year-mismatch", "去年产量创新高，2022年也是。", "2024-06-16", 0},
      // A date written with its year as when something of the relative year happened.
      {"zh-Hans.relative-year-mismatch", "今年首场雾凇已于2025年11月19日出现。", "2026-11-27", 1},
      {"zh-Hans.relative-year-mismatch", "今年首场雾凇已于2026年11月19日出现。", "2026-11-27", 0},
      {"zh-Hans.relative-year-mismatch", "今年产量比2025年11月增长一成。", "2026-11-27", 0},  // compared with
      {"en.relative-year-mismatch", "The cooperative plans to switch on the network later this year, in October 2025.",
       "2026-02-11", 1},
      {"en.relative-year-mismatch", "The cooperative plans to switch on the network later this year, in October 2026.",
       "2026-02-11", 0},
      // A guessed year the page reports on: it may be of the year after.
      {"zh-Hans.relative-year-mismatch", "标题\n\n本报讯 2026年3月，新馆开工。今年首场展览将于2027年5月开幕。", "", 0},
      {"zh-Hans.relative-year-mismatch", "标题\n\n本报讯 2026年3月，新馆开工。今年首场展览将于2025年5月开幕。", "", 1},
      {"zh-Hans.age-birth-year-mismatch", "他1966年出生，今年58岁。", "2024-06-16", 0},
      {"zh-Hans.age-birth-year-mismatch", "他1966年出生，今年57岁。", "2024-06-16", 0},  // birthday still to come
      {"zh-Hans.age-birth-year-mismatch", "他1966年出生，今年54岁。", "2024-06-16", 1},
      // No stated date: the latest year written, plans aside, with a year's slack either way.
      {"zh-Hans.age-birth-year-mismatch", "标题\n\n本报4月14日讯 2026年全市改造老旧小区。1956年出生的赵德胜今年72岁。", "", 1},
      {"zh-Hans.age-birth-year-mismatch", "标题\n\n本报4月14日讯 2026年全市改造老旧小区。1956年出生的赵德胜今年70岁。", "", 0},
      {"zh-Hans.age-birth-year-mismatch", "标题\n\n本报4月14日讯 2026年全市改造老旧小区。1956年出生的赵德胜今年71岁。", "", 0},
      {"zh-Hans.age-birth-year-mismatch",
       "标题\n\n本报4月14日讯 2026年全市改造老旧小区，力争到2030年全部完成。1956年出生的赵德胜今年70岁。", "", 0},
      // A period with its year (2026年上半年) writes the year as a date does.
      {"zh-Hans.age-birth-year-mismatch", "标题\n\n本报7月14日讯 2026年上半年全市改造老旧小区。1956年出生的赵德胜今年74岁。", "", 1},
      {"zh-Hans.age-birth-year-mismatch", "标题\n\n本报7月14日讯 2026年上半年全市改造老旧小区。1956年出生的赵德胜今年70岁。", "", 0},
      // 2020年开工，历时4年建成: the page reports on 2024.
      {"zh-Hans.age-birth-year-mismatch",
       "标题\n\n本报12月26日讯 项目于2020年12月开工，历时4年建成。1957年出生、今年67岁的李长河赶来乘车。", "", 0},
      {"zh-Hans.age-birth-year-mismatch",
       "标题\n\n本报12月26日讯 项目于2020年12月开工，历时4年建成。1957年出生、今年62岁的李长河赶来乘车。", "", 1},
      {"zh-Hans.age-birth-year-mismatch",
       "标题\n\n本报12月26日讯 项目于2020年12月开工，计划明年建成。1957年出生、今年67岁的李长河赶来乘车。", "", 1},
      // The only year is one the story looks back to, in a later paragraph: no guide to the page's.
      {"zh-Hans.age-birth-year-mismatch",
       "标题\n\n本报7月27日讯 赛马大会开幕。\n\n大会首届于2012年举办。骑手其木格今年14岁，2012年出生。", "", 0},
      // No year written at all: nothing to check against.
      {"zh-Hans.age-birth-year-mismatch", "标题\n\n本报4月14日讯 全市改造老旧小区。1956年出生的赵德胜今年50岁。", "", 0},
      {"zh-Hans.age-birth-year-mismatch", "他生于1966年，现年60岁。", "2024-06-16", 1},
      // An English age after a name, and that surname's birth year in another paragraph.
      {"en.age-birth-year-mismatch", "Harlan Voss, 52, pleaded guilty.\n\nBorn in 1979 in Worcester, Voss worked for two firms.", "2026-10-15", 1},
      {"en.age-birth-year-mismatch", "Harlan Voss, 47, pleaded guilty.\n\nBorn in 1979 in Worcester, Voss worked for two firms.", "2026-10-15", 0},
      {"en.age-birth-year-mismatch", "Harlan Voss, 52, pleaded guilty.\n\nBorn in 1979 in Worcester, his partner Vossberg worked.", "2026-10-15", 0},
      {"zh-Hans.age-birth-year-mismatch", "1971年出生的牧民额尔敦，今年（2026年）62岁。", "", 1},  // the text states its year
      {"zh-Hans.age-birth-year-mismatch", "1971年出生的牧民额尔敦，今年（2026年）55岁。", "", 0},
      {"zh-Hans.duration-mismatch", "今年（2026年）是关键一年。自2014年启动治理工程以来，8年来成效明显。", "", 1},
      {"zh-Hans.age-birth-year-mismatch", "他1966年出生。今年54岁的她也来了。", "2024-06-16", 0},  // other sentence
      {"zh-Hans.age-birth-year-mismatch", "1974年，19岁的他从这里出发，从19岁到71岁。", "2026-06-16", 0},
      {"zh-Hans.duration-mismatch", "自1995年以来，29年来双方合作不断。", "2024-06-16", 0},
      {"zh-Hans.duration-mismatch", "这座窑自1988年停烧，时隔47年再次点火。", "2025-10-14", 1},
      {"en.duration-mismatch", "The collection was started in 1887, and in its 128-year history has grown.", "2025-03-04", 1},
      {"en.duration-mismatch", "The collection was started in 1887, and in its 138-year history has grown.", "2025-03-04", 0},
      {"zh-Hans.duration-mismatch", "这座窑自1988年停烧，时隔37年再次点火。", "2025-10-14", 0},
      {"zh-Hans.duration-mismatch", "自1995年以来，30年来双方合作不断。", "2024-06-16", 0},  // inclusive
      {"zh-Hans.duration-mismatch", "自1995年以来，28年来双方合作不断。", "2024-06-16", 1},  // off by one: note
      {"zh-Hans.duration-mismatch", "自1995年以来，25年来双方合作不断。", "2024-06-16", 1},
      {"zh-Hans.duration-mismatch", "从1920年建立到1937年被破坏，一共存在了18年。", "", 0},
      {"zh-Hans.duration-mismatch", "从1920年建立到1937年被破坏，一共存在了12年。", "", 1},
      {"zh-Hans.duration-mismatch", "29年来，北京市给予了帮扶。", "2024-06-16", 0},  // no start year
      // Months between two months written with their years, a month either way.
      {"zh-Hans.duration-mismatch", "工程于2023年11月开工，2026年6月底完工，历时28个月。", "", 1},
      {"zh-Hans.duration-mismatch", "工程于2023年11月开工，2026年6月底完工，历时31个月。", "", 0},
      {"zh-Hans.duration-mismatch", "工程于2023年11月开工，2026年6月底完工，历时30个月。", "", 0},
      {"zh-Hans.duration-mismatch", "工程于2023年11月开工，2026年6月底完工，历时近28个月。", "", 0},  // about
      {"en.duration-mismatch", "Construction began in June 2024 and ended in August 2026, a 19-month build.", "", 1},
      {"en.duration-mismatch", "Construction began in June 2024 and ended in August 2026, a 26-month build.", "", 0},
      {"en.duration-mismatch", "Construction began in June 2024 and ended in August 2026, 25 months in all.", "", 0},
      // Or before them, naming what ran between them.
      {"en.duration-mismatch", "The 14-month installation, which began in March 2025 and ended in July 2026, was hard.", "", 1},
      {"en.duration-mismatch", "The 16-month installation, which began in March 2025 and ended in July 2026, was hard.", "", 0},
      {"en.duration-mismatch", "After an 18-month delay, work began in March 2025 and ended in July 2026.", "", 0},
      {"zh-Hans.duration-mismatch", "历时14个月的改造工程于2025年3月开工，2026年7月完工。", "", 1},
      {"zh-Hans.duration-mismatch", "历时16个月的改造工程于2025年3月开工，2026年7月完工。", "", 0},
      // Three months with years: which two the count runs between is not said.
      {"en.duration-mismatch", "Work began in June 2024, paused in May 2025 and ended in August 2026, a 19-month build.",
       "", 0},
      // A sentence that opens with the duration counts from a founding year in the one before.
      {"zh-Hans.duration-mismatch", "园区于2012年挂牌成立，规划面积12.6平方公里。10年来，园区坚持创新。", "2026-09-05", 1},
      {"zh-Hans.duration-mismatch", "园区于2012年挂牌成立，规划面积12.6平方公里。14年来，园区坚持创新。", "2026-09-05", 0},
      {"zh-Hans.duration-mismatch", "园区于2012年挂牌成立。会上，10年来的成绩得到肯定。", "2026-09-05", 0},  // not its sentence's start
      {"zh-Hans.anniversary-mismatch", "2024年，成立于1924年的学校迎来建校100周年。", "", 0},
      {"zh-Hans.anniversary-mismatch", "2024年，成立于1924年的学校迎来建校99周年。", "", 1},
      {"zh-Hans.anniversary-mismatch", "成立于1949年的单位迎来75周年。", "2024-06-16", 0},
      {"zh-Hans.anniversary-mismatch", "成立于1949年的单位迎来70周年。", "2024-06-16", 1},
      {"zh-Hans.anniversary-mismatch", "今年6月是全国第25个“安全生产月”。", "2026-06-16", 0},
      {"en.duration-mismatch", "From 1990 to 2020 the plant ran for 30 years.", "", 0},
      {"en.duration-mismatch", "From 1990 to 2020 the plant ran for 20 years.", "", 1},
      {"en.anniversary-mismatch", "The firm, founded in 1949, marks its 75th anniversary.", "2024-06-16", 0},
      {"en.anniversary-mismatch", "The firm, founded in 1949, marks its 70th anniversary.", "2024-06-16", 1},
      // Built or opened in a year, and the years it turns.
      {"en.anniversary-mismatch", "Built in 1963, the bridge turns 65 this year.", "2023-10-19", 1},
      {"en.anniversary-mismatch", "Built in 1963, the bridge turns 60 this year.", "2023-10-19", 0},
      {"en.anniversary-mismatch", "The mill, opened in 1924, turns 100 this year.", "2024-06-16", 0},
  });
}

TEST_CASE("Off-by-one durations are notes", "[kinds][dates]") {
  auto found = run_dated("zh-Hans.duration-mismatch", "自1995年以来，28年来双方合作不断。", "2024-06-16");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::kNote);
  found = run_dated("zh-Hans.duration-mismatch", "自1995年以来，25年来双方合作不断。", "2024-06-16");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::kWarning);
}

TEST_CASE("Reversed ranges and events with two dates", "[kinds][dates]") {
  run_cases({
      {"zh-Hans.reversed-date-range", "3月25日至15日", "", 1},
      {"zh-Hans.reversed-date-range", "3月15日至25日", "", 0},
      {"zh-Hans.reversed-date-range", "2024年12月28日至1月3日", "", 0},  // into the next year
      {"zh-Hans.reversed-date-range", "2024年至2020年", "", 1},
      {"zh-Hans.reversed-date-range", "2020-2024年", "", 0},
      {"zh-Hans.reversed-date-range", "11-2月", "", 0},
      {"en.reversed-date-range", "June 25-15", "", 1},
      {"en.reversed-date-range", "2024-2020", "", 1},
      {"zh-Hans.event-two-dates", "第十届草原文化节于7月10日举行。第十届草原文化节于7月12日举行。", "", 1},
      {"zh-Hans.event-two-dates", "第十届草原文化节于7月10日举行。第十届草原文化节于7月10日开幕。", "", 0},
      {"zh-Hans.event-two-dates", "标题一\n\n运动会于7月10日举行。\n\n标题二\n\n运动会于7月12日举行。", "", 0},
  });
}

TEST_CASE("One start or completion in the same month under two years", "[kinds][dates]") {
  run_cases({
      {"zh-Hans.event-year-mismatch", "这座冷库于2024年4月建成投用。自今年4月投用以来，冷库累计周转芒果1200吨。", "2025-06-16", 1},
      {"zh-Hans.event-year-mismatch", "这座冷库于2024年4月建成投用。自去年4月投用以来，冷库累计周转芒果1200吨。", "2025-06-16", 0},
      {"zh-Hans.event-year-mismatch", "这座冷库于2024年4月建成投用。自今年4月投用以来，冷库累计周转芒果1200吨。", "2024-06-16", 0},
      // Another verb, another event; phases are events of their own; a guessed year says too little.
      {"zh-Hans.event-year-mismatch", "冷库于2024年4月建成投用。今年4月开业的超市也用上了它。", "2025-06-16", 0},
      {"zh-Hans.event-year-mismatch", "2024年8月，一期工程投产。今年8月，二期工程投产。", "2025-10-16", 0},
      {"zh-Hans.event-year-mismatch", "这座冷库于2024年4月建成投用。自今年4月投用以来，冷库累计周转芒果1200吨。2025年全年计划周转3000吨。", "", 0},
  });
}

TEST_CASE("Years from a year to the article's date (距今)", "[kinds][dates]") {
  const std::string lead = "标题\n\n本报讯（记者 王林）2025年10月13日，钟楼大钟修复完成。";
  const std::string guessed = "标题\n\n本报讯（记者 王林）钟楼大钟修复工程2025年10月完工。";
  run_cases({
      {"zh-Hans.duration-mismatch", (lead + "钟楼上一次大修是在1986年，距今已有29年。").c_str(), "", 1},
      {"zh-Hans.duration-mismatch", (lead + "钟楼上一次大修是在1986年，距今已有39年。").c_str(), "", 0},
      {"zh-Hans.duration-mismatch", (lead + "钟楼上一次大修是在1986年，距今已有三十八年。").c_str(), "", 0},  // a year either way
      {"zh-Hans.duration-mismatch", "标题\n\n本报讯 钟楼上一次大修是在1986年，距今已有29年。", "", 0},  // no article date
      {"zh-Hans.duration-mismatch", (lead + "1986年和1996年两次大修，距今已有29年。").c_str(), "", 0},  // which year?
      // A guessed year (2025, reported on with a month) may be the page's or the one before it.
      {"zh-Hans.duration-mismatch", (guessed + "钟楼上一次大修是在1986年，距今已有29年。").c_str(), "", 1},
      {"zh-Hans.duration-mismatch", (guessed + "钟楼上一次大修是在1986年，距今已有40年。").c_str(), "", 0},
      {"zh-Hans.duration-mismatch", (guessed + "钟楼上一次大修是在1986年，距今已有38年。").c_str(), "", 0},
      {"zh-Hans.duration-mismatch", (guessed + "钟楼上一次大修是在1986年，距今已有42年。").c_str(), "", 1},
  });
}

TEST_CASE("A plan or deadline already over by the article's date", "[kinds][dates]") {
  const std::string lead = "标题\n\n本报讯（记者 林海）2025年3月25日，记者从市海洋渔业局获悉，";
  run_cases({
      {"zh-Hans.plan-before-dateline", (lead + "剩余72艘将于2024年6月底前完成拆解。").c_str(), "", 1},
      {"zh-Hans.plan-before-dateline", (lead + "剩余72艘计划于2025年2月10日完成拆解。").c_str(), "", 1},
      {"zh-Hans.plan-before-dateline", (lead + "剩余72艘将于2025年6月底前完成拆解。").c_str(), "", 0},
      {"zh-Hans.plan-before-dateline", (lead + "剩余72艘将于2025年3月底前完成拆解。").c_str(), "", 0},  // the month is not over
      {"zh-Hans.plan-before-dateline", (lead + "老旧渔船已于2024年6月底前完成拆解。").c_str(), "", 0},    // done, not planned
      {"zh-Hans.plan-before-dateline", "标题\n\n本报讯 剩余72艘将于2024年6月底前完成拆解。", "", 0},    // no article date
  });
}

TEST_CASE("A count of days its dates do not span", "[kinds][dates]") {
  run_cases({
      {"en.day-span-mismatch", "Systems were down for nine days, from Oct. 2 until Oct. 7.", "", 1},
      // A start and an end, each with its verb: 4月7日开工，9月28日完工.
      {"zh-Hans.day-span-mismatch", "改造工程于4月7日开工，9月28日完工，历时150天。", "", 1},
      {"zh-Hans.day-span-mismatch", "改造工程于4月7日开工，9月28日完工，历时174天。", "", 0},
      {"zh-Hans.day-span-mismatch", "改造工程于4月7日开工，9月28日验收，历时150天。", "", 0},  // no end verb
      // 从…, a few words that run on to 到: across the year's end when the end comes first in the year.
      {"zh-Hans.day-span-mismatch", "本榨季从10月8日开榨，预计持续到2027年2月5日，历时150天。", "", 1},
      {"zh-Hans.day-span-mismatch", "本榨季从10月8日开榨，预计持续到2027年2月5日，历时120天。", "", 0},
      {"zh-Hans.day-span-mismatch", "本榨季10月8日开榨，预计持续到2027年2月5日，历时150天。", "", 0},  // no 从
      {"en.day-span-mismatch", "Systems were down for six days, from Oct. 2 until Oct. 7.", "", 0},
      {"en.day-span-mismatch", "The fair ran Oct. 2-7 for nine days.", "", 1},
      {"en.day-span-mismatch", "The fair ran Oct. 2-7 for six days.", "", 0},
      // Dates not joined as a span: nothing to compare.
      {"en.day-span-mismatch", "Talks began Oct. 2 and ended nine days later, on Oct. 7.", "", 0},
      {"zh-Hans.day-span-mismatch", "展会于3月15日至25日举行，为期15天。", "", 1},
      {"zh-Hans.day-span-mismatch", "展会于3月15日至25日举行，为期11天。", "", 0},
      {"zh-Hans.day-span-mismatch", "活动从5月1日到5月5日，历时七天。", "", 1},
      {"zh-Hans.day-span-mismatch", "比赛于12月28日至1月3日举行，为期7天。", "", 0},
  });
  auto found = run_dated("en.day-span-mismatch", "Systems were down for nine days, from Oct. 2 until Oct. 7.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].matched_text == "nine days");
  CHECK_THAT(found[0].message, Catch::Contains("is 5 days (6 counting both)"));
  REQUIRE(found[0].related.size() == 1);
}

TEST_CASE("Rules give their message arguments", "[kinds][dates]") {
  auto found = run_dated("zh-Hans.date-weekday-mismatch", "2024年2月26日（星期二）");
  REQUIRE(found.size() == 1);
  CHECK(found[0].matched_text == "2024年2月26日（星期二）");  // the bracket closed too
  CHECK(found[0].message.find("Monday") != std::string::npos);

  // A guessed year is left out of the message: the month and day carry the verdict.
  const std::string story = "标题\n\n本报6月16日讯（记者 王磊）2021年以来成效明显。6月18日，会议召开了。";
  auto guessed = run_dated("zh-Hans.past-event-after-dateline", story);
  REQUIRE(guessed.size() == 1);
  CHECK_THAT(guessed[0].message, Catch::Contains("06-18") && !Catch::Contains("2021-06-18"));
  auto known = run_dated("zh-Hans.past-event-after-dateline", story, "2024-06-16");
  REQUIRE(known.size() == 1);
  CHECK_THAT(known[0].message, Catch::Contains("2024-06-18"));
}

TEST_CASE("Unknown checks are load errors", "[kinds][dates]") {
  std::string error = copydesk::testing::rule_load_error(R"(kind: date-consistency
category: date-inconsistency
message: {en: "x", zh: "x"}
description: x
help: x
options:
  check: moonphase
examples: {bad: [], good: []}
)");
  CHECK(error.find("moonphase") != std::string::npos);
}
