// Headline amounts of money that the body gives otherwise for the same thing.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/document.h"
#include "extract/numbers.h"
#include "kinds/headline_amounts.h"

using namespace copydesk;

namespace {

// "headline -> body" for each contradicted amount; the headline is the first line.
std::vector<std::string> contradicted(const std::string& text) {
  Document doc("t.txt", text);
  const std::vector<NumberMention> ms = find_numbers(doc.text());
  const size_t headline_end = doc.text().find('\n');
  std::vector<std::string> out;
  for (const ContradictedAmount& c :
       find_contradicted_headline_amounts(doc.text(), ms, [&](size_t at) { return at < headline_end; })) {
    out.push_back(std::string(doc.slice(c.headline->extent)) + " -> " + std::string(doc.slice(c.body->extent)));
  }
  return out;
}

const std::string kHead = "County asks voters for $62 million to replace crowded jail\n\n";

}  // namespace

TEST_CASE("a headline amount the body gives otherwise for the same thing", "[headline-amounts]") {
  CHECK(contradicted(kHead + "Voters will decide whether to borrow $58 million to build a new county jail.") ==
        std::vector<std::string>{"62 million -> 58 million"});
  CHECK(contradicted("Council passes £4.2 billion budget\n\nThe council passed a £4.8 billion budget on Monday.") ==
        std::vector<std::string>{"4.2 billion -> 4.8 billion"});
  // A comma goes on with the phrase after the figure.
  CHECK(contradicted("Council approves $68 million deal to keep Ospreys\n\nThe council approved a $72 million "
                     "renovation of the park, a deal that keeps the team in town.") ==
        std::vector<std::string>{"68 million -> 72 million"});
}

TEST_CASE("headline amounts the body bears out", "[headline-amounts]") {
  // The body gives it.
  CHECK(contradicted(kHead + "The $58 million plan grew to $62 million to build a new county jail.").empty());
  // Rounded as the headline writes it: $60 million stands for 55 to 65.
  CHECK(contradicted("County asks voters for $60 million to replace crowded jail\n\n"
                     "Voters will decide whether to borrow $58 million to build a new county jail.")
            .empty());
  // Two of the body's amounts add up to it.
  CHECK(contradicted(kHead + "Voters will decide on $40 million for a new jail and $22 million for jail repairs.")
            .empty());
  // A rough figure for the same thing settles nothing.
  CHECK(contradicted(kHead + "The county wants about $58 million to build a new county jail.").empty());
  // Not the same thing: no word in common.
  CHECK(contradicted(kHead + "The old building cost $38 million to build in 1985.").empty());
  // More than a factor of two apart: another amount.
  CHECK(contradicted(kHead + "The county spends $9 million a year to run the jail.").empty());
  // Not money.
  CHECK(contradicted("Fire destroys 62 homes near the jail\n\nThe fire destroyed 58 homes near the jail.").empty());
}
