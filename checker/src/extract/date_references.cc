// Dates::compute: the reference dates of a document and its articles, and
// every date mention resolved against the reference of its article.
#include <algorithm>
#include <map>

#include "extract/dates.h"
#include "segment/block_patterns.h"
#include "segment/structure.h"

namespace copydesk {
namespace {

// The article whose span holds `offset`, or -1 (articles are in text order).
int article_at(const Structure& s, size_t offset) {
  auto it = std::upper_bound(s.articles.begin(), s.articles.end(), offset,
                             [](size_t off, const Article& a) { return off < a.span.begin; });
  if (it == s.articles.begin()) return -1;
  --it;
  return it->span.contains(offset) ? static_cast<int>(it - s.articles.begin()) : -1;
}

// The publication date: --pubdate/configuration, else a page header line or a
// web story's time stamp (Updated 6:05 PM CDT, October 7, 2025).
std::optional<DateReference> stated_publication(const Document& doc, const Structure& s,
                                                const std::vector<DateMention>& mentions) {
  if (!doc.pubdate().empty()) {
    if (auto d = parse_iso_date(doc.pubdate())) return DateReference{*d, "pubdate", std::nullopt};
  }
  for (const auto& b : s.blocks) {
    const bool header = b.kind == BlockKind::kPageHeader;
    // A byline's time stamp: Updated 6:05 PM CDT, October 7, 2025, or a dated
    // line under the byline (Thursday, Aug. 13, 2026).
    const std::string_view t = b.span.of(doc.text());
    if (!header && !(b.kind == BlockKind::kByline && (is_timestamp_line(t) || is_page_header(t) || is_english_date_line(t)))) {
      continue;
    }
    for (const auto& m : mentions) {
      if (m.kind == DateKind::kDate && b.span.contains(m.span) && m.year && m.month && m.day && m.valid)
        return DateReference{CivilDate{m.year, m.month, m.day}, header ? "page-header" : "timestamp", m.span};
    }
  }
  return std::nullopt;
}

// The year, then the month and day of the latest dateline in it.
DateReference reference_in(int year, const std::vector<const DateMention*>& datelines, std::string source,
                           bool year_inferred) {
  CivilDate latest{year, 0, 0};
  std::optional<Span> where;
  for (const DateMention* d : datelines) {
    CivilDate c{year, d->month, d->day};
    if (d->month && d->day && is_valid_date(c) && (latest.month == 0 || c > latest)) {
      latest = c;
      where = d->span;
    }
  }
  return DateReference{latest, std::move(source), where, year_inferred};
}

// A year the text states as the current one: 今年（2026年）, this year (2026).
std::optional<int> stated_current_year(std::string_view text, const std::vector<DateMention>& mentions) {
  for (size_t i = 0; i + 1 < mentions.size(); ++i) {
    const DateMention& r = mentions[i];
    const DateMention& y = mentions[i + 1];
    if (r.kind != DateKind::kRelativeYear || r.relative_year != 0 || y.kind != DateKind::kYear || y.year < 1000 ||
        y.span.begin < r.span.end) {
      continue;
    }
    const std::string_view between = text.substr(r.span.end, y.span.begin - r.span.end);
    if (between == "（" || between == "(" || between == " (") return y.year;
  }
  return std::nullopt;
}

// Whether the year of m is a plan's or a deadline's (到2030年, 力争2027年,
// 2028年前): a page reports on years up to its own, and plans run past it.
bool plan_year(std::string_view text, const DateMention& m) {
  const std::string_view before = text.substr(0, m.span.begin);
  const std::string_view after = text.substr(m.span.end);
  // 《2025—2026年基层文化惠民演出计划》: a year in a title names what a document covers.
  const std::string_view title = before.substr(before.size() - std::min<size_t>(before.size(), 30 * 3));
  if (const size_t open = title.rfind("《"); open != std::string_view::npos && title.find("》", open) == std::string_view::npos &&
      after.substr(0, std::min<size_t>(after.size(), 40 * 3)).find("》") != std::string_view::npos) {
    return true;
  }
  for (std::string_view w : {"到", "至", "力争", "预计", "计划", "争取", "目标", "规划", "将", "有望", "确保", "by ", "until "}) {
    if (before.ends_with(w)) return true;
  }
  // by the end of 2026, by early 2027, by mid-2026: a deadline, with a few words between.
  const std::string_view near = before.substr(before.size() - std::min<size_t>(before.size(), 20));
  if (const size_t by = near.rfind("by "); by != std::string_view::npos && (by == 0 || near[by - 1] == ' ') &&
      std::all_of(near.begin() + by, near.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == ' ' || c == '-'; })) {
    return true;
  }
  // Next year's show is scheduled for Friday, May 14, through Sunday, May 16, 2027.
  std::string_view clause = before.substr(before.size() - std::min<size_t>(before.size(), 60));
  if (const size_t stop = clause.rfind(". "); stop != std::string_view::npos) clause.remove_prefix(stop + 2);
  for (std::string_view w : {"scheduled for ", "planned for ", "Next year", "next year's"}) {
    if (clause.find(w) != std::string_view::npos) return true;
  }
  for (std::string_view w : {"前", "以前", "之前", "底前"}) {
    if (!after.starts_with(w)) continue;
    // 2025年前三季度, 2025年前10个月: the first months of the year, not a deadline.
    const std::string_view rest = after.substr(w.size());
    if (w == "前" && !rest.empty() &&
        ((rest[0] >= '0' && rest[0] <= '9') || rest.starts_with("一") || rest.starts_with("二") ||
         rest.starts_with("两") || rest.starts_with("三") || rest.starts_with("四") || rest.starts_with("五") ||
         rest.starts_with("六") || rest.starts_with("七") || rest.starts_with("八") || rest.starts_with("九") ||
         rest.starts_with("十") || rest.starts_with("几") || rest.starts_with("半"))) {
      continue;
    }
    return true;
  }
  return false;
}

// Whether duration d (历时4年, 历经5年) counts the time from the year of m to
// a completion in the same sentence: 开工，历时4年建成.
bool completes_after(std::string_view text, const DateMention& m, const DateMention& d) {
  const std::string_view between = text.substr(m.span.end, d.span.begin - m.span.end);
  for (std::string_view end : {"。", "！", "？", "；"}) {
    if (between.find(end) != std::string_view::npos) return false;
  }
  const std::string_view written = text.substr(d.span.begin, d.span.size());
  if (!written.starts_with("历时") && !written.starts_with("历经") && !written.starts_with("用时") &&
      !written.starts_with("耗时")) {
    return false;
  }
  const std::string_view after = text.substr(d.span.end, 9);
  return after.starts_with("建成") || after.starts_with("完成") || after.starts_with("竣工") ||
         after.starts_with("完工") || after.starts_with("落成") || after.starts_with("全面建成") ||
         after.starts_with("，") || after.starts_with("的");
}

int block_at(const Structure& s, size_t offset) {
  auto it = std::upper_bound(s.blocks.begin(), s.blocks.end(), offset,
                             [](size_t off, const Block& b) { return off < b.span.begin; });
  if (it == s.blocks.begin()) return -1;
  --it;
  return it->span.contains(offset) ? static_cast<int>(it - s.blocks.begin()) : -1;
}

// 建成于1915年，今年恰好是建塔110周年; to mark 150 years since it was
// founded in 1875: an anniversary counted from the one founding year of its
// sentence, with no other year or relative year there (去年是建厂60周年 looks
// back), falls in the year the page reports on. 0 when no anniversary says,
// or two disagree.
int anniversary_year(std::string_view text, const std::vector<DateMention>& mentions) {
  auto sentence_end_between = [&](size_t from, size_t to) {
    const std::string_view between = text.substr(from, to - from);
    for (std::string_view end : {"。", "！", "？", "；", ". ", "\n"}) {
      if (between.find(end) != std::string_view::npos) return true;
    }
    return false;
  };
  int year = 0;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const DateMention& a = mentions[i];
    if (a.kind != DateKind::kAnniversary || a.value <= 0) continue;
    const DateMention* founded = nullptr;
    bool other = false;  // another year, a relative year other than 今年, a second founding or anniversary
    auto note = [&](const DateMention& m) {
      if (m.kind == DateKind::kFoundingYear) {
        other = other || founded != nullptr;
        founded = &m;
      } else if (m.year != 0 || m.kind == DateKind::kAnniversary || (m.has_relative_year && m.relative_year != 0)) {
        other = true;
      }
    };
    // The mentions of a's sentence: back and forth from a while no sentence end lies between.
    for (size_t j = i; j-- > 0 && !sentence_end_between(mentions[j].span.end, a.span.begin);) note(mentions[j]);
    for (size_t j = i + 1; j < mentions.size() && !sentence_end_between(a.span.end, mentions[j].span.begin); ++j) {
      note(mentions[j]);
    }
    if (!founded || other) continue;
    const int found = founded->value + a.value;
    if (year != 0 && year != found) return 0;
    year = found;
  }
  return year;
}

