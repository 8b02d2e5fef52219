#include <catch2/catch.hpp>
#include <re2/re2.h>

#include "extract/atom_filter.h"

using namespace copydesk;

TEST_CASE("The atom filter tells which expressions can match in a text", "[extract][atom_filter]") {
  RE2 weekday("(?i)(monday|sunday)");
  RE2 born("born in ([0-9]{4})");
  RE2 digits("[0-9]+");  // its atoms are the ten digits
  AtomFilter filter({&weekday, &born, &digits});
  CHECK(filter.may_match("said on MONDAY") == 0b001);  // atoms are found in any case
  CHECK(filter.may_match("was born in 1966") == 0b110);
  CHECK(filter.may_match("nothing here") == 0);
  CHECK(filter.may_match("ſunday") == 0b001);          // ſ folds to s, as in the expression
  // A candidate is only a candidate: "Born In" passes, the expression decides.
  CHECK((filter.may_match("Born In 1966") & 0b010) != 0);
}

TEST_CASE("The atom filter gives the same answers from its memo", "[extract][atom_filter]") {
  RE2 weekday("(?i)(monday|sunday)");
  RE2 born("born in ([0-9]{4})");
  RE2 digits("[0-9]+");
  AtomFilter filter({&weekday, &born, &digits});
  AtomFilter::Memo memo;
  for (int round = 0; round < 2; ++round) {
    for (const char* text : {"said on MONDAY", "was born in 1966", "nothing here", "Sunday, born in 1966", "1966"})
      CHECK(filter.may_match(text, &memo) == filter.may_match(text));
  }
  CHECK(memo.size() == 5);
}
