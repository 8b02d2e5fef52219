#include <catch2/catch.hpp>

#include <string>

#include "core/analysis_timer.h"
#include "core/document.h"

namespace copydesk {
namespace {

// Two analyses, the second asking for the first while it is computed.
struct Inner {
  static constexpr std::string_view kName = "inner";
  static Inner compute(const Document&) { return {}; }
};
struct Outer {
  static constexpr std::string_view kName = "outer";
  static Outer compute(const Document& doc) {
    doc.analysis<Inner>();
    return {};
  }
};

}  // namespace

TEST_CASE("an analysis is charged its own time, not that of the analyses it starts", "[core][timings]") {
  AnalysisTimer timer;
  {
    AnalysisTimer::Scope outer(timer, "outer");
    AnalysisTimer::Scope inner(timer, "inner");
  }
  REQUIRE(timer.seconds().size() == 2);
  const double outer = timer.seconds().at("outer"), inner = timer.seconds().at("inner");
  CHECK(outer >= 0.0);
  CHECK(inner >= 0.0);
  // The outer scope's time holds the inner one's once: counted apart, they add up to it.
  CHECK(outer + inner == Approx(timer.outermost_seconds()).margin(1e-12));
}

TEST_CASE("a document times the analyses it computes while a timer is set", "[core][timings]") {
  Document doc("a.txt", "一段文字。\n");
  AnalysisTimer timer;
  doc.time_analyses(&timer);
  doc.analysis<Outer>();
  doc.analysis<Outer>();  // computed once: timed once
  doc.time_analyses(nullptr);
  CHECK(timer.seconds().count("outer") == 1);
  CHECK(timer.seconds().count("inner") == 1);
  CHECK(timer.seconds().at("outer") + timer.seconds().at("inner") ==
        Approx(timer.outermost_seconds()).margin(1e-12));

  Document untimed("b.txt", "一段文字。\n");
  untimed.analysis<Outer>();
  CHECK(timer.seconds().size() == 2);  // nothing recorded without a timer
}

}  // namespace copydesk
