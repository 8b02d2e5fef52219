#include "kinds/date_consistency.h"

#include <cctype>

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <optional>

#include "core/utf8.h"
#include "extract/chinese_numeral.h"
#include "extract/dates.h"
#include "extract/numbers.h"
#include "kinds/date_clauses.h"
#include "kinds/day_count.h"
#include "kinds/time_length.h"
#include "segment/sentences.h"
#include "segment/structure.h"
#include "segment/text_shape.h"

namespace copydesk {
namespace {

using Check = DateConsistencyKind::Check;

std::optional<Check> parse_check(const std::string& name) {
  static const std::map<std::string, Check> kChecks = {
      {"weekday", Check::kWeekday},
      {"lunar", Check::kLunar},
      {"impossible", Check::kImpossible},
      {"dateline-after-publication", Check::kDatelineAfterPublication},
      {"past-after-dateline", Check::kPastAfterDateline},
      {"relative-year", Check::kRelativeYear},
      {"age", Check::kAge},
      {"duration", Check::kDuration},
      {"anniversary", Check::kAnniversary},
      {"edition", Check::kEdition},
      {"reversed-range", Check::kReversedRange},
      {"event-two-dates", Check::kEventTwoDates},
      {"event-year", Check::kEventYear},
      {"plan-before-dateline", Check::kPlanBeforeDateline},
      {"day-span", Check::kDaySpan},
      {"time-span", Check::kTimeSpan},
  };
  auto it = kChecks.find(name);
  if (it == kChecks.end()) return std::nullopt;
  return it->second;
}

constexpr std::string_view kWeekdayEn[] = {"", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr std::string_view kWeekdayZh[] = {"", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

// True when the text between two mentions is only a short separator:
// spaces, brackets, commas, and the given linking words.
bool joined(std::string_view between, std::initializer_list<std::string_view> words = {}) {
  if (between.size() > 12) return false;
  size_t i = 0;
  while (i < between.size()) {
    bool matched = false;
    for (std::string_view w : {" ", "　", "（", "(", "，", ",", "、", "）", ")"}) {
      if (between.substr(i, w.size()) == w) {
        i += w.size();
        matched = true;
        break;
      }
    }
    if (matched) continue;
    for (std::string_view w : words) {
      if (between.substr(i, w.size()) == w) {
        i += w.size();
        matched = true;
        break;
      }
    }
    if (!matched) return false;
  }
  return true;
}

// A date for a message: 2026-03-14, or 03-14 when its year is not known.
std::string shown_date(const CivilDate& date, bool year_known) {
  return year_known ? date.iso() : fmt::format("{:02}-{:02}", date.month, date.day);
}

bool is_written_date(const DateMention& m) { return m.kind == DateKind::kDate && m.month && m.day; }

// The reference year of m, when it is known rather than guessed.
std::optional<CivilDate> reference_of(const Dates& dates, const DateMention& m) {
  if (m.reference < 0 || dates.references[m.reference].year_inferred) return std::nullopt;
  return dates.references[m.reference].date;
}

// The year of m's story, known or guessed from a year the page reports on.
struct StoryYear {
  int year = 0;
  int slack = 0;  // 1 when guessed: the page may be of the year after
};
std::optional<StoryYear> story_year_of(const Dates& dates, const DateMention& m) {
  if (m.reference < 0) return std::nullopt;
  const DateReference& reference = dates.references[m.reference];
  // A year guessed from the text (the latest written, plans aside), when the
  // page reports on it, may be the page's or the one before. A year the story
  // only looks back to is no guide.
  if (reference.stand_in || !reference.date.year || (reference.year_inferred && !reference.guess_reported)) {
    return std::nullopt;
  }
  return StoryYear{reference.date.year, reference.year_inferred ? 1 : 0};
}

// True when m's resolved year is written or comes from a known reference.
bool year_known(const Dates& dates, const DateMention& m) {
  if (m.year || !m.date.complete()) return m.year != 0;
  return reference_of(dates, m).has_value();
}

bool ends_with(std::string_view text, size_t end, std::initializer_list<std::string_view> words) {
  for (auto w : words) {
    if (end >= w.size() && text.substr(end - w.size(), w.size()) == w) return true;
  }
  return false;
}
bool starts_with(std::string_view text, size_t begin, std::initializer_list<std::string_view> words) {
  for (auto w : words) {
    if (text.substr(begin, w.size()) == w) return true;
  }
  return false;
}
bool contains_any(std::string_view text, std::initializer_list<std::string_view> words) {
  for (auto w : words) {
    if (text.find(w) != std::string_view::npos) return true;
  }
  return false;
}

class Checker {
 public:
  Checker(const Document& doc, Reporter& out, bool inclusive_is_note)
      : doc_(doc), text_(doc.text()), dates_(doc.analysis<Dates>()), m_(dates_.mentions), out_(out),
        inclusive_is_note_(inclusive_is_note), sentences_(text_, doc.analysis<Structure>().hard_wrapped) {}

  void weekday();
  void lunar();
  bool festival_with_year(size_t i, const DateMention& l, Span span);
  bool report_lunar_of(Span span, const CivilDate& date);
  void report_lunar_unpinned(Span span, const CivilDate& date, int low, int high);
  void impossible();
  void dateline_after_publication();
  void past_after_dateline();
  void past_after_story_date_en();
  void relative_year();
  void dated_in_relative_year(const DateMention& r, const DateMention& d);
  void age();
  void age_after_today(const DateMention& age, const DateMention& birth);
  void ages_agree(const std::vector<std::pair<const DateMention*, const DateMention*>>& pairs);
  bool age_before_written_year(const DateMention& age, const DateMention& birth);
  void age_against_weekdays(const DateMention& age, const DateMention& birth);
  bool began_at_age(const DateMention& age) const;
  void duration();
  void month_duration();
  bool started_then_ended(std::string_view gap, const DateMention& end) const;
  void anniversary();
  void anniversary_after_today(const DateMention& anniversary, const DateMention& founded);
  void edition();
  void year_count();
  void year_count_en();
  void reversed_range();
  void event_two_dates();
  void event_year();
  void plan_before_dateline();
  void years_to_now();
  void day_span();
  void time_span();
  bool spans_times(const DateMention& start, const DateMention& end) const;

 private:
  std::string_view between(const DateMention& a, const DateMention& b) const {
    if (b.span.begin < a.span.end) return {};
    return text_.substr(a.span.end, b.span.begin - a.span.end);
  }
  // Mentions (not ranges) in the sentence around m, with their indices.
  std::vector<size_t> same_sentence(size_t i) {
    Span s = sentences_.around(m_[i].span.begin);
    std::vector<size_t> out;
    size_t j = i;
    while (j > 0 && m_[j - 1].span.begin >= s.begin) --j;
    for (; j < m_.size() && m_[j].span.begin < s.end; ++j) out.push_back(j);
    return out;
  }
  // The birth years given elsewhere in the article for the person an English
  // age follows (Harlan Voss, 52, … Born in 1979 in Worcester, Voss worked…):
  // those in a sentence that names the same surname and gives no age.
  std::vector<const DateMention*> births_of_named(size_t i) {
    std::vector<const DateMention*> out;
    const DateMention& a = m_[i];
    const std::string_view before = text_.substr(0, a.span.begin);
    if (!before.ends_with(", ")) return out;
    size_t end = before.size() - 2, begin = end;
    while (begin > 0 && std::isalpha(static_cast<unsigned char>(before[begin - 1]))) --begin;
    const std::string_view surname = before.substr(begin, end - begin);
    if (surname.size() < 2 || !std::isupper(static_cast<unsigned char>(surname[0]))) return out;
    if (!birth_years_) {  // found once per document: a page has many ages, few birth years
      birth_years_.emplace();
      for (size_t j = 0; j < m_.size(); ++j) {
        if (m_[j].kind == DateKind::kBirthYear) birth_years_->push_back(j);
      }
    }
    for (size_t j : *birth_years_) {
      const DateMention& b = m_[j];
      if (b.article != a.article) continue;
      const Span s = sentences_.around(b.span.begin);
      const std::string_view sentence = text_.substr(s.begin, s.end - s.begin);
      bool named = false;
      for (size_t at = sentence.find(surname); at != std::string_view::npos; at = sentence.find(surname, at + 1)) {
        const bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(sentence[at - 1]));
        const size_t after = at + surname.size();
        const bool ends = after >= sentence.size() || !std::isalpha(static_cast<unsigned char>(sentence[after]));
        if (starts && ends) named = true;
      }
      bool aged = false;
      for (size_t k : same_sentence(j)) aged |= m_[k].kind == DateKind::kAge;
      if (named && !aged) out.push_back(&b);
    }
    return out;
  }
  // True when a story of `year` would be two years or more after the day the
  // copy is checked on: a year's slack for ages and anniversaries counted
  // either way; false when the day is not known.
  bool after_today(int year) const {
    const int today = doc_.checked_year();
    return today != 0 && year > today + 1;
  }
  // The birth year of the person of age i given in the sentence right after,
  // which points back to that person and gives no age: 82岁的刘振海是食堂的常客。
  // 这位1948年出生的老党员…; …今年78岁的退休教师刘桂兰说。1952年出生的她…
  std::vector<const DateMention*> births_in_next_sentence(size_t i) {
    std::vector<const DateMention*> out;
    const Span s = sentences_.around(m_[i].span.begin);
    size_t j = i + 1;
    while (j < m_.size() && m_[j].span.begin < s.end) ++j;
    if (j == m_.size()) return out;
    const Span next = sentences_.around(m_[j].span.begin);
    if (next.begin < s.end) return out;
    if (text_.find_first_not_of(" \n", s.end) != next.begin) return out;  // not the very next sentence
    for (size_t k : same_sentence(j)) {
      // Another current age there is another person's; an age then (17岁进酱园当学徒) is not.
      if (m_[k].kind == DateKind::kAge && m_[k].current_age) return {};
      if (m_[k].kind == DateKind::kBirthYear) out.push_back(&m_[k]);
    }
    if (out.size() != 1) return {};
    // 这位1948年出生的, 1952年出生的她: the pronoun is next to the birth year;
    // or the name the age was given for opens the sentence (今年68岁的传承人陈德顺 …
    // 陈德顺1962年出生).
    const Span b = out[0]->span;
    const std::string_view before = text_.substr(next.begin, b.begin - next.begin);
    const std::string_view after = text_.substr(b.end, std::min<size_t>(12, next.end - b.end));
    const std::string_view age_sentence = text_.substr(m_[i].span.end, s.end - m_[i].span.end);
    const bool named = before.size() >= 6 && before.size() <= 12 && han_run_before(text_, b.begin, 4) == before &&
                       age_sentence.find(before) != std::string_view::npos;
    // A pronoun or 老人 opening the sentence (今年78岁的李奶奶… 。老人1950年出生) points back too.
    const bool points_back = before == "这位" || before == "其" || before == "她" || before == "他" || before == "老人" ||
                             before == "老人家" || after.starts_with("的她") || after.starts_with("的他") ||
                             after.starts_with("的这位") || named;
    if (!points_back) out.clear();
    return out;
  }
  // The birth year given elsewhere for the person of age i: in English a
  // sentence naming the same surname, in Chinese the next sentence pointing back.
  std::vector<const DateMention*> births_elsewhere(size_t i) {
    return doc_.language() == Language::kEnglish ? births_of_named(i) : births_in_next_sentence(i);
  }
  // The year mention (2001年) of `s` when it is the only mention in `s` that
  // writes a year; null otherwise. Relative years (去年) do not count.
  const DateMention* only_written_year(Span s) const {
    const DateMention* year = nullptr;
    int written = 0;
    auto j = std::lower_bound(m_.begin(), m_.end(), s.begin,
                              [](const DateMention& m, size_t begin) { return m.span.begin < begin; });
    for (; j != m_.end() && j->span.begin < s.end; ++j) {
      if (j->year < 1000 || j->kind == DateKind::kRelativeYear || j->has_relative_year) continue;
      ++written;
      if (j->kind == DateKind::kYear) year = &*j;
    }
    return written == 1 ? year : nullptr;
  }
  // Whether mention i opens its sentence (only spaces before it there).
  bool opens_sentence(size_t i) {
    const Span s = sentences_.around(m_[i].span.begin);
    for (size_t k = s.begin; k < m_[i].span.begin; ++k) {
      if (text_[k] != ' ' && text_[k] != '\n') return false;
    }
    return true;
  }
  // The next non-range mention after i.
  std::optional<size_t> next(size_t i) const {
    for (size_t j = i + 1; j < m_.size(); ++j) {
      if (m_[j].kind != DateKind::kRange && m_[j].span.begin >= m_[i].span.end) return j;
    }
    return std::nullopt;
  }
  void report(Span span, MessageArgs args, std::optional<Severity> severity = std::nullopt,
              std::vector<std::pair<Span, std::string>> related = {}) {
    Report r;
    r.span = span;
    r.args = std::move(args);
    r.severity = severity;
    r.related = std::move(related);
    out_.report(std::move(r));
  }
  struct WeekdayPair {
    CivilDate date;  // resolved with a guessed year
    int weekday = 0;
    Span span;       // the date and its weekday
    bool verified = false;  // written with its year, and its weekday is that year's: a witness, never reported
    bool guess_reported = true;  // false when the year is guessed from one the page only looks back to
  };
  std::optional<int> lunar_witness_year(size_t weekday_at, const CivilDate& date, int weekday) const;
  // The latest year written as a figure anywhere in the text (The 2026 State
  // Orienteering Championships), or 0: only a tie-break, never a date's year.
  int latest_year_written() const {
    if (!latest_year_) {
      int latest = 0;
      for (const NumberMention& n : doc_.analysis<Numbers>().mentions) {
        if (is_year_figure(n)) latest = std::max(latest, static_cast<int>(n.value));
      }
      latest_year_ = latest;
    }
    return *latest_year_;
  }
  void weekdays_agree(const std::vector<WeekdayPair>& dated);
  bool fits_no_year_since_guess(const DateMention& d, int written, Span span);
  struct WrittenWeekday {
    int weekday = 0;  // 0: none written
    Span span;        // the date and its weekday, with their brackets
    size_t last = 0;  // the date's mention, or its weekday's when written after it
  };
  WrittenWeekday weekday_written_with(size_t i) const;
  // A Gregorian date and the lunar date or festival written with it.
  struct LunarPair {
    const DateMention* date;
    const DateMention* lunar;
    Span span;  // both, with their brackets
  };
  void lunar_witnesses(const std::vector<LunarPair>& yearless);
  bool names_a_program(Span year) const;
  bool ends_a_superlative(Span year) const;
  int event_named_with_year(const DateMention& d) const;
  void odd_weekday_across_february(const std::vector<WeekdayPair>& dated);
  void report_unpinned(const WeekdayPair& p, const WeekdayPair& witness, long days);
  bool year_in_sentence(size_t i, int year);
  bool in_common_year(const DateMention& d) const;

  Span cover(const DateMention& a, const DateMention& b) const {
    return Span{std::min(a.span.begin, b.span.begin), std::max(a.span.end, b.span.end)};
  }

  const Document& doc_;
  std::string_view text_;
  const Dates& dates_;
  const std::vector<DateMention>& m_;
  Reporter& out_;
  bool inclusive_is_note_;
  DateClauses sentences_;
  std::optional<std::vector<size_t>> birth_years_;  // indices into m_, when births_of_named() asked
  mutable std::optional<int> latest_year_;          // latest_year_written(), when asked
};

// The weekday written with date mention i: its own (English "Monday, June
// 16"), the one after it (6月16日（星期一）; born on Aug. 9, a Sunday), or the
// one right before it (星期一（2月26日）); 0 when none.
Checker::WrittenWeekday Checker::weekday_written_with(size_t i) const {
  const DateMention& d = m_[i];
  WrittenWeekday w{d.weekday, d.span, i};
  if (w.weekday) return w;
  auto j = next(i);
  // 6月16日周一至周五 names a span of weekdays, not the weekday of the date.
  if (j && m_[*j].kind == DateKind::kWeekday && !m_[*j].has_week_offset && joined(between(d, m_[*j]), {"a"}) &&
      !starts_with(text_, m_[*j].span.end, {"至", "到", "—", "-", "、", "和", "及", "或"})) {
    w = {m_[*j].weekday, cover(d, m_[*j]), *j};
    // 6月16日（星期一）: the bracket opened before the weekday is closed in the span too.
    const std::string_view opened = between(d, m_[*j]);
    if (opened.ends_with("（") && starts_with(text_, w.span.end, {"）"})) w.span.end += std::string_view("）").size();
    if (opened.ends_with("(") && starts_with(text_, w.span.end, {")"})) w.span.end += 1;
  } else if (i > 0 && m_[i - 1].kind == DateKind::kWeekday && !m_[i - 1].has_week_offset &&
             joined(between(m_[i - 1], d)) && !between(m_[i - 1], d).empty()) {
    w = {m_[i - 1].weekday, cover(m_[i - 1], d), i};
  }
  return w;
}

void Checker::weekday() {
  std::vector<WeekdayPair> unpinned;  // dates whose year is not known
  for (size_t i = 0; i < m_.size(); ++i) {
    const DateMention& d = m_[i];
    if (!is_written_date(d) || !d.valid) continue;
    // With no reference to resolve it, a month-day takes a leap year (its
    // weekday is compared only with other dates of its stretch, below).
    const CivilDate date = d.date.complete() || d.year ? d.date : CivilDate{kStandInYear, d.month, d.day};
    if (!date.complete() || !is_valid_date(date)) continue;
    const WrittenWeekday w = weekday_written_with(i);
    const int written = w.weekday;
    const Span span = w.span;
    const size_t last = w.last;
    if (!written) continue;
    // "won the 2025 Lakeshore Half triathlon on Sunday, Sept. 13": the year
    // of the event the date is of.
    if (!d.year && !year_known(dates_, d)) {
      if (const int year = event_named_with_year(d); year != 0) {
        const CivilDate named{year, d.month, d.day};
        if (!is_valid_date(named)) continue;
        if (weekday_of(named) == written) {
          unpinned.push_back({named, written, span, true});  // a witness for the others
        } else {
          report(span, {{"date", named.iso()},
                        {"actual_en", std::string(kWeekdayEn[weekday_of(named)])},
                        {"actual_zh", std::string(kWeekdayZh[weekday_of(named)])}});
        }
        continue;
      }
    }
    if (!d.date.complete() || (!year_known(dates_, d) && !year_in_sentence(i, d.date.year))) {
      if (d.year) continue;
      if (std::optional<int> year = lunar_witness_year(last, date, written)) {
        unpinned.push_back({{*year, date.month, date.day}, written, span, true});
      } else if (fits_no_year_since_guess(d, written, span)) {
        continue;  // reported
      } else {
        unpinned.push_back({date, written, span, false, date.year == kStandInYear || story_year_of(dates_, d).has_value()});
      }
      continue;
    }
    int actual = weekday_of(d.date);
    if (actual == written) {
      // Monday, Feb. 2, 2026 is as good a witness for Friday, Feb. 12 as a known year.
      if (d.year) unpinned.push_back({d.date, written, span, true});
      continue;
    }
    report(span, {{"date", d.date.iso()},
                  {"actual_en", std::string(kWeekdayEn[actual])},
                  {"actual_zh", std::string(kWeekdayZh[actual])}});
  }
  weekdays_agree(unpinned);
}

// 3月17日（星期三） on a page whose latest year is 2024 (2024年10月开工), checked in
// 2026: the page is of that year at the earliest and of the check's at the
// latest, and March 17 was a Wednesday in none of 2024 to 2026. Reported
// (true) when the weekday fits no year of that window, a guessed year the
// page reports on and at most six years back (a weekday returns within
// seven); false otherwise.
bool Checker::fits_no_year_since_guess(const DateMention& d, int written, Span span) {
  const int today = doc_.checked_year();
  const std::optional<StoryYear> story = story_year_of(dates_, d);
  if (!story || today == 0 || story->year > today || today - story->year > 5) return false;
  for (int year = story->year; year <= today; ++year) {
    const CivilDate c{year, d.month, d.day};
    if (!is_valid_date(c) || weekday_of(c) == written) return false;
  }
  Report r;
  r.span = span;
  r.variant = "window";
  r.args = {{"date", fmt::format("{:02}-{:02}", d.month, d.day)}, {"from", std::to_string(story->year)},
            {"to", std::to_string(today)}, {"written_en", std::string(kWeekdayEn[written])},
            {"written_zh", std::string(kWeekdayZh[written])}};
  out_.report(std::move(r));
  return true;
}

// True when the sentence around mention i names `year` as the season or the
// edition of its event, and no other year (9月15日（星期二）清晨，……呼伦湖2025年
// 秋季明水捕捞正式开始; 3月3日（星期三）上午，我市2026年“春风行动”专场招聘会开幕):
// a guessed year the sentence itself gives is as good as a known one. A year
// alone is not enough: "for the first time since 2011" is not the date's
// year, though a page may be guessed to be of it.
bool Checker::year_in_sentence(size_t i, int year) {
  bool found = false;
  for (size_t j : same_sentence(i)) {
    const DateMention& m = m_[j];
    if (j == i || m.kind != DateKind::kYear || m.year < 1000) continue;
    if (m.year != year) return false;
    found = found || starts_with(text_, m.span.end, {"春季", "夏季", "秋季", "冬季", "春", "夏", "秋", "冬", "“"}) ||
            names_a_program(m.span) || ends_a_superlative(m.span);
  }
  return found;
}

// "at the 2025 Lakeshore Half triathlon on Sunday, Sept. 13": an event named
// with its year right before "on" and the date; 0 if none.
int Checker::event_named_with_year(const DateMention& d) const {
  if (doc_.language() != Language::kEnglish) return 0;
  const size_t from = d.span.begin > 90 ? d.span.begin - 90 : 0;
  const std::string_view before = std::string_view(text_).substr(from, d.span.begin - from);
  static const RE2 named("\\bthe ((?:19|20)[0-9][0-9]) (?:[A-Z][A-Za-z'’-]*[ ]+){1,5}(?:[a-z]+[ ]+)?on[ ]+$");
  int year = 0;
  return RE2::PartialMatch(before, named, &year) ? year : 0;
}

// "the state's worst wind event of 2026": "the …est … of" before the year
// ranks the sentence's event in it; "the class of 2026" names no time of it.
bool Checker::ends_a_superlative(Span year) const {
  const std::string_view before = std::string_view(text_).substr(0, year.begin);
  if (!before.ends_with(" of ")) return false;
  const std::string_view phrase = before.substr(before.size() - std::min<size_t>(before.size(), 60));
  const size_t the = phrase.rfind("the ");
  if (the == std::string_view::npos) return false;
  static const RE2 superlative("(?i)\\b(?:[a-z]+est|worst|best|most|first|last|biggest|largest)\\b");
  return RE2::PartialMatch(phrase.substr(the), superlative);
}

// 该区2026年农村电网巩固提升工程全部完工: the year is the first word of a
// program's or an event's name, a noun run after it ending in 工程, 行动,
// 运动会 and the like; not a time it is compared with (比2025年增长) or
// counted from (2011年以来).
bool Checker::names_a_program(Span year) const {
  const std::string_view before = han_run_before(text_, year.begin, 1);
  if (before == "比" || before == "较" || before == "自" || before == "从" || before == "至" || before == "到" || before == "于") {
    return false;
  }
  const std::string_view name = han_run_after(text_, year.end, 16);
  if (name.empty() || starts_with(name, 0, {"以", "前", "后", "底", "初", "末", "起", "至", "到", "同", "相", "的", "来", "度"})) {
    return false;
  }
  for (std::string_view kind : {"工程", "项目", "行动", "活动", "计划", "运动会", "博览会", "招聘会", "大赛", "竞赛",
                                "锦标赛", "联赛", "艺术节", "文化节", "旅游节"}) {
    if (name.find(kind) != std::string_view::npos) return true;
  }
  return false;
}

bool names_the_day(std::string_view text, const DateMention& f);

// The year of a month-day without one that a lunar date or festival written
// after its weekday pins down (10月6日（星期一）是中秋节: the Mid-Autumn Festival
// fell on October 6 in a Monday's year only in 2025, between 1950 and
// 2100): the one year in which both are right. None when there is no lunar
// date, or when no year or more than one fits.
std::optional<int> Checker::lunar_witness_year(size_t weekday_at, const CivilDate& date, int weekday) const {
  auto j = next(weekday_at);
  if (!j) return std::nullopt;
  const DateMention& l = m_[*j];
  if ((l.kind != DateKind::kLunar && l.kind != DateKind::kFestival) || l.lunar.month == 0 || l.lunar_new_years_eve ||
      !joined(between(m_[weekday_at], l), {"是", "即", "为", "农历", "也是"}) ||
      (l.kind == DateKind::kFestival && !names_the_day(text_, l))) {
    return std::nullopt;
  }
  std::optional<int> found;
  for (int year = 1950; year <= 2100; ++year) {
    const CivilDate c{year, date.month, date.day};
    if (!is_valid_date(c) || weekday_of(c) != weekday) continue;  // six years in seven fail here, cheaply
    const std::optional<LunarDate> lu = lunar_of(c);
    if (!lu || lu->month != l.lunar.month || lu->day != l.lunar.day || lu->leap != l.lunar.leap) continue;
    if (found) return std::nullopt;
    found = year;
  }
  return found;
}

// Dates with weekdays and no known year: whatever the year, two of them must
// be as many weekdays apart as days apart (Saturday, Oct. 18 … Thursday,
// Oct. 24 cannot both be right). Each date resolved to the year that puts it
// nearest the story's date is compared with the others in the same March to
// February stretch, where no leap day can fall between two of them: the
// weekdays that disagree with most of the others are reported (between two,
// the one that does not fit the year it was resolved to, else the later one).
void Checker::weekdays_agree(const std::vector<WeekdayPair>& all) {
  // A date written with its year and the right weekday (Monday, Dec. 8, 2025)
  // fixes the year of a date without one within half a year of it (Friday,
  // Jan. 15 is 2026's, a Thursday): those are checked against it.
  std::vector<WeekdayPair> dated;
  std::vector<const WeekdayPair*> witnesses;
  for (const WeekdayPair& p : all) {
    if (p.verified) witnesses.push_back(&p);
  }
  for (const WeekdayPair& p : all) {
    if (p.verified) continue;
    const WeekdayPair* nearest = nullptr;
    CivilDate resolved;
    long nearest_days = 183;
    for (const WeekdayPair* w : witnesses) {
      for (int year = w->date.year - 1; year <= w->date.year + 1; ++year) {
        const CivilDate c{year, p.date.month, p.date.day};
        if (!is_valid_date(c)) continue;
        const long days = std::labs(days_from_civil(c) - days_from_civil(w->date));
        if (days < nearest_days) {
          nearest_days = days;
          nearest = w;
          resolved = c;
        }
      }
    }
    if (!nearest) {
      dated.push_back(p);
      continue;
    }
    if (weekday_of(resolved) == p.weekday) continue;
    report_unpinned(p, *nearest, nearest_days);
  }
  auto stretch = [](const CivilDate& d) { return d.month >= 3 ? d.year : d.year - 1; };
  auto offset = [](const WeekdayPair& p) {
    return static_cast<int>(((days_from_civil(p.date) - p.weekday) % 7 + 7) % 7);
  };
  std::map<int, std::vector<const WeekdayPair*>> by_stretch;
  for (const WeekdayPair& p : dated) by_stretch[stretch(p.date)].push_back(&p);
  if (by_stretch.size() == 2) odd_weekday_across_february(dated);
  for (const auto& [year, pairs] : by_stretch) {
    if (pairs.size() < 2) continue;
    int count[7] = {};
    for (const WeekdayPair* p : pairs) ++count[offset(*p)];
    // The offset most dates share; on a tie, that of a date whose weekday
    // fits the year it was resolved to (the story's, written or guessed:
    // Sunday, Aug. 22 … Tuesday, Dec. 1 in a 2026 story blames Aug. 22),
    // else the first date's.
    auto fits_its_year = [&](int o) {
      return std::any_of(pairs.begin(), pairs.end(), [&](const WeekdayPair* p) {
        if (offset(*p) != o || !p->guess_reported) return false;
        // A date of no known year (a leap-year stand-in) takes the latest year the text writes.
        const CivilDate d = p->date.year == kStandInYear && latest_year_written() != 0
                                ? CivilDate{latest_year_written(), p->date.month, p->date.day}
                                : p->date;
        return is_valid_date(d) && weekday_of(d) == p->weekday;
      });
    };
    // Failing that, the offset of a date whose weekday fits the latest year up
    // to today's (no earlier than the latest year written): copy is most often
    // checked soon after it is written (9月15日（星期三） fits 2021,
    // 10月12日（星期一） 2026: checked in 2026, the September date is blamed).
    auto latest_fitting_year = [&](int o) {
      const int today = doc_.checked_year();
      if (today == 0) return 0;
      const int earliest = std::min(std::max(latest_year_written(), today - 12), today);
      int latest = 0;
      for (const WeekdayPair* p : pairs) {
        if (offset(*p) != o) continue;
        for (int y = today; y >= earliest && y > latest; --y) {
          const CivilDate d{y, p->date.month, p->date.day};
          if (is_valid_date(d) && weekday_of(d) == p->weekday) {
            latest = y;
            break;
          }
        }
      }
      return latest;
    };
    int agreed = offset(*pairs.front());
    for (int o = 0; o < 7; ++o) {
      if (count[o] > count[agreed] || (count[o] == count[agreed] && !fits_its_year(agreed) && fits_its_year(o))) {
        agreed = o;
      }
    }
    if (!fits_its_year(agreed)) {
      for (int o = 0; o < 7; ++o) {
        if (o != agreed && count[o] == count[agreed] && latest_fitting_year(o) > latest_fitting_year(agreed)) agreed = o;
      }
    }
    const WeekdayPair* witness = *std::find_if(pairs.begin(), pairs.end(), [&](auto* p) { return offset(*p) == agreed; });
    for (const WeekdayPair* p : pairs) {
      if (offset(*p) == agreed) continue;
      report_unpinned(*p, *witness, std::labs(days_from_civil(p->date) - days_from_civil(witness->date)));
    }
  }
}

// A date whose weekday does not fit that of `witness`, `days` apart.
void Checker::report_unpinned(const WeekdayPair& p, const WeekdayPair& witness, long days) {
  Report r;
  r.span = p.span;
  r.variant = "unpinned";
  r.args = {{"other_text", std::string(doc_.slice(witness.span))}, {"days", std::to_string(days)}};
  r.related.push_back({witness.span, "a date and weekday it does not fit"});
  out_.report(std::move(r));
}

// Dates of the first half of one year on either side of February's end
// (Tuesday, Feb. 11 … Wednesday, Feb. 26 … Thursday, March 4), whose
// weekdays a leap day may or may not part: the one date that fits in no year
// in which all the others do is reported. Three or more dates only, all of them
// January to June (a December date may be of the year before).
void Checker::odd_weekday_across_february(const std::vector<WeekdayPair>& dated) {
  if (dated.size() < 3) return;
  for (const WeekdayPair& p : dated) {
    if (p.date.month > 6) return;
  }
  // The dates that do not fit, in each year where all but one fit.
  std::optional<size_t> odd;
  bool all_fit_somewhere = false;
  for (int year = 1950; year <= 2100; ++year) {
    size_t misfits = 0, misfit = 0;
    for (size_t k = 0; k < dated.size(); ++k) {
      const CivilDate c{year, dated[k].date.month, dated[k].date.day};
      if (!is_valid_date(c) || weekday_of(c) != dated[k].weekday) {
        ++misfits;
        misfit = k;
      }
    }
    all_fit_somewhere = all_fit_somewhere || misfits == 0;
    if (misfits != 1) continue;
    if (odd && *odd != misfit) return;  // which one is odd depends on the year
    odd = misfit;
  }
  if (!odd || all_fit_somewhere) return;
  // Only across the stretches: within one, weekdays_agree has compared them.
  const WeekdayPair& p = dated[*odd];
  const WeekdayPair* witness = nullptr;
  for (const WeekdayPair& w : dated) {
    if (&w != &p && (w.date.month >= 3) != (p.date.month >= 3)) witness = &w;
  }
  if (!witness) return;
  report_unpinned(p, *witness, std::labs(days_from_civil(CivilDate{2001, p.date.month, p.date.day}) -
                                         days_from_civil(CivilDate{2001, witness->date.month, witness->date.day})));
}

// Whether a festival mention names the day itself (not 春节期间, 国庆假期).
bool names_the_day(std::string_view text, const DateMention& f) {
  return !starts_with(text, f.span.end, {"前", "后", "期间", "假", "长假", "黄金周", "档", "以来", "至", "到", "临近", "来临", "前后", "过后", "节前", "节后", "联欢", "晚会", "当月"});
}

// Whether the lunar date or festival `l` falls on month-day `month`/`day` of
// Gregorian `year`. Looked up from the lunar side: a text's few lunar dates
// are memoized across documents, unlike every Gregorian day.
bool lunar_falls_in(const DateMention& l, int month, int day, int year) {
  if (l.lunar.month == 0) return month == l.month && day == l.day;  // a fixed-date festival
  const CivilDate wanted{year, month, day};
  for (int lunar_year : {year - 1, year}) {
    if (l.lunar_new_years_eve) {
      const std::optional<CivilDate> new_year = gregorian_of({lunar_year + 1, 1, 1, false});
      if (new_year && civil_from_days(days_from_civil(*new_year) - 1) == wanted) return true;
      continue;
    }
    // 二月初一 written without 闰 may be of the leap month too.
    for (bool leap : {l.lunar.leap, true}) {
      const std::optional<CivilDate> g = gregorian_of({lunar_year, l.lunar.month, l.lunar.day, leap});
      if (g && *g == wanted) return true;
      if (leap) break;
    }
  }
  return false;
}

void Checker::lunar() {
  std::vector<LunarPair> yearless;  // pairs of a page that writes no year
  for (size_t i = 0; i < m_.size(); ++i) {
    const DateMention& d = m_[i];
    if (!is_written_date(d) || !d.valid) continue;
    // The lunar date or festival written next to this date, either side.
    const DateMention* l = nullptr;
    auto j = next(i);
    if (j && (m_[*j].kind == DateKind::kLunar || m_[*j].kind == DateKind::kFestival) &&
        joined(between(d, m_[*j]), {"是", "即", "为", "农历"}))
      l = &m_[*j];
    if (!l && i > 0 && (m_[i - 1].kind == DateKind::kLunar || m_[i - 1].kind == DateKind::kFestival) &&
        !between(m_[i - 1], d).empty() && joined(between(m_[i - 1], d), {"是", "即", "为", "当天"}))
      l = &m_[i - 1];
    if (!l) continue;
    if (l->kind == DateKind::kFestival && !names_the_day(text_, *l)) continue;
    Span span = cover(d, *l);
    // 2月26日（正月初八）: the bracket opened before the lunar date is closed in the span too.
    if (between(d, *l).ends_with("（") && starts_with(text_, span.end, {"）"})) span.end += std::string_view("）").size();
    if (between(*l, d).ends_with("（") && starts_with(text_, span.end, {"）"})) span.end += std::string_view("）").size();
    if (festival_with_year(i, *l, span)) continue;
    if (!d.date.complete() || !is_valid_date(d.date)) continue;
    // A year guessed from the text may be off by a few: the pair is reported
    // then only when it fits none of the years around the guess (a lunar date
    // falls on the same Gregorian day again only after 19 years or so).
    const bool guessed = !year_known(dates_, d);
    int low = d.date.year - 3, high = d.date.year + 1;
    if (guessed && !story_year_of(dates_, d)) {
      // A guess the page does not report on (the latest year written may be
      // one it looks back to): any year from three before it to today's.
      const int today = doc_.checked_year();
      // A page that writes no year resolves its dates in a stand-in year.
      const bool stand_in = d.reference < 0 || dates_.references[d.reference].stand_in ||
                            (dates_.references[d.reference].year_inferred && d.date.year == kStandInYear);
      if (stand_in && !d.year) yearless.push_back({&d, l, span});
      if (stand_in || today == 0 || today < d.date.year) continue;
      high = today;
    }
    if (lunar_falls_in(*l, d.date.month, d.date.day, d.date.year)) continue;
    if (!guessed) {
      // What the lunar calendar has on the date instead (a fixed-date holiday: the date it names).
      if (l->lunar.month == 0) report(span, {{"date", d.date.iso()}, {"actual", fmt::format("{}月{}日", l->month, l->day)}});
      else report_lunar_of(span, d.date);
      continue;
    }
    bool fits_near = false;
    for (int year = low; year <= high && !fits_near; ++year) fits_near = lunar_falls_in(*l, d.date.month, d.date.day, year);
    if (!fits_near) report_lunar_unpinned(span, d.date, low, high);
  }
  lunar_witnesses(yearless);
}

// 2027年春节（2月16日）, 今年端午节是6月20日: the year written before a
// festival (or 今年 and the page's year, known or guessed) is that of the date
// it is given with. True when the pair was checked so.
bool Checker::festival_with_year(size_t i, const DateMention& l, Span span) {
  const DateMention& d = m_[i];
  if (d.year || l.kind != DateKind::kFestival || i < 2 || &l != &m_[i - 1] || !between(m_[i - 2], l).empty()) return false;
  const DateMention& y = m_[i - 2];
  int low = 0, high = 0;
  if (y.kind == DateKind::kYear && y.year >= 1000 && !y.month) {
    low = high = y.year;
  } else if (y.kind == DateKind::kRelativeYear) {
    if (const std::optional<StoryYear> story = story_year_of(dates_, y)) {
      low = story->year + y.relative_year;
      high = low + story->slack;
    }
  }
  if (low == 0) return false;
  for (int year = low; year <= high; ++year) {
    if (lunar_falls_in(l, d.month, d.day, year)) return true;
  }
  const CivilDate date{low, d.month, d.day};
  if (low != high || !report_lunar_of(span, date)) report_lunar_unpinned(span, date, low, high);
  return true;
}

// What the lunar calendar has on `date`, written with it at `span`, reported
// against it; false when the calendar has no answer.
bool Checker::report_lunar_of(Span span, const CivilDate& date) {
  const std::optional<LunarDate> lu = is_valid_date(date) ? lunar_of(date) : std::nullopt;
  if (!lu) return false;
  report(span, {{"date", date.iso()}, {"actual", fmt::format("农历{}{}月{}日", lu->leap ? "闰" : "", lu->month, lu->day)}});
  return true;
}

// A lunar date that falls on the month and day of `date` in none of the years low to high.
void Checker::report_lunar_unpinned(Span span, const CivilDate& date, int low, int high) {
  Report r;
  r.span = span;
  r.variant = "unpinned";
  r.args = {{"date", shown_date(date, false)}, {"from", std::to_string(low)}, {"to", std::to_string(high)}};
  out_.report(std::move(r));
}

// 2月17日（正月初一）至今 … 3月4日（正月十五）元宵节当晚, on a page that writes no
// year: a pair that fits exactly one year from 19 before the day of the check
// to the one after (2026) dates the others, and one that does not fit that
// year is reported (3月4日（正月十五） fits only 2007). Without the day of the
// check, no window is known.
void Checker::lunar_witnesses(const std::vector<LunarPair>& yearless) {
  const int today = doc_.checked_year();
  if (yearless.size() < 2 || today == 0) return;
  auto years_fitting = [&](const LunarPair& p) {
    std::vector<int> years;
    for (int y = today - 19; y <= today + 1; ++y) {
      if (lunar_falls_in(*p.lunar, p.date->month, p.date->day, y)) years.push_back(y);
    }
    return years;
  };
  // Of pairs that each fit one year, the one of the latest year dates the
  // page, when that year is recent (within two of the check) and any other
  // such year ten or more before it (2026 against 2007): a page that writes no
  // year is most likely of now; one of an archive has a page header.
  const LunarPair* witness = nullptr;
  int year = 0, older = 0;
  for (const LunarPair& p : yearless) {
    const std::vector<int> years = years_fitting(p);
    if (years.size() != 1 || years[0] == year) continue;
    if (years[0] > year) {
      older = year;
      witness = &p;
      year = years[0];
    } else {
      older = std::max(older, years[0]);
    }
  }
  if (!witness || year < today - 2 || (older != 0 && older > year - 10)) return;
  for (const LunarPair& p : yearless) {
    if (&p == witness || lunar_falls_in(*p.lunar, p.date->month, p.date->day, year)) continue;
    Report r;
    r.span = p.span;
    r.variant = "witness";
    r.args = {{"other_text", std::string(doc_.slice(witness->span))}, {"year", std::to_string(year)}};
    r.related.push_back({witness->span, "the pair that dates the page"});
    out_.report(std::move(r));
  }
}

void Checker::impossible() {
  for (const auto& d : m_) {
    if (d.kind != DateKind::kDate || !d.month || !d.day) continue;
    if (d.valid && !(d.month == 2 && d.day == 29 && !d.year && in_common_year(d))) continue;
    report(d.span, {{"date", d.span.of(text_).data() ? std::string(d.span.of(text_)) : ""}});
  }
}

// A February 29 without its year that no year near the known reference
// has (through Feb. 29 in a story dated Feb. 16, 2026: the nearest are two
// years away). Within a year either way it may be the last or next leap day.
bool Checker::in_common_year(const DateMention& d) const {
  const std::optional<CivilDate> ref = reference_of(dates_, d);
  if (!ref || !ref->complete() || dates_.references[d.reference].stand_in) return false;
  for (int year = ref->year - 1; year <= ref->year + 1; ++year) {
    if (is_leap_year(year) && std::labs(days_from_civil({year, 2, 29}) - days_from_civil(*ref)) <= 366) return false;
  }
  return true;
}

void Checker::dateline_after_publication() {
  if (dates_.publication < 0) return;
  const DateReference& pub = dates_.references[dates_.publication];
  if (pub.source == "inferred" || !pub.date.complete()) return;
  for (const auto& ref : dates_.references) {
    if (ref.source != "dateline" || !ref.span || !ref.date.complete()) continue;
    if (ref.date > pub.date) report(*ref.span, {{"date", ref.date.iso()}, {"publication", pub.date.iso()}});
  }
}

void Checker::past_after_dateline() {
  if (doc_.language() == Language::kEnglish) {
    past_after_story_date_en();
    return;
  }
  for (const auto& d : m_) {
    // 已于 before the date says the thing was done. A day without its month
    // (15日) is of the dateline's month; it is read only after 已于.
    const bool done_on = ends_with(text_, d.span.begin, {"已于", "已经于"});
    const bool day_only = d.kind == DateKind::kDate && !d.month && d.day && done_on;
    if ((!is_written_date(d) && !day_only) || d.year || d.has_relative_year || !d.valid || d.reference < 0) continue;
    const DateReference& ref = dates_.references[d.reference];
    if (ref.source != "dateline" || !ref.date.complete() || !d.date.complete()) continue;
    if (ref.span && ref.span->contains(d.span)) continue;
    long gap = days_from_civil(d.date) - days_from_civil(ref.date);
    if (gap <= 0 || gap > 120) continue;
    // A status as of the date (截至11月15日，已离田利用秸秆31.2万吨): what has been
    // done by a day after the dateline cannot be known on it.
    // 截至 opens its clause: 报名截至6月30日 is a deadline, whatever follows.
    const bool status = ends_with(text_, d.span.begin, {"。截至", "，截至", "\n截至", "。截止到", "，截止到", "\n截止到"}) &&
                        starts_with(text_, d.span.end, {"，已", "，累计", "，共", "，全县已", "，全市已", ",已"});
    // Plans, deadlines and schedules are not past events.
    if (!status && !done_on && ends_with(text_, d.span.begin, {"于", "到", "至", "截至", "截止", "从", "自", "前", "预计", "计划"}))
      continue;
    if (starts_with(text_, d.span.end, {"前", "之前", "以前", "起", "至", "到", "后", "以后", "之后", "左右", "—", "-", "开始"}))
      continue;
    Span s = sentences_.around(d.span.begin);
    std::string_view before = text_.substr(s.begin, d.span.begin - s.begin);
    std::string_view after = text_.substr(d.span.end, s.end - d.span.end);
    // Told in the past (the cheaper test first: most dates fail it)...
    bool past = after.find("了") != std::string_view::npos || before.find("已") != std::string_view::npos ||
                after.find("已") != std::string_view::npos ||
                // verbs that report a result, told once it happened (他又与队友合作摘得金牌)
                contains_any(after, {"摘得", "夺得", "斩获", "夺冠", "落下帷幕", "胜出"});
    if (!past) continue;
    // ...and not a plan, a condition or a habit; after 已于 it happened,
    // whatever the sentence holds (已于15日17时将响应提升至Ⅰ级: 将 as 把).
    std::string_view sentence = text_.substr(s.begin, s.end - s.begin);
    // 10月20日，…航线已正式开通，每周往返三班: what follows the clause told
    // with 已 (a timetable, a plan for later) does not make it a plan.
    if (const size_t done = after.find("已"); done != std::string_view::npos) {
      const size_t clause_end = after.find("，", done);
      if (clause_end != std::string_view::npos) sentence = text_.substr(s.begin, d.span.end + clause_end - s.begin);
    }
    if (!status && !done_on && contains_any(sentence, {"将", "拟", "计划", "预计", "即将", "届时", "准备", "预定", "有望", "力争", "确保",
                                           "要求", "务必", "报名", "截止", "截至", "期间", "通知", "安排", "日程", "预告",
                                           "明天", "明日", "下周", "如果", "若", "一旦", "或", "可能", "每年", "每"}))
      continue;
    // A guessed year would only mislead in the message: the month and day carry the verdict.
    const bool year_known = !ref.year_inferred;
    report(d.span, {{"date", shown_date(d.date, year_known)}, {"dateline", shown_date(ref.date, year_known)}});
  }
}

// 剩余72艘将于2024年6月底前完成拆解 in an article dated 2025年3月25日: a plan
// or deadline (将于, 计划于, 预计于, 拟于, 力争于, 定于) written with its year, whose
// month ended before the article's date, known from its dateline.
void Checker::plan_before_dateline() {
  for (const DateMention& d : m_) {
    // 2024年6月, 2024年6月30日, 2024年6月底 (a part of the month: its month is what counts).
    if ((d.kind != DateKind::kDate && d.kind != DateKind::kMonth && d.kind != DateKind::kPeriod) || d.year < 1000 ||
        !d.month || !d.valid || d.reference < 0) {
      continue;
    }
    const DateReference& ref = dates_.references[d.reference];
    if (ref.source != "dateline" || ref.year_inferred || !ref.date.complete()) continue;
    if (!ends_with(text_, d.span.begin, {"将于", "计划于", "预计于", "拟于", "力争于", "力争在", "定于", "将在"})) continue;
    // The month the plan names is over (a day: that day is past) before the dateline.
    const bool day = d.day && d.kind == DateKind::kDate;
    const CivilDate last = day ? CivilDate{d.year, d.month, d.day} : CivilDate{d.year, d.month, days_in_month(d.year, d.month)};
    if (!(last < ref.date)) continue;
    report(d.span, {{"date", day ? last.iso() : fmt::format("{}-{:02}", d.year, d.month)}, {"dateline", ref.date.iso()}});
  }
}

namespace {

// An English verb in the past tense, other than a verb of saying: "Varga said
// the trial begins Feb. 26" reports a plan, "divers recovered the body Feb. 26"
// an event.
bool is_past_verb_en(std::string_view word) {
  static const std::set<std::string_view> kIrregular = {
      "was", "were", "had", "did", "found", "took", "made", "won", "lost", "died", "began", "held", "met", "went",
      "came", "gave", "left", "broke", "fell", "rose", "struck", "sold", "bought", "paid", "led", "ran", "saw",
      "shot", "hit", "got", "sent", "brought", "caught", "spent", "drew", "fought", "kept", "threw", "swept", "sank",
      "stood", "flew", "beat", "built", "burned", "burnt", "chose", "fled", "froze", "hung", "lit", "quit", "rang",
      "sat", "slid", "spoke", "stole", "swore", "tore", "woke", "wore", "wound", "shut", "split", "spread", "hurt"};
  static const std::set<std::string_view> kNotPast = {
      "hundred", "need", "speed", "proceed", "exceed", "succeed", "indeed", "feed", "seed", "breed", "bleed", "embed",
      "steed", "creed", "greed", "weed", "deed", "shed", "red", "bed", "wed", "bred", "sled",
      // verbs of saying, and verbs that move or fix a date to come
      "said", "stated", "added", "noted", "announced", "reported", "confirmed", "explained", "warned", "argued",
      "scheduled", "planned", "expected", "postponed", "delayed", "moved", "rescheduled", "pushed", "extended",
      "slated", "targeted", "proposed", "required", "ordered", "asked", "requested", "allowed", "approved",
      "intended", "aimed", "hoped", "tied", "timed", "set", "needed", "called", "urged", "invited", "designated"};
  if (kNotPast.count(word)) return false;
  if (kIrregular.count(word)) return true;
  return word.size() >= 5 && word.ends_with("ed");
}

}  // namespace

// An English date after the story's own (its time stamp, page header or
// --pubdate), told as past: "Divers recovered the last body Feb. 26" in a
// story of Feb. 24. English datelines carry no date, so the story's date is
// the reference.
void Checker::past_after_story_date_en() {
  for (const auto& d : m_) {
    // A date may write its year (opened on September 15, 2025): the gap below tells.
    if (!is_written_date(d) || d.has_relative_year || !d.valid || d.reference < 0) continue;
    const DateReference& ref = dates_.references[d.reference];
    // A wire dateline's month and day (DUBLIN, Feb 23 (Reuters) -) are the
    // story's date even when its year is a guess: the date is read as the
    // nearest to it, so the gap holds whatever the year.
    const bool dated_dateline = ref.source == "dateline" && ref.span.has_value();
    if ((ref.year_inferred && !dated_dateline) || ref.source == "inferred" || ref.source == "context" ||
        !ref.date.complete() || !d.date.complete()) {
      continue;
    }
    long gap = days_from_civil(d.date) - days_from_civil(ref.date);
    if (gap <= 0 || gap > 120) continue;
    // A deadline or the start of a span is a plan, whatever the tense.
    if (ends_with(text_, d.span.begin, {"by ", "until ", "through ", "before ", "from ", "to ", "for ", "after "})) {
      continue;
    }
    Span s = sentences_.around(d.span.begin);
    std::string_view sentence = text_.substr(s.begin, s.end - s.begin);
    // "Officials said Tuesday, Sept. 8, that …": a past verb right before the
    // date (maybe with "on") dates what it tells, whatever plans the sentence
    // goes on to (money that will go toward repairs).
    auto past_verb_right_before = [&] {
      std::string_view before = trim_text(text_.substr(s.begin, d.span.begin - s.begin));
      if (before.ends_with(" on")) before = trim_text(before.substr(0, before.size() - 3));
      auto last_word = [](std::string_view& rest) {
        const size_t space = rest.find_last_of(" \n");
        std::string word(rest.substr(space == std::string_view::npos ? 0 : space + 1));
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(0, space);
        for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return word;
      };
      const std::string verb = last_word(before);
      // Not a participle of what is to be (will be held, to be accepted).
      const std::string helper = last_word(before);
      // A verb of saying right before the date tells when it was said (said Tuesday, Sept. 8).
      const bool saying = verb == "said" || verb == "told" || verb == "announced" || verb == "reported" ||
                          verb == "confirmed";
      return !verb.empty() && (saying || is_past_verb_en(verb)) && helper != "be" && helper != "been" &&
             helper != "being" && helper != "is" && helper != "are";
    };
    // "A test run on Dec. 6 went smoothly, …, and the slide will be open":
    // a past verb right after the date tells of it, when the date's own
    // clause holds no plan (a meeting on Dec. 6 was canceled is news before it).
    auto past_verb_right_after = [&] {
      std::string_view after = text_.substr(d.span.end, s.end - d.span.end);
      const size_t clause_end = after.find_first_of(",;:.");
      std::string_view clause = after.substr(0, clause_end);
      if (!clause.starts_with(" ")) return false;
      clause.remove_prefix(1);
      const size_t space = clause.find(' ');
      std::string verb(clause.substr(0, space));
      for (char& c : verb) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (verb == "was" || verb == "were" || verb == "had" || !is_past_verb_en(verb)) return false;  // was canceled, had been set
      const std::string_view before = text_.substr(s.begin, d.span.begin - s.begin);
      const std::string_view own = before.substr(std::min(before.size(), before.find_last_of(",;:") + 1));
      return !contains_any(own, {" will ", " plan", " set ", " schedul", " due ", " next "}) &&
             !contains_any(clause, {"cancel", "postpone", "delay", "reschedul", "schedul"});
    };
    const bool dated_past = past_verb_right_before() || past_verb_right_after();
    if (!dated_past && contains_any(sentence, {" will ", " would ", "'ll ", "’ll ", " expected", " scheduled", " plan ", " set to ",
                                " set for ", " due ", "deadline", " next ", "upcoming", "slated", " could ", " may ",
                                " plans", " planned", " planning",
                                " might ", " must ", " should ", " is to ", " are to ", " hope", " aim", "postpone",
                                "delay", "reschedul", "going to", " last year", " a year ago", " ago"})) {
      continue;
    }
    // A past verb in the clause before the date, or, for a date that opens
    // its sentence (On Aug. 15, judges awarded…), in the clause after it.
    std::string_view before = text_.substr(s.begin, d.span.begin - s.begin);
    const size_t clause = before.find_last_of(",;:");
    if (clause != std::string_view::npos) before = before.substr(clause + 1);
    std::string_view words = before;
    // Nothing before the date but "On", maybe after a dateline (MARLOW, Wis. — On Aug. 15, …).
    std::string_view opening = trim_text(before);
    if (opening.ends_with("On") || opening.ends_with("on")) opening = trim_text(opening.substr(0, opening.size() - 2));
    if (opening.empty() || opening.ends_with("—") || opening.ends_with("–") || opening.ends_with("-")) {
      std::string_view after = text_.substr(d.span.end, s.end - d.span.end);
      if (after.starts_with(",")) after.remove_prefix(1);
      words = after.substr(0, after.find_first_of(",;:."));
    }
    bool past = dated_past;
    for (size_t i = 0; i < words.size() && !past;) {
      while (i < words.size() && !std::isalpha(static_cast<unsigned char>(words[i]))) ++i;
      size_t j = i;
      while (j < words.size() && std::isalpha(static_cast<unsigned char>(words[j]))) ++j;
      if (j > i) {
        std::string word(words.substr(i, j - i));
        for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        past = is_past_verb_en(word);
      }
      i = j;
    }
    if (!past) continue;
    // A guessed year would only mislead in the message: the month and day carry the verdict.
    const bool year_known = !ref.year_inferred;
    report(d.span, {{"date", shown_date(d.date, year_known)}, {"dateline", shown_date(ref.date, year_known)}});
  }
}

void Checker::relative_year() {
  for (size_t i = 0; i < m_.size(); ++i) {
    const DateMention& r = m_[i];
    if (r.kind != DateKind::kRelativeYear) continue;
    auto explicit_year = [](const DateMention& m) {
      return (m.kind == DateKind::kYear || m.kind == DateKind::kDate || m.kind == DateKind::kMonth) && m.year >= 1000;
    };
    auto j = next(i);
    const bool glossed = j && explicit_year(m_[*j]) && joined(between(r, m_[*j]), {"即", "是"});
    if (j && !glossed) dated_in_relative_year(r, m_[*j]);
    auto ref = reference_of(dates_, r);
    if (!ref || !ref->year) continue;
    int expected = ref->year + r.relative_year;
    const DateMention* y = glossed ? &m_[*j] : nullptr;
    if (!y && i > 0 && explicit_year(m_[i - 1]) && !between(m_[i - 1], r).empty() &&
        joined(between(m_[i - 1], r), {"即", "是"}) && between(m_[i - 1], r).find("（") != std::string_view::npos)
      y = &m_[i - 1];
    if (!y || y->year == expected) continue;
    report(cover(r, *y), {{"expected", std::to_string(expected)}});
  }
}

// 今年首场雾凇已于2025年11月19日出现; "later this year, in October 2025": a
// date or month written with its year as when something of the relative
// year happened, in the same clause. The page's year may be a guess it
// reports on: the year after it is allowed too.
void Checker::dated_in_relative_year(const DateMention& r, const DateMention& d) {
  if (!(d.kind == DateKind::kDate || d.kind == DateKind::kMonth) || d.year < 1000 || !d.month) return;
  const std::string_view gap = between(r, d);
  if (doc_.language() == Language::kEnglish) {
    if (gap != ", in " && gap != " in " && gap != ", on " && gap != " on ") return;
  } else {
    // Han characters only, ending in 于 (已于, 将于), with no word of comparison or span.
    if (gap.size() > 14 * 3 || !gap.ends_with("于")) return;
    for (size_t k = 0; k < gap.size(); k += utf8_sequence_length(static_cast<unsigned char>(gap[k]))) {
      if (!is_han(code_point_at(gap, k))) return;
    }
    if (contains_any(gap, {"比", "较", "与", "同", "自", "从", "和", "及", "至", "到", "截", "相"})) return;
  }
  const std::optional<StoryYear> story = story_year_of(dates_, r);
  if (!story) return;
  const int low = story->year + r.relative_year, high = low + story->slack;
  if (d.year >= low && d.year <= high) return;
  report(d.span, {{"expected", std::to_string(low)}}, std::nullopt, {{r.span, "the relative year"}});
}

void Checker::age() {
  std::vector<std::pair<const DateMention*, const DateMention*>> yearless_ages;  // age, birth year
  for (size_t i = 0; i < m_.size(); ++i) {
    const DateMention& a = m_[i];
    if (a.kind != DateKind::kAge || !a.current_age || a.approximate) continue;
    const std::optional<StoryYear> story = story_year_of(dates_, a);
    std::vector<const DateMention*> births, years;
    std::vector<const DateMention*> ages_then;  // as a 24-year-old … in 1994
    int ages = 0;
    int current_ages = 0;  // ages but those at which something began
    for (size_t j : same_sentence(i)) {
      const DateMention& m = m_[j];
      if (m.kind == DateKind::kBirthYear) births.push_back(&m);
      // An age at which something began (15岁起跟着父亲学做伞) is no
      // other current age the birth year could be meant for.
      if (m.kind == DateKind::kAge) ++ages;
      if (m.kind == DateKind::kAge && (m.current_age || !began_at_age(m))) ++current_ages;
      if (m.kind == DateKind::kAge && !m.current_age) ages_then.push_back(&m);
      if (m.kind == DateKind::kYear && m.year >= 1000 && !m.has_relative_year) years.push_back(&m);
    }
    if (!story) {  // no year for the story: it is at least not of a year after today's
      if (births.empty() && ages == 1) births = births_elsewhere(i);
      if (births.size() == 1 && ages == 1) {
        yearless_ages.push_back({&a, births[0]});
        age_after_today(a, *births[0]);
        if (!age_before_written_year(a, *births[0])) age_against_weekdays(a, *births[0]);
      }
      continue;
    }
    const int slack = story->slack;
    // Halvorsen, 58, first surveyed the bog as a 24-year-old student in 1994
    // (Oduya, 71, first gave blood in 1976 at the age of 18): the age then and
    // the sentence's one year give the birth year, to a year either way.
    if (births.empty() && ages == 2 && ages_then.size() == 1 && years.size() == 1 && !ages_then[0]->approximate &&
        years[0]->year < story->year) {
      const int expected = story->year - years[0]->year + ages_then[0]->value;
      if (a.value >= expected - 1 && a.value <= expected + 1 + slack) continue;
      report(a.span, {{"age", std::to_string(a.value)}, {"birth", fmt::format("{}–{}", years[0]->year - ages_then[0]->value - 1,
                                                                             years[0]->year - ages_then[0]->value)},
                      {"expected", fmt::format("{}–{}", expected - 1, expected + 1 + slack)}},
             std::nullopt, {{ages_then[0]->span, "age then"}, {years[0]->span, "year then"}});
      continue;
    }
    if (births.empty() && ages == 1) births = births_elsewhere(i);
    if (births.size() != 1 || current_ages != 1) continue;
    int expected = story->year - births[0]->value;
    if (a.value >= expected - 1 && a.value <= expected + slack) continue;
    const std::string allowed = slack ? fmt::format("{}–{}", expected - 1, expected + slack)
                                   : fmt::format("{}/{}", expected - 1, expected);
    report(a.span, {{"age", std::to_string(a.value)}, {"birth", std::to_string(births[0]->value)}, {"expected", allowed}},
           std::nullopt, {{births[0]->span, "birth year"}});
  }
  ages_agree(yearless_ages);
}

// Ages with their birth years in a story of no known year must give it one
// year, give or take the birthday: 52 for 1968 (2020) and 27 for 1999 (2026)
// cannot both be right. The age whose year is further from the day of the
// check is reported (the copy is most likely checked soon after it is
// written); none when that is not known or the two are as far.
void Checker::ages_agree(const std::vector<std::pair<const DateMention*, const DateMention*>>& pairs) {
  const int today = doc_.checked_year();
  if (pairs.size() < 2 || today == 0) return;
  auto year_of = [](const auto& p) { return p.second->value + p.first->value; };
  const auto nearest = std::min_element(pairs.begin(), pairs.end(), [&](const auto& x, const auto& y) {
    return std::abs(today - year_of(x)) < std::abs(today - year_of(y));
  });
  for (const auto& p : pairs) {
    const int gap = std::abs(year_of(p) - year_of(*nearest));
    if (gap < 2 || std::abs(today - year_of(p)) == std::abs(today - year_of(*nearest))) continue;
    if (after_today(year_of(p))) continue;  // reported as such
    const int birth = static_cast<int>(p.second->value);
    const int expected = year_of(*nearest) - birth;
    report(p.first->span, {{"age", std::to_string(p.first->value)}, {"birth", std::to_string(birth)},
                           {"expected", fmt::format("{}–{}", expected - 1, expected + 1)}},
           std::nullopt, {{p.second->span, "birth year"}, {nearest->first->span, "another age"}});
  }
}

// An age and a birth year that would put a story of no known year in a year
// after the day it is checked on (1972年出生，今年58岁 checked in 2026: 2030).
// A year is allowed either way (the birthday to come, an age counted the
// Chinese way, one at birth), so the story would be two years ahead at least.
void Checker::age_after_today(const DateMention& age, const DateMention& birth) {
  const int story_year = birth.value + age.value;  // the earliest year the age fits
  if (!after_today(story_year)) return;
  Report r;
  r.span = age.span;
  r.variant = "future";
  r.args = {{"age", std::to_string(age.value)}, {"birth", std::to_string(birth.value)},
            {"year", std::to_string(story_year)}, {"today", doc_.checked_on()}};
  r.related.push_back({birth.span, "birth year"});
  out_.report(std::move(r));
}

// 15岁起, 从12岁开始, 18岁那年: an age at which something began.
bool Checker::began_at_age(const DateMention& age) const {
  return starts_with(text_, age.span.end, {"起", "时", "那年", "开始", "便", "就"}) ||
         ends_with(text_, age.span.begin, {"从", "自"});
}

// An age and a birth year that would put a story of no known year two years
// or more before the latest year the text writes (born in 1948, 72, on a page
// that writes 2026): a story does not write years after its own, except as
// plans, which the guess leaves aside, and years after today, which are
// taken for plans too. A year is allowed either way, as for a known year.
bool Checker::age_before_written_year(const DateMention& age, const DateMention& birth) {
  if (age.reference < 0) return false;
  const DateReference& reference = dates_.references[age.reference];
  const int written = reference.date.year;
  const int today = doc_.checked_year();
  if (reference.stand_in || !reference.year_inferred || written == 0 || today == 0 || written > today) return false;
  const int latest_fit = birth.value + age.value + 1;  // the latest year the age fits
  if (latest_fit + 2 > written) return false;
  Report r;
  r.span = age.span;
  r.variant = "earlier";
  r.args = {{"age", std::to_string(age.value)}, {"birth", std::to_string(birth.value)},
            {"year", std::to_string(latest_fit)}, {"written", std::to_string(written)}};
  r.related.push_back({birth.span, "birth year"});
  out_.report(std::move(r));
  return true;
}

// Lyle Benning, 58, … born on the place in 1961, in a story whose dates with
// weekdays (Tuesday, Aug. 19) fall in none of the years the age allows
// (2018 to 2021: a year more either way than for a known year, as the dates
// may be of the year before or after the page's): the age or the birth year
// is wrong.
void Checker::age_against_weekdays(const DateMention& age, const DateMention& birth) {
  const int from = birth.value + age.value - 1, to = birth.value + age.value + 2;
  const DateMention* first = nullptr;
  for (size_t i = 0; i < m_.size(); ++i) {
    const DateMention& m = m_[i];
    if (m.kind != DateKind::kDate || m.year != 0 || m.has_relative_year || !m.month || !m.day || !m.valid) continue;
    const int weekday = weekday_written_with(i).weekday;
    if (!weekday) continue;
    for (int y = from; y <= to; ++y) {
      const CivilDate date{y, m.month, m.day};
      if (is_valid_date(date) && weekday_of(date) == weekday) return;  // a date fits: the age may be right
    }
    if (!first) first = &m;
  }
  if (!first) return;
  Report r;
  r.span = age.span;
  r.variant = "weekdays";
  r.args = {{"age", std::to_string(age.value)}, {"birth", std::to_string(birth.value)},
            {"from", std::to_string(from + 1)}, {"to", std::to_string(to - 1)},
            {"other_text", std::string(doc_.slice(first->span))}};
  r.related.push_back({birth.span, "birth year"});
  r.related.push_back({first->span, "a date and weekday of no year the age allows"});
  out_.report(std::move(r));
}

// A duration in months after the two months it runs between, each written
// with its year, in one sentence: "began in June 2024 and was completed in
// August 2026, a 19-month build" (26); 2023年11月开工，2026年6月底完工，历时28个月
// (31). A month either way is allowed: a part month may be counted or not.
void Checker::month_duration() {
  auto month_with_year = [&](const DateMention& m) {
    return (m.kind == DateKind::kMonth || m.kind == DateKind::kPeriod || m.kind == DateKind::kDate) && m.year >= 1000 &&
           m.month >= 1 && m.month <= 12;
  };
  static const RE2 english("(?i)\\b([0-9]{1,3})(?:-month\\b| months?\\b)");
  static const RE2 chinese("(历时|用时|耗时|历经|工期)?([0-9]{1,3}|[一二三四五六七八九十]{1,3})个月");
  for (size_t i = 0; i + 1 < m_.size(); ++i) {
    const DateMention& start = m_[i];
    if (!month_with_year(start)) continue;
    const Span sentence = sentences_.around(start.span.begin);
    // The next month with a year in the sentence, and no third in it.
    size_t j = i + 1;
    while (j < m_.size() && m_[j].span.begin < sentence.end && !month_with_year(m_[j])) ++j;
    if (j >= m_.size() || m_[j].span.begin >= sentence.end) continue;
    const DateMention& end = m_[j];
    bool third = false;
    for (size_t k = j + 1; k < m_.size() && m_[k].span.begin < sentence.end; ++k) third = third || month_with_year(m_[k]);
    for (size_t k = i; k-- > 0 && m_[k].span.begin >= sentence.begin;) third = third || month_with_year(m_[k]);
    if (third) continue;
    const int expected = (end.year * 12 + end.month) - (start.year * 12 + start.month);
    if (expected <= 1) continue;
    const std::string_view rest = text_.substr(end.span.end, sentence.end - end.span.end);
    re2::StringPiece input(rest.data(), rest.size()), lead, count;
    Span span;
    if (RE2::PartialMatch(input, english, &count)) {
      span = {static_cast<size_t>(count.data() - text_.data()), 0};
      const size_t after = span.begin + count.size();
      span.end = text_.compare(after, 6, "-month") == 0 ? after + 6 : text_.find("month", after) + 5;
      if (text_.compare(span.end, 1, "s") == 0) ++span.end;
    } else if (RE2::PartialMatch(input, chinese, &lead, &count)) {
      const char* begin = lead.empty() ? count.data() : lead.data();
      span = {static_cast<size_t>(begin - text_.data()), static_cast<size_t>(count.data() + count.size() - text_.data()) + 6};
    } else {
      // Or before the two, naming what ran between them: "The 14-month
      // installation, which began in March 2025 and wrapped up in July 2026";
      // 历时16个月的改造工程于2025年3月开工.
      static const RE2 english_before("(?i)\\b([0-9]{1,3})-month\\s+[a-z]+(?:\\s+[a-z]+)?,?\\s+(?:which|that)\\s");
      static const RE2 chinese_before("((?:历时|用时|耗时|历经|工期)([0-9]{1,3}|[一二三四五六七八九十]{1,3})个月)的");
      const std::string_view lead_in = text_.substr(sentence.begin, start.span.begin - sentence.begin);
      re2::StringPiece before_input(lead_in.data(), lead_in.size()), whole;
      if (RE2::PartialMatch(before_input, english_before, &count)) {
        span = {static_cast<size_t>(count.data() - text_.data()), static_cast<size_t>(count.data() - text_.data()) + count.size() + 6};
      } else if (RE2::PartialMatch(before_input, chinese_before, &whole, &count)) {
        span = {static_cast<size_t>(whole.data() - text_.data()), static_cast<size_t>(whole.data() - text_.data()) + whole.size()};
      } else {
        continue;
      }
    }
    // About, nearly, more than: no exact count.
    const std::string_view before = text_.substr(span.begin >= 12 ? span.begin - 12 : 0, std::min<size_t>(12, span.begin));
    if (before.ends_with("近") || before.ends_with("约") || before.ends_with("逾") || before.ends_with("about ") ||
        before.ends_with("nearly ") || before.ends_with("almost ") || before.ends_with("than ") ||
        before.ends_with("some ") || text_.compare(span.end, 3, "多") == 0) {
      continue;
    }
    const std::string written(count.data(), count.size());
    const int value = std::isdigit(static_cast<unsigned char>(written[0]))
                          ? std::stoi(written)
                          : static_cast<int>(parse_chinese_numeral(written).value_or(-1));
    if (value <= 0 || std::abs(value - expected) <= 1) continue;
    Report r;
    r.span = span;
    r.variant = "months";
    r.args = {{"months", std::to_string(value)}, {"start", fmt::format("{}-{:02}", start.year, start.month)},
              {"end", fmt::format("{}-{:02}", end.year, end.month)}, {"expected", std::to_string(expected)}};
    r.related.push_back({start.span, "start"});
    r.related.push_back({end.span, "end"});
    out_.report(std::move(r));
  }
}

void Checker::duration() {
  for (size_t i = 0; i < m_.size(); ++i) {
    const DateMention& d = m_[i];
    if (d.kind != DateKind::kDuration || d.approximate || d.value <= 0) continue;
    std::vector<const DateMention*> starts, ends;
    std::vector<size_t> in_sentence = same_sentence(i);
    const DateMention* year_range = nullptr;
    for (size_t j : in_sentence) {
      if (m_[j].kind == DateKind::kRange && m_[j].label == "years" && m_[j].year && m_[j].end.year) year_range = &m_[j];
    }
    for (size_t j : in_sentence) {
      const DateMention& m = m_[j];
      if (year_range) {
        // 1990-2020: the range gives both ends; the years inside it are not more starts.
        if (&m == year_range) starts.push_back(&m), ends.push_back(&m);
        if (year_range->span.overlaps(m.span)) continue;
      }
      if (m.kind == DateKind::kRange) continue;
      bool has_year = m.year >= 1000 && (m.kind == DateKind::kYear || m.kind == DateKind::kDate ||
                                         m.kind == DateKind::kMonth || m.kind == DateKind::kPeriod ||
                                         m.kind == DateKind::kFoundingYear);
      if (!has_year) continue;
      if (m.kind == DateKind::kFoundingYear || ends_with(text_, m.span.begin, {"从", "自", "自从", "始于", "since ", "from ", "Since ", "From "}) ||
          starts_with(text_, m.span.end, {"以来", "起", "开始"})) {
        starts.push_back(&m);
      } else if (ends_with(text_, m.span.begin, {"到", "至", "直到", "until ", "to ", "through "})) {
        ends.push_back(&m);
      }
    }
    // 园区于2012年成立，……。10年来，……: a sentence that opens with the
    // duration counts from a founding year in the sentence before it.
    if (starts.empty() && ends.empty() && opens_sentence(i)) {
      const Span s = sentences_.around(d.span.begin);
      if (s.begin > 0) {
        const Span prev = sentences_.around(s.begin - 1);
        for (size_t j = i; j-- > 0 && m_[j].span.begin >= prev.begin;) {
          if (m_[j].span.begin < s.begin && m_[j].kind == DateKind::kFoundingYear) starts.push_back(&m_[j]);
        }
      }
    }
    if (starts.size() != 1 || ends.size() > 1) continue;
    int start = starts[0]->year;
    int end = 0;
    if (!ends.empty()) {
      end = ends[0]->kind == DateKind::kRange ? ends[0]->end.year : ends[0]->year;
    } else {
      auto ref = reference_of(dates_, d);
      if (!ref || !ref->year) continue;
      end = ref->year;
    }
    if (end <= start) continue;
    int diff = end - start;
    if (d.value == diff) continue;
    std::optional<Severity> severity;
    if (d.value == diff + 1) {
      if (!inclusive_is_note_) continue;  // counting both end years
      severity = Severity::kNote;
    } else if (std::abs(d.value - diff) == 1) {
      severity = Severity::kNote;
    }
    report(d.span, {{"years", std::to_string(d.value)}, {"start", std::to_string(start)},
                    {"end", std::to_string(end)}, {"expected", std::to_string(diff)}},
           severity, {{starts[0]->span, "start"}});
  }
  years_to_now();
}

// 钟楼上一次大修是在1986年，距今已有29年 in a 2025 article: the years from the
// one year of the clause before 距今 to the article's known year.
void Checker::years_to_now() {
  static constexpr std::string_view kToNow = "距今";
  for (size_t at = find_text(text_, kToNow); at != std::string_view::npos; at = find_text(text_, kToNow, at + kToNow.size())) {
    size_t p = at + kToNow.size();
    for (std::string_view w : {"已经有", "已有", "已经", "已", "有", "约", "近"}) {
      if (text_.substr(p).starts_with(w)) {
        p += w.size();
        break;
      }
    }
    size_t q = p;
    while (q < text_.size() && ((text_[q] >= '0' && text_[q] <= '9') || chinese_digit_value(code_point_at(text_, q)) >= 0 ||
                                chinese_unit_value(code_point_at(text_, q)) > 0)) {
      q += utf8_sequence_length(static_cast<unsigned char>(text_[q]));
    }
    if (q == p || !text_.substr(q).starts_with("年") || text_.substr(q + 3).starts_with("前")) continue;
    const std::optional<double> years = parse_chinese_numeral(text_.substr(p, q - p));
    if (!years || *years < 1 || *years > 2000) continue;
    // The one year written before 距今 in its sentence (1986年).
    const Span sentence = sentences_.around(at);
    const DateMention* start = nullptr;
    int written_years = 0;
    for (const DateMention& m : m_) {
      if (m.span.begin < sentence.begin || m.span.end > at) continue;
      if (m.year >= 1000 && (m.kind == DateKind::kYear || m.kind == DateKind::kDate || m.kind == DateKind::kMonth)) {
        start = &m;
        ++written_years;
      }
    }
    if (written_years != 1) continue;
    const std::optional<StoryYear> story = story_year_of(dates_, *start);
    if (!story || story->year <= start->year) continue;
    const int expected = story->year - start->year;
    const int value = static_cast<int>(*years);
    // A year either way: the month decides; a guessed year's page may be of the year after.
    if (value >= expected - 1 && value <= expected + story->slack + 1) continue;
    report({at, q + 3}, {{"years", std::to_string(value)}, {"start", std::to_string(start->year)},
                         {"end", std::to_string(story->year)}, {"expected", std::to_string(expected)}},
           std::nullopt, {{start->span, "start"}});
  }
}

void Checker::anniversary() {
  for (size_t i = 0; i < m_.size(); ++i) {
    const DateMention& a = m_[i];
    if (a.kind != DateKind::kAnniversary) continue;
    std::vector<const DateMention*> founded, years;
    for (size_t j : same_sentence(i)) {
      const DateMention& m = m_[j];
      if (m.kind == DateKind::kFoundingYear) founded.push_back(&m);
      else if (m.kind == DateKind::kAnniversary && j != i) founded.clear(), years.push_back(nullptr);
      else if ((m.kind == DateKind::kYear || m.kind == DateKind::kDate || m.kind == DateKind::kMonth) && m.year >= 1000)
        years.push_back(&m);
    }
    if (founded.size() != 1 || years.size() > 1) continue;
    int event_year = 0;
    if (years.size() == 1) {
      if (!years[0]) continue;
      event_year = years[0]->year;
    } else {
      auto ref = reference_of(dates_, a);
      if (!ref || !ref->year) {
        anniversary_after_today(a, *founded[0]);
        continue;
      }
      event_year = ref->year;
    }
    int expected = event_year - founded[0]->value;
    if (expected <= 0 || a.value == expected) continue;
    report(a.span, {{"count", std::to_string(a.value)}, {"founded", std::to_string(founded[0]->value)},
                    {"expected", std::to_string(expected)}},
           std::abs(a.value - expected) == 1 ? std::optional<Severity>(Severity::kNote) : std::nullopt,
           {{founded[0]->span, "founding year"}});
  }
}

// This year's anniversary (今年迎来建站50周年, celebrates its 70th anniversary
// this year) in a story of no known year, which would date it two years or more
// after the day it is checked on: founded in 1978, the 50th is in 2028.
void Checker::anniversary_after_today(const DateMention& anniversary, const DateMention& founded) {
  const int year = founded.value + anniversary.value;
  if (!after_today(year)) return;
  const Span s = sentences_.around(anniversary.span.begin);
  const std::string_view sentence = text_.substr(s.begin, s.end - s.begin);
  if (!contains_any(sentence, {"今年", "this year", "This year"})) return;  // else perhaps one to come
  Report r;
  r.span = anniversary.span;
  r.variant = "future";
  r.args = {{"founded", std::to_string(founded.value)}, {"year", std::to_string(year)}, {"today", doc_.checked_on()}};
  r.related.push_back({founded.span, "founding year"});
  out_.report(std::move(r));
}

// 第N and a counted word (届, 个年头) in `sentence` from byte `from`: the first
// that parses, with its span from 第 to the word's end.
struct Ordinal {
  int value = 0;
  Span span;
};
std::optional<Ordinal> ordinal_before(std::string_view sentence, std::string_view word, size_t from) {
  for (size_t mark = from; (mark = sentence.find(word, mark)) != std::string_view::npos; mark += word.size()) {
    size_t begin = mark;
    while (begin > 0) {
      const size_t prev = previous_offset(sentence, begin);
      const char32_t c = code_point_at(sentence, prev);
      if (!((c >= U'0' && c <= U'9') || chinese_digit_value(c) >= 0 || chinese_unit_value(c) > 0)) break;
      begin = prev;
    }
    if (begin == mark || begin < 3 || sentence.substr(begin - 3, 3) != "第") continue;
    if (const std::optional<double> n = parse_chinese_numeral(sentence.substr(begin, mark - begin))) {
      return Ordinal{static_cast<int>(*n), {begin - 3, mark + word.size()}};
    }
  }
  return std::nullopt;
}

// 自2001年起每年举办一届，从未间断，今年已是第二十四届: an annual event held
// without a break since its first year is in its (year - first + 1)th
// edition. Only when the sentence says both (每年…从未间断): events skip years.
void Checker::edition() {
  // Most sentences with a year say nothing of breaks: the few bytes after
  // each year are searched for 间断 before its sentence is asked for.
  size_t done = 0;  // the end of the last sentence looked at
  for (const DateMention& year : m_) {
    if (year.kind != DateKind::kYear || year.year < 1000 || year.span.begin < done) continue;
    const size_t at = year.span.end;
    if (text_.substr(at, 120).find("间断") == std::string_view::npos) continue;
    const Span s = sentences_.around(at);
    done = s.end;
    const std::string_view sentence = text_.substr(s.begin, s.end - s.begin);
    if (!contains_any(sentence, {"每年", "一年一届", "年年"}) ||
        !contains_any(sentence, {"从未间断", "未曾间断", "从不间断", "没有间断", "未间断", "不间断"})) {
      continue;
    }
    // One year written in the sentence: the first edition's.
    const DateMention* first = only_written_year(s);
    if (!first) continue;
    auto ref = reference_of(dates_, *first);
    if (!ref || !ref->year || ref->year < first->year) continue;
    // 第N届, after the year (一届 in 每年举办一届 is no count).
    const std::optional<Ordinal> count = ordinal_before(sentence, "届", first->span.end - s.begin);
    if (!count) continue;
    const int expected = ref->year - first->year + 1;
    if (count->value == expected) continue;
    const Span where{s.begin + count->span.begin, s.begin + count->span.end};
    report(where, {{"count", std::to_string(count->value)}, {"founded", std::to_string(first->year)},
                   {"expected", std::to_string(expected)}},
           std::nullopt, {{first->span, "first year"}});
  }
}

// 他2008年入职，今年是他走邮路的第十个年头: a start year and 今年 in one
// sentence make this year the (year - start + 1)th, or the (year - start)th
// counted from the first full year; any other count is reported. The story's
// year may be guessed, as for ages (story_year_of).
void Checker::year_count() {
  constexpr std::string_view kYearsWord = "个年头";
  size_t done = 0;  // the end of the last sentence looked at
  for (size_t at = 0; (at = find_text(text_, kYearsWord, at)) != std::string_view::npos; at += kYearsWord.size()) {
    if (at < done) continue;
    const Span s = sentences_.around(at);
    done = s.end;
    const std::string_view sentence = text_.substr(s.begin, s.end - s.begin);
    if (sentence.find("今年") == std::string_view::npos) continue;
    // One year written in the sentence: the start.
    const DateMention* first = only_written_year(s);
    if (!first || first->span.begin > at) continue;
    const std::optional<StoryYear> story = story_year_of(dates_, *first);
    if (!story || story->year <= first->year) continue;
    const std::optional<Ordinal> count = ordinal_before(sentence, kYearsWord, first->span.end - s.begin);
    if (!count) continue;
    const int expected = story->year - first->year + 1;
    if (count->value >= expected - 1 && count->value <= expected + story->slack) continue;
    Report r;
    r.span = {s.begin + count->span.begin, s.begin + count->span.end};
    r.variant = "years";
    r.args = {{"count", std::to_string(count->value)}, {"founded", std::to_string(first->year)},
              {"expected", std::to_string(expected)}};
    r.related.push_back({first->span, "start year"});
    out_.report(std::move(r));
  }
}

// English: "Benning, who took over the program in 2011 and is now in his 21st
// season": a start year (took over, joined, started … in 2011) and an
// ordinal season or year in one sentence. A season may straddle two years,
// so the count may be a year less than the story year gives.
void Checker::year_count_en() {
  static const RE2 ordinal("\\b(?:his|her|its|their) ([0-9]{1,3})(?:st|nd|rd|th) (?:season|year)\\b");
  re2::StringPiece input(text_.data(), text_.size()), number;
  while (RE2::FindAndConsume(&input, ordinal, &number)) {
    const size_t begin = number.data() - text_.data();
    const Span s = sentences_.around(begin);
    const DateMention* first = only_written_year(s);
    if (!first || first->span.begin > begin) continue;
    const std::string_view lead = text_.substr(s.begin, first->span.begin - s.begin);
    if (!contains_any(lead, {"took over", "joined", "started", "arrived", "was hired", "was appointed", "became"})) continue;
    const std::optional<StoryYear> story = story_year_of(dates_, *first);
    if (!story || story->year <= first->year) continue;
    const int count = std::atoi(std::string(number.data(), number.size()).c_str());
    const int expected = story->year - first->year + 1;
    if (count >= expected - 1 && count <= expected + story->slack) continue;
    Report r;
    r.span = {begin, static_cast<size_t>(input.data() - text_.data())};
    r.variant = "years";
    r.args = {{"count", std::to_string(count)}, {"founded", std::to_string(first->year)},
              {"expected", fmt::format("{}–{}", expected - 1, expected + story->slack)}};
    r.related.push_back({first->span, "start year"});
    out_.report(std::move(r));
  }
}

void Checker::reversed_range() {
  for (const auto& r : m_) {
    if (r.kind != DateKind::kRange) continue;
    bool reversed = false;
    if (r.label == "years") {
      reversed = r.year >= 1000 && r.end.year >= 1000 && r.end.year < r.year;
    } else if (r.label == "days") {
      const CivilDate& s = r.date;
      const CivilDate& e = r.end;
      if (!s.month || !e.month || !s.day || !e.day) continue;
      reversed = e < s;
    }
    if (reversed) report(r.span, {});
  }
}

// A count of days next to the dates it spans: "nine days, from Oct. 2 until
// Oct. 7" (five, or six counting both), 3月15日至25日举行，为期11天.
// 4月7日开工，9月28日完工: a start, then an end, each a date with its verb.
bool Checker::started_then_ended(std::string_view gap, const DateMention& end) const {
  bool started = false;
  for (std::string_view verb : {"开工", "动工", "开建", "开始", "启动", "开幕", "进场"}) {
    const std::string_view comma = gap.starts_with(verb) ? gap.substr(verb.size()) : std::string_view();
    // 2月25日开始，3月18日结束; 自2月25日开始，至3月18日结束
    started = started || comma == "，" || comma == "," || comma == "，至" || comma == "，到" || comma == ",至";
  }
  return started && starts_with(text_, end.span.end, {"完工", "竣工", "结束", "闭幕", "落成", "完成", "收官", "建成"});
}

void Checker::day_span() {
  std::set<size_t> reported;  // counts, by where they start
  for (size_t i = 0; i < m_.size(); ++i) {
    const DateMention& m = m_[i];
    CivilDate start, end;
    Span dates = m.span;
    if (m.kind == DateKind::kRange && m.label == "days") {
      // The written fields (Oct. 2-7: the end's month is the start's).
      start = {m.year, m.month ? m.month : m.date.month, m.day ? m.day : m.date.day};
      end = {m.year ? m.end.year : 0, m.end.month ? m.end.month : start.month, m.end.day};
    } else if (is_written_date(m) && m.valid) {
      // from Oct. 2 until Oct. 7; 从5月1日到5月5日
      auto j = next(i);
      if (!j || !is_written_date(m_[*j]) || !m_[*j].valid) continue;
      const std::string_view gap = trim_text(between(m, m_[*j]));
      const bool from = ends_with(text_, m.span.begin, {"from ", "From ", "从", "自"});
      // 从10月8日开榨，预计持续到2027年2月5日: 从, then a few words that run on to 到 or 至.
      const bool runs_on_to = from && (gap.ends_with("到") || gap.ends_with("至")) && code_point_count(gap) <= 10 &&
                              gap.find("。") == std::string_view::npos && gap.find("；") == std::string_view::npos;
      const bool joined = gap == "至" || gap == "到" || gap == "—" || gap == "-" || gap == "–" ||
                          (from && (gap == "until" || gap == "to" || gap == "through" || gap == "till")) ||
                          started_then_ended(gap, m_[*j]) || runs_on_to;
      if (!joined) continue;
      start = {m.year, m.month, m.day};
      end = {m_[*j].year, m_[*j].month, m_[*j].day};
      dates = cover(m, m_[*j]);
    } else {
      continue;
    }
    if (!start.month || !start.day || !end.month || !end.day) continue;
    if (!start.year || !end.year) start.year = end.year = 0;  // one year written: read both without
    const Span s = sentences_.around(m.span.begin);
    const std::optional<DayCount> count = find_day_count(text_.substr(s.begin, s.end - s.begin));
    if (!count || days_agree(start, end, *count)) continue;
    const Span at{s.begin + count->span.begin, s.begin + count->span.end};
    if (!reported.insert(at.begin).second) continue;
    const int days = days_between(start, end);
    report(at, {{"days", std::to_string(count->days)}, {"start", shown_date(start, start.year != 0)},
                {"end", shown_date(end, end.year != 0)},
                {"expected", std::to_string(days)}, {"inclusive", std::to_string(days + 1)}},
           std::nullopt, {{dates, "the dates it spans"}});
  }
}

// Two times of day a sentence says something ran between: from 9:30 a.m. to
// 2:10 p.m.; 9时至14时; began at 9:30 a.m. … and ended at 2:10 p.m.; 上午9时
// 开始，下午2时10分结束.
bool Checker::spans_times(const DateMention& start, const DateMention& end) const {
  const std::string_view gap = trim_text(between(start, end));
  const bool from = ends_with(text_, start.span.begin, {"from ", "From ", "between ", "Between ", "从", "自"});
  if (gap == "至" || gap == "到" || gap == "—" || gap == "-" || gap == "–" ||
      (from && (gap == "to" || gap == "until" || gap == "till" || gap == "and"))) {
    return true;
  }
  if (started_then_ended(gap, end)) return true;
  const bool began = ends_with(text_, start.span.begin, {"began at ", "started at ", "opened at ", "kicked off at ",
                                                         "got under way at ", "got underway at "});
  const bool ended = gap.ends_with("ended at") || gap.ends_with("finished at") || gap.ends_with("closed at") ||
                     gap.ends_with("concluded at") || gap.ends_with("wrapped up at");
  return began && ended;
}

void Checker::time_span() {
  auto minutes_of = [](const std::string& label) {  // "14:10" -> 850
    return label.size() == 5 && label[2] == ':' ? std::stoi(label.substr(0, 2)) * 60 + std::stoi(label.substr(3)) : -1;
  };
  for (size_t i = 0; i < m_.size(); ++i) {
    const DateMention& a = m_[i];
    if (a.kind != DateKind::kTime) continue;
    const std::optional<size_t> j = next(i);
    if (!j || m_[*j].kind != DateKind::kTime || !spans_times(a, m_[*j])) continue;
    const DateMention& b = m_[*j];
    const int start = minutes_of(a.label), end = minutes_of(b.label);
    if (start < 0 || end <= start) continue;  // overnight, or an hour without its half of the day: not read
    // The sentence, not the clause: "9:30 a.m. with" goes on past its ". ".
    const std::optional<Sentence> sentence = doc_.analysis<Sentences>().at(a.span.begin);
    if (!sentence || b.span.end > sentence->span.end) continue;
    const Span s = sentence->span;
    const std::optional<TimeLength> length = find_time_length(text_.substr(s.begin, s.end - s.begin));
    if (!length || length->minutes == end - start) continue;
    const int hours = (end - start) / 60, minutes = (end - start) % 60;
    std::string expected_en = hours ? fmt::format("{} hour{}", hours, hours == 1 ? "" : "s") : "";
    if (minutes) expected_en += fmt::format("{}{} minute{}", hours ? " and " : "", minutes, minutes == 1 ? "" : "s");
    std::string expected_zh = hours ? fmt::format("{}小时", hours) : "";
    if (minutes) expected_zh += fmt::format("{}分钟", minutes);
    report({s.begin + length->span.begin, s.begin + length->span.end},
           {{"start", a.label}, {"end", b.label}, {"expected_en", expected_en}, {"expected_zh", expected_zh}},
           std::nullopt, {{cover(a, b), "the times it runs between"}});
  }
}

void Checker::event_two_dates() {
  struct Seen {
    CivilDate date;
    Span span;
  };
  std::map<std::pair<int, std::string>, Seen> events;
  static constexpr std::string_view kVerbs[] = {"举行", "召开", "开幕", "闭幕", "举办", "开赛", "揭幕"};
  for (const auto& d : m_) {
    if (!is_written_date(d)) continue;
    // EVENT（将/已/定）于DATE（在…）举行
    if (!ends_with(text_, d.span.begin, {"于"})) continue;
    Span s = sentences_.around(d.span.begin);
    std::string_view after = text_.substr(d.span.end, std::min<size_t>(s.end - d.span.end, 60));
    size_t clause_end = std::min({after.find("，"), after.find("。"), after.find(","), after.size()});
    after = after.substr(0, clause_end);
    bool verb = false;
    for (auto v : kVerbs) verb = verb || after.find(v) != std::string_view::npos;
    if (!verb) continue;
    std::string_view head = text_.substr(s.begin, d.span.begin - s.begin);
    size_t cut = head.rfind("，");
    if (cut != std::string_view::npos) head = head.substr(cut + 3);
    for (std::string_view tail : {"于", "定", "将", "已", "已经", "在"}) {
      while (head.size() >= tail.size() && head.substr(head.size() - tail.size()) == tail)
        head.remove_suffix(tail.size());
    }
    std::string key;
    for (char c : head) {
      if (c != ' ') key += c;
    }
    if (code_point_count(key) < 3 || code_point_count(key) > 30) continue;
    bool named = key.find("《") != std::string::npos || key.find("“") != std::string::npos ||
                 contains_any(key, {"会", "赛", "节", "展", "式", "论坛", "活动"});
    if (!named) continue;
    auto [it, inserted] = events.try_emplace({d.article, key}, Seen{d.date, d.span});
    if (inserted || it->second.date == d.date) continue;
    report(d.span, {{"event", key}, {"date", d.date.iso()}, {"other", it->second.date.iso()}}, std::nullopt,
           {{it->second.span, "first date given"}});
  }
}

// 2024年8月28日新生产线正式投产 … 今年8月投产以来 (a 2025 article): the month
// of one start or completion, with the verb right after it, written with its
// year once and with 今年 or 去年 once, under two years. The later is reported.
void Checker::event_year() {
  static constexpr std::string_view kVerbs[] = {"投产", "投用", "投运", "开工", "动工", "竣工", "完工", "建成",
                                                "开业", "启用", "通车", "开馆", "落成", "揭牌", "开通"};
  struct Seen {
    int year = 0;
    bool relative = false;
    Span span;
  };
  std::map<std::tuple<int, int, std::string_view>, Seen> seen;  // by article, month and verb
  for (const DateMention& d : m_) {
    if ((d.kind != DateKind::kDate && d.kind != DateKind::kMonth) || !d.month || !d.valid) continue;
    const bool relative = d.has_relative_year && d.year == 0;
    if (!relative && d.year < 1000) continue;  // a month without its year takes one from context
    int year = d.year;
    if (relative) {
      const std::optional<StoryYear> story = story_year_of(dates_, d);
      if (!story || story->slack) continue;  // 今年 of a guessed year says little
      year = story->year + d.relative_year;
    }
    // The verb right after the date, in its clause (建成投用, 正式投产, 投产以来).
    const Span s = sentences_.around(d.span.begin);
    std::string_view after = text_.substr(d.span.end, std::min<size_t>(s.end - d.span.end, 30));
    after = after.substr(0, std::min({after.find("，"), after.find("。"), after.find("、"), after.size()}));
    // Phases and rounds are events of their own (2024年8月一期投产，今年8月二期投产).
    const std::string_view before = text_.substr(s.begin, d.span.begin - s.begin);
    if (contains_any(after, {"期", "批", "轮"}) || contains_any(before.substr(before.size() - std::min<size_t>(before.size(), 12)), {"期", "批", "轮"})) {
      continue;
    }
    for (std::string_view verb : kVerbs) {
      if (after.find(verb) == std::string_view::npos) continue;
      auto [it, fresh] = seen.try_emplace({d.article, d.month, verb}, Seen{year, relative, d.span});
      if (!fresh && it->second.year != year && it->second.relative != relative) {
        report(d.span, {{"verb", std::string(verb)}, {"year", std::to_string(year)}, {"other", std::to_string(it->second.year)}},
               std::nullopt, {{it->second.span, "the same month under another year"}});
      }
      break;
    }
  }
}

}  // namespace

DateConsistencyKind::DateConsistencyKind(RuleSpec spec, RuleOptions& options) : Rule(std::move(spec)) {
  std::string name = options.require<std::string>("check");
  if (auto c = parse_check(name)) {
    check_ = *c;
  } else if (!name.empty()) {
    options.add_error(options.node("check"), "unknown check '" + name + "'");
  }
  std::string inclusive = options.get<std::string>("inclusive_counting", "accept");
  if (inclusive != "accept" && inclusive != "note") {
    options.add_error(options.node("inclusive_counting"), "inclusive_counting must be 'accept' or 'note'");
  }
  inclusive_is_note_ = inclusive == "note";
}

void DateConsistencyKind::check(const Document& doc, const std::vector<Unit>&, Reporter& out) const {
  Checker c(doc, out, inclusive_is_note_);
  switch (check_) {
    case Check::kWeekday: c.weekday(); break;
    case Check::kLunar: c.lunar(); break;
    case Check::kImpossible: c.impossible(); break;
    case Check::kDatelineAfterPublication: c.dateline_after_publication(); break;
    case Check::kPastAfterDateline: c.past_after_dateline(); break;
    case Check::kRelativeYear: c.relative_year(); break;
    case Check::kAge: c.age(); break;
    case Check::kDuration:
      c.duration();
      c.month_duration();
      break;
    case Check::kAnniversary: c.anniversary(); break;
    case Check::kEdition:
      if (doc.language() == Language::kEnglish) {
        c.year_count_en();
      } else {
        c.edition();
        c.year_count();
      }
      break;
    case Check::kReversedRange: c.reversed_range(); break;
    case Check::kEventTwoDates: c.event_two_dates(); break;
    case Check::kEventYear: c.event_year(); break;
    case Check::kPlanBeforeDateline: c.plan_before_dateline(); break;
    case Check::kDaySpan: c.day_span(); break;
    case Check::kTimeSpan: c.time_span(); break;
  }
}

}  // namespace copydesk
