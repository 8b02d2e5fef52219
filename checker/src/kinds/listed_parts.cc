#include "kinds/listed_parts.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <span>

#include "core/document.h"
#include "core/utf8.h"
#include "extract/chinese_numeral.h"
#include "extract/numbers.h"
#include "segment/sentences.h"
#include "segment/text_shape.h"

namespace copydesk {

namespace {

// A count a list can add up: exact, whole, not a percentage, not a year.
bool is_plain_count(const NumberMention& m) {
  if (m.form != NumberForm::kCardinal || m.bound != Bound::kExact || m.is_range() || m.decimals > 0) return false;
  return !reads_as_year(m) && m.value > 0;
}

constexpr const char* kWords = "(?:[ \\t\\n]+[A-Za-z'’-]+)";
constexpr const char* kDashWords = "(?:[ \\t\\n]+[A-Za-z'’]+(?:-[A-Za-z'’]+)*)";
// Bounds the Chinese expressions leave to code (a bounded repeat of a Unicode
// class compiles one copy of the class per count).
constexpr size_t kLongestUnit = 3 * 3;  // 个, 万千瓦时 less its 万: three Han characters
constexpr size_t kLongestGap = 48;      // from a figure to the next: a unit, 、 and a label

// Half the last digit of a figure written rounded (48.2 million, 3万), in its
// units; 0 for a plain count, which is exact.
double rounding(const NumberMention& m) {
  if (m.decimals == 0 && m.magnitude == 1) return 0;
  return 0.5 * std::pow(10.0, -m.decimals) * m.magnitude;
}

// How far a list's sum may be off: the rounding of its parts and of its total.
void add_rounding(ListedParts& list) {
  for (const NumberMention* m : list.parts) list.tolerance += rounding(*m);
  list.tolerance += rounding(*list.total);
}

// Extends `list` with the parts from ms[k] on, to the sentence's end: each
// accepted and joined to the one before by `joiner` (its two groups catch the
// "and" of ", and" or " and "), the last after "and". Returns the index after
// the last part, or nullopt when a figure of the sentence is no such part or
// no "and" comes before the last.
template <typename Accepts>
std::optional<size_t> extend_and_list(std::string_view text, std::span<const NumberMention> ms, size_t k,
                                      size_t sentence_end, const RE2& joiner, Accepts accepts, ListedParts& list) {
  bool last_after_and = false;
  for (; k < ms.size() && ms[k].span.begin < sentence_end; ++k) {
    re2::StringPiece comma_and, plain_and;
    if (!accepts(ms[k]) || last_after_and ||
        !RE2::FullMatch(text_between(text, *list.parts.back(), ms[k]), joiner, &comma_and, &plain_and)) {
      return std::nullopt;
    }
    last_after_and = !comma_and.empty() || !plain_and.empty();
    list.parts.push_back(&ms[k]);
  }
  if (!last_after_and) return std::nullopt;
  return k;
}

// The first word of `s` after any white space ("" when none).
std::string_view first_word(std::string_view s) {
  const size_t begin = s.find_first_not_of(" \t\n");
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_first_of(" \t\n", begin) - begin);
}

// The last word of `s` before any white space ("" when none).
std::string_view last_word(std::string_view s) {
  const size_t end = s.find_last_not_of(" \t\n");
  if (end == std::string_view::npos) return {};
  const size_t space = s.find_last_of(" \t\n", end);
  const size_t begin = space == std::string_view::npos ? 0 : space + 1;
  return s.substr(begin, end + 1 - begin);
}

bool is_of(std::string_view word) { return word == "of" || word == "Of"; }

// Whether a figure before the total in its sentence counts a share of it, or
// it of another (won 3 of its 5 games: …; Of the 12 boats, 5 sank: …; 4 out
// of 9): the list after the colon may then break down either. Other figures
// before it count something else (Twelve beekeepers trucked in 1,840 hives: …).
bool counts_a_share_of(std::string_view text, std::span<const NumberMention> ms, size_t total, size_t sentence_begin) {
  for (size_t k = total; k-- > 0 && ms[k].span.begin >= sentence_begin;) {
    std::string_view after = text.substr(ms[k].extent.end, ms[total].extent.begin - ms[k].extent.end);
    std::string_view word = first_word(after);
    if (word == "out") word = first_word(after.substr(after.find("out") + 3));
    if (is_of(word)) return true;
    // "of", "of the", "of its" just before the figure
    std::string_view before = text.substr(sentence_begin, ms[k].extent.begin - sentence_begin);
    for (int words = 0; words < 2; ++words) {
      const std::string_view w = last_word(before);
      if (w.empty()) break;
      if (is_of(w)) return true;
      before = before.substr(0, w.data() - before.data());
    }
  }
  return false;
}

}  // namespace

