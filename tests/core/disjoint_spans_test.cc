#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <vector>

#include "core/disjoint_spans.h"

using namespace copydesk;

TEST_CASE("DisjointSpans finds an overlap as a look at every span does", "[core][span]") {
  std::mt19937 rng(3);
  for (int round = 0; round < 200; ++round) {
    // Spans added in any order, each only when it overlaps none added before,
    // as a rule reports a later copy.
    DisjointSpans set;
    std::vector<Span> added;
    for (int k = 0; k < 60; ++k) {
      const size_t begin = rng() % 300;
      const Span span{begin, begin + 1 + rng() % 12};
      const bool expected = std::any_of(added.begin(), added.end(), [&](Span x) { return x.overlaps(span); });
      INFO("round " << round << " span " << span.begin << "-" << span.end);
      REQUIRE(set.overlaps(span) == expected);
      if (!expected) {
        set.add(span);
        added.push_back(span);
      }
    }
    REQUIRE(added.size() > 5);
  }
}

TEST_CASE("DisjointSpans: touching spans do not overlap", "[core][span]") {
  DisjointSpans set;
  CHECK_FALSE(set.overlaps({0, 5}));
  set.add({10, 20});
  CHECK_FALSE(set.overlaps({0, 10}));
  CHECK_FALSE(set.overlaps({20, 30}));
  CHECK(set.overlaps({19, 21}));
  CHECK(set.overlaps({12, 13}));
  CHECK(set.overlaps({0, 100}));
}
