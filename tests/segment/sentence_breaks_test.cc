#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "segment/sentence_breaks.h"
#include "segment/sentence_splitter.h"

using namespace copydesk;

namespace {

std::vector<size_t> simple(const std::string& text) {
  std::vector<size_t> out;
  REQUIRE(simple_sentence_boundaries(text, out));
  return out;
}

bool declines(const std::string& text) {
  std::vector<size_t> out;
  return !simple_sentence_boundaries(text, out);
}

}  // namespace

TEST_CASE("Simple sentence boundaries on Chinese news text", "[segment][sentence]") {
  std::string text = "活动现场签署了备忘录。这标志着联盟成立！“我想，是的。”张宏阳说。";
  CHECK(simple(text) == *icu_sentence_boundaries(text));
  CHECK(simple("好。") == std::vector<size_t>{0, 6});
  CHECK(simple("") == std::vector<size_t>{0});
  // 3.5 and 41.5万: a decimal point between digits.
  CHECK(simple("累计41.5万人次，增长3.5%。") == *icu_sentence_boundaries("累计41.5万人次，增长3.5%。"));
}

TEST_CASE("Text outside the simple subset is left to ICU", "[segment][sentence]") {
  CHECK(declines("Mr. Smith said so."));     // a full stop after a letter
  CHECK(declines("价格.5元"));                // a full stop with no digit before it
  CHECK(declines("第3.期"));                  // nor after it
  CHECK(declines("３．５"));                  // the full-width full stop is an ATerm
  CHECK(declines("e\xCC\x81 ok"));           // a combining mark (Extend)
  CHECK(declines("a\xE2\x80\xA8" "b"));      // a paragraph separator (Sep)
  CHECK(declines("\xEF\xBB\xBF" "abc"));     // a byte order mark (Format)
}

// The simple loop must give ICU's boundaries on any text it accepts: strings
// drawn from characters of every class it handles, in every order.
TEST_CASE("Simple sentence boundaries agree with ICU on generated text", "[segment][sentence]") {
  const std::vector<std::string> pieces = {
      "的", "中", "国", "a", "Z", "5", "0", "%", "#", "&", "x",         // Other, letters, digits
      "，", "、", "：", ",", ":", "-", "—", "–", "；", ";",                // SContinue (and ；;)
      "。", "！", "？", "!", "?", "｡", "‼",                               // STerm
      "”", "“", "’", "‘", "」", "「", "）", "（", ")", "(", "\"", "'", "》", "《", "【", "】", "[", "]",  // Close
      " ", "\t", "\n", "\r", "\u3000", "\u00A0", "\f", "\v",              // Sp (and line breaks)
      "…", "·", "•", "※", "～", "／",                                     // other punctuation
      "1.5", "3.25", "0.5",                                              // decimal points
  };
  std::mt19937 rng(20241123);
  size_t compared = 0;
  for (int round = 0; round < 40000; ++round) {
    std::string text;
    size_t length = rng() % 16;
    for (size_t i = 0; i < length; ++i) text += pieces[rng() % pieces.size()];
    std::vector<size_t> got;
    if (!simple_sentence_boundaries(text, got)) continue;
    ++compared;
    auto expected = icu_sentence_boundaries(text);
    REQUIRE(expected);
    INFO(text);
    REQUIRE(got == *expected);
  }
  CHECK(compared > 30000);
}

// Boundaries found piece by piece before a character outside the subset are
// ICU's, whatever comes after it: Sentences stops at the piece it needs.
TEST_CASE("Sentence pieces found before unsupported text agree with ICU", "[segment][sentence]") {
  const std::vector<std::string> pieces = {"的", "国", "a", "Z", "5", "，", "、", "。", "！", "？", "!", "?", "”",
                                           "“", "）", "(", " ", "\n", "\u3000", "3.5", "…"};
  const std::vector<std::string> unsupported = {"Mr.", "e.g. ", ".", "．", "\xCC\x81", "\xE2\x80\xA8", "\xEF\xBB\xBF",
                                                "U.S. "};
  std::mt19937 rng(7);
  size_t checked = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (size_t i = rng() % 12; i > 0; --i) text += pieces[rng() % pieces.size()];
    text += unsupported[rng() % unsupported.size()];
    for (size_t i = rng() % 12; i > 0; --i) text += pieces[rng() % pieces.size()];
    auto expected = icu_sentence_boundaries(text);
    REQUIRE(expected);
    std::vector<size_t> found = {0};
    for (size_t at = 0; at < text.size();) {
      at = simple_sentence_end(text, at);
      if (at == std::string_view::npos) break;
      found.push_back(at);
    }
    INFO(text);
    REQUIRE(found.size() <= expected->size());
    CHECK(std::equal(found.begin(), found.end(), expected->begin()));
    checked += found.size() - 1;
  }
  CHECK(checked > 10000);
}
