#include <catch2/catch.hpp>

#include "extract/calendar.h"

using namespace copydesk;

TEST_CASE("Leap years follow the Gregorian rules", "[extract][dates][calendar]") {
  CHECK(is_leap_year(2024));
  CHECK(is_leap_year(2000));
  CHECK_FALSE(is_leap_year(1900));
  CHECK_FALSE(is_leap_year(2100));
  CHECK_FALSE(is_leap_year(2025));
  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_in_month(2025, 2) == 28);
  CHECK(days_in_month(2026, 4) == 30);
  CHECK(days_in_month(2026, 13) == 0);
  CHECK(is_valid_date({2024, 2, 29}));
  CHECK_FALSE(is_valid_date({2023, 2, 29}));
  CHECK_FALSE(is_valid_date({2026, 4, 31}));
}

TEST_CASE("Day numbers round-trip and weekdays come from ICU", "[extract][dates][calendar]") {
  for (CivilDate d : {CivilDate{1970, 1, 1}, CivilDate{2024, 2, 29}, CivilDate{1936, 2, 20}, CivilDate{2100, 12, 31}}) {
    INFO(d.iso());
    CHECK(civil_from_days(days_from_civil(d)) == d);
  }
  CHECK(weekday_of({2024, 2, 26}) == 1);  // Monday
  CHECK(weekday_of({2024, 2, 29}) == 4);  // Thursday
  CHECK(weekday_of({2026, 6, 16}) == 2);  // Tuesday
  CHECK(weekday_of({2024, 6, 16}) == 7);  // Sunday
  CHECK(weekday_of({2000, 1, 1}) == 6);   // Saturday
}

TEST_CASE("Lunar dates convert both ways, leap months included", "[extract][dates][calendar]") {
  auto spring_2024 = lunar_of({2024, 2, 10});
  REQUIRE(spring_2024);
  CHECK(*spring_2024 == LunarDate{2024, 1, 1, false});
  auto tenth = lunar_of({2026, 2, 26});  // 正月初十
  REQUIRE(tenth);
  CHECK(*tenth == LunarDate{2026, 1, 10, false});
  auto leap = lunar_of({2023, 3, 22});  // 闰二月初一
  REQUIRE(leap);
  CHECK(*leap == LunarDate{2023, 2, 1, true});
  CHECK(gregorian_of({2023, 2, 1, true}) == CivilDate{2023, 3, 22});
  CHECK(gregorian_of({2023, 2, 1, false}) == CivilDate{2023, 2, 20});
  CHECK(gregorian_of({2025, 6, 1, true}) == CivilDate{2025, 7, 25});
  CHECK_FALSE(gregorian_of({2024, 2, 1, true}).has_value());  // 2024 has no leap second month
  CHECK(gregorian_of({2024, 8, 15, false}) == CivilDate{2024, 9, 17});
  // The year before January's Spring Festival is still the old lunar year.
  auto january = lunar_of({2025, 1, 15});
  REQUIRE(january);
  CHECK(january->year == 2024);
  CHECK(january->month == 12);
  CHECK(is_lunar_new_years_eve({2024, 2, 9}));
  CHECK(is_lunar_new_years_eve({2025, 1, 28}));
  CHECK_FALSE(is_lunar_new_years_eve({2025, 1, 27}));
}

TEST_CASE("Lunar months whose new moon is near midnight start where the observatories have them",
          "[extract][dates][calendar]") {
  // 2027: the new moon comes 8 minutes before midnight China time; ICU alone has February 7.
  CHECK(lunar_of({2027, 2, 5}) == LunarDate{2026, 12, 29, false});
  CHECK(lunar_of({2027, 2, 6}) == LunarDate{2027, 1, 1, false});
  CHECK(lunar_of({2027, 2, 7}) == LunarDate{2027, 1, 2, false});
  CHECK(lunar_of({2027, 2, 20}) == LunarDate{2027, 1, 15, false});  // 元宵节
  CHECK(gregorian_of({2027, 1, 1, false}) == CivilDate{2027, 2, 6});
  CHECK(gregorian_of({2027, 1, 15, false}) == CivilDate{2027, 2, 20});
  CHECK(is_lunar_new_years_eve({2027, 2, 5}));
  CHECK_FALSE(is_lunar_new_years_eve({2027, 2, 6}));
  // 2030: 5 minutes after midnight; ICU alone has February 2.
  CHECK(lunar_of({2030, 2, 2}) == LunarDate{2029, 12, 30, false});
  CHECK(lunar_of({2030, 2, 3}) == LunarDate{2030, 1, 1, false});
  CHECK(lunar_of({2030, 2, 17}) == LunarDate{2030, 1, 15, false});
  CHECK(gregorian_of({2030, 1, 1, false}) == CivilDate{2030, 2, 3});
  CHECK(is_lunar_new_years_eve({2030, 2, 2}));
  // The months after them are ICU's own.
  CHECK(lunar_of({2027, 3, 8}) == LunarDate{2027, 2, 1, false});
  CHECK(gregorian_of({2027, 2, 1, false}) == CivilDate{2027, 3, 8});
}

TEST_CASE("ISO dates parse only when they exist", "[extract][dates][calendar]") {
  CHECK(parse_iso_date("2026-06-16") == CivilDate{2026, 6, 16});
  CHECK(parse_iso_date("2026") == CivilDate{2026, 0, 0});
  CHECK_FALSE(parse_iso_date("2026-02-30").has_value());
  CHECK_FALSE(parse_iso_date("16/06/2026").has_value());
  CHECK_FALSE(parse_iso_date("").has_value());
}
