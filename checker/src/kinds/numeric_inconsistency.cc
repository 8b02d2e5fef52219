#include "kinds/numeric_inconsistency.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <span>

#include "core/utf8.h"
#include "extract/numbers.h"
#include "extract/quantities.h"
#include "kinds/headline_amounts.h"
#include "kinds/headline_change.h"
#include "kinds/division_counts.h"
#include "kinds/existing_plus_new.h"
#include "kinds/listed_count.h"
#include "kinds/item_average.h"
#include "kinds/chinese_period_average.h"
#include "kinds/parts_of_those.h"
#include "kinds/shares_over_whole.h"
#include "kinds/transposed_counts.h"
#include "kinds/period_average.h"
#include "kinds/point_change.h"
#include "kinds/amount_change.h"
#include "kinds/restated_counts.h"
#include "segment/sentences.h"
#include "segment/structure.h"
#include "segment/text_shape.h"

namespace copydesk {

namespace {

constexpr size_t kMaxGapToBreakdown = 24;  // code points between a total and its "("
constexpr size_t kMaxBreakdown = 300;      // code points inside the parentheses
constexpr size_t kMaxLookahead = 64;       // quantities compared within one sentence

bool is_clause_end(char32_t c) {
  return c == U'。' || c == U'；' || c == U'！' || c == U'？' || c == '\n' || c == ';' || c == U'，' || c == ',' ||
         c == U'：' || c == ':';
}

// The sentence holding `pos`, or the unit when no sentence does.
Span sentence_of(const Document& doc, size_t pos, Span fallback) {
  std::optional<Sentence> sentence = doc.analysis<Sentences>().at(pos);
  return sentence ? sentence->span : fallback;
}

// The block (paragraph) holding `pos`, or the unit when no block does.
Span paragraph_of(const Document& doc, size_t pos, Span fallback) {
  const Structure& s = doc.analysis<Structure>();
  const int b = s.block_index_at(pos);
  return b >= 0 ? s.blocks[b].span : fallback;
}

// The one plain count in `paragraph` before byte `end` that counts `noun`
// (42 small dams for dam), or null when none or several do.
const NumberMention* english_count_of(const Document& doc, Span paragraph, size_t end, std::string_view noun) {
  if (noun.empty() || end <= paragraph.begin) return nullptr;
  return only_mention(doc.analysis<Numbers>().within({paragraph.begin, end}), [&](const NumberMention& m) {
    return m.form == NumberForm::kCardinal && !is_year_figure(m) && m.magnitude == 1 && m.decimals == 0 &&
           english_counted_noun(doc.text(), m.extent.end) == noun;
  });
}

// An average its total and count do not give, reported as a note. The
// figures are shown as `figure` and `total` write them (English ones with
// their "about" and $), the finding and its related places are the plain figures.
struct WrongAverage {
  Span at, figure;      // the average
  Span total_at, total;
  Span count;
  std::string count_role;  // "count", "periods"
  std::string expected;    // as the message gives it
  std::string count_text = {};  // the count when it is not written as one (一年来: 12个月)
};
void report_wrong_average(const Document& doc, WrongAverage a, Reporter& out) {
  Report r;
  r.span = a.at;
  r.variant = "average";
  r.severity = Severity::kNote;
  r.args = {{"figure", std::string(doc.slice(a.figure))},
            {"total", std::string(doc.slice(a.total))},
            {"parts", a.count_text.empty() ? std::string(doc.slice(a.count)) : std::move(a.count_text)},
            {"expected", std::move(a.expected)}};
  r.related.push_back({a.total_at, "total"});
  r.related.push_back({a.count, std::move(a.count_role)});
  out.report(std::move(r));
}

// The sum of a list's parts (with their scale words: 48.2 million is 4.82e7)
// and the parts as written, joined by " + ".
std::pair<double, std::string> sum_of_parts(const Document& doc, const ListedParts& list) {
  double sum = 0;
  std::string parts;
  for (const NumberMention* part : list.parts) {
    sum += part->value;
    parts += (parts.empty() ? "" : " + ") + std::string(doc.slice(part->span));
  }
  return {sum, std::move(parts)};
}

// Whether `head` ends with "Of the ", "Of its ", "Of their " or "Of the
// orchestra's ": what opens a sentence about part of the figure after it.
bool opens_with_of_the(std::string_view head) {
  for (std::string_view w : {"Of the ", "Of its ", "Of their "}) {
    if (ends_with_words(head, w)) return true;
  }
  static const RE2 of_owner("(?:^|[ \\t\\n])Of the [A-Za-z-]+['’]s[ \\t\\n]$");
  return head.size() >= 4 && RE2::PartialMatch(head.substr(head.size() > 48 ? head.size() - 48 : 0), of_owner);
}

// Up to `n` code points of text before `pos`.
std::string_view text_before(std::string_view text, size_t pos, size_t n) {
  size_t begin = pos;
  for (size_t i = 0; i < n && begin > 0; ++i) begin = previous_offset(text, begin);
  return text.substr(begin, pos - begin);
}

// Whether the figure at `pos` is a plan or target: 力争, 计划, 预计, 目标, 将 or
// 拟 earlier in its clause (力争到2027年入驻企业突破400家).
bool is_plan(std::string_view text, size_t pos) {
  const std::string_view before = text_before(text, pos, 20);
  size_t start = 0;  // where the figure's clause starts
  for (std::string_view mark : {",", ";", "，", "。", "；", "！", "？"}) {
    size_t at = before.rfind(mark);
    if (at != std::string_view::npos) start = std::max(start, at + mark.size());
  }
  const std::string_view part = before.substr(start);
  for (std::string_view word : {"力争", "计划", "预计", "目标", "有望", "将", "拟"}) {
    if (part.find(word) != std::string_view::npos) return true;
  }
  return false;
}

bool is_head_kind(BlockKind k) {
  return k == BlockKind::kHeadline || k == BlockKind::kSubtitle || k == BlockKind::kHeading;
}

// The headline, subtitle and heading blocks of `unit` that hold a figure.
std::vector<Span> headline_spans(const Document& doc, const Unit& unit) {
  const Structure& s = doc.analysis<Structure>();
  const Numbers& numbers = doc.analysis<Numbers>();
  std::vector<Span> heads;
  for (size_t i = s.first_block_from(unit.span.begin); i < s.blocks.size() && s.blocks[i].span.begin < unit.span.end; ++i) {
    const Block& b = s.blocks[i];
    if (is_head_kind(b.kind) && unit.span.contains(b.span) && !numbers.within(b.span).empty()) heads.push_back(b.span);
  }
  return heads;
}

// A figure as written, with the currency sign before it ($4.2 billion).
std::string with_currency_sign(const Document& doc, const NumberMention& m) {
  return std::string(currency_sign_before(doc.text(), m.extent.begin)) + std::string(doc.slice(m.extent));
}

// Whether byte `offset` lies in one of `spans` (a unit's few headlines).
bool in_any(const std::vector<Span>& spans, size_t offset) {
  return std::any_of(spans.begin(), spans.end(), [&](Span h) { return h.begin <= offset && offset < h.end; });
}

// A headline figure (at `span`, written `figure`) that the body gives otherwise
// (`expected`, at `body`).
void report_headline(Span span, std::string figure, std::string expected, Span body, Reporter& out) {
  Report r;
  r.span = span;
  r.variant = "headline";
  r.args = {{"figure", std::move(figure)}, {"expected", std::move(expected)}};
  r.related.push_back({body, "the body's figure"});
  out.report(std::move(r));
}

// The same unit, or people counted with another measure word (86名选手 …
// 男选手48人、女选手33人: 人, 名 and 位 each count one person).
bool same_unit(const Quantities& all, const Quantity& a, const Quantity& b) {
  const UnitDef& x = all.unit_of(a);
  const UnitDef& y = all.unit_of(b);
  return x.dimension == y.dimension && (x.base_name == y.base_name || (x.dimension == "people" && x.times == y.times));
}

// How far a figure may be from its exact value through rounding, in base units.
double rounding(const Document& doc, const Quantity& q) {
  const NumberMention& m = doc.analysis<Numbers>().mentions[q.number];
  if (m.decimals == 0 || m.value == 0) return 0;
  double base_per_number_unit = q.base / m.value;
  return 0.5 * std::pow(10.0, -m.decimals) * m.magnitude * std::fabs(base_per_number_unit);
}

std::string figure(double v) { return format_value(v); }

// How far a figure of a change may be from the exact one: half its last digit
// (the value holds its scale word: 4.5 billion is 4.5e9, give or take 0.05e9),
// except that a whole number without a scale word that does not end in 0 is a
// count or a price, and exact ($48 to $54 is 12.5%, not up to 14.7%).
double change_rounding(const NumberMention& m) {
  // "about 400" may be anything within a tenth of it.
  if (m.bound == Bound::kApprox) return 0.1 * m.value;
  const bool exact = m.decimals == 0 && m.magnitude == 1 && std::fmod(m.value, 10) != 0;
  return exact ? 0.0 : 0.5 * std::pow(10.0, -m.decimals) * m.magnitude;
}

// `value` written as `like` is: in its scale, with its word (86.5 million,
// 4.8万), or grouped as it is (250,000 gives 260,000, not 260000).
std::string written_like(const Document& doc, const NumberMention& like, double value) {
  std::string_view written = doc.slice(like.span);
  if (like.magnitude > 1) return figure(value / like.magnitude) + std::string(written_scale_word(doc.text(), like));
  std::string plain = figure(value);
  if (written.find(',') == std::string_view::npos || plain.find_first_not_of("0123456789") != std::string::npos) {
    return plain;
  }
  for (size_t i = plain.size(); i > 3; i -= 3) plain.insert(i - 3, ",");
  return plain;
}

}  // namespace

NumericInconsistencyKind::NumericInconsistencyKind(RuleSpec spec, RuleOptions& options) : Rule(std::move(spec)) {
  parts_ = options.get<bool>("parts", true);
  share_ = options.get<bool>("share", true);
  headline_ = options.get<bool>("headline", true);
  reach_ = options.get<bool>("reach", true);
  average_ = options.get<bool>("average", true);
  multiplier_ = options.get<bool>("multiplier", true);
  listed_parts_ = options.get<bool>("listed_parts", false);
  for (const auto& pair : options.get<std::vector<std::vector<std::string>>>("complementary_parts", {})) {
    if (pair.size() != 2 || pair[0].empty() || pair[1].empty()) {
      options.add_error(options.node("complementary_parts"), "complementary_parts must be a list of pairs of labels");
      break;
    }
    complementary_.emplace_back(pair[0], pair[1]);
  }
  remainder_labels_ = options.get<std::vector<std::string>>("remainder_labels", {});
  near_total_ = options.get<double>("near_total", 0);
  if (!(near_total_ >= 0 && near_total_ < 1)) options.add_error(options.node("near_total"), "near_total must be at least 0 and below 1");
  part_of_whole_ = options.get<bool>("part_of_whole", false);
  if (part_of_whole_) {
    of_the_ = std::make_unique<RE2>("[ \\t]+of[ \\t]+(?:(?:the|its|their|his|her|our|[A-Za-z]+['’]s)[ \\t]+){0,2}"
                                    "(?:[a-z]+[ \\t]+){0,2}");
    // 18,420 of the 30,700 participants, or 52% (— about 52% —): the words after the whole, then the share.
    // 118 exceeded 10 milligrams per liter, or 22 percent: past a limit that is a rate.
    to_share_past_rate_ = std::make_unique<RE2>(
        "(?:[ \\t]+[A-Za-z'’-]+){1,4}[ \\t]+[0-9][0-9,.]*(?:[ \\t]+[A-Za-z'’-]+){1,3}[ \\t]+per[ \\t]+[A-Za-z]+"
        "[ \\t]*,[ \\t]*or[ \\t]+(?:about[ \\t]+|nearly[ \\t]+|roughly[ \\t]+)?");
    to_share_ = std::make_unique<RE2>("(?:[ \\t]+[A-Za-z'’-]+){0,8}[ \\t]*(?:,[ \\t]*or[ \\t]+|[ \\t]*\\(|[ \\t]*(?:—|–|--)[ \\t]*)");
    // 140 people, of whom 42 are engineers, about 30% of the workforce.
    of_whom_ = std::make_unique<RE2>("(?:[ \\t]+[A-Za-z'’-]+){1,3},[ \\t]*of[ \\t]+(?:whom|which|them|those)[ \\t]+");
    part_to_share_ = std::make_unique<RE2>("(?:[ \\t]+[A-Za-z'’-]+){0,4}[ \\t]*,[ \\t]*(?:or[ \\t]+)?");
    // Of the 410,000 specimens, 123,000; 310 of them came through the gate, about 30 percent:
    // words, then a comma.
    words_then_comma_ = std::make_unique<RE2>("(?:[ \\t\\n]+[A-Za-z'’-]+){1,8}[ \\t]*,[ \\t\\n]*");
    // Tests on 800 samples found 648 still viable, a rate of 81 percent: words
    // from the whole to the part, then from the part to "a rate of" (a
    // germination rate of, a success rate of).
    words_only_ = std::make_unique<RE2>("(?:[ \\t\\n]+[A-Za-z'’-]+){1,6}[ \\t\\n]+");
    // of 146 cardiac arrests in the county's rural areas last year, 22 patients
    // survived to leave hospital, a survival rate of 15%: the whole's clause, then a comma.
    clause_then_comma_ = std::make_unique<RE2>("(?:[ \\t\\n]+[A-Za-z'’-]+){1,12}[ \\t]*,[ \\t\\n]*");
    // passed 410 homes and signed up 287 of them, or 80 percent: "of them" ties the part to the whole.
    of_them_to_share_ = std::make_unique<RE2>("[ \\t\\n]+of[ \\t\\n]+(?:them|those|these),[ \\t\\n]*(?:or[ \\t\\n]+)?");
    to_rate_ = std::make_unique<RE2>("(?:[ \\t\\n]+[A-Za-z'’-]+){0,6}[ \\t]*,[ \\t\\n]*an?(?:[ \\t\\n]+[A-Za-z-]+)?"
                                     "[ \\t\\n]+rate[ \\t\\n]+of[ \\t\\n]+");
  }
  // The finders hold compiled expressions only: one per process serves every rule.
  if (listed_parts_) listed_parts_finder_ = &ListedPartsFinder::shared();
  change_ = options.get<bool>("change", false);
  point_change_ = options.get<bool>("point_change", false);
  amount_change_ = options.get<bool>("amount_change", false);
  restated_count_ = options.get<bool>("restated_count", false);
  headline_nouns_ = options.get<bool>("headline_nouns", false);
  // Words that count one thing (jobs, workers): each maps to the first of its group.
  for (const auto& group : options.get<std::vector<std::vector<std::string>>>("counted_alike", {})) {
    if (group.size() < 2) {
      options.add_error(options.node("counted_alike"), "each group of counted_alike must list two words or more");
      continue;
    }
    for (const std::string& word : group) counted_alike_.emplace(word, group[0]);
  }
  headline_amounts_ = options.get<bool>("headline_amounts", false);
  listed_count_ = options.get<bool>("listed_count", false);
  division_nouns_ = options.get<std::vector<std::string>>("division_nouns", {});
  existing_plus_new_ = options.get<bool>("existing_plus_new", false);
  headline_change_ = options.get<bool>("headline_change", false);
  headline_transposed_ = options.get<bool>("headline_transposed", false);
  headline_score_ = options.get<bool>("headline_score", false);
  restated_transposed_ = options.get<bool>("restated_transposed", false);
  if (change_ || headline_change_) percent_change_finder_ = &PercentChangeFinder::shared();
  average_tolerance_ = options.get<double>("average_tolerance", 0.05);
  if (!(average_tolerance_ > 0 && average_tolerance_ < 1)) options.add_error(options.node("average_tolerance"), "average_tolerance must be between 0 and 1");
  if (multiplier_) {  // compiled only for the rules that use them
    doubling_ = std::make_unique<RE2>("(翻了?(?:十几|几十|[0-9]{2,}|[十百][一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?)番)");
    decrease_times_ = std::make_unique<RE2>(
        "((?:降低|减少|下降|缩小|缩减|减低)了?(?:约|近)?(?:[0-9]+(?:\\.[0-9]+)?|[一二两三四五六七八九十几]+)倍)");
  }
}

namespace {

// Passes reports on, except a headline figure already reported: two checks
// may both see one contradicted headline figure (43个 over a body's 34个 is
// both the same label's other figure and two digits swapped), and a headline
// printed again as its subtitle repeats the same contradiction.
class OneReportPerHeadlineFigure : public Reporter {
 public:
  explicit OneReportPerHeadlineFigure(Reporter& out) : out_(out) {}
  size_t max_fix_bytes() const override { return out_.max_fix_bytes(); }
  void report(Report r) override {
    if (r.variant == "headline") {
      std::string said;  // the figure and the body's, as the message gives them
      for (const auto& [name, value] : r.args) said += name + "=" + value + ";";
      for (const auto& [span, seen_said] : headline_figures_) {
        if ((span.begin < r.span.end && r.span.begin < span.end) || seen_said == said) return;
      }
      headline_figures_.emplace_back(r.span, std::move(said));
    }
    out_.report(std::move(r));
  }