// The one year from `from` to from + 2 that every date written with a
// weekday and no year fits; 0 when none or the dates disagree.
// A Chinese weekday follows its date as a mention of its own: 9月1日（星期一）.
int weekday_year(std::string_view text, const std::vector<DateMention>& mentions, int from, int today) {
  int pinned = 0;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const DateMention& m = mentions[i];
    if (m.kind != DateKind::kDate || m.year != 0 || m.has_relative_year || !m.month || !m.day || !m.valid) continue;
    int weekday = m.weekday;
    if (!weekday && i + 1 < mentions.size() && mentions[i + 1].kind == DateKind::kWeekday &&
        !mentions[i + 1].has_week_offset && mentions[i + 1].span.begin >= m.span.end) {
      const std::string_view between = text.substr(m.span.end, mentions[i + 1].span.begin - m.span.end);
      if (between.empty() || between == "（" || between == "(" || between == " " || between == "，") {
        weekday = mentions[i + 1].weekday;
      }
    }
    if (!weekday) continue;
    int fits = 0;
    for (int y = from; y <= from + 2; ++y) {
      const CivilDate date{y, m.month, m.day};
      if (is_valid_date(date) && weekday_of(date) == weekday) fits = y;
    }
    // A weekday returns every five or six years: one that fits a later year
    // up to the day of the check too (Monday, July 20: 2020 and 2026) pins
    // nothing, as the year written may be one the page looks back to.
    for (int y = from + 3; fits != 0 && y <= today; ++y) {
      const CivilDate date{y, m.month, m.day};
      if (is_valid_date(date) && weekday_of(date) == weekday) fits = 0;
    }
    if (fits == 0 || (pinned != 0 && fits != pinned)) return 0;
    pinned = fits;
  }
  return pinned;
}

