#include "kinds/period_average.h"

#include <cctype>
#include <cmath>
#include <string>

#include "extract/numbers.h"
#include "segment/text_shape.h"

namespace copydesk {

namespace {

constexpr std::string_view kPeriods[] = {"day", "week", "month", "year"};

bool is_period(std::string_view word) {
  for (std::string_view p : kPeriods) {
    if (word == p) return true;
  }
  return false;
}

// The word right after " " at `at`, lower-case letters only ("" when none).
std::string_view word_at(std::string_view text, size_t at) {
  size_t end = at;
  while (end < text.size() && text[end] >= 'a' && text[end] <= 'z') ++end;
  return text.substr(at, end - at);
}

}  // namespace

std::string_view english_counted_noun(std::string_view text, size_t end) {
  std::string_view noun;
  size_t at = end;
  for (int n = 0; n < 2 && at < text.size() && (text[at] == ' ' || text[at] == '\n'); ++n) {
    const std::string_view w = word_at(text, at + 1);
    if (w.empty()) break;
    noun = w;
    at += 1 + w.size();
    if (w.ends_with("s")) break;  // the plural ends the noun
  }
  if (noun.ends_with("s")) noun.remove_suffix(1);
  return noun;
}

std::string_view english_per_noun(std::string_view text, size_t end) {
  // A hard-wrapped line may end anywhere in "an average of 500 a day": a
  // line break reads as a space (segment/text_shape.h). The figure's own
  // noun may come first (68 points per run).
  for (int skipped = 0; skipped < 2; ++skipped) {
    const std::string_view after = text.substr(end);
    for (std::string_view per : {" a ", " per ", " each "}) {
      if (starts_with_words(after, per)) return word_at(text, end + per.size());
    }
    if (after.empty() || (after[0] != ' ' && after[0] != '\n')) break;
    const std::string_view noun = word_at(text, end + 1);
    if (noun.empty()) break;
    end += 1 + noun.size();
  }
  return {};
}

std::vector<PeriodAverage> find_wrong_period_averages(std::string_view text, std::span<const NumberMention> ms,
                                                     double tolerance) {
  std::vector<PeriodAverage> found;
  for (size_t a = 2; a < ms.size(); ++a) {
    const NumberMention& average = ms[a];
    if (average.form != NumberForm::kCardinal || average.is_range()) continue;
    const std::string_view head = text.substr(0, average.extent.begin);
    if (!ends_with_words(head, "an average of ") && !ends_with_words(head, "averaging ")) continue;
    const std::string_view per = english_per_noun(text, average.extent.end);
    if (per.empty()) continue;
    // The periods right before, and the total right before them.
    const NumberMention& periods = ms[a - 1];
    // An ordinal between them (in its first 82 days) is no total.
    size_t t = a - 2;
    while (t > 0 && ms[t].form == NumberForm::kOrdinal) --t;
    const NumberMention& total = ms[t];
    // "over 14 days" reads to the number scanner as more than 14: here it is the time the total took.
    const std::string_view periods_written = text.substr(periods.extent.begin, periods.extent.size());
    const bool over_periods = periods.bound == Bound::kOver && periods_written.starts_with("over ");
    // A total of about so much (about 31,000 machines) gives an average to its rounding.
    const bool total_about = total.bound == Bound::kApprox && !total.is_range() && total.value > 0 && !is_year_figure(total);
    if ((!is_exact_amount(periods) && !over_periods) || (!is_exact_amount(total) && !total_about)) continue;
    // Per day over days; per game over games or home dates, not over days.
    const std::string_view noun = english_counted_noun(text, periods.extent.end);
    if (noun.empty() || ((is_period(noun) || is_period(per)) && noun != per)) continue;
    const std::string_view between = text.substr(total.extent.end, periods.extent.begin - total.extent.end);
    if (between.size() > 48 || between.find('.') != std::string_view::npos) continue;
    // over, in, across or during the periods, maybe with words that say
    // which (in its first 82 operating days, over the past 14 days).
    std::string_view before_periods = between;
    for (int words = 0; words < 2; ++words) {
      bool dropped = false;
      for (std::string_view w : {" the ", " its ", " their ", " his ", " her ", " our ", " first ", " past ", " last ",
                                 " next "}) {
        if (ends_with_words(before_periods, w)) {
          before_periods.remove_suffix(w.size() - 1);  // the space before the word stays
          dropped = true;
          break;
        }
      }
      if (!dropped) break;
    }
    bool over = over_periods;
    // "from" only names the periods when the average is per the same noun (42,000 accessions
    // come from 350 species, an average of about 200 per species).
    for (std::string_view w : {" over ", " in ", " across ", " during "}) over = over || ends_with_words(before_periods, w);
    const bool per_same_noun = noun == per || (per.ends_with("s") && per.substr(0, per.size() - 1) == noun);  // species
    over = over || (per_same_noun && ends_with_words(before_periods, " from "));
    if (!over) continue;
    const double expected = total.value / periods.value;
    // An average of about so much is allowed twice the tolerance.
    const double slack = rounding_of_written(average) + (average.bound == Bound::kExact ? 1 : 2) * tolerance * expected +
                         (total_about ? rounding_of_written(total) / periods.value : 0);
    if (std::fabs(average.value - expected) <= slack) continue;
    found.push_back({&total, &periods, &average, expected});
  }
  return found;
}

}  // namespace copydesk
