#include "kinds/restated_counts.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "core/utf8.h"
#include "extract/numbers.h"
#include "segment/text_shape.h"

namespace copydesk {

namespace {

// Measure words of things counted one by one.
constexpr std::string_view kMeasureWords[] = {"台", "个", "座", "家", "所", "辆", "处", "条", "项", "套", "架", "艘",
                                              "头", "只", "株", "棵", "户", "间", "张", "部", "批", "块", "口", "盏",
                                              "根", "名", "位"};

// The measure word right after a figure, or "".
std::string_view measure_word_after(std::string_view text, const NumberMention& m) {
  const std::string_view after = text.substr(m.span.end, 3);
  for (std::string_view w : kMeasureWords) {
    if (after == w) return w;
  }
  return {};
}

bool is_latin_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// The thing counted, right after `at`: a Latin word (AED), or the first two
// Han characters (设备 in 设备建立); "" when neither.
std::string_view thing_at(std::string_view text, size_t at) {
  if (at < text.size() && std::isalpha(static_cast<unsigned char>(text[at]))) {
    size_t end = at;
    while (end < text.size() && is_latin_word_char(text[end])) ++end;
    return end - at >= 2 ? text.substr(at, end - at) : std::string_view();
  }
  const std::string_view run = han_run_after(text, at, 2);
  return run.size() == 6 ? run : std::string_view();
}

// Whether an earlier figure names `thing` right before it (配置AED 36台,
// 共有设备36台) or right after its measure word (36台AED).
bool names_thing(std::string_view text, const NumberMention& m, std::string_view measure, std::string_view thing) {
  const size_t from = m.extent.begin > 12 ? m.extent.begin - 12 : 0;
  std::string_view before = text.substr(from, m.extent.begin - from);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  return before.ends_with(thing) || thing_at(text, m.span.end + measure.size()) == thing;
}

bool points_back(std::string_view text, const NumberMention& m) {
  const std::string_view before = text.substr(0, m.extent.begin);
  return before.ends_with("这") || before.ends_with("该") || before.ends_with("上述");
}

// English: "all 27 licensed shops" restates the whole of "the city's 23
// licensed parlors": "all" before the figure, and the word after it (licensed)
// is what an earlier count was followed by.
std::string_view word_after(std::string_view text, const NumberMention& m) {
  const std::string_view word = english_word_after(text, m);
  return word.size() >= 3 ? word : std::string_view();
}

bool english_whole(std::string_view text, const NumberMention& m) {
  return ends_with_words(text.substr(0, m.extent.begin), "all ");
}

bool plain_count(const NumberMention& m) {
  return m.form == NumberForm::kCardinal && m.bound == Bound::kExact && !m.is_range() && m.decimals == 0 && m.value > 0;
}

// What a count counts: its measure word and the thing after it (台 and AED
// in 这28台AED), or in English the word after the figure (licensed in "all 27
// licensed shops"); an empty thing when there is none.
struct Counted {
  std::string_view measure, thing;
};
Counted counted(std::string_view text, const NumberMention& m, bool english) {
  if (english) return {{}, word_after(text, m)};
  const std::string_view measure = measure_word_after(text, m);
  if (measure.empty()) return {};
  return {measure, thing_at(text, m.span.end + measure.size())};
}

}  // namespace

std::vector<RestatedCount> find_restated_counts(std::string_view text, std::span<const NumberMention> ms,
                                               bool english) {
  std::vector<RestatedCount> found;
  for (size_t i = 0; i < ms.size(); ++i) {
    const NumberMention& later = ms[i];
    if (!plain_count(later) || !(english ? english_whole(text, later) : points_back(text, later))) continue;
    const auto [measure, thing] = counted(text, later, english);
    if (thing.empty()) continue;
    auto counts_it = [&](const NumberMention& m) {
      return english ? word_after(text, m) == thing : measure_word_after(text, m) == measure;
    };
    auto names_it = [&](const NumberMention& m) { return english || names_thing(text, m, measure, thing); };
    // The counts of this measure word before it: one equal to it, or the sum
    // or difference of two, leaves it alone. Only the last few hundred
    // figures are looked at, so that a long page stays linear.
    constexpr size_t kLookBack = 400, kMostValues = 64;
    std::vector<double> values;
    const NumberMention* earlier = nullptr;
    for (size_t k = i, seen = 0; k-- > 0 && seen++ < kLookBack && values.size() < kMostValues;) {
      const NumberMention& m = ms[k];
      if (!plain_count(m) || !counts_it(m)) continue;
      values.push_back(m.value);
      if (!earlier && names_it(m)) earlier = &m;  // the last before it
    }
    if (!earlier || earlier->value == later.value) continue;
    bool accounted = false;
    for (size_t a = 0; a < values.size() && !accounted; ++a) {
      accounted = values[a] == later.value;
      for (size_t b = a + 1; b < values.size() && !accounted; ++b) {
        accounted = values[a] + values[b] == later.value || std::fabs(values[a] - values[b]) == later.value;
      }
    }
    if (!accounted) found.push_back({earlier, &later});
  }
  return found;
}

}  // namespace copydesk