std::string_view text_between(std::string_view text, const NumberMention& a, const NumberMention& b) {
  return text.substr(a.extent.end, b.extent.begin > a.extent.end ? b.extent.begin - a.extent.end : 0);
}

const ListedPartsFinder& ListedPartsFinder::shared() {
  static const ListedPartsFinder finder;
  return finder;
}

ListedPartsFinder::ListedPartsFinder()
    : to_colon_(std::string(kWords) + "{0,8}[ \\t\\n]*:[ \\t\\n]*(?:\\$|£|€)?"),
      words_(std::string(kWords) + "{0,8}[ \\t\\n]*"),
      // words (hyphens only inside them), then a dash: "eight satellites - five …"
      to_dash_(std::string(kDashWords) + "{0,8}[ \\t\\n]*(?:—|–|--|-)[ \\t\\n]*(?:\\$|£|€)?"),
      dash_end_("^" + std::string(kDashWords) + "*[ \\t\\n]*(?:—|–|--|-)(?:[ \\t\\n]|$)"),  // PartialMatch, anchored
      between_(std::string(kWords) + "*[ \\t\\n]*(?:,[ \\t\\n]*(and[ \\t\\n]+)?|[ \\t\\n]+(and)[ \\t\\n]+)(?:\\$|£|€)?"),
      // words, maybe ", including" ("such as") and more words without a figure
      // (, including a gas station and a small church; such as road crashes,
      // flooding and people trapped in lifts), then the full stop
      to_end_(std::string(kWords) + "*(?:,?[ \\t\\n]+(?:including|such as|among them|according[ \\t\\n]+to)(?:[ \\t\\n]+[A-Za-z'’-]+|,)+)?"
              "[ \\t\\n]*\\.[\"”’]?[ \\t\\n]*"),
      // after a colon's list: a clause on its last part, then the full stop (, which ended last week.)
      to_end_clause_(std::string(kWords) + "*,[ \\t\\n]+(?:which|where|when)(?:[ \\t\\n]+[A-Za-z'’-]+)+[ \\t\\n]*\\.[\"”’]?[ \\t\\n]*"),
      to_total_(std::string(kWords) + "*[ \\t\\n]*(?:,|—|–|--)[ \\t\\n]*(?:for[ \\t\\n]+)?(?:a[ \\t\\n]+)?"
                "(?:combined|total[ \\t\\n]+of|totaling|totalling)[ \\t\\n]+(?:\\$|£|€)?"),
      // parts may stand in brackets after their labels: the state ($250 million), the county ($95 million)
      list_between_("\\)?" + std::string(kWords) + "{0,8}[ \\t\\n]*(?:,[ \\t\\n]*(and[ \\t\\n]+)?|[ \\t\\n]+(and)[ \\t\\n]+)"
                    "(?:[A-Za-z'’-]+[ \\t\\n]+){0,4}\\(?(?:\\$|£|€)?"),
      // "Of the 4,812 votes cast online and at City Hall, Blizzard of Oz drew 1,906": the
      // first part's label may stand before it as later ones do.
      of_the_to_first_(std::string(kWords) + "{0,12}[ \\t\\n]*,[ \\t\\n]*(?:[A-Za-z'’-]+[ \\t\\n]+){0,4}(?:\\$|£|€)?"),
      // words, maybe a clause between commas (, adopted in 2024,), then the
      // verb, maybe "entirely" (funded entirely by): a split leaves nothing out
      to_split_(std::string(kWords) + "{0,6}(?:[ \\t\\n]*,[^,.;:]{1,40},)?" + kWords +
                "{0,3},?[ \\t\\n]+(?:split|divided|distributed|allocated|apportioned|broken[ \\t\\n]+down|breaks?[ \\t\\n]+down|"
                "paid[ \\t\\n]+for|paid|funded|financed|made[ \\t\\n]+up|comprising|consisting)"
                "(?:[ \\t\\n]+(?:entirely|wholly|fully|jointly))?"
                "(?:[ \\t\\n]+(?:into|among|between|with|by|of|as[ \\t\\n]+follows|as)(?:[ \\t\\n]+[A-Za-z'’-]+){0,4})?[ \\t\\n]*[:,(]?[ \\t\\n]*(?:\\$|£|€)?"),
      zh_between_("(\\p{Han}*?)、\\p{Han}*"),  // repeats bounded in code: kLongestUnit, kLongestGap
      zh_to_total_("(\\p{Han}*?)[，,]\\s*(?:(?:共计|合计|总计)\\p{Han}*?|总共|一共|共|总\\p{Han}{1,6}?)(?:达到|达|为|有)?"),
      zh_counted_total_("([两二三四五六七八九2-9])(?:大|个|项|类|部分|方面|块)\\p{Han}*?"
                        "(?:共同构成了?|共同组成了?|合计|共计|总计|加起来|累计)(?:达到|达|为|有)?") {}