 private:
  Reporter& out_;
  std::vector<std::pair<Span, std::string>> headline_figures_;  // a headline holds a few figures at most
};

}  // namespace

void NumericInconsistencyKind::check_unit(const Document& doc, const Unit& unit, Reporter& reporter) const {
  OneReportPerHeadlineFigure out(reporter);
  if (parts_) check_parts(doc, unit, out);
  if (share_) check_share(doc, unit, out);
  if (headline_) check_headline(doc, unit, out);
  if (reach_) check_reach(doc, unit, out);
  if (average_) check_average(doc, unit, out);
  if (average_) check_period_average(doc, unit, out);
  if (average_ && doc.language() != Language::kEnglish) check_item_average(doc, unit, out);
  if (average_ && doc.language() != Language::kEnglish) check_chinese_period_average(doc, unit, out);
  if (multiplier_) check_multiplier(doc, unit, out);
  if (listed_parts_) check_listed_parts(doc, unit, out);
  if (listed_parts_ && doc.language() == Language::kEnglish && !complementary_.empty()) {
    check_complementary_pair(doc, unit, out);
  }
  if (part_of_whole_) {
    check_part_of_whole(doc, unit, out);
    check_parts_above_whole(doc, unit, out);
    check_shares_over_whole(doc, unit, out);
  }
  if (change_ || point_change_ || amount_change_) {
    const std::span<const NumberMention> numbers = doc.analysis<Numbers>().within(unit.span);
    if (change_) check_change(doc, numbers, out);
    if (point_change_) check_point_change(doc, numbers, out);
    if (amount_change_) check_amount_change(doc, numbers, out);
  }
  if (headline_nouns_) check_headline_nouns(doc, unit, out);
  if (headline_amounts_) check_headline_amounts(doc, unit, out);
  if (listed_count_) check_listed_count(doc, unit, out);
  if (!division_nouns_.empty()) check_division_counts(doc, unit, out);
  if (existing_plus_new_) check_existing_plus_new(doc, unit, out);
  if (headline_change_) check_headline_change(doc, unit, out);
  if (headline_transposed_) check_headline_transposed(doc, unit, out);
  if (headline_score_) check_headline_score(doc, unit, out);
  if (restated_transposed_) check_restated_transposed(doc, unit, out);
  if (restated_count_) check_restated_count(doc, unit, out);
}

void NumericInconsistencyKind::check_change(const Document& doc, std::span<const NumberMention> numbers,
                                            Reporter& out) const {
  // Each figure stands for anything within its rounding (change_rounding).
  auto low = [&](const NumberMention& m) { return m.value - change_rounding(m); };
  auto high = [&](const NumberMention& m) { return m.value + change_rounding(m); };
  for (const PercentChange& c : percent_change_finder_->find(doc, numbers)) {
    const double from = c.from->value, to = c.to->value;
    // The change the figures allow, in percent of the old figure, signed.
    const double least = (low(*c.to) - high(*c.from)) / high(*c.from) * 100;
    const double most = (high(*c.to) - std::max(low(*c.from), 1e-300)) / std::max(low(*c.from), 1e-300) * 100;
    const double stated = c.up ? c.percent->value : -c.percent->value;
    const double slack = half_last_decimal(*c.percent) + 0.05 * c.percent->value;
    const double change = (to - from) / from * 100;
    // Within what the figures' rounding allows, but far from the change they
    // give as written (12万元 to 18万元, 增长了60%: 50%): readers work from the
    // figures as written, so this is a note. Near misses (23% for 25%, 9% for
    // 7.1%) are not: within 15% of the change, or three points.
    constexpr double kFaceShare = 0.15, kFacePoints = 3;
    const bool within_rounding = stated + slack >= least && stated - slack <= most;
    // "about 400" gives no figure to work from as written.
    const bool approximate = c.from->bound == Bound::kApprox || c.to->bound == Bound::kApprox;
    if (within_rounding && approximate) continue;
    if (within_rounding && std::fabs(stated - change) <= std::max({slack, kFaceShare * std::fabs(change), kFacePoints})) {
      continue;
    }
    Report r;
    r.span = c.percent->extent;
    r.variant = "change";
    if (within_rounding) r.severity = Severity::kNote;
    r.args = {{"from", with_currency_sign(doc, *c.from)},
              {"to", with_currency_sign(doc, *c.to)},
              {"expected", fmt::format("{} {:.1f}%", change >= 0 ? "a rise of" : "a fall of", std::fabs(change))},
              {"expected_zh", fmt::format("{}{:.1f}%", change >= 0 ? "增长" : "下降", std::fabs(change))},
              {"figure", figure(c.percent->value)}};
    r.related.push_back({c.from->extent, "old figure"});
    r.related.push_back({c.to->extent, "new figure"});
    out.report(std::move(r));
  }
}

void NumericInconsistencyKind::check_point_change(const Document& doc, std::span<const NumberMention> numbers,
                                                  Reporter& out) const {
  const auto rounding = half_last_decimal;
  for (const PointChange& c : find_point_changes(doc, numbers)) {
    const double difference = c.to->value - c.from->value;
    const double stated = c.up ? c.points->value : -c.points->value;
    const double slack = rounding(*c.from) + rounding(*c.to) + rounding(*c.points) + 1e-9;
    if (std::fabs(stated - difference) <= slack) continue;
    Report r;
    r.span = c.points->extent;
    r.variant = "points";
    r.args = {{"from", std::string(doc.slice(c.from->extent))},
              {"to", std::string(doc.slice(c.to->extent))},
              {"expected", fmt::format("{} {} percentage points", difference >= 0 ? "up" : "down",
                                       figure(std::fabs(difference)))},
              {"expected_zh", fmt::format("{}{}个百分点", difference >= 0 ? "提高" : "下降", figure(std::fabs(difference)))},
              {"figure", figure(c.points->value)}};
    r.related.push_back({c.from->extent, "old percentage"});
    r.related.push_back({c.to->extent, "new percentage"});
    out.report(std::move(r));
  }
}

void NumericInconsistencyKind::check_amount_change(const Document& doc, std::span<const NumberMention> numbers,
                                                   Reporter& out) const {
  for (const AmountChange& c : find_amount_changes(doc, numbers)) {
    const double change = c.to->value - c.from->value;
    // A change is signed by its direction; a difference (a saving of) is not.
    const double stated = c.up && !*c.up ? -c.amount->value : c.amount->value;
    const double face = c.up ? change : std::fabs(change);
    // The amount may round the difference as written (400 for 390), to half its last non-zero digit.
    if (std::fabs(stated - face) <= rounding_of_written(*c.amount) + 1e-9 * std::fabs(face)) continue;
    Report r;
    r.span = c.amount->extent;
    r.variant = "difference";
    // Within what the figures' own rounding allows ($3.2 million and $3.6 million
    // may be $500,000 apart): a note, as readers work from the figures as written.
    const double slack = change_rounding(*c.from) + change_rounding(*c.to) + change_rounding(*c.amount);
    if (std::fabs(stated - face) <= slack) r.severity = Severity::kNote;
    const std::string sign(currency_sign_before(doc.text(), c.amount->extent.begin));
    const std::string difference = sign + written_like(doc, *c.amount, std::fabs(change));
    r.args = {{"from", with_currency_sign(doc, *c.from)},
              {"to", with_currency_sign(doc, *c.to)},
              {"expected", !c.up ? "a difference of " + difference
                                 : (change >= 0 ? "an increase of " : "a decrease of ") + difference},
              {"expected_zh", (!c.up ? "相差" : change >= 0 ? "增加" : "减少") + difference},
              {"figure", with_currency_sign(doc, *c.amount)}};
    r.related.push_back({c.from->extent, "old figure"});
    r.related.push_back({c.to->extent, "new figure"});
    out.report(std::move(r));
  }
}

// "drew 312 runners from 14 clubs, including 178 juniors and 124 adults": two
// parts after "including", counted with a complementary pair of words
// (juniors and adults leave nobody out), must add up to the count before them
// in the sentence that each is part of (312, not the 14 clubs).
namespace {
// The word that ends `before` ("accepting " gives accepting), or "".
std::string_view last_word(std::string_view before) {
  if (!before.ends_with(' ')) return {};
  before.remove_suffix(1);
  size_t begin = before.size();
  while (begin > 0 && std::isalpha(static_cast<unsigned char>(before[begin - 1]))) --begin;
  return before.substr(begin);
}
}  // namespace

void NumericInconsistencyKind::check_complementary_pair(const Document& doc, const Unit& unit, Reporter& out) const {
  const std::string_view text = doc.text();
  const std::span<const NumberMention> ms = doc.analysis<Numbers>().within(unit.span);
  // The noun a count counts: juniors in "178 juniors", in-state in "40 in-state students".
  auto word_after = [&](const NumberMention& m) { return english_word_after(text, m, true); };
  for (size_t i = 1; i + 1 < ms.size(); ++i) {
    const NumberMention& a = ms[i];
    const NumberMention& b = ms[i + 1];
    std::string_view wa, wb;
    if (ends_with_words(text.substr(0, a.extent.begin), "including ")) {  // the cheap test first
      if (!is_exact_amount(a) || !is_exact_amount(b)) continue;
      wa = word_after(a), wb = word_after(b);
      if (wa.empty() || wb.empty() || text.substr(a.span.end, b.extent.begin - a.span.end) !=
                                            " " + std::string(wa) + " and ") {
        continue;
      }
    } else if (i >= 1 && opens_with_of_the(text.substr(0, ms[i - 1].extent.begin))) {
      // Of the 18,420 finishers, 10,960 were men and 7,240 were women.
      if (!is_exact_amount(a) || !is_exact_amount(b)) continue;
      auto label_after = [&](const NumberMention& m) {
        std::string_view after = text.substr(m.span.end);
        for (std::string_view verb : {" were", " are", " was"}) {
          if (after.starts_with(verb) && after.size() > verb.size() && after[verb.size()] == ' ') {
            after.remove_prefix(verb.size());
            break;
          }
        }
        size_t end = 1;
        while (end < after.size() && (std::isalpha(static_cast<unsigned char>(after[end])) || after[end] == '-')) ++end;
        return after.starts_with(" ") ? after.substr(1, end - 1) : std::string_view();
      };
      wa = label_after(a), wb = label_after(b);
      if (wa.empty() || wb.empty()) continue;
      const std::string_view gap = text.substr(a.span.end, b.extent.begin > a.span.end ? b.extent.begin - a.span.end : 0);
      if (!gap.ends_with(std::string(wa) + " and ")) continue;
      // The two parts end the sentence or its clause (, according to …).
      const std::string_view rest = text.substr(b.span.end);
      const size_t stop = rest.find_first_of(".,;");
      if (stop == std::string_view::npos || rest.substr(0, stop).find_first_of("0123456789") != std::string_view::npos) continue;
    } else {
      // reviewed 1,210 provisional ballots, accepting 802 of them and
      // rejecting 318: the words before the two figures are the pair.
      const std::string_view gap = text.substr(a.span.end, b.extent.begin > a.span.end ? b.extent.begin - a.span.end : 0);
      if (!(gap.starts_with(" and ") || gap.starts_with(" of them and ") || gap.starts_with(" of those and "))) continue;
      if (!is_exact_amount(a) || !is_exact_amount(b)) continue;
      wa = last_word(text.substr(0, a.extent.begin));
      wb = last_word(text.substr(0, b.extent.begin));
      if (wa.empty() || wb.empty() || gap.size() != gap.find(" and ") + 5 + wb.size() + 1) continue;
    }
    const bool pair = std::any_of(complementary_.begin(), complementary_.end(), [&](const auto& c) {
      return (c.first == wa && c.second == wb) || (c.first == wb && c.second == wa);
    });
    if (!pair) continue;
    const double sum = a.value + b.value;
    const Span sentence = sentence_of(doc, a.span.begin, unit.span);
    const NumberMention* total = nullptr;
    for (size_t k = i; k-- > 0 && ms[k].span.begin >= sentence.begin;) {
      if (is_exact_amount(ms[k]) && ms[k].value > std::max(a.value, b.value)) {
        total = &ms[k];
        break;
      }
    }
    if (!total || total->value == sum) continue;
    Report r;
    r.span = {total->span.begin, b.span.end};
    r.variant = "parts";
    r.args = {{"total", std::string(doc.slice(total->span))}, {"sum", figure(sum)},
              {"parts", std::string(doc.slice(a.span)) + " + " + std::string(doc.slice(b.span))},
              {"figure", figure(total->value)}, {"expected", figure(sum)}};
    r.related.push_back({a.span, "part"});
    r.related.push_back({b.span, "part"});
    out.report(std::move(r));
  }
}

void NumericInconsistencyKind::check_listed_parts(const Document& doc, const Unit& unit, Reporter& out) const {
  // The sum in the total's scale, with its word: 86.5 million, 4.8万.
  for (const ListedParts& list : listed_parts_finder_->find(doc, unit.span)) {
    const auto [sum, parts] = sum_of_parts(doc, list);
    const double total = list.total->value;
    if (std::fabs(sum - total) <= list.tolerance + 1e-9 * std::max(std::fabs(sum), std::fabs(total))) continue;
    Report r;
    // The whole claim, the total and its list, whichever comes first.
    r.span = {std::min(list.total->span.begin, list.parts.front()->span.begin),
              std::max(list.total->span.end, list.parts.back()->span.end)};
    r.variant = "parts";
    r.args = {{"total", std::string(doc.slice(list.total->span))}, {"sum", written_like(doc, *list.total, sum)},
              {"parts", parts}, {"figure", figure(total)}, {"expected", figure(sum)}};
    for (const NumberMention* part : list.parts) r.related.push_back({part->span, "part"});
    out.report(std::move(r));
  }
}

// The bindery repaired 4,120 volumes. Of those, 2,650 were …, 1,140 … and 430 …:
// parts after "Of those" that add up to more than their whole.
void NumericInconsistencyKind::check_parts_above_whole(const Document& doc, const Unit& unit, Reporter& out) const {
  for (const ListedParts& list : find_parts_above_whole(doc, unit.span)) {
    const auto [sum, parts] = sum_of_parts(doc, list);
    Report r;
    r.span = {list.total->span.begin, list.parts.back()->span.end};
    r.variant = "parts_above";
    r.args = {{"whole", std::string(doc.slice(list.total->span))}, {"sum", figure(sum)}, {"parts", parts}};
    r.related.push_back({list.total->span, "the whole"});
    for (const NumberMention* part : list.parts) r.related.push_back({part->span, "part"});
    out.report(std::move(r));
  }
}

// Machinery accounted for 41% of the total, processed food for 28%,
// chemicals for 19% and other goods for 17%: shares of one whole above 100%.
void NumericInconsistencyKind::check_shares_over_whole(const Document& doc, const Unit& unit, Reporter& out) const {
  for (const SharesOverWhole& list : find_shares_over_whole(doc, unit.span)) {
    std::string shares;
    for (const NumberMention* m : list.shares) shares += (shares.empty() ? "" : " + ") + std::string(doc.slice(m->span));
    Report r;
    r.span = {list.shares.front()->span.begin, list.shares.back()->span.end};
    r.variant = "shares_over";
    r.args = {{"parts", shares}, {"sum", figure(list.sum) + "%"}};
    for (const NumberMention* m : list.shares) r.related.push_back({m->span, "share"});
    out.report(std::move(r));
  }
}

// "18 of 14 passes", "14 of the county's 12 shelters": whole counts, the
// first larger than the second it is part of.
void NumericInconsistencyKind::check_part_of_whole(const Document& doc, const Unit& unit, Reporter& out) const {
  std::string_view text = doc.text();
  auto count = [](const NumberMention& m) { return is_exact_amount(m) && m.decimals == 0 && m.magnitude == 1; };
  std::span<const NumberMention> ms = doc.analysis<Numbers>().within(unit.span);
  for (size_t i = 0; i + 1 < ms.size(); ++i) {
    const NumberMention& part = ms[i];
    const NumberMention& whole = ms[i + 1];
    // with 400 packets, about 40 percent of the total; 310 of them came, about
    // 30 percent of all visitors: the whole is the paragraph's one earlier
    // count of packets, or of visitors (Last season 1,250 packets went out).
    if (count(part) && whole.form == NumberForm::kPercent && whole.extent.begin > part.extent.end &&
        whole.extent.begin - part.extent.end <= 64) {
      const std::string_view after = text.substr(whole.extent.end);
      std::string_view noun;
      if (starts_with_words(after, " of the total") &&
          RE2::FullMatch(text.substr(part.extent.end, whole.extent.begin - part.extent.end), *part_to_share_)) {
        noun = english_counted_noun(text, part.extent.end);
      } else if (starts_with_words(after, " of all ") &&
                 RE2::FullMatch(text.substr(part.extent.end, whole.extent.begin - part.extent.end), *words_then_comma_)) {
        noun = english_counted_noun(text, whole.extent.end + std::string_view(" of all").size());
      }
      if (!noun.empty()) {
        const NumberMention* total =
            english_count_of(doc, paragraph_of(doc, part.span.begin, unit.span), part.span.begin, noun);
        if (total && count(*total) && total->value > part.value) report_wrong_share(doc, part, *total, whole, out);
        continue;
      }
    }
    if (!count(part) || !count(whole)) continue;
    // The whole first (ms[i]), then a smaller part (ms[i + 1]) and its share,
    // each gap within `max` bytes and read by its expression.
    auto whole_part_share = [&](const RE2& whole_to_part, size_t max_to_part, const RE2& part_to_share,
                                size_t max_to_share) {
      if (i + 2 >= ms.size() || ms[i + 1].value >= ms[i].value) return false;
      const NumberMention &w = ms[i], &p = ms[i + 1], &share = ms[i + 2];
      return p.extent.begin > w.extent.end && p.extent.begin - w.extent.end <= max_to_part &&
             share.extent.begin > p.extent.end && share.extent.begin - p.extent.end <= max_to_share &&
             RE2::FullMatch(text.substr(w.extent.end, p.extent.begin - w.extent.end), whole_to_part) &&
             RE2::FullMatch(text.substr(p.extent.end, share.extent.begin - p.extent.end), part_to_share);
    };
    // A rate of a part of a whole counts things: not money (borrowed $800,000
    // for 20 years, an interest rate of 5 percent) and not time.
    auto counts_things = [&](const NumberMention& m) {
      return currency_sign_before(text, m.extent.begin).empty() && !counts_time(text, m.extent.end);
    };
    // Of the 410,000 specimens, 123,000 have been imaged, or about 40 per cent
    // (Of the orchestra's 60 players, 48, or 75 percent, …); 140 people, of
    // whom 42 are engineers, about 30% of the workforce; passed 410 homes and
    // signed up 287 of them, or 70 percent.
    // Of the 640 samples returned, 118 exceeded 10 milligrams per liter, or 22 percent.
    auto past_rate_share = [&] {
      if (i + 3 >= ms.size() || ms[i + 1].value >= ms[i].value) return false;
      const NumberMention &w = ms[i], &p = ms[i + 1], &share = ms[i + 3];
      return share.form == NumberForm::kPercent && p.extent.begin > w.extent.end && p.extent.begin - w.extent.end <= 48 &&
             share.extent.begin > p.extent.end && share.extent.begin - p.extent.end <= 96 &&
             RE2::FullMatch(text.substr(w.extent.end, p.extent.begin - w.extent.end), *words_then_comma_) &&
             RE2::FullMatch(text.substr(p.extent.end, share.extent.begin - p.extent.end), *to_share_past_rate_);
    };
    if (opens_with_of_the(text.substr(0, part.extent.begin)) && past_rate_share()) {
      report_wrong_share(doc, whole, part, ms[i + 3], out);
      continue;
    }
    if ((opens_with_of_the(text.substr(0, part.extent.begin)) && whole_part_share(*words_then_comma_, 48, *to_share_, 72)) ||
        whole_part_share(*of_whom_, 48, *part_to_share_, 48) ||
        (counts_things(part) && counts_things(whole) &&
         (whole_part_share(*words_only_, 48, *to_rate_, 48) || whole_part_share(*words_only_, 48, *of_them_to_share_, 24) ||
          (ends_with_words(text.substr(0, part.extent.begin), "of ") &&
           whole_part_share(*clause_then_comma_, 96, *to_rate_, 64))))) {
      report_wrong_share(doc, whole, part, ms[i + 2], out);
      continue;
    }
    const size_t gap_end = whole.extent.begin;
    if (gap_end <= part.extent.end || gap_end - part.extent.end > 40) continue;
    const std::string_view gap = text.substr(part.extent.end, gap_end - part.extent.end);
    if (gap.find("of") == std::string_view::npos || !RE2::FullMatch(gap, *of_the_)) continue;
    // "Thirty of them showed 14 inches": a share of a group told before, not of the figure after.
    if (contains_text(gap, " of them ") || contains_text(gap, " of those ") || contains_text(gap, " of these ")) continue;
    // "86 of ground beetles, 54 of weevils and 20 of longhorns": a list of parts, the next one after "and".
    if (contains_text(gap, " and ") || contains_text(gap, " or ")) continue;
    if (part.value <= whole.value) {
      check_share_of_whole(doc, ms, i, out);
      continue;
    }
    Report r;
    r.span = {part.extent.begin, whole.extent.end};
    r.variant = "part";
    r.args = {{"part", std::string(doc.slice(part.extent))}, {"whole", std::string(doc.slice(whole.extent))}};
    r.related.push_back({whole.extent, "the whole"});
    out.report(std::move(r));
  }
}

// A part of a whole given with its share (18,420 of the 30,700 participants,
// or 52%): the share must be the part over the whole, to its rounding (a
// point more when it is about so much).
void NumericInconsistencyKind::check_share_of_whole(const Document& doc, std::span<const NumberMention> ms, size_t i,
                                                    Reporter& out) const {
  if (i + 2 >= ms.size()) return;
  const NumberMention& part = ms[i];
  const NumberMention& whole = ms[i + 1];
  const NumberMention& share = ms[i + 2];
  if (share.form != NumberForm::kPercent || share.is_range() || whole.value <= 0) return;
  const std::string_view text = doc.text();
  if (share.extent.begin <= whole.extent.end || share.extent.begin - whole.extent.end > 72) return;
  if (!RE2::FullMatch(text.substr(whole.extent.end, share.extent.begin - whole.extent.end), *to_share_)) return;
  report_wrong_share(doc, part, whole, share, out);
}

// The share of a part in its whole, to its rounding (a point more when it is about so much).
void NumericInconsistencyKind::report_wrong_share(const Document& doc, const NumberMention& part,
                                                  const NumberMention& whole, const NumberMention& share,
                                                  Reporter& out) const {
  if (share.form != NumberForm::kPercent || share.is_range() || whole.value <= 0) return;
  const double actual = part.value / whole.value * 100;
  const double tolerance = half_last_decimal(share) + (share.bound == Bound::kExact ? 0.05 : 1.5);
  if (std::fabs(actual - share.value) <= tolerance) return;
  Report r;
  r.span = share.extent;
  r.variant = "share_of_whole";
  r.args = {{"part", std::string(doc.slice(part.extent))},
            {"whole", std::string(doc.slice(whole.extent))},
            {"figure", std::string(doc.slice(share.extent))},
            {"expected", fmt::format("{:.1f}%", actual)}};
  r.related.push_back({part.extent, "the part"});
  r.related.push_back({whole.extent, "the whole"});
  out.report(std::move(r));
}

namespace {

// Whether `q` is what another figure is compared with: the clause opens with
// 较 or 比 before it (较去年同期的180万人增长3.5%, 比上年的120家).
bool compared_with(std::string_view text, const Quantity& q) {
  // The clause's start, looked for in the eight characters before the figure only.
  constexpr size_t kReach = 8 * 3;
  const size_t from = q.extent.begin > kReach ? q.extent.begin - kReach : 0;
  const std::string_view near = text.substr(from, q.extent.begin - from);
  size_t clause = std::string_view::npos;
  for (std::string_view mark : {"，", "；", "。", "：", "\n"}) {
    const size_t at = near.rfind(mark);
    if (at != std::string_view::npos && (clause == std::string_view::npos || at + mark.size() > clause)) clause = at + mark.size();
  }
  if (clause == std::string_view::npos && from > 0) return false;  // no clause start within reach
  const std::string_view before = near.substr(clause == std::string_view::npos ? 0 : clause);
  for (std::string_view word : {"较", "比"}) {
    if (!before.starts_with(word)) continue;
    const std::string_view rest = before.substr(word.size());
    if (!rest.empty() && rest[0] >= '0' && rest[0] <= '9') return true;  // 较2025年的…
    for (std::string_view when : {"去年", "上年", "上一年", "前年", "同期", "上月", "上季度", "上届"}) {
      if (rest.starts_with(when)) return true;
    }
  }
  return false;  // 比赛共有86名选手: no comparison
}

// `value` (in the unit of `q`) written with the scale word `q` is written
// with: 184.3万 for a total of 186.3万人, not 1843000.
std::string figure_like(const Document& doc, const Quantity& q, double value) {
  const NumberMention& m = doc.analysis<Numbers>().mentions[q.number];
  if (m.magnitude == 1) return figure(value);
  const std::string_view written = doc.slice(m.span);
  for (auto [word, spaced] : {std::pair<std::string_view, bool>{"亿", false}, {"万", false}, {"billion", true},
                              {"million", true}, {"thousand", true}}) {
    if (written.find(word) != std::string_view::npos) {
      return figure(value / m.magnitude) + (spaced ? " " : "") + std::string(word);
    }
  }
  return figure(value);
}

// The sentence after the one of qs[i] when it opens with 其中 and qs[i] is
// the last figure of its unit in its own sentence (…发放贷款1860笔，金额3.6亿元。
// 其中，个体工商户贷款1120笔，…), as the span of its list; nullopt otherwise.
std::optional<Span> among_next_sentence(const Document& doc, const std::vector<const Quantity*>& qs, size_t i, Span unit) {
  const std::string_view text = doc.text();
  // Most figures have no 。其中 after them within a sentence's reach: looked
  // for before the sentence is asked for.
  constexpr size_t kReach = 200 * 3;
  const std::string_view ahead = text.substr(qs[i]->extent.end, std::min(kReach, unit.end - std::min(unit.end, qs[i]->extent.end)));
  const size_t end_mark = ahead.find("。");
  if (end_mark == std::string_view::npos) return std::nullopt;
  std::string_view opener = ahead.substr(end_mark + std::string_view("。").size());
  while (!opener.empty() && (opener[0] == ' ' || opener[0] == '\n')) opener.remove_prefix(1);
  if (!opener.starts_with("其中")) return std::nullopt;
  const Quantities& all = doc.analysis<Quantities>();
  const Span sentence = sentence_of(doc, qs[i]->span.begin, unit);
  size_t next = sentence.end;
  while (next < unit.end && (text[next] == ' ' || text[next] == '\n')) ++next;
  if (!text.substr(next).starts_with("其中")) return std::nullopt;
  // A figure in a clause of comparison (比去年同期的1万人增长20%) is no total;
  // the last other of the unit in the sentence is.
  auto compared = [&](const Quantity& q) {
    std::string_view clause = text.substr(sentence.begin, q.extent.begin - sentence.begin);
    for (std::string_view mark : {"，", "；", "："}) {
      if (const size_t at = clause.rfind(mark); at != std::string_view::npos) clause = clause.substr(at + mark.size());
    }
    return clause.find("比") != std::string_view::npos || clause.find("较") != std::string_view::npos ||
           clause.find("同期") != std::string_view::npos;
  };
  if (compared(*qs[i])) return std::nullopt;
  // A part of its own sentence's list (…，其中首贷300笔。其中，…) is no total of the next.
  if (text.substr(sentence.begin, qs[i]->extent.begin - sentence.begin).find("其中") != std::string_view::npos) return std::nullopt;
  for (size_t j = i + 1; j < qs.size() && qs[j]->span.begin < sentence.end; ++j) {
    if (same_unit(all, *qs[j], *qs[i]) && !compared(*qs[j])) return std::nullopt;
  }
  const Span after = sentence_of(doc, next, unit);
  if (after.begin != next) return std::nullopt;
  return Span{next, std::min(after.end, next + kMaxBreakdown * 4)};
}

}  // namespace

void NumericInconsistencyKind::check_parts(const Document& doc, const Unit& unit, Reporter& out) const {
  const Quantities& all = doc.analysis<Quantities>();
  const std::string& text = doc.text();
  std::vector<const Quantity*> qs = all.within(unit.span);
  for (size_t i = 0; i < qs.size(); ++i) {
    const Quantity& total = *qs[i];
    if (total.bound != Bound::kExact || total.base_high || total.rate) continue;
    // A parenthesised breakdown right after the total: 29户国有企业(…).
    size_t p = total.extent.end;
    size_t open = std::string::npos;
    for (size_t n = 0; n < kMaxGapToBreakdown && p < unit.span.end; ++n) {
      char32_t c = code_point_at(text, p);
      if (c == '(' || c == U'（') {
        open = p;
        break;
      }
      if (is_clause_end(c) || is_digit(c) || c == U'、') break;
      p += utf8_sequence_length(static_cast<unsigned char>(text[p]));
    }
    Span breakdown;
    bool parenthesised = false;
    if (open != std::string::npos) {
      size_t q = open + utf8_sequence_length(static_cast<unsigned char>(text[open]));
      for (size_t n = 0; n < kMaxBreakdown && q < unit.span.end; ++n) {
        char32_t c = code_point_at(text, q);
        if (c == ')' || c == U'）') {
          breakdown = {open, q};
          parenthesised = true;
          break;
        }
        if (c == '(' || c == U'（' || c == '\n') break;
        q += utf8_sequence_length(static_cast<unsigned char>(text[q]));
      }
    }
    if (!parenthesised) {
      // …共28家，其中12家…、10家…: the rest of the sentence after 其中.
      // 其中 must follow the total's clause directly (at most 12 characters on),
      // and the list after it is read up to kMaxBreakdown characters: both
      // bounds keep a run-on sentence from making this quadratic.
      constexpr size_t kMaxBytesTo = 12 * 4 + 6;
      // Most totals have no 其中 within reach: looked for before the sentence
      // is asked for, as splitting a paragraph into sentences costs far more.
      // 首批开通服务的12家医院中，省级医院3家…: the noun counted (two characters
      // or more: 3所高中 is no 中), then 中 and a comma, opens the list as 其中 does.
      const std::string_view reach = std::string_view(text).substr(total.extent.end, kMaxBytesTo);
      const std::string_view noun = han_run_after(text, total.extent.end, 6);
      // Only counts of things (家, 人, 个, 所 …): 在男子100米决赛中， names no 100米 of anything.
      const std::string& dimension = all.unit_of(total).dimension;
      const bool counted = dimension.starts_with("count-") || dimension == "people" || dimension == "households" ||
                           dimension == "enterprises" || dimension == "items";
      const bool among = counted && noun.size() >= 9 && noun.ends_with("中") && reach.substr(noun.size()).starts_with("，");
      // The 其中 of the total's own sentence, within reach.
      auto among_in_sentence = [&]() -> std::optional<Span> {
        if (!among && reach.find("其中") == std::string_view::npos) return std::nullopt;
        Span sentence = sentence_of(doc, total.span.begin, unit.span);
        if (sentence.end <= total.extent.end) return std::nullopt;
        size_t window = std::min(sentence.end - total.extent.end, kMaxBytesTo);
        size_t where = among ? noun.size() : std::string_view(text).substr(total.extent.end, window).find("其中");
        if (where == std::string_view::npos || where >= window) return std::nullopt;
        where += total.extent.end;
        if (code_point_count(std::string_view(text).substr(total.extent.end, where - total.extent.end)) > 12) return std::nullopt;
        // 总分由现行的60分提高到80分，其中…: a figure of the unit nearer 其中 is its total.
        if (i + 1 < qs.size() && qs[i + 1]->span.begin < where && same_unit(all, *qs[i + 1], total)) return std::nullopt;
        return Span{where, std::min(sentence.end, where + kMaxBreakdown * 4)};
      };
      std::optional<Span> list = among_in_sentence();
      // 全市发放创业担保贷款1860笔…。其中，个体工商户贷款1120笔，…: the next
      // sentence opens with 其中, and the total is the last figure of its unit in its own.
      if (!list) list = among_next_sentence(doc, qs, i, unit.span);
      if (!list) continue;
      breakdown = *list;
    }
    // 全市已有186.3万人完成缴费，较去年同期的180万人增长3.5%，其中…: the figure
    // the list follows is what the total was compared with; the total is the
    // one before it, of the same unit in the same sentence.
    const Quantity* whole = &total;
    if (!parenthesised && compared_with(text, total)) {
      const Span sentence = sentence_of(doc, total.span.begin, unit.span);
      whole = nullptr;
      for (size_t k = i; k-- > 0 && qs[k]->span.begin >= sentence.begin;) {
        if (same_unit(all, *qs[k], total) && !qs[k]->rate) {
          whole = qs[k];
          break;
        }
      }
      if (!whole || whole->bound != Bound::kExact || whole->base_high) continue;
    }
    std::vector<const Quantity*> parts;
    bool usable = true;
    for (size_t j = i + 1; j < qs.size() && qs[j]->span.begin < breakdown.end; ++j) {
      if (!breakdown.contains(qs[j]->span)) continue;
      if (!same_unit(all, *qs[j], *whole) || qs[j]->rate) continue;  // 其中…、设计时速120公里
      if (qs[j]->bound != Bound::kExact || qs[j]->base_high) usable = false;
      // 省道1240公里中还有186公里: a part that holds the parts after it; the list is no flat one.
      if (text.compare(qs[j]->span.end, std::string_view("中").size(), "中") == 0) usable = false;
      // 新能源汽车合计11.6万辆: a subtotal of parts before it (其余旗区合计35万亩 is the rest, a part).
      if (const std::string_view before = han_run_before(text, qs[j]->extent.begin, 2);
          before == "合计" || before == "共计" || before == "小计" || before == "总计") {
        const std::string_view label = han_run_before(text, qs[j]->extent.begin, 12);
        if (label.find("其余") == std::string_view::npos && label.find("其他") == std::string_view::npos &&
            label.find("其它") == std::string_view::npos) {
          usable = false;
        }
      }
      parts.push_back(qs[j]);
    }
    // A list whose parts are apart by 、 ends at a ；: what follows is another
    // statement (其中专业组52人、业余组34人；女选手21人，约占四分之一).
    if (parts.size() >= 3 && text.substr(parts[0]->extent.end, parts[1]->extent.begin - parts[0]->extent.end).find("、") !=
                                 std::string::npos) {
      const size_t stop = text.find("；", parts[1]->extent.end);
      while (parts.size() > 2 && stop != std::string::npos && parts.back()->span.begin > stop) parts.pop_back();
    }
    if (!usable || parts.size() < 2) continue;
    double sum = 0, tolerance = rounding(doc, *whole);
    for (const Quantity* part : parts) {
      sum += part->base;
      tolerance += rounding(doc, *part);
    }
    tolerance += 1e-9 * std::max(std::fabs(sum), std::fabs(whole->base));
    double diff = sum - whole->base;
    if (std::fabs(diff) <= tolerance) continue;
    // 其中 lists need not be exhaustive, unless their two labels leave nothing
    // out or the last part is the rest.
    // Three parts or more just short of the total (120 of 126) are a note: a
    // part may be missing, or a figure is wrong. Two parts that are not all of
    // the total (城市 815, 养老机构 425 of 1260) may well leave a third out.
    bool short_of_total = false;
    if (!parenthesised && diff < 0 && !(parts.size() == 2 && complementary(text, breakdown.begin, *parts[0], *parts[1])) &&
        !ends_with_remainder(text, parts)) {
      if (near_total_ == 0 || parts.size() < 3 || sum < (1 - near_total_) * whole->base) continue;
      short_of_total = true;
    }
    // Parts that add up to more than the total may be overlapping categories (其中…其中): only when
    // parenthesised or clearly exceeding.
    const UnitDef& u = all.unit_of(*whole);
    double scale = u.factor / u.times;
    Report r;
    // The whole claim, the total and its parts (a copy editor may need to fix either).
    r.span = {whole->span.begin, std::max(whole->span.end, parts.back()->span.end)};
    r.variant = short_of_total ? "parts_short" : "parts";
    if (short_of_total) r.severity = Severity::kNote;
    std::string list;
    for (const Quantity* part : parts) list += (list.empty() ? "" : " + ") + std::string(doc.slice(part->span));
    r.args = {{"total", std::string(doc.slice(whole->span))}, {"sum", figure_like(doc, *whole, sum / scale)},
              {"parts", list}, {"figure", figure(whole->base / scale)}, {"expected", figure(sum / scale)}};
    for (const Quantity* part : parts) r.related.push_back({part->span, "part"});
    out.report(std::move(r));
  }
}

// Whether the labels before two parts (其中城市社区助餐点815个、农村助餐点425个)
// hold a complementary pair, one each.
bool NumericInconsistencyKind::complementary(std::string_view text, size_t list_begin, const Quantity& a,
                                             const Quantity& b) const {
  if (complementary_.empty() || a.extent.begin < list_begin || b.extent.begin < a.extent.end) return false;
  const std::string_view first = text.substr(list_begin, a.extent.begin - list_begin);
  const std::string_view second = text.substr(a.extent.end, b.extent.begin - a.extent.end);
  for (const auto& [x, y] : complementary_) {
    if ((first.find(x) != std::string_view::npos && second.find(y) != std::string_view::npos) ||
        (first.find(y) != std::string_view::npos && second.find(x) != std::string_view::npos)) {
      return true;
    }
  }
  return false;
}

// Whether the label between the last two parts names the rest (…储氢材料类7个、
// 其他类4个): a list that ends with the rest leaves nothing out.
bool NumericInconsistencyKind::ends_with_remainder(std::string_view text, const std::vector<const Quantity*>& parts) const {
  const Quantity& last = *parts.back();
  const Quantity& before = *parts[parts.size() - 2];
  if (last.extent.begin < before.extent.end) return false;
  const std::string_view label = text.substr(before.extent.end, last.extent.begin - before.extent.end);
  return std::any_of(remainder_labels_.begin(), remainder_labels_.end(),
                     [&](const std::string& word) { return label.find(word) != std::string_view::npos; });
}

// Shares: one above 100% (占比120%), and one its part and the whole the
// article names do not give (check_named_share).
void NumericInconsistencyKind::check_share(const Document& doc, const Unit& unit, Reporter& out) const {
  const std::string& text = doc.text();
  const std::span<const NumberMention> ms = doc.analysis<Numbers>().within(unit.span);
  for (size_t k = 0; k < ms.size(); ++k) {
    const NumberMention& m = ms[k];
    if (m.form != NumberForm::kPercent) continue;
    double top = m.high().value_or(m.value);
    if (top <= 100) {
      if (k > 0) check_named_share(doc, unit.span, ms, k, out);
      continue;
    }
    std::string_view before = text_before(text, m.extent.begin, 8);
    // Only the current clause counts.
    size_t cut = 0;
    for (Utf8Iterator it(before); !it.done(); it.next()) {
      if (is_clause_end(it.code_point())) cut = it.next_offset();
    }
    before = before.substr(cut);
    bool share = before.find("占") != std::string_view::npos || before.find("比重") != std::string_view::npos ||
                 before.find("份额") != std::string_view::npos;
    bool change = before.find("增") != std::string_view::npos || before.find("升") != std::string_view::npos ||
                  before.find("提高") != std::string_view::npos || before.find("降") != std::string_view::npos ||
                  before.find("高出") != std::string_view::npos || before.find("同比") != std::string_view::npos;
    if (!share || change) continue;
    Report r;
    r.span = m.span;
    r.variant = "share";
    r.args = {{"figure", figure(top) + "%"}};
    out.report(std::move(r));
  }
}

// A part's share of a whole the article names and gives before (签约总额2.6亿元
// … 茯砖茶订单1.3亿元，占签约总额的60%: 50%): the share must be the part over
// that figure, within the rounding of the three.
void NumericInconsistencyKind::check_named_share(const Document& doc, Span unit, std::span<const NumberMention> ms,
                                                 size_t k, Reporter& out) const {
  const std::string_view text = doc.text();
  const NumberMention& share = ms[k];
  const NumberMention& part = ms[k - 1];
  if (share.is_range() || !is_exact_amount(part)) return;
  if (share.extent.begin <= part.span.end || share.extent.begin - part.span.end > 60) return;
  const std::string_view gap = text.substr(part.span.end, share.extent.begin - part.span.end);
  // …重新发放9450件，再利用率达80%: a rate named right before the share.
  bool rate = false;
  for (std::string_view tail : {"率", "率达", "率为", "率达到", "率约"}) rate = rate || gap.ends_with(tail);
  if (gap.find("占") == std::string_view::npos && !rate) return;  // most figures: before the expression runs
  // 全库48栋仓房中已有36栋安装了测温系统，占比80%; 全园共有幼儿240名，其中蒙古国籍
  // 幼儿36名，占比20% (回收旧校服12600件，其中…重新发放9450件，再利用率达75%): the
  // whole, its items and 中…有 or 其中, the part in the same measure word, and
  // 占比 (or a rate) in the clause after it.
  // …其中持月卡的市民600人次，占30%: a bare 占 right before the share says as much.
  const bool bare_share = gap.ends_with("，占") || gap.ends_with("，约占") || gap.ends_with(",占");
  if (k >= 2 && (gap.find("占比") != std::string_view::npos || rate || bare_share) && gap.find("。") == std::string_view::npos) {
    const NumberMention& whole = ms[k - 2];
    const std::string_view between = text.substr(whole.span.end, part.extent.begin - whole.span.end);
    const std::string_view measure = text.substr(whole.span.end, 3);
    if (is_exact_amount(whole) && measure.size() == 3 && is_han_script(first_code_point(measure)) &&
        text.substr(part.span.end, 3) == measure && between.size() <= 16 * 3 &&
        ((between.find("中") != std::string_view::npos && between.ends_with("有")) ||
         between.find("其中") != std::string_view::npos)) {
      report_named_share(doc, part, whole, share, measure, out);
    }
    return;
  }
  // 茯砖茶订单1.3亿元，占签约总额的60%: the part's unit, 占, the whole's name, 的.
  // One expression per process, compiled when first needed; its repeats of
  // \p{Han} are unbounded (a counted repeat compiles one class per count),
  // the lengths checked here.
  static const RE2 share_of_named("(\\p{Han}+?)[，,]\\s*占(\\p{Han}+?)的?(?:比重|比例)?(?:为|达|约)?");
  static const RE2 named_to_whole("(?:达到|达|为|是|约|共计|共)?");
  re2::StringPiece unit_after, name;
  if (!RE2::FullMatch(gap, share_of_named, &unit_after, &name)) return;
  if (unit_after.size() > 3 * 3 || name.size() < 2 * 3 || name.size() > 8 * 3) return;
  const std::string_view part_unit(unit_after.data(), unit_after.size());
  const std::string_view whole_name(name.data(), name.size());
  // The whole: the figure right after the last use of its name before the
  // part (签约总额2.6亿元), in the same unit. The name is looked for in the
  // text, and the figure after each use found among the mentions.
  const NumberMention* whole = nullptr;
  const std::string_view earlier = text.substr(unit.begin, part.extent.begin - unit.begin);
  for (size_t at = earlier.rfind(whole_name); at != std::string_view::npos && !whole;
       at = at > 0 ? earlier.rfind(whole_name, at - 1) : std::string_view::npos) {
    const size_t name_end = unit.begin + at + whole_name.size();
    auto w = std::lower_bound(ms.begin(), ms.begin() + k, name_end,
                              [](const NumberMention& m, size_t offset) { return m.extent.begin < offset; });
    if (w == ms.begin() + k || w->extent.begin - name_end > 12 || !is_exact_amount(*w) ||
        text.substr(w->span.end, part_unit.size()) != part_unit ||
        !RE2::FullMatch(text.substr(name_end, w->extent.begin - name_end), named_to_whole)) {
      continue;
    }
    whole = &*w;
  }
  // 全县中小学共有钢琴126台…修复的87台钢琴，占全县学校钢琴总数的约75%: a name
  // for the total of a noun, not used before; the whole is then the one figure
  // of the paragraph before in the part's measure word with that noun just before it.
  if (!whole && part_unit.size() >= 3 && (whole_name.ends_with("总数") || whole_name.ends_with("总量"))) {
    const std::string_view counted = whole_name.substr(0, whole_name.size() - 6);
    const std::string_view noun = counted.size() >= 6 ? counted.substr(counted.size() - 6) : std::string_view();
    const std::string_view measure = part_unit.substr(0, 3);
    const Span paragraph = paragraph_of(doc, part.span.begin, unit);
    if (!noun.empty()) {
      whole = only_mention(doc.analysis<Numbers>().within({paragraph.begin, part.extent.begin}), [&](const NumberMention& m) {
        const size_t from = m.extent.begin > 12 ? m.extent.begin - 12 : 0;
        return is_exact_amount(m) && text.substr(m.span.end, 3) == measure &&
               text.substr(from, m.extent.begin - from).find(noun) != std::string_view::npos;
      });
    }
    if (whole) report_named_share(doc, part, *whole, share, measure, out);
    return;
  }
  if (whole) report_named_share(doc, part, *whole, share, part_unit, out);
}

// A share of a named whole, to the rounding of both figures (a point and a
// half more when it is about so much).
void NumericInconsistencyKind::report_named_share(const Document& doc, const NumberMention& part,
                                                  const NumberMention& whole, const NumberMention& share,
                                                  std::string_view part_unit, Reporter& out) const {
  if (whole.value <= part.value) return;
  const double hp = rounding_of_written(part), hw = rounding_of_written(whole);
  const double low = (part.value - hp) / (whole.value + hw) * 100, high = (part.value + hp) / (whole.value - hw) * 100;
  const double slack = half_last_decimal(share) + (share.bound == Bound::kExact ? 0.05 : 1.5);
  if (share.value + slack >= low && share.value - slack <= high) return;
  Report r;
  r.span = share.extent;
  r.variant = "share_of_whole";
  r.args = {{"part", std::string(doc.slice(part.span)) + std::string(part_unit)},
            {"whole", std::string(doc.slice(whole.span)) + std::string(part_unit)},
            {"figure", std::string(doc.slice(share.extent))},
            {"expected", fmt::format("{:.1f}%", part.value / whole.value * 100)}};
  r.related.push_back({part.span, "the part"});
  r.related.push_back({whole.span, "the whole"});
  out.report(std::move(r));
}

void NumericInconsistencyKind::check_headline(const Document& doc, const Unit& unit, Reporter& out) const {
  const Quantities& all = doc.analysis<Quantities>();
  const std::vector<Span> heads = headline_spans(doc, unit);
  if (heads.empty()) return;
  auto in_head = [&](const Quantity& q) {
    return std::any_of(heads.begin(), heads.end(), [&](Span h) { return h.contains(q.span); });
  };
  std::vector<const Quantity*> qs = all.within(unit.span);
  for (const Quantity* h : qs) {
    if (!in_head(*h) || h->base_high) continue;
    if (h->bound == Bound::kExact) {
      check_exact_headline(doc, *h, qs, in_head, out);
      continue;
    }
    if (h->bound != Bound::kOver && h->bound != Bound::kUnder) continue;
    // A headline's target (示范区今年亩产目标突破500公斤) no body figure contradicts.
    if (is_plan(doc.text(), h->extent.begin)) continue;
    bool honoured = false;
    const Quantity* near = nullptr;
    // When body figures name what the headline's counts (签约居民突破30万人 over
    // 签约居民达28.6万人), only they are read: 常住人口52万人 honours nothing.
    constexpr size_t kLabel = 12, kShared = 3;
    const std::string_view h_words = han_run_before(doc.text(), h->extent.begin, kLabel);
    auto named = [&](const Quantity& b) {
      return shares_han_run(h_words, han_run_before(doc.text(), b.extent.begin, kLabel), kShared);
    };
    const bool any_named = std::any_of(qs.begin(), qs.end(), [&](const Quantity* b) {
      return !in_head(*b) && same_unit(all, *b, *h) && named(*b) && !is_plan(doc.text(), b->extent.begin);
    });
    for (const Quantity* b : qs) {
      if (in_head(*b) || !same_unit(all, *b, *h) || (any_named && !named(*b))) continue;
      if (is_plan(doc.text(), b->extent.begin)) continue;  // 力争到2027年突破400家 honours no headline
      double v = b->base_high.value_or(b->base);
      // A body bound honours the headline's only near it: 每天20列以上 says
      // nothing of a headline's 突破1500列.
      if (h->bound == Bound::kOver) {
        if (v >= h->base * (1 - 1e-9) || (b->bound == Bound::kOver && v >= h->base * 0.9)) honoured = true;
        else if (v >= h->base * 0.5 && !near) near = b;
      } else {
        if (b->base <= h->base * (1 + 1e-9) || (b->bound == Bound::kUnder && b->base <= h->base * 1.1)) honoured = true;
        else if (b->base <= h->base * 2 && !near) near = b;
      }
    }
    if (honoured || !near) continue;
    report_headline(h->span, std::string(doc.slice(h->extent)), std::string(doc.slice(near->span)), near->span, out);
  }
}

// An exact headline figure (粮食总产量达到850亿斤) against the body figures in
// its unit written after the same three Han characters (总产量达到780亿斤), or
// before the same three (带动1.2万户农民增收 over 带动1.5万户农民增收): when
// none of them is the headline's figure, rounded as the headline writes it
// (800 stands for 750 to 850), the headline contradicts the body.
void NumericInconsistencyKind::check_exact_headline(const Document& doc, const Quantity& h,
                                                     const std::vector<const Quantity*>& qs,
                                                     const std::function<bool(const Quantity&)>& in_head,
                                                     Reporter& out) const {
  if (h.number < 0) return;
  const Quantities& all = doc.analysis<Quantities>();
  const std::string& text = doc.text();
  // The three Han characters before the figure (总产量达到) or after it (万户农民增收);
  // after a measure word of things counted, two say as much (64支村队 … 56支村队,
  // 1.5万户居民家中 … 1.2万户居民免费).
  const std::string& dimension = all.unit_of(h).dimension;
  const bool counted = dimension.starts_with("count-") || dimension == "households" || dimension == "enterprises" ||
                       dimension == "items";
  const size_t after_chars = counted ? 2 : 3;
  const std::string_view label = han_before(text, h.extent.begin, 3);
  const std::string_view label_after = han_after(text, h.extent.end, after_chars);
  if (label.empty() && label_after.empty()) return;
  const NumberMention& number = doc.analysis<Numbers>().mentions[h.number];
  const double half = rounding_of_written(number) * std::fabs(h.base / number.value);  // in base units
  const Quantity* contradicting = nullptr;
  // The body's figures in the headline's unit, in order, for sums of neighbours.
  std::vector<const Quantity*> same;
  for (const Quantity* b : qs) {
    if (in_head(*b) || !same_unit(all, *b, h) || b->base_high) continue;
    if (std::fabs(b->base - h.base) <= half * (1 + 1e-9)) return;  // the body has it
    same.push_back(b);
    if (!contradicting && b->bound == Bound::kExact &&
        ((!label.empty() && han_before(text, b->extent.begin, 3) == label) ||
         (!label_after.empty() && han_after(text, b->extent.end, after_chars) == label_after))) {
      contradicting = b;
    }
  }
  if (!contradicting) return;
  // Or as the sum of two or three figures written one after the other
  // (新建加固堤防86公里 over 新建堤防52公里、加固堤防34公里).
  for (size_t k = 0; k + 1 < same.size(); ++k) {
    double sum = same[k]->base;
    for (size_t n = k + 1; n < same.size() && n < k + 3; ++n) {
      sum += same[n]->base;
      if (std::fabs(sum - h.base) <= half * (1 + 1e-9)) return;
    }
  }
  report_headline(h.span, std::string(doc.slice(h.extent)), std::string(doc.slice(contradicting->span)),
                  contradicting->span, out);
}

// English headlines: an exact figure followed by the word it counts (Fire
// destroys 300 homes) against the body's figures followed by the same word
// (destroyed 250 homes). When none of them is the headline's figure, rounded
// as the headline writes it, the headline contradicts the body.
namespace {

// Whether a rough figure (about 900, more than 250, nearly 40) allows `value`:
// "about" a fifth either way, "more than" anything above, "nearly" or "less
// than" anything below, each with a twentieth's slack.
bool roughly_allows(const NumberMention& rough, double value) {
  switch (rough.bound) {
    case Bound::kApprox:
      return value >= rough.value * 0.8 && value <= rough.value * 1.2;
    case Bound::kOver:
      return value >= rough.value * 0.95;
    case Bound::kUnder:
      return value <= rough.value * 1.05;
    case Bound::kExact:
      break;
  }
  return value == rough.value;
}

}  // namespace

void NumericInconsistencyKind::check_headline_nouns(const Document& doc, const Unit& unit, Reporter& out) const {
  const Structure& s = doc.analysis<Structure>();
  const std::string& text = doc.text();
  auto is_head = [&](size_t offset) {
    const int b = s.block_index_at(offset);
    return b >= 0 && is_head_kind(s.blocks[b].kind);
  };
  // The lower-case word right after a figure (homes in "300 homes"), or "";
  // in a headline, which may be in title case, the word lowered (300 Homes).
  auto written_counted = [&](const NumberMention& m) -> std::string {
    const bool title_case = is_head(m.span.begin);
    // The word from `at`: lower-case letters, or in a headline a capital and then lower-case ones.
    auto word_at = [&](size_t at) {
      std::string word;
      for (size_t k = at; k < text.size(); ++k) {
        const char c = text[k];
        if (c >= 'a' && c <= 'z') {
          word += c;
        } else if (title_case && k == at && c >= 'A' && c <= 'Z') {
          word += static_cast<char>(c - 'A' + 'a');
        } else {
          break;
        }
      }
      return word;
    };
    size_t at = m.extent.end;
    if (at >= text.size() || text[at] != ' ') return {};
    std::string word = word_at(++at);
    // An adjective before the counted word is passed over (two new routes).
    for (std::string_view adjective : {"new", "more", "additional", "extra", "other", "major", "local"}) {
      const size_t after = at + word.size();
      if (word == adjective && after < text.size() && text[after] == ' ') {
        word = word_at(after + 1);
        break;
      }
    }
    if (word.size() < 3) return {};
    // Words that follow a figure without saying what it counts (7 to 2, 40,000
    // without power), and units, which measure many things (180 miles of
    // routes, 25 miles each way).
    static constexpr std::string_view kNotCounts[] = {
        "and", "for", "from", "into", "more", "than", "the", "with", "without", "over", "under", "out", "per",
        "are", "were", "was", "miles", "kilometers", "feet", "meters", "acres", "hectares", "pounds", "tons",
        "tonnes", "gallons", "liters", "degrees", "inches", "yards", "percent", "hours", "minutes", "days",
        "weeks", "months", "years"};
    for (std::string_view w : kNotCounts) {
      if (word == w) return {};
    }
    return word;
  };
  // add 300 jobs … hire 250 workers: words of one group count one thing.
  auto counted = [&](const NumberMention& m) -> std::string {
    std::string word = written_counted(m);
    if (auto alike = counted_alike_.find(word); alike != counted_alike_.end()) return alike->second;
    return word;
  };
  // A count (not a year, a range or nothing), exact or given roughly.
  auto counts = [](const NumberMention& m) {
    return m.form == NumberForm::kCardinal && !m.is_range() && !reads_as_year(m) && m.value > 0;
  };
  auto countable = [&](const NumberMention& m) { return counts(m) && m.bound == Bound::kExact; };
  std::span<const NumberMention> ms = doc.analysis<Numbers>().within(unit.span);
  for (const NumberMention& h : ms) {
    if (!countable(h) || !is_head(h.span.begin)) continue;
    // "$5 cruise passenger fee": an amount of money, which headline_amounts checks, counts nothing.
    if (!currency_sign_before(text, h.extent.begin).empty()) continue;
    const std::string noun = counted(h);
    if (noun.empty()) continue;
    const double half = rounding_of_written(h);
    const NumberMention* contradicting = nullptr;
    bool honoured = false, several = false;
    for (const NumberMention& b : ms) {
      if (is_head(b.span.begin) || counted(b) != noun) continue;
      // The body has it (a headline may also cut a round figure down: 22,000
      // nests for 22,542; not two routes for three), or gives the count only roughly.
      const double cut = std::fmod(h.value, 10) == 0 || h.magnitude > 1 ? 2 * half : half;
      // (The half-way figure is not a rounding: 300 is no headline for 250.)
      if (b.bound == Bound::kExact ? b.value > h.value - half * (1 - 1e-9) && b.value <= h.value + cut * (1 + 1e-9)
                                   : roughly_allows(b, h.value)) {
        honoured = true;
        break;
      }
      // A rough body figure far from the headline's contradicts it as an exact one does.
      if (!counts(b)) continue;
      // Two different counts of the word (214 animals housed, 96 placed): the
      // word does not say which the headline's is.
      if (contradicting && contradicting->value != b.value) several = true;
      if (!contradicting) contradicting = &b;
    }
    // The body gives the figure without the word (the board agreed to remove
    // 41.), not as a count of something else (two aircraft, two of the three).
    auto bare = [&](const NumberMention& b) {
      return counted(b).empty() && std::string_view(text).substr(b.extent.end, 4) != " of ";
    };
    for (const NumberMention& b : ms) {
      honoured = honoured || (!is_head(b.span.begin) && countable(b) && bare(b) &&
                              std::fabs(b.value - h.value) <= half * (1 + 1e-9));
    }
    if (honoured || several || !contradicting) continue;
    report_headline(h.span, std::string(doc.slice(h.extent)) + " " + written_counted(h),
                    std::string(doc.slice(contradicting->extent)) + " " + written_counted(*contradicting),
                    contradicting->span, out);
  }
}

void NumericInconsistencyKind::check_headline_amounts(const Document& doc, const Unit& unit, Reporter& out) const {
  const std::vector<Span> heads = headline_spans(doc, unit);
  if (heads.empty()) return;
  auto in_headline = [&](size_t offset) { return in_any(heads, offset); };
  for (const ContradictedAmount& c :
       find_contradicted_headline_amounts(doc.text(), doc.analysis<Numbers>().within(unit.span), in_headline)) {
    report_headline(c.headline->span, with_currency_sign(doc, *c.headline), with_currency_sign(doc, *c.body),
                    c.body->span, out);
  }
}

void NumericInconsistencyKind::check_division_counts(const Document& doc, const Unit& unit, Reporter& out) const {
  const std::span<const NumberMention> ms = doc.analysis<Numbers>().within(unit.span);
  for (const DivisionCountConflict& c : find_division_count_conflicts(doc, ms, division_nouns_)) {
    Report r;
    r.span = c.later_phrase;
    r.variant = "division";
    r.args = {{"figure", std::string(doc.slice(c.later_phrase))}, {"other", std::string(doc.slice(c.first->span))},
              {"count", std::string(doc.slice(c.later->span))}};
    r.related.push_back({c.first->span, "the count given first"});
    out.report(std::move(r));
  }
}

void NumericInconsistencyKind::check_existing_plus_new(const Document& doc, const Unit& unit, Reporter& out) const {
  for (const ExistingPlusNew& e : find_wrong_existing_plus_new(doc, unit.span)) {
    Report r;
    r.span = e.total->span;
    r.variant = "added";
    r.args = {{"total", std::string(doc.slice(e.total->span))}, {"existing", std::string(doc.slice(e.existing->span))},
              {"added", std::string(doc.slice(e.added->span))}, {"sum", figure(e.existing->amount + e.added->amount)}};
    r.related.push_back({e.existing->span, "what there was"});
    r.related.push_back({e.added->span, "what was added"});
    out.report(std::move(r));
  }
}

void NumericInconsistencyKind::check_listed_count(const Document& doc, const Unit& unit, Reporter& out) const {
  for (const MiscountedList& list : find_miscounted_lists(doc, doc.analysis<Numbers>().within(unit.span), unit.span)) {
    Report r;
    r.span = list.count->extent;
    r.variant = "count";
    r.args = {{"figure", std::string(doc.slice(list.count->extent))}, {"expected", std::to_string(list.items)}};
    r.related.push_back({list.list, "the list"});
    out.report(std::move(r));
  }
}

void NumericInconsistencyKind::check_headline_change(const Document& doc, const Unit& unit, Reporter& out) const {
  const std::vector<Span> heads = headline_spans(doc, unit);
  if (heads.empty()) return;
  auto in_headline = [&](size_t offset) { return in_any(heads, offset); };
  const std::span<const NumberMention> numbers = doc.analysis<Numbers>().within(unit.span);
  const std::vector<PercentChange> changes = percent_change_finder_->find(doc, numbers);
  for (const ContradictedChange& c : find_contradicted_headline_changes(doc.text(), numbers, changes, in_headline)) {
    const std::string expected = fmt::format("{} to {}, a change of {:.1f}%", with_currency_sign(doc, *c.body.from),
                                             with_currency_sign(doc, *c.body.to), c.body_change);
    report_headline(c.headline->extent, std::string(doc.slice(c.headline->extent)), expected, c.body.percent->extent, out);
  }
}

// A headline figure with two neighbouring digits swapped: $412 million over a
// body that says $421 million, 31% over 13%. Only when the body never gives
// the headline's figure (rounded as the headline writes it), and the swapped
// figure has the same form, scale word and decimals.
void NumericInconsistencyKind::check_headline_transposed(const Document& doc, const Unit& unit, Reporter& out) const {
  // The unit's headline blocks first: most articles have no figure there, and
  // then the body is never looked at.
  const Numbers& numbers = doc.analysis<Numbers>();
  const std::vector<Span> heads = headline_spans(doc, unit);
  if (heads.empty()) return;
  auto is_head = [&](size_t offset) { return in_any(heads, offset); };
  const std::string& text = doc.text();
  // A count or percentage in Arabic digits, not a year or part of a date, whatever its bound word.
  auto written_exactly = [&](const NumberMention& m) {
    return (m.form == NumberForm::kCardinal || m.form == NumberForm::kPercent) && !m.is_range() && m.arabic &&
           !reads_as_year(m) && m.value > 0 && !part_of_date_or_time(text, m);
  };
  auto exact = [&](const NumberMention& m) { return m.bound == Bound::kExact && written_exactly(m); };
  auto digits = [&](const NumberMention& m) { return written_digits(text, m); };
  std::span<const NumberMention> ms = numbers.within(unit.span);
  for (Span head : heads) {
    for (const NumberMention& h : numbers.within(head)) {
      if (!exact(h)) continue;
      const std::string hd = digits(h);
      if (hd.size() < 2) continue;
      const double half = rounding_of_written(h);
      const NumberMention* transposed = nullptr;
      bool given = false;
      for (const NumberMention& b : ms) {
        if (b.form != h.form || is_head(b.span.begin)) continue;
        if (std::fabs(b.value - h.value) <= half * (1 + 1e-9)) {
          given = true;
          break;
        }
        // A body figure given roughly (about 83,000 under 38,000) swaps digits all the same.
        if (!transposed && b.magnitude == h.magnitude && b.decimals == h.decimals && neighbour_digits_swapped(hd, digits(b)) &&
            (exact(b) || (b.bound == Bound::kApprox && written_exactly(b)))) {
          transposed = &b;
        }
      }
      if (given || !transposed) continue;
      report_headline(h.span, std::string(doc.slice(h.extent)), std::string(doc.slice(transposed->extent)),
                      transposed->span, out);
    }
  }
}

// A game's score in the headline (Thunder roll past Harbor City, 54-49) that
// the body gives otherwise (beat the Mariners 54-46): when the body gives
// scores, none of them the headline's (either way round), and one shares a
// number with it, the headline contradicts the body.
void NumericInconsistencyKind::check_headline_score(const Document& doc, const Unit& unit, Reporter& out) const {
  struct Score {
    int a = 0, b = 0;
    Span span;
  };
  // "54-49", "3–2": one to three digits on each side of a hyphen or dash, not inside a longer figure.
  auto scores_in = [&](Span span) {
    std::vector<Score> found;
    const std::string_view text = doc.text();
    for (size_t at = text.find('-', span.begin); at != std::string_view::npos && at < span.end;
         at = text.find('-', at + 1)) {
      size_t begin = at, end = at + 1;
      while (begin > span.begin && std::isdigit(static_cast<unsigned char>(text[begin - 1]))) --begin;
      while (end < span.end && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
      const size_t left = at - begin, right = end - at - 1;
      if (left == 0 || right == 0 || left > 3 || right > 3) continue;
      auto glued = [&](size_t i) { return i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) ||
                                                               text[i] == '-' || text[i] == '.' || text[i] == ','); };
      if ((begin > 0 && glued(begin - 1)) || (end < span.end && glued(end) && text[end] != ',' && text[end] != '.')) {
        continue;
      }
      found.push_back({std::stoi(std::string(text.substr(begin, left))), std::stoi(std::string(text.substr(at + 1, right))),
                       Span{begin, end}});
    }
    return found;
  };
  const std::vector<Span> heads = headline_spans(doc, unit);
  if (heads.empty()) return;
  std::vector<Score> body;
  size_t from = unit.span.begin;
  for (const Span& h : heads) {
    for (const Score& sc : scores_in({from, h.begin})) body.push_back(sc);
    from = std::max(from, h.end);
  }
  for (const Score& sc : scores_in({from, unit.span.end})) body.push_back(sc);
  if (body.empty()) return;
  for (const Span& h : heads) {
    for (const Score& head : scores_in(h)) {
      auto same = [&](const Score& x) { return (x.a == head.a && x.b == head.b) || (x.a == head.b && x.b == head.a); };
      if (std::any_of(body.begin(), body.end(), same)) continue;
      const auto near = std::find_if(body.begin(), body.end(), [&](const Score& x) {
        return x.a == head.a || x.b == head.b || x.a == head.b || x.b == head.a;
      });
      if (near == body.end()) continue;
      report_headline(head.span, std::string(doc.slice(head.span)), std::string(doc.slice(near->span)), near->span, out);
    }
  }
}