// Whether a current age and the birth year beside it (今年45岁的林海（1981年出生）,
// in one sentence, at most 40 bytes apart) put the page in `year`, or in
// the year after it (the birthday may be to come): the page's year, then.
// Calls visit(birth + age) for each current age with a birth year near it in
// its sentence (1963年出生 … 今年62岁; 今年45岁的林海（1981年出生）).
template <typename Visit>
void for_each_age_sum(std::string_view text, const std::vector<DateMention>& mentions, Visit visit) {
  constexpr size_t kNear = 40;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const DateMention& age = mentions[i];
    if (age.kind != DateKind::kAge || !age.current_age || age.approximate) continue;
    for (size_t j = i > 2 ? i - 2 : 0; j < std::min(mentions.size(), i + 3); ++j) {
      const DateMention& birth = mentions[j];
      if (birth.kind != DateKind::kBirthYear) continue;
      const Span a = age.span, b = birth.span;
      const Span between = a.begin < b.begin ? Span{a.end, b.begin} : Span{b.end, a.begin};
      if (between.begin > between.end || between.end - between.begin > kNear ||
          text.substr(between.begin, between.end - between.begin).find("。") != std::string_view::npos) {
        continue;
      }
      visit(static_cast<int>(birth.value + age.value));
    }
  }
}

// Whether an age with its birth year fits `year` (born 1981, 45 in 2026 or 2027).
bool age_confirms(std::string_view text, const std::vector<DateMention>& mentions, int year) {
  bool confirms = false;
  for_each_age_sum(text, mentions, [&](int sum) { confirms = confirms || sum == year || sum + 1 == year; });
  return confirms;
}

// The year the ages with their birth years give the page (1975年出生 … 今年51岁:
// 2026, or 2027 before the birthday), when all of them not after `latest`
// (the year of the check) give the same; 0 if none or they disagree.
int age_year(std::string_view text, const std::vector<DateMention>& mentions, int latest) {
  int found = 0;
  bool agree = true;
  for_each_age_sum(text, mentions, [&](int sum) {
    if (latest != 0 && sum > latest) return;  // a wrong age, no guide
    if (found != 0 && found != sum) agree = false;
    found = sum;
  });
  return agree ? found : 0;
}

