// A headline's percentage change that the body's own figures contradict.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/document.h"
#include "extract/numbers.h"
#include "kinds/headline_change.h"
#include "kinds/percent_change.h"

using namespace copydesk;

namespace {

// "headline -> body change" for each contradicted headline; the headline is the first line.
std::vector<std::string> contradicted(const std::string& text) {
  Document doc("t.txt", text);
  const std::span<const NumberMention> ms = doc.analysis<Numbers>().within({0, doc.text().size()});
  const std::vector<PercentChange> changes = PercentChangeFinder::shared().find(doc, ms);
  const size_t headline_end = doc.text().find('\n');
  std::vector<std::string> out;
  for (const ContradictedChange& c :
       find_contradicted_headline_changes(doc.text(), ms, changes, [&](size_t at) { return at < headline_end; })) {
    out.push_back(std::string(doc.slice(c.headline->extent)) + " -> " + std::to_string(std::lround(c.body_change)));
  }
  return out;
}

const std::string kHead = "Canada cuts Gulf of St. Lawrence herring quota by 20% as stocks slide\n\n";

}  // namespace

TEST_CASE("a headline's change that the body's figures contradict", "[headline-change]") {
  CHECK(contradicted(kHead + "The catch will fall to 10,200 tonnes from 12,000 tonnes in 2025, a 15% reduction.") ==
        std::vector<std::string>{"20% -> 15"});
  // A conversion in brackets after a figure is passed over.
  CHECK(contradicted(kHead + "The catch will fall to 10,200 tonnes (about 22.5 million pounds) from 12,000 tonnes, "
                             "a 15% reduction.") == std::vector<std::string>{"20% -> 15"});
}

TEST_CASE("headline changes the body bears out, or does not settle", "[headline-change]") {
  CHECK(contradicted(kHead + "The catch will fall to 9,600 tonnes from 12,000 tonnes, a 20% reduction.").empty());
  // The body gives the headline's percentage elsewhere.
  CHECK(contradicted(kHead + "The catch will fall to 10,200 tonnes from 12,000 tonnes, a 15% reduction, and the "
                             "spring quota by 20%.")
            .empty());
  // The other direction, or two changes in the headline's direction.
  CHECK(contradicted(kHead + "Prices will rise to $115 from $100, a 15% increase.").empty());
  CHECK(contradicted(kHead + "The catch will fall to 10,200 tonnes from 12,000 tonnes, a 15% reduction. Bait sales "
                             "fell to 900 tonnes from 1,000 tonnes, a 10% drop.")
            .empty());
  // No direction in the headline.
  CHECK(contradicted("Herring quota at 20% of its 1990 level\n\nThe catch will fall to 10,200 tonnes from 12,000 "
                     "tonnes, a 15% reduction.")
            .empty());
}
