// Kind `numeric-inconsistency`: figures in one article that contradict each
// other, found through the number and quantity analyses. Checks (each can be
// switched off; each reports with its own message variant):
//
//  * parts (variant `parts`): a total followed by a parenthesised breakdown in
//    the same unit that does not add up: 共28家（其中12家…、10家…、4家…）. A
//    breakdown after 其中 in the same sentence is reported only when the parts
//    exceed the total (such lists are often not exhaustive), or when there
//    are two whose labels hold a pair of `complementary_parts` (城市 and 农村:
//    nothing is left out, so they must add up), or when the last part is
//    labelled as the rest (`remainder_labels`: 其他类4个). Three parts or
//    more that fall short of the total by less than `near_total` of it are
//    reported as a note (variant `parts_short`): lists that leave a part out
//    seldom come that close (共有社员牧户126户，其中…58户、…41户、…21户). Parts or totals
//    that are approximate (约, 余, 多) are skipped; decimals may differ by the
//    rounding of each part.
//  * share (variant `share`): a share (占, 占比, 比重, 份额) above 100%.
//  * headline (variant `headline`): a headline figure with a bound (突破/超 X,
//    近/不到 X) that no figure in the same unit in the body honours, while a
//    body figure in that unit lies within a factor of two of it (突破50万人次
//    over a body of 45.2万人次); and an exact headline figure that no body
//    figure in its unit matches, rounded as the headline writes it, while a
//    body figure in that unit follows the same three Han characters
//    (总产量达到850亿斤 over 总产量达到780亿斤).
//  * reach (variant `reach`): 突破/超过 X … 达 Y in one sentence with Y < X.
//  * average (variant `average`, advisory, severity note): 人均/户均/平均 Y
//    beside exactly one total and exactly one count in the same sentence,
//    where total ÷ count differs from Y by more than `average_tolerance`
//    (default 0.05, i.e. 5%; rounding of published figures stays well inside).
//  * multiplier (variant `multiplier`): 翻了十几番 / 翻N番 with N ≥ 10 (more than a
//    thousandfold), and 降低/减少/下降 N 倍 (a decrease cannot be N times).
//  * listed_parts (variant `parts`, off by default): a total and the list of
//    its parts that does not add up: "hired 45 teachers: 20 in elementary
//    schools, 15 in middle schools and 12 in high schools", "…, a combined
//    $88.5 million", 风电项目18个、光伏项目23个，共计50个 (see listed_parts.h
//    for what counts as such a list). In English, with complementary_parts,
//    also two parts after "including" counted with a complementary pair of
//    words: "312 runners …, including 178 juniors and 124 adults".
//  * change (variant `change`, off by default): a percentage change
//    stated with both figures that the figures do not give: "rose 12% to
//    $4.5 billion from $4.2 billion" (7.1%), or one that goes the wrong way
//    (see percent_change.h). Each figure is taken as exact to half its last
//    digit; the percentage may be off by a twentieth of itself more.
//  * point_change (variant `points`, off by default): a change in percentage
//    points that is not the difference of its two percentages: 由62%提高到91%，
//    提高了19个百分点 (29); "from 48% to 55%, up 9 percentage points" (see
//    point_change.h). Each figure is taken as exact to half its last digit.
//  * amount_change (variant `difference`, off by default): a change or a
//    difference stated as an amount that its two figures do not give: "from
//    3,120 to 3,510, an increase of 490"; "$3.2 million, below the $3.6 million
//    budget, a saving of $500,000"; 由3200人增加到3800人，增加了500人 (see
//    amount_change.h). The amount may round the difference (400 for 390).
//  * headline_nouns (variant `headline`, English, off by default): an exact
//    headline figure and the word after it (Fire destroys 300 homes) that
//    the body gives otherwise with the same word (destroyed 250 homes), the
//    headline's rounding allowed; a rough body figure (about 250 homes)
//    settles nothing and silences the check.
//  * headline_amounts (variant `headline`, English, off by default): a
//    headline amount of money the body gives otherwise for the same thing
//    ($62 million to replace crowded jail over $58 million to build a new
//    county jail; see kinds/headline_amounts.h).
//  * headline_change (variant `headline`, English, off by default): a
//    headline's percentage change that the body's one change in that
//    direction, with both figures, contradicts (cuts quota by 20% over a
//    body's 12,000 to 10,200 tonnes, a 15% reduction; kinds/headline_change.h).
//  * listed_count (variant `count`, off by default): a count followed by the
//    list of what it counts, which names another number of items (five
//    headliners: A, B, C and D; see kinds/listed_count.h).
//  * existing_plus_new (variant `added`, off by default): what a place had,
//    what it added and the total it now has, which do not add up (原有三条，
//    新建两条，总数达到四条; see kinds/existing_plus_new.h).
//  * division_nouns (variant `division`, a list, empty by default): the number
//    of a place's subdivisions given twice, differently (全县9个乡镇 … 全县12个
//    乡镇; see kinds/division_counts.h).
//  * part_of_whole (variant `part`, English, off by default): "18 of 14
//    passes", "14 of the county's 12 shelters": a part larger than its whole;
//    and a part given with its share that the two do not bear out ("18,420
//    of the 30,700 participants, or 52%": 60%; variant `share_of_whole`).
//  * headline_transposed (variant `headline`, off by default): an exact
//    headline figure that the body never gives, while the body gives the
//    same kind of figure with two neighbouring digits swapped ($412 million
//    over $421 million, 31% over 13%): the classic typing slip.
//  * restated_transposed (variant `restated`, off by default): a count
//    restated later in the article with two neighbouring digits swapped
//    (1286对新人 … 这1268对新人; see kinds/transposed_counts.h).
//  * headline_score (variant `headline`, off by default): a game's score in
//    the headline that the body's scores contradict (Thunder roll past
//    Harbor City, 54-49 over a body's 54-46).
//  * restated_count (variant `restated_count`, off by default): a count 这
//    points back at that the article gave otherwise for the same thing
//    (配置AED 36台 … 这28台AED; see kinds/restated_counts.h).
//
// Options: parts, share, headline, reach, average, multiplier (booleans,
// default true); listed_parts, part_of_whole, change, point_change, amount_change, headline_nouns, headline_amounts,
// headline_transposed, headline_score, restated_transposed, restated_count, headline_change, listed_count
// (default false);
// average_tolerance (default 0.05); complementary_parts (pairs of labels, default none);
// remainder_labels (words that label a last part as the rest, default none);
// near_total (a share of the total, default 0: off).
// Message arguments: {text}, {total}, {sum}, {parts}, {figure}, {expected};
// for `change` also {from} and {to}.
#pragma once