// The year that names the event of a dateline's date right after it
// (4月18日，2026年全市青少年航天模型竞赛在…举行): the next mention, a year written
// alone after the date's comma and followed by the event's name; 0 if none.
int edition_year_after(std::string_view text, const std::vector<DateMention>& mentions, const DateMention& date) {
  auto next = std::upper_bound(mentions.begin(), mentions.end(), date.span.begin,
                               [](size_t begin, const DateMention& m) { return begin < m.span.begin; });
  if (next == mentions.end() || next->kind != DateKind::kYear || next->year < 1000 || next->month) return 0;
  const std::string_view between = text.substr(date.span.end, next->span.begin - std::min(next->span.begin, date.span.end));
  if (between != "，" && between != ",") return 0;
  const std::string_view after = text.substr(next->span.end, 3);
  const bool named = after.size() == 3 && static_cast<unsigned char>(after[0]) >= 0xE4 && after != "以" &&
                     after != "至" && after != "到" && after != "起" && after != "底" && after != "初" && after != "的";
  return named ? next->year : 0;
}

// 本报讯（记者 杜宏伟）记者11月14日从青石县林业局获悉: the day the reporter
// learned the news, in the dateline's sentence, dates the story as a dateline
// does; so does a full date right after the dateline's credit (本报讯（记者
// 韩蔚）2025年6月11日，在…).
bool reported_on(std::string_view text, const std::vector<DateMention>& mentions, const Article& article,
                 const DateMention& m) {
  const Span dateline = *article.dateline;
  // Without its year, only when a year names its event right after it (4月18日，2026年全市…竞赛).
  if (article.dateline_credit && (m.year != 0 || edition_year_after(text, mentions, m) != 0) &&
      m.span.begin >= article.dateline_credit->end &&
      text.substr(article.dateline_credit->end, m.span.begin - article.dateline_credit->end)
              .find_first_not_of(" \t") == std::string_view::npos) {
    return true;
  }
  if (m.year != 0 || m.span.begin < dateline.end || m.span.begin - dateline.end > 150) return false;
  const std::string_view before = text.substr(dateline.end, m.span.begin - dateline.end);
  if (!before.ends_with("记者") || before.find("。") != std::string_view::npos) return false;
  std::string_view after = text.substr(m.span.end, std::min<size_t>(60, text.size() - m.span.end));
  after = after.substr(0, std::min(after.find("。"), after.find("，")));
  return after.starts_with("从") && (after.find("获悉") != std::string_view::npos ||
                                    after.find("了解到") != std::string_view::npos ||
                                    after.find("得知") != std::string_view::npos);
}

