// Counts of days next to the dates they span: found in English and Chinese,
// and checked against the days between the dates.
#include <catch2/catch.hpp>

#include <string>

#include "kinds/day_count.h"

using namespace copydesk;

namespace {

// The count found in `s` as "its text=days", or "none".
std::string count(const std::string& s) {
  auto c = find_day_count(s);
  return c ? s.substr(c->span.begin, c->span.size()) + "=" + std::to_string(c->days) : std::string("none");
}

}  // namespace

TEST_CASE("a count of days is found once per sentence", "[dates]") {
  CHECK(count("Systems were down for nine days, from Oct. 2 until Oct. 7.") == "nine days=9");
  CHECK(count("The 10-day fair opens Friday.") == "10-day=10");
  CHECK(count("展会于3月15日至25日举行，为期11天。") == "为期11天=11");
  CHECK(count("活动从5月1日到5月5日，历时七天。") == "历时七天=7");
  // No count: a rate, days of the week, holidays, or two counts.
  CHECK(count("Pills are taken twice a day.") == "none");
  CHECK(count("Crews worked four days a week, from June 2 through Nov. 5.") == "none");
  CHECK(count("The holidays and weekdays differ.") == "none");
  CHECK(count("It took nine days, then three days more.") == "none");
}

TEST_CASE("days agree with their dates, counting one or both ends", "[dates]") {
  auto days = [](int n) { return DayCount{{}, n, false}; };
  CHECK(days_agree({0, 10, 2}, {0, 10, 7}, days(5)));
  CHECK(days_agree({0, 10, 2}, {0, 10, 7}, days(6)));
  CHECK_FALSE(days_agree({0, 10, 2}, {0, 10, 7}, days(9)));
  CHECK(days_agree({0, 12, 28}, {0, 1, 3}, days(7)));  // into the next year
  CHECK(days_agree({0, 2, 27}, {0, 3, 1}, days(3)));   // a leap year when the year is unknown
  CHECK_FALSE(days_agree({2026, 2, 27}, {2026, 3, 1}, days(4)));
  CHECK(days_between({0, 6, 28}, {0, 7, 3}) == 5);
}

TEST_CASE("weeks agree with their dates to a week", "[dates]") {
  CHECK(count("The 14-week campaign ran from Jan. 5 to March 2 last year.") == "14-week=98");
  CHECK(count("The campaign ran for eight weeks, from Jan. 5 to March 2.") == "eight weeks=56");
  CHECK(count("活动从1月5日至3月2日，为期8周。") == "为期8周=56");
  CHECK(count("Three weeks ago, from Jan. 5 to March 2, it rained.") == "none");  // a time before
  auto weeks = [](int n) { return DayCount{{}, n * 7, true}; };
  CHECK(days_agree({0, 1, 5}, {0, 3, 2}, weeks(8)));
  CHECK(days_agree({0, 1, 5}, {0, 2, 27}, weeks(8)));  // not quite eight: rounded
  CHECK_FALSE(days_agree({0, 1, 5}, {0, 3, 2}, weeks(14)));
}
