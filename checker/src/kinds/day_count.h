// A count of days (or weeks) written next to the dates it spans: "nine days,
// from Oct. 2 until Oct. 7", 3月15日至25日举行，为期11天, "The 14-week campaign ran
// from Jan. 5 to March 2". Used by date-consistency
// (check `day-span`), which finds the dates; this finds the count and says
// whether the two agree.
#pragma once

#include <optional>
#include <string_view>

#include "core/span.h"
#include "extract/calendar.h"

namespace copydesk {

struct DayCount {
  Span span;      // the count with its word: "nine days", 为期11天, "14-week"
  int days = 0;   // in days (weeks × 7)
  bool weeks = false;  // counted in weeks: good to a week
};

// The one count of days or weeks in `sentence` (offsets into it), or nullopt
// when it has none or more than one: 为期/历时/持续/共/连续 N 天 (日, 周), N days,
// N-day, N weeks, N-week.
std::optional<DayCount> find_day_count(std::string_view sentence);

// Whether `count` can be the span from `start` to `end` (month and day; the
// year may be unknown, 0): the days between them, or one more counting both
// ends, in a leap year or not (weeks: within six days of it). An end before
// its start is in the next year.
bool days_agree(const CivilDate& start, const CivilDate& end, const DayCount& count);

// The days from start to end in a year that is not a leap year, for the message.
int days_between(const CivilDate& start, const CivilDate& end);

}  // namespace copydesk