std::vector<ListedParts> ListedPartsFinder::find(const Document& doc, Span span) const {
  std::vector<ListedParts> found;
  std::string_view text = doc.text();
  std::span<const NumberMention> ms = doc.analysis<Numbers>().within(span);
  auto gap = [&](size_t from, size_t to) { return text.substr(from, to > from ? to - from : 0); };
  for (size_t t = 0; t + 2 < ms.size(); ++t) {
    const NumberMention& total = ms[t];
    if (!is_plain_count(total)) continue;
    // A year or an ordinal may stand between the total and its list (1,862
    // donations in 2025: …; 1,240 fish in the first week: …).
    size_t first = t + 1;
    size_t lead = total.extent.end;  // where the words before the first part (or a year) begin
    // The total's conversion in brackets (38 kilometres (about 31 miles) of new lanes by 2028: …).
    if (first + 1 < ms.size() && gap(total.extent.end, ms[first].extent.begin).ends_with("(")) {
      const size_t close = gap(ms[first].extent.end, ms[first + 1].extent.begin).find(')');
      if (close != std::string_view::npos) {
        lead = ms[first].extent.end + close + 1;
        ++first;
      }
    }
    if ((reads_as_year(ms[first]) || ms[first].form == NumberForm::kOrdinal) && first + 1 < ms.size() &&
        RE2::FullMatch(gap(lead, ms[first].extent.begin), words_)) {
      ++first;
    }
    if (!is_plain_count(ms[first])) continue;
    // A colon, or a dash with a closing dash after the list (eight satellites -
    // five optical imagers and two radar satellites - which …).
    const std::string_view opener = gap(ms[first - 1].extent.end, ms[first].extent.begin);
    const bool colon = opener.find(':') != std::string_view::npos;
    const bool dash = !colon && (opener.find('-') != std::string_view::npos || opener.find("—") != std::string_view::npos ||
                                 opener.find("–") != std::string_view::npos);
    if (!colon && !dash) continue;  // most pairs
    if (!RE2::FullMatch(opener, colon ? to_colon_ : to_dash_)) continue;
    std::optional<Sentence> sentence = doc.analysis<Sentences>().at(total.span.begin);
    if (!sentence || counts_a_share_of(text, ms, t, sentence->span.begin)) continue;
    ListedParts list{&total, {&ms[first]}};
    const std::optional<size_t> k = extend_and_list(text, ms, first + 1, sentence->span.end, between_, is_plain_count, list);
    if (!k) continue;
    const std::string_view after = gap(list.parts.back()->extent.end, sentence->span.end);
    // The list ends the sentence, maybe with a clause on its last part after a
    // colon, or (opened by a dash) at the closing dash.
    const bool ends = RE2::FullMatch(after, to_end_) ||
                      (colon ? RE2::FullMatch(after, to_end_clause_) : RE2::PartialMatch(after, dash_end_));
    if (!ends) continue;
    found.push_back(std::move(list));
    t = *k - 1;  // the parts are no totals of their own
  }
  if (doc.language() == Language::kEnglish) find_split(doc, ms, found);  // English wording only
  if (doc.language() == Language::kEnglish) find_of_the(doc, ms, found);
  find_total_after(doc, ms, found);
  if (doc.language() != Language::kEnglish) find_counted_total(doc, ms, found);
  if (doc.language() == Language::kEnglish) find_in_all(doc, ms, found);
  if (doc.language() == Language::kEnglish) find_remaining(doc, ms, found);
  return found;
}

