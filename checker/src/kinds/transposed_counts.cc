#include "kinds/transposed_counts.h"

#include <algorithm>
#include <cstdint>
#include <tuple>

#include "core/utf8.h"
#include "extract/numbers.h"

namespace copydesk {

std::string written_digits(std::string_view text, const NumberMention& m) {
  std::string digits;
  for (char c : m.span.of(text)) {
    if (c >= '0' && c <= '9') digits += c;
  }
  return digits;
}

bool neighbour_digits_swapped(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || a == b) return false;
  size_t i = 0;
  while (a[i] == b[i]) ++i;
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
}

namespace {

// What a figure counts, as written right after it: a Chinese measure word
// (1286对, 3260辆) or an English word (4,200 trees); empty when neither.
std::string_view counted_word(std::string_view text, const NumberMention& m) {
  size_t at = m.span.end;
  if (at >= text.size()) return {};
  if (static_cast<unsigned char>(text[at]) >= 0x80) {
    const char32_t c = Utf8Iterator(text, at).code_point();
    return is_han(c) ? text.substr(at, utf8_length(c)) : std::string_view();
  }
  const std::string_view word = english_word_after(text, m);
  return word.size() >= 2 ? word : std::string_view();
}

// True when a sentence ends between `a` and `b`: a restatement, not a sibling
// in a list (市区2480辆、县城2840辆 count different cars).
bool sentence_between(std::string_view text, const NumberMention& a, const NumberMention& b) {
  const std::string_view between = text.substr(a.span.end, b.span.begin - a.span.end);
  for (std::string_view end : {"。", "！", "？", "\n", ". ", "! ", "? "}) {
    if (between.find(end) != std::string_view::npos) return true;
  }
  return false;
}

// Whether the words right before `m` point back at a count given before:
// 这1268对, 这些, 上述, 该, 全市3620辆 (a place's whole count); the 450 donors,
// the group's 450 donors, those, these, its, their, all. Two counts of the
// same digits without one (540 players this year, 450 in 2019) are two counts.
bool points_back(std::string_view text, const NumberMention& m) {
  const size_t from = m.extent.begin > 16 ? m.extent.begin - 16 : 0;
  const std::string_view before = text.substr(from, m.extent.begin - from);
  for (std::string_view cue : {"这", "这些", "上述", "该", "the ", "The ", "those ", "these ", "its ", "their ", "all ",
                               "'s ", "’s "}) {
    if (before.ends_with(cue)) return true;
  }
  // 该校, 全市, 本县, 这批: 这, 该, 全 or 本 and the one character it points with.
  if (before.size() >= 6 && (static_cast<unsigned char>(before[before.size() - 3]) & 0xF0) == 0xE0) {
    const std::string_view pointer = before.substr(before.size() - 6, 3);
    const char32_t last = Utf8Iterator(before, before.size() - 3).code_point();
    return is_han(last) && (pointer == "这" || pointer == "该" || pointer == "全" || pointer == "本");
  }
  return false;
}

// An exact count in Arabic digits, three of them or more (the cheap tests,
// which most figures fail).
bool plain_count(const NumberMention& m) {
  return m.form == NumberForm::kCardinal && m.bound == Bound::kExact && !m.is_range() && m.arabic && m.decimals == 0 &&
         m.integer_digits >= 3 && m.value > 0;
}

// Whether the plain count `m` counts `word`, not a date: four digits before a
// Chinese measure word count (1286对), as the year's 年 is a date's; before an
// English word they may be a year (In 1948 farmers …).
bool counts_word(std::string_view text, const NumberMention& m, std::string_view word) {
  if (word.empty()) return false;
  const bool english_word = static_cast<unsigned char>(word[0]) < 0x80;
  return !(english_word && reads_as_year(m)) && !part_of_date_or_time(text, m);
}

}  // namespace

std::vector<TransposedCount> find_transposed_counts(std::string_view text, std::span<const NumberMention> ms,
                                                   const std::vector<Span>& skip) {
  // Each count with its digits as a number, and the multiset of its digits
  // (how many of each, a nibble each): swaps of one another share it.
  struct Count {
    const NumberMention* mention;
    uint64_t digits = 0;
    uint64_t multiset = 0;
    std::string_view word;
    bool once = true;  // the article gives this figure of this word once
  };
  std::vector<Count> counts;
  for (const NumberMention& m : ms) {
    if (!plain_count(m)) continue;
    if (std::any_of(skip.begin(), skip.end(), [&](Span s) { return s.contains(m.span.begin); })) continue;
    const std::string_view word = counted_word(text, m);
    if (word.empty() || !counts_word(text, m, word)) continue;
    Count c{&m, 0, 0, word};
    int length = 0;
    for (char ch : m.span.of(text)) {
      if (ch < '0' || ch > '9') continue;
      c.digits = c.digits * 10 + static_cast<uint64_t>(ch - '0');
      c.multiset += uint64_t{1} << (4 * (ch - '0'));
      ++length;
    }
    if (length < 3 || length > 15) continue;  // two digits swap by chance; nibbles hold 15
    counts.push_back(c);
  }
  if (counts.size() < 2) return {};
  auto kind_less = [](const Count& a, const Count& b) {  // one word, one scale word
    return std::tie(a.word, a.mention->magnitude) < std::tie(b.word, b.mention->magnitude);
  };
  // Figures given more than once (both copies agree with each other) are not slips.
  std::vector<Count*> by_figure;
  for (Count& c : counts) by_figure.push_back(&c);
  std::sort(by_figure.begin(), by_figure.end(), [&](const Count* a, const Count* b) {
    return a->digits != b->digits ? a->digits < b->digits : kind_less(*a, *b);
  });
  for (size_t i = 1; i < by_figure.size(); ++i) {
    const Count& a = *by_figure[i - 1];
    Count& b = *by_figure[i];
    if (a.digits == b.digits && !kind_less(a, b) && !kind_less(b, a)) by_figure[i - 1]->once = b.once = false;
  }
  // Counts of one digit multiset and kind, in text order: the only ones that
  // can be swaps of one another.
  std::vector<const Count*> groups;
  for (const Count& c : counts) groups.push_back(&c);
  std::stable_sort(groups.begin(), groups.end(), [&](const Count* a, const Count* b) {
    return a->multiset != b->multiset ? a->multiset < b->multiset : kind_less(*a, *b);
  });
  std::vector<TransposedCount> found;
  for (size_t i = 0; i < groups.size(); ++i) {
    const Count& later = *groups[i];
    if (!later.once || !points_back(text, *later.mention)) continue;
    const std::string later_digits = std::to_string(later.digits);
    // The latest few of its group before it: a figure given thousands of times is no restatement.
    for (size_t k = i, tried = 0; k-- > 0 && tried++ < 64;) {
      const Count& first = *groups[k];
      if (first.multiset != later.multiset || kind_less(first, later) || kind_less(later, first)) break;
      if (neighbour_digits_swapped(std::to_string(first.digits), later_digits) &&
          sentence_between(text, *first.mention, *later.mention)) {
        found.push_back({first.mention, later.mention});
        break;
      }
    }
  }
  std::sort(found.begin(), found.end(),
            [](const TransposedCount& a, const TransposedCount& b) { return a.later->span.begin < b.later->span.begin; });
  return found;
}

}  // namespace copydesk
