// Kind `date-consistency`: dates in one document that cannot all be right,
// checked against the calendar and against the article's reference date
// (its dateline, else the publication date; see extract/dates.h).
//
// Options:
//   check  (required) which test the rule runs:
//     weekday            a weekday next to a date that falls on another day
//                        (6月16日（星期一） when 6月16日 is a Tuesday)
//     lunar              a lunar date or lunar festival next to a Gregorian date
//                        that it does not fall on (2月26日，正月初十), and fixed
//                        festivals next to another date (10月2日国庆节)
//     impossible         a date that cannot exist: 2月30日, 4月31日, 13月5日,
//                        2025年2月29日
//     dateline-after-publication
//                        a dateline later than the stated publication date
//                        (--pubdate, the configuration or the page header)
//     past-after-dateline
//                        an event told in the past (…了, 已…) dated after its
//                        article's dateline
//     relative-year      今年/去年/明年 next to an explicit year that contradicts
//                        it for the article's reference (去年（2022年） in 2024)
//     age                an age (今年54岁, Zhao, 58,) that contradicts a birth
//                        year in the same sentence and the reference year
//     duration           a duration (29年来, 一共存在了18年) that contradicts its
//                        start and end years in the same sentence
//     anniversary        an anniversary count (75周年) that contradicts a founding
//                        year in the same sentence
//     edition            an edition count (第二十四届) that contradicts the first
//                        year of an event the sentence says is held every year
//                        without a break (每年…从未间断)
//     reversed-range     a range whose end is before its start (3月25日至15日)
//     event-two-dates    one event (the same name before 于…举行/召开) given two
//                        different dates in one article
//     event-year         one start or completion (投产, 开工, 建成 …) in the same
//                        month under two years, one written and one relative to
//                        the article's year: 2024年8月28日新生产线正式投产 … 今年
//                        8月投产以来 in a 2025 article; the later is reported.
//                        Phases (一期, 二期) are left alone.
//     plan-before-dateline  a plan or deadline (将于, 计划于 … a date with its
//                        year) whose month ended before the article's dateline date.
//     day-span           a count of days that its dates do not span, in one
//                        sentence ("nine days, from Oct. 2 until Oct. 7";
//                        3月15日至25日，为期11天): the days between them, or
//                        one more counting both ends, pass
//     time-span          a length in hours and minutes that the two times of
//                        day it runs between do not give, in one sentence
//                        (began at 9:30 a.m. … ended at 2:10 p.m., five hours
//                        and 40 minutes later; 上午9时开始，下午2时10分结束，
//                        历时4小时); rough lengths (about, 多, 约) pass
//   inclusive_counting  duration only: `accept` (default) takes N = end-start+1
//                        as inclusive counting, `note` reports it as a note.
//                        Other off-by-one counts are notes; larger gaps keep the
//                        rule's severity.
//
// Message arguments: {text}; weekday: {date} {actual_en} {actual_zh};
// lunar: {date} {actual}; dateline-after-publication: {date} {publication};
// past-after-dateline: {date} {dateline}; relative-year: {expected};
// age: {age} {birth} {expected}; duration: {years} {start} {end} {expected};
// anniversary and edition: {count} {founded} {expected}; event-two-dates: {event} {date} {other};
// event-year: {verb} {year} {other}; plan-before-dateline: {date} {dateline};
// day-span: {days} {start} {end} {expected} {inclusive}; time-span: {start}
// {end} (HH:MM) {expected_en} {expected_zh}.
#pragma once

#include <string>

#include "rules/rule.h"
#include "rules/rule_options.h"

namespace copydesk {

class DateConsistencyKind : public Rule {
 public:
  DateConsistencyKind(RuleSpec spec, RuleOptions& options);
  void check(const Document& doc, const std::vector<Unit>& units, Reporter& out) const override;

  enum class Check {
    kWeekday, kLunar, kImpossible, kDatelineAfterPublication, kPastAfterDateline, kRelativeYear,
    kAge, kDuration, kAnniversary, kEdition, kReversedRange, kEventTwoDates, kEventYear, kPlanBeforeDateline, kDaySpan,
    kTimeSpan,
  };

 private:
  Check check_ = Check::kWeekday;
  bool inclusive_is_note_ = false;
};

}  // namespace copydesk