// "All 62,000 new slates were cut in Vermont; 38,000 have been installed, and
// the remaining 20,000 are stacked behind the building": a part called the
// remaining one closes its sentence's count, which the first figure of the
// sentence is the whole of. Only when every figure before it in the sentence
// is an exact amount (no year, share or price among them), at most three
// parts, each smaller than the whole.
namespace {
// The one amount of money (written with `sign`) of the sentence right before
// `sentence`, or null.
const NumberMention* sole_amount_before(const Document& doc, std::span<const NumberMention> ms, const Sentence& sentence,
                                        std::string_view sign) {
  const std::string_view text = doc.text();
  // The sentence right before, in this paragraph or ending the one before it.
  const std::optional<Sentence> before = doc.analysis<Sentences>().before(sentence);
  if (!before || before->block + 1 < sentence.block) return nullptr;
  const NumberMention* amount = nullptr;
  for (const NumberMention& m : ms) {
    if (m.span.begin < before->span.begin || m.span.begin >= before->span.end) continue;
    // Figures of other things (which began in May 2022 and took three years) are passed over.
    if (currency_sign_before(text, m.extent.begin) != sign) continue;
    if (amount || !is_exact_amount(m)) return nullptr;
    amount = &m;
  }
  return amount;
}
}  // namespace

void ListedPartsFinder::find_remaining(const Document& doc, std::span<const NumberMention> ms,
                                       std::vector<ListedParts>& found) const {
  const std::string_view text = doc.text();
  for (size_t r = 2; r < ms.size(); ++r) {
    const NumberMention& rest = ms[r];
    std::string_view before = text.substr(0, rest.extent.begin);
    const std::string_view rest_sign = currency_sign_before(text, rest.extent.begin);  // the remaining £200,000
    before.remove_suffix(std::min(before.size(), rest_sign.size()));
    if (!is_exact_amount(rest) || !(before.ends_with("the remaining ") || before.ends_with("The remaining "))) continue;
    const std::optional<Sentence> sentence = doc.analysis<Sentences>().at(rest.span.begin);
    if (!sentence) continue;
    size_t first = r;
    while (first > 0 && ms[first - 1].span.begin >= sentence->span.begin) --first;
    if (r - first < 2 || r - first > 3) continue;  // the whole and one or two parts before the rest
    bool plain = true;
    const std::string_view sign = currency_sign_before(text, rest.extent.begin);  // counts with counts, $ with $
    for (size_t k = first; k < r; ++k) {
      plain = plain && is_exact_amount(ms[k]) && ms[k].form == NumberForm::kCardinal &&
              currency_sign_before(text, ms[k].extent.begin) == sign;
    }
    if (!plain) continue;
    // cost £1.85 million. The fund gave £1.2 million, the council £400,000 and
    // donations raised the remaining £200,000: amounts of money, each smaller
    // than the one amount of the sentence before, are all parts of it.
    if (const NumberMention* whole = sole_amount_before(doc, ms, *sentence, sign); whole && !sign.empty()) {
      ListedParts list{whole, {}};
      for (size_t k = first; k <= r; ++k) {
        if (ms[k].value >= whole->value) plain = false;
        list.parts.push_back(&ms[k]);
      }
      if (plain) {
        add_rounding(list);
        found.push_back(std::move(list));
      }
      continue;
    }
    // Amounts of money in one sentence are no whole and its parts: each is
    // paid by someone (the city will contribute $40 million, the state $20
    // million and the team the remaining $12 million).
    if (!sign.empty()) continue;
    ListedParts list{&ms[first], {}};
    for (size_t k = first + 1; k <= r; ++k) {
      if (ms[k].value >= ms[first].value) plain = false;
      list.parts.push_back(&ms[k]);
    }
    if (!plain) continue;
    add_rounding(list);
    found.push_back(std::move(list));
  }
}

