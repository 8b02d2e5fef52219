#include "extract/calendar.h"

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <memory>
#include <unordered_map>

namespace copydesk {
namespace {

// Calendars are built per call: they are cheap next to the text scanning, and
// this keeps the functions safe to call from several threads.
constexpr double kMsPerDay = 86400000.0;
// Chinese calendar extended years count from 2637 BCE.
constexpr int kChineseEraOffset = 2637;

std::unique_ptr<icu::TimeZone> utc() {
  return std::unique_ptr<icu::TimeZone>(icu::TimeZone::createTimeZone("Etc/UTC"));
}

// icu::ChineseCalendar through the public factory (its header is internal).
icu::Calendar* chinese_calendar(UErrorCode& status) {
  return icu::Calendar::createInstance(utc().release(), icu::Locale("zh@calendar=chinese"), status);
}

}  // namespace

std::string CivilDate::iso() const {
  char buf[32];
  if (year == 0) return "";
  if (month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

std::optional<CivilDate> parse_iso_date(std::string_view text) {
  CivilDate d;
  auto num = [&](std::string_view s, int& out) {
    if (s.empty()) return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
  };
  if (text.size() < 4 || !num(text.substr(0, 4), d.year) || d.year < 1) return std::nullopt;
  if (text.size() == 4) return d;
  if (text.size() < 7 || text[4] != '-' || !num(text.substr(5, 2), d.month) || d.month < 1 || d.month > 12)
    return std::nullopt;
  if (text.size() == 7) return d;
  if (text.size() != 10 || text[7] != '-' || !num(text.substr(8, 2), d.day) || !is_valid_date(d))
    return std::nullopt;
  return d;
}

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

bool is_valid_date(const CivilDate& d) {
  return d.year >= 1 && d.year <= 9999 && d.day >= 1 && d.day <= days_in_month(d.year, d.month);
}

// Howard Hinnant's days_from_civil / civil_from_days.
long days_from_civil(const CivilDate& date) {
  long y = date.year - (date.month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long mp = (date.month + 9) % 12;
  long doy = (153 * mp + 2) / 5 + date.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return CivilDate{static_cast<int>(y + (m <= 2 ? 1 : 0)), m, d};
}

int weekday_of(const CivilDate& date) {
  UErrorCode status = U_ZERO_ERROR;
  icu::GregorianCalendar cal(utc().release(), status);
  if (U_FAILURE(status)) {
    long days = days_from_civil(date);  // 1970-01-01 was a Thursday
    return static_cast<int>(((days % 7) + 7 + 3) % 7) + 1;
  }
  cal.clear();
  cal.set(date.year, date.month - 1, date.day);
  int ucal = cal.get(UCAL_DAY_OF_WEEK, status);  // 1 = Sunday
  return ucal == UCAL_SUNDAY ? 7 : ucal - 1;
}

// ICU's Chinese calendar computes sun and moon positions: a page repeats the
// same few dates, so conversions are cached per thread (bounded).
template <typename V>
struct Memo {
  std::unordered_map<long, std::optional<V>> values;
  template <typename F>
  std::optional<V> get(long key, F compute) {
    auto it = values.find(key);
    if (it != values.end()) return it->second;
    if (values.size() > 100000) values.clear();
    return values.emplace(key, compute()).first->second;
  }
};

std::optional<LunarDate> compute_lunar_of(const CivilDate& date);
std::optional<CivilDate> compute_gregorian_of(const LunarDate& date);

std::optional<LunarDate> lunar_of(const CivilDate& date) {
  if (!is_valid_date(date)) return std::nullopt;
  thread_local Memo<LunarDate> memo;
  return memo.get(days_from_civil(date), [&] { return compute_lunar_of(date); });
}

std::optional<CivilDate> gregorian_of(const LunarDate& date) {
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > 30) return std::nullopt;
  if (date.year < 1 || date.year > 9998) return std::nullopt;
  thread_local Memo<CivilDate> memo;
  long key = ((static_cast<long>(date.year) * 13 + date.month) * 31 + date.day) * 2 + (date.leap ? 1 : 0);
  return memo.get(key, [&] { return compute_gregorian_of(date); });
}

// Lunar months whose first day ICU places a day off. ICU's ChineseCalendar
// finds new moons with an approximate lunar theory: when one falls within a
// few minutes of midnight China time, it may land on the wrong side
// (ICU-23274). Checked against the Hong Kong Observatory's conversion tables
// for 2025 to 2060, where these are the only two: 2027's new moon came 8
// minutes before midnight (ICU: February 7), 2030's 5 minutes after (ICU:
// February 2). Each entry is the month and the day it truly starts; a month
// ICU already starts there is left as ICU has it.
struct MonthStart {
  int lunar_year, month;
  CivilDate starts;
};
constexpr MonthStart kMonthStarts[] = {
    {2027, 1, {2027, 2, 6}},
    {2030, 1, {2030, 2, 3}},
};

std::optional<LunarDate> icu_lunar_of(const CivilDate& date);

// The lunar date of `date` with kMonthStarts applied to ICU's answer.
std::optional<LunarDate> corrected_lunar_of(const CivilDate& date) {
  const std::optional<LunarDate> icu = icu_lunar_of(date);
  if (!icu) return icu;
  const long day = days_from_civil(date);
  for (const MonthStart& m : kMonthStarts) {
    const long starts = days_from_civil(m.starts);
    if (day < starts - 2 || day > starts + 31) continue;
    // Where ICU starts the month: before the true start when it has the
    // month begun there already, else the day after.
    const std::optional<LunarDate> at_start = icu_lunar_of(m.starts);
    if (!at_start) return std::nullopt;
    const bool icu_early = at_start->month == m.month && !at_start->leap;
    if (icu_early && at_start->day == 1) continue;  // ICU has it right
    const long icu_starts = icu_early ? starts - (at_start->day - 1) : starts + 1;
    const bool in_month = icu->month == m.month && !icu->leap;
    if (day >= starts && (in_month || day < icu_starts)) {
      return LunarDate{m.lunar_year, m.month, static_cast<int>(day - starts + 1), false};
    }
    if (day >= icu_starts && day < starts) {
      // ICU has the month begun already: the day ends the month before.
      std::optional<LunarDate> before = icu_lunar_of(civil_from_days(icu_starts - 1));
      if (before) before->day += static_cast<int>(day - icu_starts + 1);
      return before;
    }
  }
  return icu;
}

std::optional<LunarDate> compute_lunar_of(const CivilDate& date) { return corrected_lunar_of(date); }

std::optional<LunarDate> icu_lunar_of(const CivilDate& date) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> chinese(chinese_calendar(status));
  if (U_FAILURE(status) || !chinese) return std::nullopt;
  icu::Calendar& cal = *chinese;
  // Noon UTC is 20:00 in China: the same civil day there.
  cal.setTime((static_cast<double>(days_from_civil(date)) + 0.5) * kMsPerDay, status);
  LunarDate out;
  out.year = cal.get(UCAL_EXTENDED_YEAR, status) - kChineseEraOffset;
  out.month = cal.get(UCAL_MONTH, status) + 1;
  out.day = cal.get(UCAL_DATE, status);
  out.leap = cal.get(UCAL_IS_LEAP_MONTH, status) != 0;
  if (U_FAILURE(status)) return std::nullopt;
  return out;
}

std::optional<CivilDate> compute_gregorian_of(const LunarDate& date) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> chinese(chinese_calendar(status));
  if (U_FAILURE(status) || !chinese) return std::nullopt;
  icu::Calendar& cal = *chinese;
  cal.clear();
  cal.set(UCAL_EXTENDED_YEAR, date.year + kChineseEraOffset);
  cal.set(UCAL_MONTH, date.month - 1);
  cal.set(UCAL_IS_LEAP_MONTH, date.leap ? 1 : 0);
  cal.set(UCAL_DATE, date.day);
  cal.set(UCAL_HOUR_OF_DAY, 12);
  UDate when = cal.getTime(status);
  if (U_FAILURE(status)) return std::nullopt;
  CivilDate out = civil_from_days(static_cast<long>(std::floor(when / kMsPerDay)));
  for (const MonthStart& m : kMonthStarts) {
    if (m.lunar_year == date.year && m.month == date.month && !date.leap) {
      out = civil_from_days(days_from_civil(m.starts) + date.day - 1);
    }
  }
  // ICU is lenient: a day or leap month that does not exist rolls over. Reject those.
  auto back = lunar_of(out);
  if (!back || *back != date) return std::nullopt;
  return out;
}

bool is_lunar_new_years_eve(const CivilDate& date) {
  if (!is_valid_date(date)) return false;
  auto next = lunar_of(civil_from_days(days_from_civil(date) + 1));
  return next && next->month == 1 && next->day == 1 && !next->leap;
}

}  // namespace copydesk
