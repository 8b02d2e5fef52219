#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "kinds/mark_finder.h"
#include "rules/literal_prefilter.h"

using namespace copydesk;

TEST_CASE("MarkFinder finds the marks next_mark finds", "[layout]") {
  const std::vector<std::string> tokens = {"“", "”", "‘", "’", "《", "》", "「", "」", "（", "）", "(", ")", "【", "】",
                                           "〔", "〕", "，", "。", "、", "—", "…", "：", "中", "文", "a", " ", "\n",
                                           "\xE2", "\xE3\x80", "\xEF"};
  std::mt19937 random(20261205);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int length = static_cast<int>(random() % 60);
    for (int i = 0; i < length; ++i) text += tokens[random() % tokens.size()];
    INFO(text);
    const PunctuationAnchors anchors = PunctuationAnchors::find(text);
    MarkFinder finder(text, anchors);
    // Spans in text order, as the kind visits blocks, each scanned mark by mark.
    for (size_t begin = 0; begin <= text.size();) {
      const size_t end = std::min(text.size(), begin + random() % 24);
      for (size_t at = begin;;) {
        const size_t expected = next_mark(text, at, end);
        REQUIRE(finder.next(at, end) == expected);
        if (expected >= end) break;
        at = expected + 1 + random() % 3;  // past the mark (a character is up to three bytes)
        if (at > end) break;
      }
      begin = end + 1 + random() % 3;
    }
    // A search that goes back is answered too.
    if (!text.empty()) CHECK(finder.next(0, text.size()) == next_mark(text, 0, text.size()));
  }
}
