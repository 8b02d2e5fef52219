// English averages per day, game or other period against their total.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/document.h"
#include "extract/numbers.h"
#include "kinds/period_average.h"

using namespace copydesk;

namespace {

// "average -> expected" for each wrong average of `text`.
std::vector<std::string> wrong(const std::string& text) {
  const std::vector<NumberMention> ms = find_numbers(text);
  std::vector<std::string> out;
  for (const PeriodAverage& p : find_wrong_period_averages(text, ms, 0.05)) {
    out.push_back(std::string(p.average->extent.of(text)) + " -> " + std::to_string(std::lround(p.expected)));
  }
  return out;
}

}  // namespace

TEST_CASE("an average per period that its total and periods do not give", "[period-average]") {
  CHECK(wrong("Counters recorded 5,600 bike trips over 14 days, an average of 500 a day.") ==
        std::vector<std::string>{"500 -> 400"});
  CHECK(wrong("The team drew 285,000 fans over 66 home dates, an average of about 4,800 a game.") ==
        std::vector<std::string>{"about 4,800 -> 4318"});
  // Words that say which periods, and an ordinal among them.
  CHECK(wrong("The resort counted 412,000 visits in its first 82 operating days, an average of roughly 4,000 a day.") ==
        std::vector<std::string>{"roughly 4,000 -> 5024"});
  CHECK(wrong("The resort counted 412,000 visits in its first 82 operating days, an average of roughly 5,000 a day.")
            .empty());
  // Over the periods, their count in words.
  CHECK(wrong("Crews answered 2,940 calls over the five\ndays to Monday, an average of 690 a day.") ==
        std::vector<std::string>{"690 -> 588"});
  // Hard-wrapped: a line may end anywhere in it.
  CHECK(wrong("The museum displays 3,200 objects across 16\ngalleries, an\naverage of 250 per gallery.") ==
        std::vector<std::string>{"250 -> 200"});
  // The average's own noun before "per".
  CHECK(wrong("Judges awarded a combined 3,120 points across the 48 runs, an average of 75 points per run.") ==
        std::vector<std::string>{"75 -> 65"});
  CHECK(wrong("Judges awarded a combined 3,120 points across the 48 runs, an average of 65 points per run.").empty());
  // "from" the items, when the average is per the same noun.
  CHECK(wrong("The 42,000 accessions come from 350 species, an average of about 200 per species.") ==
        std::vector<std::string>{"about 200 -> 120"});
  CHECK(wrong("The 42,000 accessions come from 350 farms, an average of about 200 per crate.").empty());
  // A total of about so much, over his years: allowed its rounding too.
  CHECK(wrong("He has repaired about 31,000 machines over his 52 years in the shop, an average of roughly 800 a year.") ==
        std::vector<std::string>{"roughly 800 -> 596"});
  CHECK(wrong("He has repaired about 31,000 machines over his 52 years in the shop, an average of roughly 600 a year.")
            .empty());
}

TEST_CASE("averages their total and periods bear out, or that are of something else", "[period-average]") {
  CHECK(wrong("Counters recorded 5,600 bike trips over 14 days, an average of 400 a day.").empty());
  // Rounded as written, and an average of about so much allowed more.
  CHECK(wrong("The team drew 285,000 fans over 66 home dates, an average of about 4,300 a game.").empty());
  CHECK(wrong("The team drew 285,000 fans over 66 home dates, an average of 4,320 a game.").empty());
  // Per game over days: another basis.
  CHECK(wrong("Counters recorded 5,600 bike trips over 14 days, an average of 500 a game on match days.").empty());
  // No "over" between the total and the periods.
  CHECK(wrong("Counters recorded 5,600 bike trips and 14 days of rain, an average of 500 a day.").empty());
}