// The sentence before "In all, …" lists the parts of the one amount it gives.
void ListedPartsFinder::find_in_all(const Document& doc, std::span<const NumberMention> ms,
                                    std::vector<ListedParts>& found) const {
  if (ms.size() < 3) return;
  const std::string_view text = doc.text();
  const Sentences& sentences = doc.analysis<Sentences>();
  const Span scope{ms.front().span.begin, ms.back().span.end};
  const std::string_view body = text.substr(scope.begin, scope.end - scope.begin);
  auto money = [&](const NumberMention& m) { return is_exact_amount(m) && !currency_sign_before(text, m.extent.begin).empty(); };
  for (std::string_view opener : {"In all, ", "In total, ", "All told, ", "Altogether, "}) {
    for (size_t at = find_text(body, opener); at != std::string_view::npos; at = find_text(body, opener, at + 1)) {
      const size_t begin = scope.begin + at;
      const std::optional<Sentence> own = sentences.at(begin);
      if (!own || own->span.begin > begin ||
          text.substr(own->span.begin, begin - own->span.begin).find_first_not_of(" \t\n") != std::string_view::npos) {
        continue;  // the opener opens its sentence
      }
      const std::optional<Sentence> before = sentences.before(*own);
      if (!before || before->block != own->block) continue;
      ListedParts list;
      bool all_money = true;
      for (const NumberMention& m : ms) {
        if (m.span.begin >= own->span.begin && m.span.begin < own->span.end) {
          if (list.total || !money(m)) {  // one amount, of money, in the total's sentence
            all_money = false;
            break;
          }
          list.total = &m;
        } else if (m.span.begin >= before->span.begin && m.span.begin < before->span.end && money(m)) {
          list.parts.push_back(&m);  // other figures (over four years) are no parts
        }
      }
      if (!all_money || !list.total || list.parts.size() < 2) continue;
      // A list: "and" before the last part ($48,000 … and $12,000 …).
      if (text_between(text, *list.parts[list.parts.size() - 2], *list.parts.back()).find(" and ") == std::string_view::npos) continue;
      const std::string_view sign = currency_sign_before(text, list.total->extent.begin);  // $ for $: one currency
      if (std::any_of(list.parts.begin(), list.parts.end(),
                      [&](const NumberMention* p) { return currency_sign_before(text, p->extent.begin) != sign; })) {
        continue;
      }
      add_rounding(list);
      found.push_back(std::move(list));
    }
  }
}

// The total, a verb that splits it, then its parts to the end of the sentence.
void ListedPartsFinder::find_split(const Document& doc, std::span<const NumberMention> ms,
                                   std::vector<ListedParts>& found) const {
  std::string_view text = doc.text();
  auto gap = [&](const NumberMention& a, const NumberMention& b) { return text_between(text, a, b); };
  for (size_t t = 0; t + 2 < ms.size(); ++t) {
    const NumberMention& total = ms[t];
    // A year may stand in a clause before the verb (The $780,000 plan,
    // adopted in 2024, is funded entirely by …).
    const size_t first = reads_as_year(ms[t + 1]) ? t + 2 : t + 1;
    if (first + 1 >= ms.size() || !is_exact_amount(total) || !is_exact_amount(ms[first])) continue;
    const std::string_view to_first = gap(total, ms[first]);
    // Most pairs of figures have no split between them: looked for before the expression runs.
    static constexpr std::string_view kSplitWords[] = {"split",    "divided", "distributed", "allocated",  "apportioned",
                                                       "broken",   "break",   "paid",    "funded",      "financed",   "made",
                                                       "comprising", "consisting"};
    if (to_first.size() > 80 || std::none_of(std::begin(kSplitWords), std::end(kSplitWords), [&](std::string_view w) {
          return to_first.find(w) != std::string_view::npos;
        })) {
      continue;
    }
    if (!RE2::FullMatch(to_first, to_split_)) continue;
    std::optional<Sentence> sentence = doc.analysis<Sentences>().at(total.span.begin);
    if (!sentence) continue;
    ListedParts list{&total, {&ms[first]}};
    bool last_is_rest = false;
    size_t k = first + 1;
    for (; k < ms.size() && ms[k].span.begin < sentence->span.end; ++k) {
      if (ms[k].form == NumberForm::kOrdinal) continue;  // $60,000 to second place
      re2::StringPiece comma_and, plain_and;
      const std::string_view between = gap(*list.parts.back(), ms[k]);
      // A figure that is no part (shared among the other seven players) ends the list.
      if (!is_exact_amount(ms[k]) || !RE2::FullMatch(between, list_between_, &comma_and, &plain_and)) break;
      last_is_rest = !comma_and.empty() || !plain_and.empty() || between.ends_with("remaining $") ||
                     between.ends_with("remaining ") || between.ends_with("rest, $") || between.ends_with("other $");
      list.parts.push_back(&ms[k]);
    }
    if (list.parts.size() < 2 || !last_is_rest) continue;
    add_rounding(list);
    found.push_back(std::move(list));
    t = k - 1;
  }
}

