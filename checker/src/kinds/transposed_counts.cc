#include "kinds/transposed_counts.h"

#include <algorithm>
#include <unordered_map>

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

bool part_of_date_or_time(std::string_view text, const NumberMention& m) {
  const std::string_view after = text.substr(m.span.end, 3);
  for (std::string_view word : {"年", "月", "日", "时", "号", "点", "分", "秒", "届", "期", "版"}) {
    if (after.starts_with(word)) return true;
  }
  if (after.starts_with(":")) return true;
  return after_english_month(text, m.span.begin) || (m.span.begin > 0 && text[m.span.begin - 1] == ':');
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
  if (text[at] != ' ') return {};
  ++at;
  size_t end = at;
  while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
  return end - at >= 2 ? text.substr(at, end - at) : std::string_view();
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

// An exact count: `word` is what it counts. Four digits before a Chinese
// measure word count (1286对), as the year's 年 is a date's; before an English
// word they may be a year (In 1948 farmers …).
bool exact_count(std::string_view text, const NumberMention& m, std::string_view word) {
  const bool english_word = !word.empty() && static_cast<unsigned char>(word[0]) < 0x80;
  return m.form == NumberForm::kCardinal && m.bound == Bound::kExact && !m.is_range() && m.arabic && m.decimals == 0 &&
         !(english_word && reads_as_year(m)) && m.value > 0 && !part_of_date_or_time(text, m);
}

}  // namespace

std::vector<TransposedCount> find_transposed_counts(std::string_view text, std::span<const NumberMention> ms) {
  struct Count {
    const NumberMention* mention;
    std::string digits;
    std::string_view word;
  };
  std::vector<Count> counts;
  std::unordered_map<std::string, int> written;  // digits and word -> times given
  for (const NumberMention& m : ms) {
    const std::string_view word = counted_word(text, m);
    if (word.empty() || !exact_count(text, m, word)) continue;
    std::string digits = written_digits(text, m);
    if (digits.size() < 3) continue;
    ++written[digits + '|' + std::string(word)];
    counts.push_back({&m, std::move(digits), word});
  }
  // Figures of one word whose digits are the same multiset: the only ones
  // that can be swaps of each other, looked up rather than paired all.
  std::unordered_map<std::string, std::vector<size_t>> by_digits;
  std::vector<TransposedCount> found;
  for (size_t i = 0; i < counts.size(); ++i) {
    const Count& later = counts[i];
    std::string sorted = later.digits;
    std::sort(sorted.begin(), sorted.end());
    std::vector<size_t>& same = by_digits[sorted + '|' + std::string(later.word) + '|' +
                                         std::to_string(later.mention->magnitude)];
    if (written[later.digits + '|' + std::string(later.word)] == 1) {
      // The latest few: a figure given thousands of times is not restated.
      for (size_t k = same.size(), tried = 0; k-- > 0 && tried++ < 64;) {
        const Count& first = counts[same[k]];
        if (neighbour_digits_swapped(first.digits, later.digits) && sentence_between(text, *first.mention, *later.mention)) {
          found.push_back({first.mention, later.mention});
          break;
        }
      }
    }
    same.push_back(i);
  }
  return found;
}

}  // namespace copydesk