#include <re2/re2.h>

#include <functional>
#include <map>
#include <memory>
#include <span>
#include <utility>
#include <vector>

#include "kinds/listed_parts.h"
#include "kinds/percent_change.h"
#include "rules/rule.h"
#include "rules/rule_options.h"

namespace copydesk {

struct NumberMention;
struct Quantity;
struct Quantities;

class NumericInconsistencyKind : public Rule {
 public:
  NumericInconsistencyKind(RuleSpec spec, RuleOptions& options);
  void check_unit(const Document& doc, const Unit& unit, Reporter& out) const override;

 private:
  bool complementary(std::string_view text, size_t list_begin, const Quantity& a, const Quantity& b) const;
  bool ends_with_remainder(std::string_view text, const std::vector<const Quantity*>& parts) const;
  void check_parts(const Document& doc, const Unit& unit, Reporter& out) const;
  void check_share(const Document& doc, const Unit& unit, Reporter& out) const;
  void report_named_share(const Document& doc, const NumberMention& part, const NumberMention& whole,
                          const NumberMention& share, std::string_view part_unit, Reporter& out) const;
  void check_named_share(const Document& doc, Span unit, std::span<const NumberMention> ms, size_t k,
                         Reporter& out) const;
  void check_headline(const Document& doc, const Unit& unit, Reporter& out) const;
  void check_exact_headline(const Document& doc, const Quantity& h, const std::vector<const Quantity*>& qs,
                            const std::function<bool(const Quantity&)>& in_head, Reporter& out) const;
  void check_reach(const Document& doc, const Unit& unit, Reporter& out) const;
  void check_average(const Document& doc, const Unit& unit, Reporter& out) const;
  void check_period_average(const Document& doc, const Unit& unit, Reporter& out) const;
  void check_item_average(const Document& doc, const Unit& unit, Reporter& out) const;
  void check_chinese_period_average(const Document& doc, const Unit& unit, Reporter& out) const;
  void check_share_of_whole(const Document& doc, std::span<const NumberMention> ms, size_t i, Reporter& out) const;
  void report_wrong_share(const Document& doc, const NumberMention& part, const NumberMention& whole,
                          const NumberMention& share, Reporter& out) const;
  void check_multiplier(const Document& doc, const Unit& unit, Reporter& out) const;
  void check_listed_parts(const Document& doc, const Unit& unit, Reporter& out) const;
  void check_complementary_pair(const Document& doc, const Unit& unit, Reporter& out) const;
  void check_shares_over_whole(const Document& doc, const Unit& unit, Reporter& out) const;
  void check_part_of_whole(const Document& doc, const Unit& unit, Reporter& out) const;
  void check_parts_above_whole(const Document& doc, const Unit& unit, Reporter& out) const;
  void check_change(const Document& doc, std::span<const NumberMention> numbers, Reporter& out) const;
  void check_point_change(const Document& doc, std::span<const NumberMention> numbers, Reporter& out) const;
  void check_amount_change(const Document& doc, std::span<const NumberMention> numbers, Reporter& out) const;
  void check_restated_count(const Document& doc, const Unit& unit, Reporter& out) const;
  void check_headline_score(const Document& doc, const Unit& unit, Reporter& out) const;
  void check_headline_nouns(const Document& doc, const Unit& unit, Reporter& out) const;
  void check_headline_amounts(const Document& doc, const Unit& unit, Reporter& out) const;
  void check_listed_count(const Document& doc, const Unit& unit, Reporter& out) const;
  void check_division_counts(const Document& doc, const Unit& unit, Reporter& out) const;
  void check_existing_plus_new(const Document& doc, const Unit& unit, Reporter& out) const;
  void check_headline_change(const Document& doc, const Unit& unit, Reporter& out) const;
  void check_headline_transposed(const Document& doc, const Unit& unit, Reporter& out) const;
  void check_restated_transposed(const Document& doc, const Unit& unit, Reporter& out) const;
  // Reports each match of `re` in `text`, which starts at `offset` of the document.
  void report_matches(const RE2& re, std::string_view text, size_t offset, Reporter& out) const;