void NumericInconsistencyKind::check_restated_count(const Document& doc, const Unit& unit, Reporter& out) const {
  const bool english = doc.language() == Language::kEnglish;
  for (const RestatedCount& c : find_restated_counts(doc.text(), doc.analysis<Numbers>().within(unit.span), english)) {
    Report r;
    r.span = c.later->span;
    r.variant = "restated_count";
    r.args = {{"figure", std::string(doc.slice(c.later->extent))}, {"expected", std::string(doc.slice(c.earlier->extent))}};
    r.related.push_back({c.earlier->span, "the count given before"});
    out.report(std::move(r));
  }
}

void NumericInconsistencyKind::check_restated_transposed(const Document& doc, const Unit& unit, Reporter& out) const {
  // Headline figures are check_headline_transposed's.
  const std::vector<Span> heads = headline_spans(doc, unit);
  for (const TransposedCount& t : find_transposed_counts(doc.text(), doc.analysis<Numbers>().within(unit.span), heads)) {
    Report r;
    r.span = t.later->span;
    r.variant = "restated";
    r.args = {{"figure", std::string(doc.slice(t.later->extent))}, {"expected", std::string(doc.slice(t.first->extent))}};
    r.related.push_back({t.first->span, "the figure as given first"});
    out.report(std::move(r));
  }
}

