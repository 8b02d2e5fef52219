#include "kinds/chinese_period_average.h"

#include <cmath>
#include <optional>
#include <string_view>

#include "core/document.h"
#include "extract/numbers.h"
#include "segment/sentences.h"
#include "segment/text_shape.h"

namespace copydesk {

namespace {

struct Marker {
  std::string_view word;    // 日均
  std::string_view period;  // 天: what the number of periods is written with
};
constexpr Marker kMarkers[] = {{"日均", "天"}, {"平均每天", "天"}, {"平均每日", "天"}, {"月均", "个月"},
                               {"平均每月", "个月"}, {"年均", "年"}, {"平均每年", "年"}};

// Bound and verb words between a marker and its figure: 日均约500单, 月均达120例.
constexpr std::string_view kBetween[] = {"约", "达", "达到", "为", "有", "超过", "近", "完成", "接待", "处理", "救治"};

// An exact count; 1428例 is no year, as the measure word after it shows (the
// caller compares it with the average's).
bool is_whole(const NumberMention& m) {
  return m.form == NumberForm::kCardinal && m.bound == Bound::kExact && !m.is_range() && m.value > 0;
}

// The measure word after a figure: one to three Han characters (单, 例, 人次).
std::string_view measure_after(std::string_view text, const NumberMention& m) {
  size_t end = m.span.end;
  for (int k = 0; k < 3 && end < text.size() && is_han_script(first_code_point(text.substr(end))); ++k) end += 3;
  return text.substr(m.span.end, end - m.span.end);
}

}  // namespace

std::vector<ChinesePeriodAverage> find_wrong_chinese_period_averages(const Document& doc, Span unit, double tolerance) {
  std::vector<ChinesePeriodAverage> found;
  const std::string_view text = doc.text();
  const std::string_view body = doc.slice(unit);
  const Numbers& numbers = doc.analysis<Numbers>();
  // Every marker holds 均 as its second character: one pass finds them all.
  constexpr std::string_view kJun = "均";
  for (size_t jun = find_text(body, kJun); jun != std::string_view::npos; jun = find_text(body, kJun, jun + kJun.size())) {
    if (jun < 3) continue;
    const size_t at = jun - 3;  // where the marker would start
    const Marker* found_marker = nullptr;
    for (const Marker& m : kMarkers) {
      if (body.substr(at, m.word.size()) == m.word) found_marker = &m;
    }
    if (!found_marker) continue;
    const Marker& marker = *found_marker;
    const size_t word_end = unit.begin + at + marker.word.size();
    // The average: the first figure after the marker, past a bound or verb.
    const std::span<const NumberMention> after = numbers.within({word_end, std::min(text.size(), word_end + 16)});
    if (after.empty()) continue;
    const NumberMention& average = after.front();
    const std::string_view gap = text.substr(word_end, average.extent.begin - std::min(average.extent.begin, word_end));
    bool joined = gap.empty();
    for (std::string_view w : kBetween) joined = joined || gap == w;
    if (!joined || average.form != NumberForm::kCardinal || average.is_range()) continue;
    const std::string_view measure = measure_after(text, average);
    if (measure.empty()) continue;
    // The sentence before the marker: the number of periods, then the total in the same measure word.
    const std::optional<Sentence> sentence = doc.analysis<Sentences>().at(unit.begin + at);
    if (!sentence) continue;
    const Span before{sentence->span.begin, unit.begin + at};
    std::optional<double> periods;
    Span periods_span;
    const std::string_view lead = doc.slice(before);
    if (marker.period == "个月") {
      for (std::string_view year : {"一年来", "全年"}) {
        if (const size_t y = lead.find(year); y != std::string_view::npos) {
          periods = 12;
          periods_span = {before.begin + y, before.begin + y + year.size()};
        }
      }
    }
    const NumberMention* total = nullptr;
    bool several_totals = false;
    for (const NumberMention& m : numbers.within(before)) {
      const std::string_view word = text.substr(m.span.end, marker.period.size());
      if (word == marker.period && is_whole(m) && m.magnitude == 1 && !total) {
        if (periods) {
          periods.reset();  // two counts of periods: which one is not clear
          break;
        }
        periods = m.value;
        periods_span = m.span;
        continue;
      }
      if (periods && measure_after(text, m) == measure && m.span.begin > periods_span.begin) {
        several_totals = several_totals || total != nullptr;
        total = &m;
      }
    }
    if (!periods || !total || several_totals || !is_whole(*total) || *periods < 2) continue;
    const double expected = total->value / *periods;
    // An average written as it was rounded, or about so much (约500单: 450 to 550).
    const double allowed = tolerance * expected + (average.bound == Bound::kExact ? half_last_decimal(average) * average.magnitude
                                                                                  : rounding_of_written(average));
    if (std::fabs(average.value - expected) <= allowed) continue;
    found.push_back({total, periods_span, *periods, marker.period, &average, expected, measure});
  }
  return found;
}

}  // namespace copydesk
