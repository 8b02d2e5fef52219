// Totals with the list of their parts, which must add up to them. Used by
// numeric-inconsistency. Three shapes:
//
//   total, colon, list  "The district hired 45 new teachers this year: 20 in
//                       elementary schools, 15 in middle schools and 12 in
//                       high schools." The parts are plain counts, the list
//                       ends the sentence and puts "and" before its last part.
//                       Or between dashes: "eight satellites - five optical
//                       imagers and two radar satellites - which …".
//   list, then total    "The police will receive $48.2 million, the fire
//                       department $31.5 million and dispatch $6.8 million, a
//                       combined $88.5 million" (a combined, a total of,
//                       totaling): exact amounts, "and" before the last part.
//   total, split, list  "The $250,000 prize fund was split with $100,000 to the
//                       winner, $60,000 to second place and $40,000 to third"
//                       (split, divided, distributed, allocated, broken
//                       down; paid for, funded or financed with or by: "the
//                       $8.4 million project was paid for with $5.1 million
//                       from bonds, …"): a split leaves nothing out. The last part comes
//                       after "and" or is "the remaining"/"the rest".
//   counted parts       养殖实现产值12.8亿元，赛事实现产值10.5亿元，加工实现产值6.1亿元，
//                       三大板块共同构成了31.6亿元: the clause before the total says
//                       how many parts it sums (三大板块, 两项), and as many figures
//                       in its unit come before it in the sentence, clause by clause.
//   in all              "The program, funded by a $48,000 state grant and $12,000
//                       from the trust, will cover wages. In all, the
//                       apprenticeship is backed by $65,000." The sentence after
//                       the parts opens with In all (In total, All told,
//                       Altogether) and gives one amount of money; the amounts
//                       of the sentence before, two or more, "and" before the
//                       last, in the same currency, are its parts.
//   Chinese list, total 风电项目18个、光伏项目23个、储能项目7个，共计50个
//                       (共计, 合计, 总计, 共, or 总 and a noun: 一期80万千瓦、…，
//                       总装机容量210万千瓦; not a plan's 将达到): parts apart by 、, all with the
//                       total's unit, which follows every figure.
//
// A list so written is all of the total. Not lists of parts: a sentence with
// another figure before the colon (won 3 of its 5 games: …), approximate
// figures, percentages, years, and lists that go on past their last part with
// figures or clauses. Rounded parts ($48.2 million) may miss the total by
// their rounding (ListedParts::tolerance).
#pragma once

#include <re2/re2.h>

#include <span>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace copydesk {

class Document;
struct NumberMention;

struct ListedParts {
  const NumberMention* total = nullptr;
  std::vector<const NumberMention*> parts;  // in text order, at least two
  double tolerance = 0;  // how far the sum may be off: the rounding of parts and total written rounded
};

// The text from the end of figure a to the start of figure b ("" when they touch).
std::string_view text_between(std::string_view text, const NumberMention& a, const NumberMention& b);

class ListedPartsFinder {
 public:
  ListedPartsFinder();
  // One per process: it holds compiled expressions only, and compiling them
  // costs more than a page takes to check.
  static const ListedPartsFinder& shared();
  // The totals with listed parts in `span` of `doc` (an article).
  std::vector<ListedParts> find(const Document& doc, Span span) const;

 private:
  RE2 to_colon_;   // from a total to its list: words, then the colon
  RE2 words_;      // words only: from a total to a year before its colon
  RE2 to_dash_;    // the same with a dash
  RE2 dash_end_;   // after the last part of a list opened by a dash: words, then the closing dash
  RE2 between_;    // from one part to the next: words, then ", " or " and "
  RE2 to_end_;     // after the last part: words, then the full stop
  RE2 to_end_clause_;  // the same with a clause on the last part (, which ended last week)
  RE2 to_total_;   // after the last part: ", a combined " before the total
  RE2 list_between_;  // from one part to the next, words on either side: " for police, the fire department $"
  RE2 of_the_to_first_;  // after "Of the" and its whole, to the first part: " miles, "
  RE2 to_split_;    // from a total to its first part: " prize fund was split with $"
  RE2 zh_between_; // 个、光伏项目: the unit, 、, a label
  RE2 zh_to_total_;  // 个，共计: the unit, then 共计 before the total
  RE2 zh_counted_total_;  // 三大板块共同构成了: how many parts, then a word that sums them, before the total

  void find_split(const Document& doc, std::span<const NumberMention> ms, std::vector<ListedParts>& found) const;
  void find_of_the(const Document& doc, std::span<const NumberMention> ms, std::vector<ListedParts>& found) const;
  void find_total_after(const Document& doc, std::span<const NumberMention> ms, std::vector<ListedParts>& found) const;
  void find_counted_total(const Document& doc, std::span<const NumberMention> ms, std::vector<ListedParts>& found) const;
  void find_in_all(const Document& doc, std::span<const NumberMention> ms, std::vector<ListedParts>& found) const;
  void find_remaining(const Document& doc, std::span<const NumberMention> ms, std::vector<ListedParts>& found) const;
};

}  // namespace copydesk