void NumericInconsistencyKind::check_reach(const Document& doc, const Unit& unit, Reporter& out) const {
  const Quantities& all = doc.analysis<Quantities>();
  const std::string& text = doc.text();
  std::vector<const Quantity*> qs = all.within(unit.span);
  for (size_t i = 0; i < qs.size(); ++i) {
    const Quantity& a = *qs[i];
    if (a.bound != Bound::kOver || a.extent.begin == a.span.begin) continue;  // 突破/超过 written before
    // Only the first later figure in the same unit written after 达 or 达到
    // is compared, and only when it is in the same sentence: it is found
    // first, as asking for the sentence splits the paragraph.
    size_t reached = 0;
    for (size_t j = i + 1; j < qs.size() && j <= i + kMaxLookahead; ++j) {
      const Quantity& b = *qs[j];
      if (!same_unit(all, a, b) || b.bound != Bound::kExact) continue;
      std::string_view before = text_before(text, b.extent.begin, 2);
      if (before.ends_with("达") || before.ends_with("达到")) {
        reached = j;
        break;
      }
    }
    if (!reached) continue;
    const Quantity& b = *qs[reached];
    // (A headline has no sentences: its block bounds it, and the headline check reads it.)
    if (b.span.begin >= sentence_of(doc, a.span.begin, unit.span).end ||
        b.span.begin >= paragraph_of(doc, a.span.begin, unit.span).end) {
      continue;
    }
    if (b.base + rounding(doc, b) >= a.base) continue;
    Report r;
    r.span = b.span;
    r.variant = "reach";
    r.args = {{"figure", std::string(doc.slice(a.extent))}, {"expected", std::string(doc.slice(b.span))}};
    r.related.push_back({a.span, "the bound"});
    out.report(std::move(r));
  }
}

