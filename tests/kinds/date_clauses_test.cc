#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "kinds/date_clauses.h"

using namespace copydesk;

namespace {

// The clause around `offset`, by cutting the whole text first.
Span cut_clause(std::string_view text, size_t offset) {
  std::vector<size_t> starts;
  for (size_t i = 0; i < text.size(); ++i) {
    for (std::string_view t : {"\n", "!", "?", ". ", "。", "！", "？", "；"}) {
      if (text.compare(i, t.size(), t) == 0) {
        starts.push_back(i + t.size());
        i += t.size() - 1;
        break;
      }
    }
  }
  size_t begin = 0, end = text.size();
  for (size_t s : starts) {
    if (s <= offset) begin = s;
    if (s > offset) {
      end = s;
      break;
    }
  }
  return Span{begin, end};
}

}  // namespace

TEST_CASE("The clause around a date runs from one terminator to the next", "[kinds][date_clauses]") {
  std::string text = "他生于1966年，今年54岁。Zhao, 58, said. Then?\n下一段";
  DateClauses clauses(text);
  CHECK(clauses.around(text.find("今年")).of(text) == "他生于1966年，今年54岁。");
  CHECK(clauses.around(text.find("58")).of(text) == "Zhao, 58, said. ");
  CHECK(clauses.around(text.find("下")).of(text) == "下一段");
  CHECK(clauses.around(0).of(text) == "他生于1966年，今年54岁。");
  // An abbreviation before a figure or a name ends no clause.
  std::string en = "The fair ran Oct. 2-7 for nine days. Gov. Lee came. A dog ran. Then";
  DateClauses en_clauses(en);
  CHECK(en_clauses.around(en.find("2-7")).of(en) == "The fair ran Oct. 2-7 for nine days. ");
  CHECK(en_clauses.around(en.find("Lee")).of(en) == "Gov. Lee came. ");
  CHECK(en_clauses.around(en.find("dog")).of(en) == "A dog ran. ");
}

TEST_CASE("Clauses found both ways agree with clauses cut in one pass", "[kinds][date_clauses]") {
  const char* pieces[] = {"年", "。", "！", "？", "；", ".", " ", "!", "?", "\n", "a", "，", "..", ". "};
  std::mt19937 rng(3);
  std::uniform_int_distribution<size_t> pick(0, std::size(pieces) - 1);
  for (int round = 0; round < 500; ++round) {
    std::string text;
    for (int i = 0; i < 25; ++i) text += pieces[pick(rng)];
    DateClauses clauses(text);
    for (size_t offset = 0; offset < text.size(); ++offset) {
      INFO(text << " at " << offset);
      CHECK(clauses.around(offset) == cut_clause(text, offset));
    }
  }
}

TEST_CASE("In hard-wrapped text only a blank line ends a clause", "[kinds][date_clauses]") {
  const std::string text = "Halvorsen, 58, first surveyed it as a 24-year-old\nstudent in 1994, when she\n\nmapped it";
  DateClauses wrapped(text, true), plain(text);
  const size_t age = text.find("58"), year = text.find("1994"), mapped = text.find("mapped");
  CHECK(wrapped.around(age) == wrapped.around(year));
  CHECK(!(wrapped.around(year) == wrapped.around(mapped)));  // the blank line
  CHECK(!(plain.around(age) == plain.around(year)));
}
