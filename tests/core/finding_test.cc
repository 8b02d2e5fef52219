#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/document.h"
#include "core/finding.h"

namespace copydesk {

TEST_CASE("SpanLocator locates spans as locate() does, in order or not", "[core][finding]") {
  std::string text = "第一行，有𠀀字\nab\n\n";
  text += std::string(5000, 'x') + "好z\n末行";
  Document doc("a.txt", text);
  const std::vector<Span> spans = {{0, 3},        {3, 9},           {9, 30},          {12, 12},
                                   {26, 28},      {20, 4000},       {31, 5030},       {5030, 5031},
                                   {40, 41},      {5031, text.size()}, {text.size(), text.size() + 9},
                                   {text.size() + 5, text.size() + 9}, {2, 3}};
  SpanLocator locator(doc);
  for (const Span& span : spans) {
    const Location want = locate(doc, span), got = locator.locate(span);
    CHECK(got.path == want.path);
    CHECK(got.span.begin == want.span.begin);
    CHECK(got.span.end == want.span.end);
    CHECK(got.start_line == want.start_line);
    CHECK(got.start_column == want.start_column);
    CHECK(got.end_line == want.end_line);
    CHECK(got.end_column == want.end_column);
  }
}

}  // namespace copydesk