void NumericInconsistencyKind::check_average(const Document& doc, const Unit& unit, Reporter& out) const {
  const Quantities& all = doc.analysis<Quantities>();
  const std::string& text = doc.text();
  std::vector<const Quantity*> qs = all.within(unit.span);
  auto is_count = [&](const Quantity& q) {
    const std::string& d = all.unit_of(q).dimension;
    return d == "people" || d == "visits" || d == "households";
  };
  const bool english = doc.language() == Language::kEnglish;
  auto is_average = [&](const Quantity& q) {
    if (english) {
      const std::string_view head = std::string_view(text).substr(0, q.extent.begin);
      // A line break reads as a space (hard-wrapped copy: "an average of⏎$9,500").
      if (ends_with_words(head, "average of ") || ends_with_words(head, "averaging ") ||
          ends_with_words(head, "average of about ")) {
        return true;
      }
      // The 22 buses cost a combined $8.1 million, or about $395,000 apiece.
      const std::string_view after = std::string_view(text).substr(q.extent.end);
      std::string_view lead = head;
      for (std::string_view w : {"about ", "roughly ", "nearly ", "almost ", "some "}) {
        if (ends_with_words(lead, std::string(" ") + std::string(w))) lead.remove_suffix(w.size());
      }
      return (ends_with_words(lead, ", or ") || ends_with_words(lead, ", ")) &&
             (starts_with_words(after, " apiece") || starts_with_words(after, " each")) &&
             (after.size() <= 7 || !std::isalpha(static_cast<unsigned char>(after[starts_with_words(after, " each") ? 5 : 7])));
    }
    std::string_view before = text_before(text, q.extent.begin, 6);
    return before.find("人均") != std::string_view::npos || before.find("户均") != std::string_view::npos ||
           before.find("平均") != std::string_view::npos;
  };
  // English counts are plain figures before a noun (42 owners), not units:
  // the one count of the sentence before the average that no money figure holds.
  auto english_count = [&](Span sentence, const Quantity& total, const Quantity& avg) -> const NumberMention* {
    const NumberMention* found = nullptr;
    // Before the average: what the sentence goes on to say (and only two fell behind) is not its basis.
    for (const NumberMention& m : doc.analysis<Numbers>().within({sentence.begin, avg.span.begin})) {
      if (total.span.contains(m.span)) continue;
      // A span of time (Two years after…) counts no units of the total.
      if (counts_time(text, m.span.end)) continue;
      if (m.form != NumberForm::kCardinal || is_year_figure(m) || m.magnitude != 1 || m.decimals != 0) return nullptr;
      if (found) return nullptr;  // two counts: which one divides is not clear
      found = &m;
    }
    return found;
  };
  // English amounts other than money are averaged per item only (212 bells
  // … a combined 46,000 pounds, an average of about 250 pounds each): "each",
  // or per the noun the count counts (per bell); not per day or per acre.
  auto per_item = [&](const Quantity& q, const NumberMention& count) {
    const std::string_view after = std::string_view(text).substr(q.extent.end);
    if (starts_with_words(after, " each") && (after.size() == 5 || !std::isalpha(static_cast<unsigned char>(after[5])))) {
      return true;
    }
    const std::string_view per = english_per_noun(text, q.extent.end);
    return !per.empty() && per == english_counted_noun(text, count.extent.end);
  };
  for (size_t i = 0; i < qs.size(); ++i) {
    const Quantity& avg = *qs[i];
    // An average of about so much (户均投入约3.2万元) is allowed twice the tolerance.
    const bool money = all.unit_of(avg).dimension.starts_with("currency");
    if ((!money && !english) || (avg.bound != Bound::kExact && avg.bound != Bound::kApprox) || !is_average(avg)) {
      continue;
    }
    Span sentence = sentence_of(doc, avg.span.begin, unit.span);
    // The nearest money figure before, and exactly one count between it and the average.
    const Quantity* total = nullptr;
    size_t total_index = 0;
    for (size_t j = i; j-- > 0;) {
      if (qs[j]->span.begin < sentence.begin || i - j > kMaxLookahead) break;
      if (all.unit_of(*qs[j]).dimension == all.unit_of(avg).dimension) {
        total = qs[j];
        total_index = j;
        break;
      }
    }
    if (!total || total->bound != Bound::kExact || total->base_high || is_average(*total)) continue;
    // The count the total is divided by.
    Span count_span;
    double count_value = 0;
    if (english) {
      // 42 owners have borrowed a combined $630,000 — an average of $12,000 per loan.
      const NumberMention* n = english_count(sentence, *total, avg);
      // The work cost $315,000 in all, an average of $9,500 per dam: else the
      // one count of the paragraph before that counts what the average is per (42 small dams).
      if (!n) n = english_count_of(doc, paragraph_of(doc, avg.span.begin, unit.span), total->span.begin,
                                    english_per_noun(text, avg.extent.end));
      if (!n || n->bound != Bound::kExact || n->value < 2) continue;
      if (!money && !per_item(avg, *n)) continue;
      count_span = n->span;
      count_value = n->value;
    } else {
      const Quantity* count = nullptr;
      int counts = 0;
      for (size_t j = total_index + 1; j < i; ++j) {
        if (is_count(*qs[j])) {
          count = qs[j];
          ++counts;
        }
      }
      // 共有住户960户。……总投资2400万元，户均投入约3.2万元: a per-household
      // average divides by the one count of households before it in the paragraph.
      if (counts == 0 && text_before(text, avg.extent.begin, 6).find("户均") != std::string_view::npos) {
        const Span paragraph = paragraph_of(doc, total->span.begin, unit.span);
        for (size_t j = total_index; j-- > 0 && qs[j]->span.begin >= paragraph.begin;) {
          if (all.unit_of(*qs[j]).dimension != "households") continue;
          count = qs[j];
          ++counts;
        }
      }
      if (counts != 1 || count->bound != Bound::kExact || count->base <= 0) continue;
      count_span = count->span;
      count_value = count->base;
    }
    const double expected = total->base / count_value;
    // An average of about so much (户均投入约3.2万元, or about $395,000 apiece)
    // is allowed the rounding its written figure shows as well: about $400,000
    // stands for $350,000 to $450,000, about $395,000 for $394,500 to $395,500.
    const NumberMention& written = doc.analysis<Numbers>().mentions[avg.number];
    const double rounded = avg.bound == Bound::kExact || written.value <= 0
                               ? 0
                               : rounding_of_written(written) * avg.base / written.value;
    const double tolerance = average_tolerance_ + rounded / expected;
    if (std::fabs(avg.base - expected) <= tolerance * expected) continue;
    // Another amount of the sentence may be the total (资金10.6亿元，其中……1.2亿元，
    // 惠及14.3万户，户均约7400元 divides the 10.6亿元): any that gives the average will do.
    bool other_total = false;
    for (size_t j = total_index; j-- > 0 && qs[j]->span.begin >= sentence.begin && !other_total;) {
      const Quantity& t = *qs[j];
      if (all.unit_of(t).dimension != all.unit_of(avg).dimension || t.base_high) continue;
      other_total = std::fabs(avg.base - t.base / count_value) <= tolerance * (t.base / count_value);
    }
    if (other_total) continue;
    const UnitDef& u = all.unit_of(avg);
    const std::string amount = figure(std::round(expected / (u.factor) * 100) / 100);
    // English figures are shown with their $ and a space before a unit's word.
    report_wrong_average(doc,
                         {avg.span, english ? avg.extent : avg.span, total->span,
                          english ? total->extent : total->span, count_span, "count",
                          u.prefix ? u.name + amount : amount + (english ? " " : "") + u.name},
                         out);
  }
}