// "Of the 14 miles, 6.5 were near Elk Mountain, 5 near Arlington and 1.5
// along Wagonhound Creek.": the whole after "Of the" that opens the sentence,
// then three parts or more, "and" before the last, to the sentence's end: a
// breakdown of the whole, which its parts must add up to.
void ListedPartsFinder::find_of_the(const Document& doc, std::span<const NumberMention> ms,
                                    std::vector<ListedParts>& found) const {
  std::string_view text = doc.text();
  auto gap = [&](const NumberMention& a, const NumberMention& b) { return text_between(text, a, b); };
  for (size_t t = 0; t + 3 < ms.size(); ++t) {
    const NumberMention& total = ms[t];
    if (!is_exact_amount(total) || !is_exact_amount(ms[t + 1])) continue;
    const std::string_view before = text.substr(0, total.extent.begin);
    size_t of_at = std::string_view::npos;  // where "Of" opens the sentence
    for (std::string_view opener : {"Of the ", "Of its ", "Of their "}) {
      if (before.ends_with(opener)) of_at = before.size() - opener.size();
    }
    if (of_at == std::string_view::npos) continue;
    std::optional<Sentence> sentence = doc.analysis<Sentences>().at(total.span.begin);
    if (!sentence || sentence->span.begin > of_at ||
        text.substr(sentence->span.begin, of_at - sentence->span.begin).find_first_not_of(" \t\n") != std::string_view::npos) {
      continue;
    }
    if (!RE2::FullMatch(gap(total, ms[t + 1]), of_the_to_first_)) continue;
    ListedParts list{&total, {&ms[t + 1]}};
    const std::optional<size_t> k =
        extend_and_list(text, ms, t + 2, sentence->span.end, list_between_, is_exact_amount, list);
    if (!k || list.parts.size() < 3) continue;
    if (!RE2::FullMatch(text.substr(list.parts.back()->extent.end, sentence->span.end - list.parts.back()->extent.end), to_end_)) {
      continue;
    }
    add_rounding(list);
    found.push_back(std::move(list));
    t = *k - 1;
  }
}

// The list, then its total: walks back from each candidate total over the
// parts joined to it.
void ListedPartsFinder::find_total_after(const Document& doc, std::span<const NumberMention> ms,
                                         std::vector<ListedParts>& found) const {
  std::string_view text = doc.text();
  auto gap = [&](const NumberMention& a, const NumberMention& b) { return text_between(text, a, b); };
  for (size_t t = 2; t < ms.size(); ++t) {
    const NumberMention& total = ms[t];
    if (!is_exact_amount(total) || !is_exact_amount(ms[t - 1])) continue;
    const std::string_view before_total = gap(ms[t - 1], total);
    // Most pairs of figures have no total's word between them: looked for
    // before either expression is run.
    if (before_total.size() > kLongestGap ||
        (before_total.find("共") == std::string_view::npos && before_total.find("计") == std::string_view::npos &&
         before_total.find("总") == std::string_view::npos && before_total.find("combined") == std::string_view::npos &&
         before_total.find("total") == std::string_view::npos)) {
      continue;
    }
    // A total that is a plan (总装机容量将达到300万千瓦) may count parts not built yet.
    if (before_total.find("将") != std::string_view::npos || before_total.find("预计") != std::string_view::npos ||
        before_total.find("计划") != std::string_view::npos || before_total.find("力争") != std::string_view::npos) {
      continue;
    }
    re2::StringPiece unit;
    const bool english = RE2::FullMatch(before_total, to_total_);
    const bool chinese = !english && RE2::FullMatch(before_total, zh_to_total_, &unit) && unit.size() <= kLongestUnit;
    if (!english && !chinese) continue;
    if (chinese && !text.substr(total.span.end).starts_with(std::string_view(unit.data(), unit.size()))) continue;
    std::optional<Sentence> sentence = doc.analysis<Sentences>().at(total.span.begin);
    if (!sentence) continue;
    ListedParts list{&total, {&ms[t - 1]}};
    bool after_and = false;
    // A Chinese part's label may hold a small numeral (一期80万千瓦、二期70万千瓦): passed over.
    auto labels_a_part = [&](const NumberMention& m) {
      if (english || !m.chinese || m.arabic || m.value >= 10) return false;
      const std::string_view after = text.substr(m.span.end, 3);
      return after == "期" || after == "批" || after == "类" || after == "号" || after == "组" || after == "档";
    };
    for (size_t k = t - 1; k > 0;) {
      size_t before = k;  // the part before ms[k] is ms[before - 1]
      while (before > 0 && labels_a_part(ms[before - 1])) --before;
      if (before == 0 || ms[before - 1].span.begin < sentence->span.begin || !is_exact_amount(ms[before - 1])) break;
      if (english) {
        re2::StringPiece comma_and, plain_and;
        if (!RE2::FullMatch(gap(ms[before - 1], ms[k]), list_between_, &comma_and, &plain_and)) break;
        if (k == t - 1) after_and = !comma_and.empty() || !plain_and.empty();
      } else {
        re2::StringPiece part_unit;
        const std::string_view between = gap(ms[before - 1], ms[k]);
        if (between.size() > kLongestGap || !RE2::FullMatch(between, zh_between_, &part_unit) || part_unit != unit) break;
        after_and = true;  // 、 joins every part
      }
      list.parts.insert(list.parts.begin(), &ms[before - 1]);
      k = before - 1;
    }
    if (list.parts.size() < 2 || !after_and) continue;
    add_rounding(list);
    found.push_back(std::move(list));
  }
}

