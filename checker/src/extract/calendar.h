// Calendar arithmetic for the date extractor and the date-consistency rules:
// Gregorian dates as plain values, weekdays, and conversion to and from the
// Chinese lunisolar calendar (ICU's icu::ChineseCalendar, which follows the
// official GB/T 33661 rules for leap months).
#pragma once

#include <compare>
#include <optional>
#include <string>

namespace copydesk {

// A Gregorian calendar date. Fields are 0 when unknown (a year-only or
// month-only reference); such a date is "partial".
struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;

  bool complete() const { return year != 0 && month != 0 && day != 0; }
  // "2026-06-16", "2026-06", "2026", or "" when nothing is known.
  std::string iso() const;
  auto operator<=>(const CivilDate&) const = default;
};

// Parses "YYYY-MM-DD" (also "YYYY-MM" and "YYYY"); nullopt when malformed or impossible.
std::optional<CivilDate> parse_iso_date(std::string_view text);

bool is_leap_year(int year);
// Days in `month` of `year` (28..31), or 0 when month is not 1..12.
int days_in_month(int year, int month);
// True when the complete date exists in the proleptic Gregorian calendar.
bool is_valid_date(const CivilDate& date);

// Day number (days since 1970-01-01) of a valid date, and back.
long days_from_civil(const CivilDate& date);
CivilDate civil_from_days(long days);

// ISO weekday of a valid date: 1 = Monday ... 7 = Sunday (icu::GregorianCalendar).
int weekday_of(const CivilDate& date);

// A date in the Chinese calendar. `year` is the Gregorian year in which that
// lunar year begins (农历2024年 starts on 2024-02-10).
struct LunarDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..30
  bool leap = false;  // 闰月
  auto operator<=>(const LunarDate&) const = default;
};

// The lunar date of a valid Gregorian date (years 1..9999 are supported).
std::optional<LunarDate> lunar_of(const CivilDate& date);
// The Gregorian date of a lunar date, or nullopt when that lunar date does not
// exist (a 30th in a short month, a leap month the year lacks).
std::optional<CivilDate> gregorian_of(const LunarDate& date);
// True when `date` is the last day of the lunar year (除夕).
bool is_lunar_new_years_eve(const CivilDate& date);

}  // namespace copydesk