  bool parts_ = true, share_ = true, headline_ = true, reach_ = true, average_ = true, multiplier_ = true;
  bool listed_parts_ = false;
  // Labels that between them leave nothing out (城市 and 农村): a 其中 list of
  // two parts so labelled must add up to its total, not merely stay under it.
  std::vector<std::pair<std::string, std::string>> complementary_;
  std::vector<std::string> remainder_labels_;
  double near_total_ = 0;
  bool part_of_whole_ = false;
  bool change_ = false;
  bool point_change_ = false;
  bool amount_change_ = false;
  bool restated_count_ = false;
  bool headline_score_ = false;
  bool headline_nouns_ = false;
  std::map<std::string, std::string> counted_alike_;  // a word -> the first of its counted_alike group
  bool headline_amounts_ = false;
  bool listed_count_ = false;
  bool existing_plus_new_ = false;
  std::vector<std::string> division_nouns_;  // 乡镇, 行政村: see kinds/division_counts.h
  bool headline_change_ = false;
  bool headline_transposed_ = false;
  bool restated_transposed_ = false;
  double average_tolerance_ = 0.05;
  const ListedPartsFinder* listed_parts_finder_ = nullptr;  // shared(), when listed_parts
  const PercentChangeFinder* percent_change_finder_ = nullptr;  // shared(), when change
  std::unique_ptr<RE2> doubling_;
  std::unique_ptr<RE2> of_the_;  // " of the county's " between a part and its whole
  std::unique_ptr<RE2> to_share_;  // " participants, or " between a whole and the part's share
  std::unique_ptr<RE2> to_share_past_rate_;  // 118 exceeded 10 milligrams per liter, or 22 percent
  std::unique_ptr<RE2> of_whom_;   // " people, of whom " between a whole and its part
  std::unique_ptr<RE2> words_then_comma_;
  std::unique_ptr<RE2> part_to_share_;  // " are engineers, " between that part and its share
  std::unique_ptr<RE2> words_only_;     // " samples last year found " between a whole and its part
  std::unique_ptr<RE2> to_rate_;        // " still viable, a rate of " between that part and its share
  std::unique_ptr<RE2> of_them_to_share_;  // " of them, or " between a part and its share
  std::unique_ptr<RE2> clause_then_comma_;  // " cardiac arrests in the county's rural areas last year, " after "of" and a whole
  std::unique_ptr<RE2> decrease_times_;
};

}  // namespace copydesk