// 8条乡村邮路总长520公里，平均每条邮路长75公里: Chinese averages per item.
void NumericInconsistencyKind::check_item_average(const Document& doc, const Unit& unit, Reporter& out) const {
  const Quantities& all = doc.analysis<Quantities>();
  for (const ItemAverage& a : find_wrong_item_averages(doc, unit.span, average_tolerance_)) {
    const UnitDef& u = all.unit_of(*a.average);
    report_wrong_average(doc,
                         {a.average->span, a.average->span, a.total->span, a.total->span, a.count->span, "count",
                          figure(std::round(a.expected / u.factor * 100) / 100) + u.name},
                         out);
  }
}

// 试运行120天，累计完成配送4.2万单，日均约500单: Chinese averages per day, month or year.
void NumericInconsistencyKind::check_chinese_period_average(const Document& doc, const Unit& unit, Reporter& out) const {
  for (const ChinesePeriodAverage& a : find_wrong_chinese_period_averages(doc, unit.span, average_tolerance_)) {
    report_wrong_average(doc,
                         {a.average->extent, a.average->span, a.total->span, a.total->span, a.periods, "periods",
                          figure(std::round(a.expected * 100) / 100) + std::string(a.measure),
                          figure(a.periods_count) + std::string(a.period_word)},
                         out);
  }
}

