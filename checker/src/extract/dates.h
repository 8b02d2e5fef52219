// Dates in news copy: every date-like mention of a document, resolved against
// the reference date of its article, computed once per document:
//
//   const Dates& dates = doc.analysis<Dates>();
//
// Chinese: 2026年4月9日, 6月16日, 16日, 上午9点, 星期一/周一, 正月初十, 农历八月十五,
// 春节/中秋, 今年/去年, 上旬/年底/1-5月/“十四五”, 3月15日至25日, 今年54岁, 29年来,
// 1966年出生, 成立于1949年, 75周年. English: June 16, 2026, 16 June 2026,
// 2026-04-09, Monday, last year, Zhao, 58, for 40 years, born in 1966,
// founded in 1949, 75th anniversary.
//
// References: the publication date (Document::pubdate(), else a page-header
// line, else inferred from the datelines and the years written out), and, for
// an article with a dateline (本报6月16日讯), the dateline's date.
// A month-day without a year takes the year that puts it nearest its
// reference (a January page's 12月20日 is last December); a day without a
// month likewise takes the nearest month.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/span.h"
#include "extract/calendar.h"

namespace copydesk {

enum class DateKind {
  kDate,          // a Gregorian day: 2026年4月9日, 6月16日, 16日, June 16
  kMonth,         // a month: 2026年6月, 去年12月, June 2026
  kYear,          // a year: 2026年, in 1995
  kTime,          // a time of day: 上午9点, 9:30 a.m.
  kWeekday,       // 星期一, 周一, Monday
  kRelativeDay,   // 今天, 昨天, 明天, yesterday
  kLunar,         // 正月初十, 农历八月十五, 大年初一
  kFestival,      // 春节, 中秋, 国庆, Christmas
  kRelativeYear,  // 今年, 去年, 明年, 前年, last year
  kPeriod,        // 上旬, 年初, 年底, 上半年, “十四五”
  kRange,         // 3月15日至25日, 1-5月, 2020年至2024年
  kAge,           // 今年54岁, Zhao, 58,
  kDuration,      // 29年来, 走过了67年, for 40 years
  kBirthYear,     // 1966年出生, born in 1966
  kFoundingYear,  // 成立于1949年, founded in 1949
  kAnniversary,   // 75周年, 75th anniversary
};

std::string_view date_kind_name(DateKind kind);

struct DateMention {
  DateKind kind = DateKind::kDate;
  Span span;
  int article = -1;    // index into Structure::articles, or -1
  int reference = -1;  // index into Dates::references, or -1 when none applied

  // What the text writes out (0 = not written).
  int year = 0, month = 0, day = 0;
  int relative_year = 0;  // 去年 -> -1 on dates like 去年12月 and on kRelativeYear
  bool has_relative_year = false;
  // The resolved Gregorian date (start of a range or period); partial when the
  // text and the reference do not fix it.
  CivilDate date;
  CivilDate end;          // kRange / kPeriod: the last day (or month/year) covered
  bool valid = true;      // false: the written date cannot exist (2月30日, 13月5日)

  int weekday = 0;        // kWeekday: 1 = Monday ... 7 = Sunday; also on a date followed by one
  int week_offset = 0;    // 上周一 -> -1, 下周一 -> +1
  bool has_week_offset = false;
  LunarDate lunar;        // kLunar/kFestival (lunar festivals): month/day (+ year when written)
  bool lunar_new_years_eve = false;  // 除夕, 大年三十
  std::string label;      // festival or period name, time "09:30"
  int value = 0;          // age, duration years, anniversary count, birth/founding year
  bool approximate = false;  // 多/余/近/约/over/about: not exact, never checked
  bool current_age = false;  // 今年54岁, 现年54岁: the age on the reference date
};

// The leap year a month-day of no known year is read in, so that 2月29日
// stays possible and month-day checks still run.
inline constexpr int kStandInYear = 2000;

struct DateReference {
  CivilDate date;        // may be partial (a year only)
  std::string source;    // "pubdate", "page-header", "timestamp", "stated-year" (今年（2026年）), "inferred", "dateline"
  std::optional<Span> span;  // where it was read, if in the text
  // True when the year is a guess (no --pubdate, no page header): checks that
  // hinge on the year skip such references, or allow it a year either way.
  bool year_inferred = false;
  // True when no year is written at all and the year is a stand-in leap year
  // (2000), so that month-day checks still run: it says nothing of the year.
  bool stand_in = false;
  // With year_inferred: the guessed year is one the page reports on (written
  // with a month, or in a dateline's paragraph), so a year's slack covers it.
  bool guess_reported = false;
};

struct Dates {
  std::vector<DateReference> references;
  int publication = -1;               // index into references, -1 when unknown
  std::vector<int> article_reference; // per article: index into references, or -1
  std::vector<DateMention> mentions;  // in text order, not overlapping (ranges excepted)

  static constexpr std::string_view kName = "dates";

  static Dates compute(const Document& doc);
};

// Extracts the date mentions of `text` (no structure, no articles), resolving
// partial dates against `reference` when given. Used by Dates::compute and by
// the conformance tool. `numeric_short_forms` also accepts 12/1, 3-7-27 and
// 1/2/2020 (day first in Chinese, month first in English): too ambiguous for
// news copy (scores, fractions, codes), so off for documents.
std::vector<DateMention> extract_dates(std::string_view text, Language language,
                                       std::optional<CivilDate> reference = std::nullopt,
                                       bool numeric_short_forms = false);

// The mentions of extract_dates(text, language), not yet resolved: date and
// end hold nothing the text does not write, for a caller that resolves each
// mention against a reference of its own (Dates::compute). Resolving without
// a reference first would only be undone (valid is already set from the
// written date).
std::vector<DateMention> extract_written_dates(std::string_view text, Language language);

// The same mentions, found by searching every pattern over every paragraph
// instead of only the runs of text where it can match: slower, for tests that
// check that the runs miss nothing.
std::vector<DateMention> extract_dates_exhaustive(std::string_view text, Language language,
                                                  std::optional<CivilDate> reference = std::nullopt,
                                                  bool numeric_short_forms = false);

// Resolves the written fields of `m` against `reference` (fills m.date/m.end).
void resolve_mention(DateMention& m, const std::optional<CivilDate>& reference);

}  // namespace copydesk
