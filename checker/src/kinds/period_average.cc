#include "kinds/period_average.h"

#include <cctype>
#include <cmath>
#include <string>

#include "extract/numbers.h"

namespace copydesk {

namespace {

constexpr std::string_view kPeriods[] = {"day", "week", "month", "year"};

// The period a figure is followed by: "14 days" -> "day"; "" when none.
std::string_view period_after(std::string_view text, const NumberMention& m) {
  const std::string_view after = text.substr(m.extent.end, 8);
  for (std::string_view p : kPeriods) {
    if (after.starts_with(" " + std::string(p))) return p;
  }
  return {};
}

// "a day", "per day", "each day" after the average: the period it is per.
std::string_view per_period_after(std::string_view text, const NumberMention& m) {
  const std::string_view after = text.substr(m.extent.end, 12);
  for (std::string_view per : {" a ", " per ", " each "}) {
    if (!after.starts_with(per)) continue;
    const std::string_view rest = after.substr(per.size());
    for (std::string_view p : kPeriods) {
      if (rest.starts_with(p) && (rest.size() == p.size() || !std::isalpha(static_cast<unsigned char>(rest[p.size()])))) {
        return p;
      }
    }
  }
  return {};
}

bool is_exact_count(const NumberMention& m) {
  return m.form == NumberForm::kCardinal && m.bound == Bound::kExact && !m.is_range() && m.value > 0 &&
         !is_year_figure(m);
}

}  // namespace

std::vector<PeriodAverage> find_wrong_period_averages(std::string_view text, std::span<const NumberMention> ms,
                                                     double tolerance) {
  std::vector<PeriodAverage> found;
  for (size_t a = 2; a < ms.size(); ++a) {
    const NumberMention& average = ms[a];
    if (average.form != NumberForm::kCardinal || average.is_range()) continue;
    const std::string_view head = text.substr(0, average.extent.begin);
    if (!head.ends_with("an average of ") && !head.ends_with("averaging ")) continue;
    const std::string_view per = per_period_after(text, average);
    if (per.empty()) continue;
    // The periods right before, and the total right before them.
    const NumberMention& periods = ms[a - 1];
    const NumberMention& total = ms[a - 2];
    // "over 14 days" reads to the number scanner as more than 14: here it is the time the total took.
    const std::string_view periods_written = text.substr(periods.extent.begin, periods.extent.size());
    const bool over_periods = periods.bound == Bound::kOver && periods_written.starts_with("over ");
    if ((!is_exact_count(periods) && !over_periods) || !is_exact_count(total) || period_after(text, periods) != per) {
      continue;
    }
    const std::string_view between = text.substr(total.extent.end, periods.extent.begin - total.extent.end);
    if (between.size() > 48 || between.find('.') != std::string_view::npos) continue;
    bool over = over_periods;
    for (std::string_view w : {" over ", " in ", " across ", " during ", " over the past ", " in the past "}) {
      over = over || between.ends_with(w);
    }
    if (!over) continue;
    const double expected = total.value / periods.value;
    const double slack = rounding_of_written(average) + tolerance * expected;
    if (std::fabs(average.value - expected) <= slack) continue;
    found.push_back({&total, &periods, &average, expected});
  }
  return found;
}

}  // namespace copydesk