// The total after a clause that counts its parts (三大板块共同构成了31.6亿元),
// and that many exact figures before it in the sentence, one a clause, each
// followed by the total's unit.
void ListedPartsFinder::find_counted_total(const Document& doc, std::span<const NumberMention> ms,
                                           std::vector<ListedParts>& found) const {
  std::string_view text = doc.text();
  for (size_t t = 2; t < ms.size(); ++t) {
    const NumberMention& total = ms[t];
    if (!is_exact_amount(total)) continue;
    // The clause before the total, from its comma: few bytes, and most hold no word that sums.
    const size_t from = total.extent.begin > 60 ? total.extent.begin - 60 : 0;
    std::string_view clause = text.substr(from, total.extent.begin - from);
    const size_t comma = clause.rfind("，");
    if (comma == std::string_view::npos) continue;
    const size_t clause_begin = from + comma;  // the count (三大板块) is in the clause: no part
    clause.remove_prefix(comma + std::string_view("，").size());
    if (clause.find("共") == std::string_view::npos && clause.find("计") == std::string_view::npos &&
        clause.find("加起来") == std::string_view::npos) {
      continue;
    }
    re2::StringPiece count_written;
    if (!RE2::FullMatch(clause, zh_counted_total_, &count_written)) continue;
    const std::string_view c(count_written.data(), count_written.size());
    const int count = c[0] >= '0' && c[0] <= '9' ? c[0] - '0' : chinese_digit_value(code_point_at(c, 0));
    std::optional<Sentence> sentence = doc.analysis<Sentences>().at(total.span.begin);
    if (!sentence) continue;
    // The total's unit: the character after it (元 of 31.6亿元).
    const size_t unit_length = std::min<size_t>(utf8_sequence_length(static_cast<unsigned char>(text[total.span.end])),
                                                text.size() - total.span.end);
    const std::string_view unit = text.substr(total.span.end, unit_length);
    // The figures before the clause, in the sentence: exactly `count`, each in the unit.
    std::vector<const NumberMention*> parts;
    bool other = false;
    for (size_t k = 0; k < t; ++k) {
      const NumberMention& m = ms[k];
      if (m.span.begin < sentence->span.begin) continue;
      if (m.span.begin >= clause_begin) break;
      if (!is_exact_amount(m) || text.substr(m.span.end, unit_length) != unit) {
        other = true;
        break;
      }
      parts.push_back(&m);
    }
    if (other || static_cast<int>(parts.size()) != count) continue;
    ListedParts list{&total, parts};
    add_rounding(list);
    found.push_back(std::move(list));
  }
}

}  // namespace copydesk