// Without a stated date: the latest year written other than a plan's, with
// the month and day of the latest dateline. The guess is marked `reported`
// when that year is written with a month (2025年1至5月) or in a dateline's
// paragraph (本报4月14日讯 … 2026年全市…): a year the page reports on, not
// only one its story looks back to.
std::optional<DateReference> inferred_publication(const Structure& s, std::string_view text,
                                                  const std::vector<DateMention>& mentions,
                                                  const std::vector<const DateMention*>& datelines, int latest_year) {
  // A full date repeating a dateline's month and day gives the year; else the
  // latest year written out (pages report on the past more than on plans).
  int year = 0;
  for (const auto& m : mentions) {
    if (m.kind != DateKind::kDate || m.year < 1000 || !m.valid) continue;
    for (const DateMention* d : datelines) {
      if (d->month == m.month && d->day == m.day) year = std::max(year, m.year);
    }
  }
  bool completed = false;  // the year is one a duration ends in (历时4年建成), which the page reports on
  if (year == 0) {
    year = anniversary_year(text, mentions);
    // One that would date the page two years or more after the day it is
    // checked on is wrong itself (the anniversary check says so), no guide.
    if (latest_year != 0 && year > latest_year + 1) year = 0;
    completed = year != 0;  // an anniversary is kept in the year the page reports on
  }
  if (year == 0) {
    const DateMention* last_year = nullptr;  // the latest mention with a year, for a duration after it
    for (const auto& m : mentions) {
      if ((m.kind == DateKind::kDate || m.kind == DateKind::kMonth || m.kind == DateKind::kYear ||
           m.kind == DateKind::kPeriod) && m.year >= 1000 &&
          m.year <= 2200 && !plan_year(text, m) && (latest_year == 0 || m.year <= latest_year)) {
        // A year after the day of the check is a plan, however it is worded (hopes to return in 2028).
        if (m.year > year) completed = false;
        year = std::max(year, m.year);
        last_year = &m;
      }
      // 2020年12月开工建设，历时4年建成: the work ended in the fourth year
      // after, which the page reports on.
      if (m.kind == DateKind::kDuration && !m.approximate && m.value > 0 && last_year &&
          m.span.begin > last_year->span.end && m.span.begin - last_year->span.end <= 60 &&
          completes_after(text, *last_year, m)) {
        if (last_year->year + m.value > year) {
          year = last_year->year + m.value;
          completed = true;
        }
      }
    }
  }
  if (year == 0) return std::nullopt;
  const bool month_of_year = std::any_of(mentions.begin(), mentions.end(),
                                         [&](const DateMention& m) { return m.year == year && m.month; });
  if (!completed && month_of_year) {
    // A year written with a month (in October 2023) is the page's or one
    // shortly before (… up from 2,400 in 2023): a date written with its
    // weekday and no year (It came back on Tuesday, April 15) that fits
    // exactly one of the guess and the two years after it (a date's weekday
    // moves one or two days a year, so three years never share it) tells
    // which. A year written alone may be decades back (converted in 1998).
    if (const int pinned = weekday_year(text, mentions, year, latest_year); pinned != 0) {
      year = pinned;
      completed = true;
    }
  } else if (!completed && weekday_year(text, mentions, year, latest_year) == year) {
    // A year written alone is the page's when a date's weekday fits it and
    // neither of the two years after (4月12日（星期日），……2026年丰川市职工焊接
    // 技能大赛): the weekday confirms the guess, though it would not move it.
    completed = true;
  } else if (!completed && age_confirms(text, mentions, year)) {
    // So does an age with its birth year (2026年以来 … 今年45岁的林海（1981年出生）).
    completed = true;
  }
  DateReference guess = reference_in(year, datelines, "inferred", true);
  guess.guess_reported = completed || std::any_of(mentions.begin(), mentions.end(),
                                                  [&](const DateMention& m) { return m.year == year && m.month; });
  if (!guess.guess_reported) {
    // A dateline in the same block as a mention of the year (datelines are in text order).
    guess.guess_reported = std::any_of(mentions.begin(), mentions.end(), [&](const DateMention& m) {
      const int b = m.year == year ? block_at(s, m.span.begin) : -1;
      if (b < 0) return false;
      const Span block = s.blocks[b].span;
      auto d = std::lower_bound(datelines.begin(), datelines.end(), block.begin,
                                [](const DateMention* x, size_t begin) { return x->span.begin < begin; });
      return d != datelines.end() && (*d)->span.begin < block.end;
    });
  }
  if (!guess.guess_reported) {
    // A year the page does not report on may be one its story looks back to
    // (化石2021年发现): ages with their birth years that give a later one date
    // the page (1975年出生的…今年51岁: 2026).
    if (const int by_age = age_year(text, mentions, latest_year); by_age > year) {
      guess = reference_in(by_age, datelines, "inferred", true);
      guess.guess_reported = true;
    }
  }
  return guess;
}

bool takes_context(const DateMention& m) {
  bool partial = m.year == 0 && !m.has_relative_year;
  return partial && (m.kind == DateKind::kDate || m.kind == DateKind::kMonth || m.kind == DateKind::kPeriod ||
                     m.kind == DateKind::kRange) && (m.month || m.day);
}

}  // namespace

