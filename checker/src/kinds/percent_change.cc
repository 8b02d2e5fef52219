#include "kinds/percent_change.h"

#include <algorithm>
#include <optional>
#include <span>
#include <string>

#include "core/document.h"
#include "core/utf8.h"
#include "extract/numbers.h"
#include "segment/sentences.h"
#include "segment/text_shape.h"

namespace copydesk {

namespace {

bool is_percentage(const NumberMention& m) {
  return m.form == NumberForm::kPercent && m.bound == Bound::kExact && !m.is_range() && m.value > 0;
}

constexpr const char* kUp = "rose|rise|rises|risen|rising|increased|increases|grew|grows|grown|climbed|jumped|gained|"
                            "soared|surged|up";
constexpr const char* kDown = "fell|falls|fallen|falling|dropped|declined|declines|decreased|decreases|slipped|slid|"
                              "sank|plunged|tumbled|dipped|down";
// Up to three words (a unit, "a record"), each after white space.
constexpr const char* kWords = "(?:[ \\t\\n]+[A-Za-z'’-]+){0,3}";

// Up to eight words or years, each after white space: " a week in the 2023-24 season".
constexpr const char* kDatedWords = "(?:[ \\t\\n]+(?:[A-Za-z'’-]+|(?:19|20)[0-9][0-9](?:[-–/](?:[0-9][0-9]){1,2})?)){0,8}";

// Chinese: the unit after a figure (千瓦时 in 230亿千瓦时), which both figures
// of a change must share, and the words of a change.
// Repeats are unbounded here and bounded in code (kLongestUnit): a bounded
// repeat of a Unicode class compiles one copy of the class per count.
constexpr const char* kZhUnit = "((?:\\p{Han}|/)*?)";  // 微克/立方米 too
constexpr size_t kLongestUnit = 6 * 3;  // six Han characters: 千克标准煤
// "，去年同期为" before last year's figure, after the new figure (its unit first) or the percentage.
constexpr const char* kLastYearWas = "[，,]\\s*(?:去年|上年|上一年|前一年)(?:同期)?(?:为|是|仅为|只有|有)";
constexpr const char* kZhUp = "增长|增加|提高|提升|上升|上涨|延长|扩大|增|涨";
constexpr const char* kZhDown = "下降|减少|降低|下滑|回落|缩短|缩小|压缩|减|降";

// The day of a written date (on Thursday, Jan. 1, up from $16.50).
bool is_day_of_month(std::string_view text, const NumberMention& m) {
  return m.decimals == 0 && m.value >= 1 && m.value <= 31 && m.magnitude == 1 && after_english_month(text, m.span.begin);
}

// The year written right after a figure and a few words, "in" before it
// (1,240 toads crossing in 2024), or 0: before any comma, within 40 bytes.
int year_written_after(std::string_view text, const NumberMention& m) {
  std::string_view after = text.substr(m.extent.end, 40);
  after = after.substr(0, after.find(','));
  const size_t in = after.find(" in ");
  if (in == std::string_view::npos || in + 8 > after.size()) return 0;
  const std::string_view year = after.substr(in + 4, 4);
  if (!std::all_of(year.begin(), year.end(), [](char c) { return c >= '0' && c <= '9'; })) return 0;
  if (in + 8 < after.size() && after[in + 8] >= '0' && after[in + 8] <= '9') return 0;
  const int value = std::stoi(std::string(year));
  return value >= 1900 && value <= 2100 ? value : 0;
}

}  // namespace

const PercentChangeFinder& PercentChangeFinder::shared() {
  static const PercentChangeFinder finder;
  return finder;
}

PercentChangeFinder::PercentChangeFinder()
    : verb_before_(std::string("\\b(?:(") + kUp + ")|(" + kDown + "))[ \\t\\n]+(?:by[ \\t\\n]+)?$"),
      to_(std::string(kWords) + "[ \\t\\n]+to(?:[ \\t\\n]+(?:a|an|the|record|new|high|low|all-time))*[ \\t\\n]+\\$?"),
      from_(std::string(kWords) + ",?[ \\t\\n]+from(?:[ \\t\\n]+(?:last|the|a|an|previous|prior|original|initial|earlier|year|quarter|month|"
                                  "year's|year’s|quarter's|quarter’s|month's|month’s))*[ \\t\\n]+\\$?"),
      // The new figure's unit may be longer (40,000 tonnes of lithium carbonate, up 60%).
      up_or_down_("(?:[ \\t\\n]+[A-Za-z'’-]+){0,5},?[ \\t\\n]+(?:(up)|(down))[ \\t\\n]+(?:by[ \\t\\n]+)?"),
      up_from_("(?:[ \\t,]+[A-Za-z'’-]+){0,12},?[ \\t\\n]+(?:(up)|(down))[ \\t\\n]+from(?:[ \\t\\n]+(?:last|the|a|previous|prior|"
               "year's|year’s|quarter's|quarter’s))*[ \\t\\n]+\\$?"),
      words_comma_("(?:[ \\t\\n]+[A-Za-z'’-]+){0,5},[ \\t\\n]+"),
      words_("(?:[ \\t\\n]+[A-Za-z'’-]+){0,8}[ \\t\\n]+"),
      more_than_("(?:[ \\t\\n]+(?:percent|per[ \\t\\n]+cent))?[ \\t\\n]+(?:(more|higher|larger|greater|bigger)|"
                 "(less|fewer|lower|smaller))[ \\t\\n]+than(?:[ \\t\\n]+(?:the|a|its|their|last|previous|prior|"
                 "year's|year’s))*[ \\t\\n]+\\$?"),
      change_of_("(?:[ \\t\\n]+[A-Za-z'’-]+){0,8},[ \\t\\n]*(?:an?)[ \\t\\n]+(?:(increase|rise|gain|jump|climb|surge|hike)|"
                 "(decline|drop|decrease|fall|slide|loss|dip|plunge|reduction|cut))[ \\t\\n]+of[ \\t\\n]+"),
      dated_to_(std::string(kDatedWords) + "[ \\t\\n]+to[ \\t\\n]+\\$?"),
      dated_change_of_(std::string(kDatedWords) + ",[ \\t\\n]*(?:an?)[ \\t\\n]+(?:(increase|rise|gain|jump|climb|surge|hike)|"
                       "(decline|drop|decrease|fall|slide|loss|dip|plunge|reduction|cut))[ \\t\\n]+of[ \\t\\n]+"),
      change_noun_("(?s)(?:[ \\t\\n]+|-)(?:(?:percent|per[ \\t\\n]+cent)[ \\t\\n]+)?(?:(increase|rise|gain|jump|climb|surge|hike)|"
                   "(decline|drop|decrease|fall|slide|loss|dip|plunge|reduction|cut))\\b.*"),
      change_of_before_("(?s).*,[ \\t\\n]*an?[ \\t\\n]+(?:(increase|rise|gain|jump|climb|surge|hike)|"
                        "(decline|drop|decrease|fall|slide|loss|dip|plunge|reduction|cut))[ \\t\\n]+of[ \\t\\n]+"),
      // 较去年同期的, 比前一个雪季的, 比2024年的: the earlier period, then 的.
      compared_with_(std::string(kZhUnit) + "[，,]\\s*(?:较|比|同比)(?:(?:上年|去年|上一年|前一年|上月|上季度|上届|上一届)?(?:同期)?(?:的)?|"
                     "[^，。；,;！？0-9]{1,24}?的|[0-9]{4}年(?:同期)?的?|[0-9]{4}年[^，。；,;！？0-9]{1,12}?的)"),  // 比2024年的5100吨, 比2023年部分展区开放时的3万人次
      // 86万元，去年同期为72万元: the new figure, then the old one said to be last year's.
      last_year_was_(std::string(kZhUnit) + kLastYearWas),
      last_year_after_(kLastYearWas),
      changed_by_(std::string(kZhUnit) + "[，,]?\\s*(?:相比)?[，,]?\\s*(?:同比|环比)?(?:(" + kZhUp + ")|(" + kZhDown +
                  "))(?:了|幅为|幅达|幅度为|幅度达|幅)?"),
      // 增至, 增长到, and with 调 (adjusted) before them: 由18.5亿元调增至21.2亿元
      changed_to_(std::string(kZhUnit) + "(?:(?:上调|下调|调)?(?:" + kZhUp + "|" + kZhDown + ")|上调|下调)?(?:到|至)(?:[^，。；,;！？]{0,8}?的)?"
                  "(?:每\\p{Han}\\p{Han}?)?"),  // 由每吨1200元降至每吨900元, 由每公斤4元提高到5元
      opens_change_("(?:从|由)(?:[^，。；,;！？]*?的)?(?:每\\p{Han}\\p{Han}?)?$") {}

std::vector<PercentChange> PercentChangeFinder::find(const Document& doc, std::span<const NumberMention> ms) const {
  std::vector<PercentChange> found;
  std::string_view text = doc.text();
  auto gap = [&](const NumberMention& a, const NumberMention& b) {
    return text.substr(a.extent.end, b.extent.begin > a.extent.end ? b.extent.begin - a.extent.end : 0);
  };
  // An amount, exact or about so (from about 400 pounds), not the day of a
  // date (Nov. 30, up 26 percent from 168).
  auto amount = [&](const NumberMention& m) {
    if (counts_time(text, m.span.end)) return false;  // in the first six months of the year
    return (m.bound == Bound::kExact || m.bound == Bound::kApprox) && is_amount(m) && !part_of_date_or_time(text, m);
  };
  auto same_sentence = [&](const NumberMention& first, const NumberMention& last) {
    std::optional<Sentence> sentence = doc.analysis<Sentences>().at(first.span.begin);
    return sentence && last.span.end <= sentence->span.end;
  };
  // The direction word right before the percentage: rose, fell by.
  auto direction = [&](const NumberMention& percent) -> std::optional<bool> {
    const size_t begin = percent.extent.begin > 40 ? percent.extent.begin - 40 : 0;
    re2::StringPiece up, down;
    if (!RE2::PartialMatch(text.substr(begin, percent.extent.begin - begin), verb_before_, &up, &down)) return std::nullopt;
    return !up.empty();
  };
  // A year or a season's second year (the 24 of 2023-24), written with a figure.
  auto dating = [&](const NumberMention& m) {
    if (reads_as_year(m)) return true;
    const size_t b = m.span.begin;
    return b >= 5 && (text[b - 1] == '-' || text[b - 1] == '/') && std::isdigit(static_cast<unsigned char>(text[b - 2])) &&
           m.value < 100 && m.decimals == 0;
  };
  auto dated_from_to = [&](size_t i) -> std::optional<PercentChange> {
    auto before_dating = [&](size_t k) {  // the mention before k that dates no figure, or SIZE_MAX
      while (k-- > 0) {
        if (!dating(ms[k])) return k;
      }
      return SIZE_MAX;
    };
    const size_t to = before_dating(i), old = to == SIZE_MAX ? SIZE_MAX : before_dating(to);
    if (old == SIZE_MAX || old + 2 == i || !amount(ms[old]) || !amount(ms[to]) || !same_sentence(ms[old], ms[i])) {
      return std::nullopt;  // with no year between, the patterns above decide
    }
    const size_t from = ms[old].extent.begin > 8 ? ms[old].extent.begin - 8 : 0;
    const std::string_view before = text.substr(from, ms[old].extent.begin - from);
    re2::StringPiece rise, fall;
    if ((ends_with_words(before, "from ") || ends_with_words(before, "from $")) &&
        RE2::FullMatch(gap(ms[old], ms[to]), dated_to_) && RE2::FullMatch(gap(ms[to], ms[i]), dated_change_of_, &rise, &fall)) {
      return PercentChange{&ms[i], &ms[old], &ms[to], !rise.empty()};
    }
    return std::nullopt;
  };
  auto adjectival_change = [&](size_t i) -> std::optional<PercentChange> {
    const NumberMention& p = ms[i];
    const std::string_view before = text.substr(0, p.extent.begin);
    re2::StringPiece rise, fall;
    // from $186,000 in 2023 to $223,200 in 2024, up 20%: the change after both figures.
    const std::string_view after = text.substr(p.extent.end, 6);
    const bool ends_clause = after.empty() || after[0] == ',' || after[0] == '.' || after[0] == ';';
    if (ends_clause && (ends_with_words(before, ", up ") || ends_with_words(before, ", down "))) {
      (ends_with_words(before, ", up ") ? rise : fall) = re2::StringPiece(before.data() + before.size() - 3, 2);
    } else if (ends_with_words(before, ", a ") || ends_with_words(before, ", an ")) {  // a 24% increase
      const size_t after_end = std::min(text.size(), p.extent.end + 24);
      if (!RE2::FullMatch(text.substr(p.extent.end, after_end - p.extent.end), change_noun_, &rise, &fall)) {
        return std::nullopt;
      }
    } else {  // a drop of 17%
      if (!ends_with_words(before, " of ")) return std::nullopt;  // most percentages: before the expression runs
      const size_t from = p.extent.begin > 32 ? p.extent.begin - 32 : 0;
      if (!RE2::FullMatch(text.substr(from, p.extent.begin - from), change_of_before_, &rise, &fall)) return std::nullopt;
    }
    // The two figures before it, in the sentence, other than years.
    const NumberMention* figures[2] = {nullptr, nullptr};
    int found_figures = 0;
    // A figure in brackets right after another is its conversion (10,200 tonnes (about 22.5 million pounds)).
    auto converts_the_one_before = [&](size_t j) {
      if (j == 0 || ms[j].extent.begin <= ms[j - 1].extent.end) return false;
      const std::string_view between = gap(ms[j - 1], ms[j]);
      return between.size() <= 24 && (between.ends_with("(") || between.ends_with("(about ") ||
                                      between.ends_with("(roughly ") || between.ends_with("(nearly "));
    };
    // since the project was announced two years ago: a time, not an amount.
    auto time_ago = [&](const NumberMention& m) {
      const std::string_view after = text.substr(m.extent.end, 16);
      for (std::string_view unit : {" years ago", " months ago", " weeks ago", " days ago", " year ago", " month ago"}) {
        if (starts_with_words(after, unit)) return true;
      }
      return false;
    };
    for (size_t j = i; j-- > 0 && found_figures < 2;) {
      if (!same_sentence(ms[j], p)) break;
      if (is_year_figure(ms[j]) || is_day_of_month(text, ms[j]) || converts_the_one_before(j) || time_ago(ms[j])) continue;
      if (!amount(ms[j])) return std::nullopt;
      figures[found_figures++] = &ms[j];
    }
    if (found_figures < 2) return std::nullopt;
    auto after_word = [&](const NumberMention* m, std::string_view word) {
      const std::string_view sign = currency_sign_before(text, m->extent.begin);  // from $4, from £4
      return ends_with_words(text.substr(0, m->extent.begin - sign.size()), std::string(word) + " ");
    };
    const NumberMention* later = figures[0];
    const NumberMention* earlier = figures[1];
    if (after_word(earlier, "to") && after_word(later, "from")) return PercentChange{&p, later, earlier, !rise.empty()};
    // approved 64 schemes last year, up from 40 in 2023, an increase of 40%: the old figure after "up from".
    if ((after_word(later, "up from") && !rise.empty()) || (after_word(later, "down from") && !fall.empty())) {
      return PercentChange{&p, later, earlier, !rise.empty()};
    }
    if (after_word(earlier, "from") && after_word(later, "to")) return PercentChange{&p, earlier, later, !rise.empty()};
    // carried 48,000 passengers in 2019 but only 21,000 last year, a drop of 44 per cent
    if (after_word(later, "but only") || after_word(later, "but just")) {
      return PercentChange{&p, earlier, later, !rise.empty()};
    }
    // counted 1,240 toads crossing in 2024 and 1,860 in 2025, a 40 percent increase: each with its year, in order.
    if (after_word(later, "and")) {
      const int first_year = year_written_after(text, *earlier), second_year = year_written_after(text, *later);
      if (first_year != 0 && first_year < second_year) return PercentChange{&p, earlier, later, !rise.empty()};
    }
    return std::nullopt;
  };
  for (size_t i = 0; i < ms.size(); ++i) {
    const NumberMention& p = ms[i];
    if (!is_percentage(p)) continue;
    // rose 12% to A from B; rose 12% from B to A.
    if (i + 2 < ms.size() && amount(ms[i + 1]) && amount(ms[i + 2]) && same_sentence(p, ms[i + 2])) {
      if (auto up = direction(p)) {
        if (RE2::FullMatch(gap(p, ms[i + 1]), to_) && RE2::FullMatch(gap(ms[i + 1], ms[i + 2]), from_)) {
          found.push_back({&p, &ms[i + 2], &ms[i + 1], *up});
          continue;
        }
        if (RE2::FullMatch(gap(p, ms[i + 1]), from_) && RE2::FullMatch(gap(ms[i + 1], ms[i + 2]), to_)) {
          found.push_back({&p, &ms[i + 1], &ms[i + 2], *up});
          continue;
        }
      }
    }
    // A, up 12% from B; A last winter, 22% more than the B the winter before.
    // (62 bushels an acre, or about 4.2 tonnes a hectare, up 9 percent from
    // 57 bushels: the figure before the change restates A in other units,
    // which B is not in; such a pair is left alone.)
    auto restates = [&](const NumberMention& m) {
      const std::string_view before = text.substr(0, m.extent.begin);
      return before.ends_with(", or ") || before.ends_with(" or ") || before.ends_with("(");
    };
    if (i > 0 && i + 1 < ms.size() && amount(ms[i - 1]) && amount(ms[i + 1]) && same_sentence(ms[i - 1], ms[i + 1]) &&
        !restates(ms[i - 1])) {
      re2::StringPiece up, down;
      if (RE2::FullMatch(gap(ms[i - 1], p), up_or_down_, &up, &down) && RE2::FullMatch(gap(p, ms[i + 1]), from_)) {
        found.push_back({&p, &ms[i + 1], &ms[i - 1], !up.empty()});
      } else if (RE2::FullMatch(gap(ms[i - 1], p), words_comma_) && RE2::FullMatch(gap(p, ms[i + 1]), more_than_, &up, &down)) {
        found.push_back({&p, &ms[i + 1], &ms[i - 1], !up.empty()});
      }
    }
    // $3.1 billion, down from $3.4 billion a year earlier, a decline of 15%;
    // from $2.75 to $3.25, an increase of 25%.
    if (i >= 2 && amount(ms[i - 2]) && amount(ms[i - 1]) && same_sentence(ms[i - 2], p)) {
      re2::StringPiece up, down, rise, fall;
      const bool change_of = RE2::FullMatch(gap(ms[i - 1], p), change_of_, &rise, &fall);
      if (change_of && RE2::FullMatch(gap(ms[i - 2], ms[i - 1]), up_from_, &up, &down) && up.empty() == rise.empty()) {
        found.push_back({&p, &ms[i - 1], &ms[i - 2], !rise.empty()});
        continue;
      }
      const size_t from = ms[i - 2].extent.begin > 8 ? ms[i - 2].extent.begin - 8 : 0;
      const std::string_view before = text.substr(from, ms[i - 2].extent.begin - from);
      if (change_of && (ends_with_words(before, "from ") || ends_with_words(before, "from $")) &&
          RE2::FullMatch(gap(ms[i - 2], ms[i - 1]), to_)) {
        found.push_back({&p, &ms[i - 2], &ms[i - 1], !rise.empty()});
        continue;
      }
    }
    // rose from 3,120 in the first half of 2025 to 3,510 in the first half of
    // this year, an increase of 18 percent: the old figure's year between the two.
    // (Ordinal words between are words: the first half.)
    auto before_words = [&](size_t k) {  // the mention before k that is no ordinal word, or SIZE_MAX
      while (k-- > 0) {
        if (!(ms[k].english_words && ms[k].form == NumberForm::kOrdinal)) return k;
      }
      return SIZE_MAX;
    };
    if (const size_t to = before_words(i), year = to == SIZE_MAX ? SIZE_MAX : before_words(to),
        old = year == SIZE_MAX ? SIZE_MAX : before_words(year);
        old != SIZE_MAX && amount(ms[old]) && reads_as_year(ms[year]) && amount(ms[to]) && same_sentence(ms[old], p)) {
      re2::StringPiece rise, fall;
      const size_t from = ms[old].extent.begin > 8 ? ms[old].extent.begin - 8 : 0;
      const std::string_view before = text.substr(from, ms[old].extent.begin - from);
      if ((ends_with_words(before, "from ") || ends_with_words(before, "from $")) &&
          RE2::FullMatch(gap(ms[old], ms[year]), words_) && RE2::FullMatch(gap(ms[year], ms[to]), to_) &&
          RE2::FullMatch(gap(ms[to], p), change_of_, &rise, &fall)) {
        found.push_back({&p, &ms[old], &ms[to], !rise.empty()});
        continue;
      }
    }
    // rose from 18,400 in the 2023-24 season to 21,900 in 2024-25, an
    // increase of 25 percent: years and seasons written with either figure.
    if (auto change = dated_from_to(i)) {
      found.push_back(*change);
      continue;
    }
    // 发货168万单，同比增长40%，去年同期为140万单: the new figure, the change,
    // then last year's figure said after it.
    if (i > 0 && i + 1 < ms.size() && amount(ms[i - 1]) && amount(ms[i + 1]) &&
        same_sentence(ms[i - 1], ms[i + 1])) {
      re2::StringPiece unit1, up, down, unit2;
      if (RE2::FullMatch(gap(ms[i - 1], p), changed_by_, &unit1, &up, &down) && unit1.size() <= kLongestUnit &&
          RE2::FullMatch(gap(p, ms[i + 1]), last_year_after_) &&
          text.substr(ms[i + 1].span.end).starts_with(std::string_view(unit1.data(), unit1.size()))) {
        found.push_back({&p, &ms[i + 1], &ms[i - 1], !up.empty()});
        continue;
      }
    }
    // rose to 620,000 units last year from 500,000 in 2022, a 24% increase (or
    // a rise of 24%); from 500,000 to 620,000, a 24% increase. Years between are skipped.
    if (auto change = adjectival_change(i)) {
      found.push_back(*change);
      continue;
    }
    // 230亿千瓦时，较去年同期的200亿千瓦时增长15%; 从200亿元增长到230亿元，增长15%.
    // Each gap starts with the unit after its figure: the two must be the same.
    // Years (增至2025年的151万吨) and a small numeral in the words between the
    // figures (比前一个雪季的) are passed over.
    auto passed_over = [&](const NumberMention& m) {
      return is_year_figure(m) || (m.chinese && !m.arabic && m.value < 10);
    };
    size_t s2 = i;
    while (s2 > 0 && is_year_figure(ms[s2 - 1])) --s2;
    size_t f = s2 > 0 ? s2 - 1 : 0;
    while (f > 0 && passed_over(ms[f - 1])) --f;
    if (s2 >= 2 && f >= 1 && amount(ms[f - 1]) && amount(ms[s2 - 1]) && same_sentence(ms[f - 1], p)) {
      const NumberMention& first = ms[f - 1];
      const NumberMention& second = ms[s2 - 1];
      re2::StringPiece unit1, unit2, up, down;
      if (!RE2::FullMatch(gap(second, p), changed_by_, &unit2, &up, &down) || unit2.size() > kLongestUnit) continue;
      // 从/由 before the old figure: right before it, before 每 and one
      // character (由每亩80公斤), or before a few words and 的 (从2023年的2.1万头).
      const size_t from = first.extent.begin > 40 ? first.extent.begin - 40 : 0;
      const std::string_view before = text.substr(from, first.extent.begin - from);
      const std::string_view between = gap(first, second);
      // 去年……140部，今年……200部，增长50%: last year's figure, then this year's.
      const size_t clause = first.extent.begin > 60 ? first.extent.begin - 60 : 0;
      std::string_view lead = text.substr(clause, first.extent.begin - clause);
      // The clause of the old figure, or 去年 set apart before it (去年，加工厂销售额为320万元).
      bool last_year_first = false;
      if (const size_t cut = lead.rfind("，"); cut != std::string_view::npos) {
        last_year_first = lead.substr(0, cut).ends_with("去年") || lead.substr(0, cut).ends_with("上年");
        lead = lead.substr(cut);
      }
      const bool year_on_year = unit2.size() > 0 && between.starts_with(std::string_view(unit2.data(), unit2.size())) &&
                                (last_year_first || lead.find("去年") != std::string_view::npos ||
                                 lead.find("上年") != std::string_view::npos) &&
                                (between.find("今年") != std::string_view::npos || between.find("本年") != std::string_view::npos) &&
                                between.size() <= 60;
      if ((RE2::FullMatch(between, compared_with_, &unit1) || RE2::FullMatch(between, last_year_was_, &unit1)) &&
          unit1 == unit2) {
        found.push_back({&p, &second, &first, !up.empty()});
      } else if (year_on_year) {
        found.push_back({&p, &first, &second, !up.empty()});
      } else if (RE2::FullMatch(gap(first, second), changed_to_, &unit1) && unit1 == unit2 &&
                 RE2::PartialMatch(before, opens_change_)) {
        found.push_back({&p, &first, &second, !up.empty()});
      }
    }
  }
  return found;
}

}  // namespace copydesk