// 5,600 trips over 14 days, an average of 500 a day: English averages per period.
void NumericInconsistencyKind::check_period_average(const Document& doc, const Unit& unit, Reporter& out) const {
  if (doc.language() != Language::kEnglish) return;
  const std::span<const NumberMention> ms = doc.analysis<Numbers>().within(unit.span);
  for (const PeriodAverage& p : find_wrong_period_averages(doc.text(), ms, average_tolerance_)) {
    report_wrong_average(doc,
                         {p.average->extent, p.average->extent, p.total->span, p.total->extent, p.periods->span,
                          "periods", figure(std::round(p.expected * 100) / 100)},
                         out);
  }
}

void NumericInconsistencyKind::check_multiplier(const Document& doc, const Unit& unit, Reporter& out) const {
  std::string_view text = doc.slice(unit.span);
  // Every match of doubling_ holds 番 and every match of decrease_times_ holds 倍,
  // and no match spans a line break: the regexes run only on the lines that hold
  // the word, not on the whole unit.
  struct Pattern {
    const RE2* re;
    std::string_view required;
  };
  for (const Pattern& pattern : {Pattern{doubling_.get(), "番"}, Pattern{decrease_times_.get(), "倍"}}) {
    size_t at = 0;
    while ((at = find_text(text, pattern.required, at)) != std::string_view::npos) {
      size_t line_begin = text.rfind('\n', at);
      line_begin = line_begin == std::string_view::npos ? 0 : line_begin + 1;
      size_t line_end = std::min(text.find('\n', at), text.size());
      report_matches(*pattern.re, text.substr(line_begin, line_end - line_begin), unit.span.begin + line_begin, out);
      at = line_end;
    }
  }
}

void NumericInconsistencyKind::report_matches(const RE2& re, std::string_view text, size_t offset, Reporter& out) const {
  re2::StringPiece input(text);
  re2::StringPiece match;
  while (RE2::FindAndConsume(&input, re, &match)) {
    if (match.empty()) break;
    size_t begin = offset + (match.data() - text.data());
    Report r;
    r.span = {begin, begin + match.size()};
    r.variant = "multiplier";
    r.args = {{"figure", std::string(match)}};
    out.report(std::move(r));
  }
}

}  // namespace copydesk