Dates Dates::compute(const Document& doc) {
  const Structure& s = doc.analysis<Structure>();
  Dates out;
  out.mentions = extract_written_dates(doc.text(), doc.language());  // resolved below, once
  out.mentions.shrink_to_fit();  // kept for the document's life: no doubling slack
  for (auto& m : out.mentions) m.article = article_at(s, m.span.begin);

  // The date written in each article's dateline.
  std::vector<const DateMention*> dateline_dates(s.articles.size(), nullptr);
  std::vector<const DateMention*> all_datelines;
  for (const auto& m : out.mentions) {
    if (m.kind != DateKind::kDate || m.article < 0 || !m.month || !m.day) continue;
    const auto& dl = s.articles[m.article].dateline;
    if (dateline_dates[m.article] == nullptr &&
        dl && (dl->contains(m.span) || reported_on(doc.text(), out.mentions, s.articles[m.article], m))) {
      dateline_dates[m.article] = &m;
      all_datelines.push_back(&m);
    }
  }

  std::optional<DateReference> pub = stated_publication(doc, s, out.mentions);
  if (!pub) {
    // A dateline that writes its year (本报讯（记者…）2026年5月19日，…), or whose
    // event is named by its year right after it (4月18日，2026年全市青少年航天模型
    // 竞赛…举行), dates the page before 今年（2025年） does: a stated year that
    // differs is the slip.
    const DateMention* dated = nullptr;
    int dated_year = 0;
    for (const DateMention* d : all_datelines) {
      const int year = d->year ? d->year : edition_year_after(doc.text(), out.mentions, *d);
      if (year && d->valid && (!dated || d->span.begin > dated->span.begin)) {
        dated = d;
        dated_year = year;
      }
    }
    const std::optional<int> year = stated_current_year(doc.text(), out.mentions);
    if (dated && year && *year != dated_year) {
      pub = DateReference{CivilDate{dated_year, dated->month, dated->day}, "dateline", dated->span};
    } else if (year) {
      pub = reference_in(*year, all_datelines, "stated-year", false);
    }
  }
  if (!pub) pub = inferred_publication(s, doc.text(), out.mentions, all_datelines, doc.checked_year());
  if (!pub && !all_datelines.empty()) {
    // Datelines but no year anywhere: a stand-in leap year, so that dates can
    // still be compared with their dateline (2月29日 stays possible).
    CivilDate latest{kStandInYear, 0, 0};
    for (const DateMention* d : all_datelines) {
      CivilDate c{kStandInYear, d->month, d->day};
      if (is_valid_date(c) && (latest.month == 0 || c > latest)) latest = c;
    }
    pub = DateReference{latest, "inferred", std::nullopt, true, true};
  }
  std::optional<CivilDate> pub_date;
  bool pub_year_inferred = pub && pub->year_inferred;
  bool pub_stand_in = pub && pub->stand_in;
  bool pub_guess_reported = pub && pub->guess_reported;
  if (pub) {
    out.publication = 0;
    pub_date = pub->date;
    out.references.push_back(std::move(*pub));
  }

  out.article_reference.assign(s.articles.size(), out.publication);
  for (size_t a = 0; a < s.articles.size(); ++a) {
    const DateMention* d = dateline_dates[a];
    if (d == nullptr || !d->valid) continue;
    DateMention copy = *d;
    resolve_mention(copy, pub_date);
    if (!copy.date.complete()) continue;
    out.article_reference[a] = static_cast<int>(out.references.size());
    // A dateline that writes its year (本报2026年3月5日讯) knows it.
    const bool year_inferred = d->year == 0 && (!pub_date || pub_year_inferred);
    out.references.push_back(DateReference{copy.date, "dateline", d->span, year_inferred, d->year == 0 && pub_stand_in,
                                           d->year == 0 && pub_guess_reported});
  }

  // A narrative about another year (1940年9月……10月……12月) sets the year of
  // the partial dates after it in the same block.
  int context_block = -1;
  int context_ref = -1;
  for (auto& m : out.mentions) {
    int block = block_at(s, m.span.begin);
    if (block != context_block) {
      context_block = block;
      context_ref = -1;
    }
    int ref = m.article >= 0 ? out.article_reference[m.article] : out.publication;
    int ref_year = ref >= 0 ? out.references[ref].date.year : 0;
    // Only a year with a month sets the context: 1995年以来 or 2023年，… say
    // nothing about the dates that follow.
    if (m.year >= 1000 && m.month &&
        (m.kind == DateKind::kDate || m.kind == DateKind::kMonth || m.kind == DateKind::kPeriod)) {
      if (m.year != ref_year && ref_year != 0) {
        CivilDate c{m.year, m.month, 0};
        context_ref = static_cast<int>(out.references.size());
        // A reading of the narrative, not a stated date: year-dependent checks skip it.
        out.references.push_back(DateReference{c, "context", m.span, true});
      } else {
        context_ref = -1;
      }
    } else if (context_ref >= 0 && takes_context(m)) {
      ref = context_ref;
    }
    m.reference = ref;
    std::optional<CivilDate> ref_date;
    if (ref >= 0) ref_date = out.references[ref].date;
    // A dateline resolves against the publication date, not against itself.
    if (m.article >= 0 && dateline_dates[m.article] != nullptr && dateline_dates[m.article]->span == m.span) {
      m.reference = out.publication;
      ref_date = pub_date;
    }
    resolve_mention(m, ref_date);
  }
  return out;
}

}  // namespace copydesk
