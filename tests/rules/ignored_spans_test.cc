#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "rules/ignored_spans.h"

using namespace copydesk;

TEST_CASE("IgnoredSpans holds a span as a look at every occurrence does", "[rules][ignore]") {
  std::mt19937 rng(5);
  for (int round = 0; round < 100; ++round) {
    std::string text;
    for (int i = 0; i < 200; ++i) text += static_cast<char>('a' + rng() % 3);
    // Terms that overlap one another and nest (ab, abc, bcab...).
    std::vector<std::string> terms;
    for (int t = 0; t < 3; ++t) {
      std::string term;
      for (size_t n = 1 + rng() % 4; n > 0; --n) term += static_cast<char>('a' + rng() % 3);
      terms.push_back(term);
    }
    terms.push_back("");  // ignored
    std::vector<Span> every;
    for (const std::string& term : terms) {
      if (term.empty()) continue;
      for (size_t pos = text.find(term); pos != std::string::npos; pos = text.find(term, pos + 1)) {
        every.push_back({pos, pos + term.size()});
      }
    }
    IgnoredSpans ignored(text, terms);
    CHECK(ignored.empty() == every.empty());
    size_t held = 0;
    for (size_t begin = 0; begin <= text.size(); ++begin) {
      for (size_t end = begin; end <= std::min(text.size(), begin + 6); ++end) {
        const Span span{begin, end};
        const bool expected = std::any_of(every.begin(), every.end(), [&](Span s) { return s.contains(span); });
        INFO("round " << round << " span " << begin << "-" << end);
        REQUIRE(ignored.hold(span) == expected);
        held += expected;
      }
    }
    CHECK(held > 0);
  }
}

TEST_CASE("IgnoredSpans of no terms holds nothing", "[rules][ignore]") {
  IgnoredSpans none("新华社记者", {});
  CHECK(none.empty());
  CHECK_FALSE(none.hold({0, 3}));
  IgnoredSpans one("新华社记者", {"新华社"});
  CHECK(one.hold({0, 9}));
  CHECK(one.hold({3, 6}));
  CHECK_FALSE(one.hold({6, 12}));
}
