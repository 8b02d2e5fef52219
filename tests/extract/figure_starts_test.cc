#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/utf8.h"
#include "extract/figure_starts.h"
#include "extract/rare_characters.h"

using namespace copydesk;

namespace {

// The byte offsets of `pieces` in `text`, each looked for after the one before.
std::vector<size_t> offsets_of(const std::string& text, std::initializer_list<std::string_view> pieces) {
  std::vector<size_t> out;
  size_t from = 0;
  for (std::string_view piece : pieces) {
    from = text.find(piece, from);
    out.push_back(from);
    from += piece.size();
  }
  return out;
}

}  // namespace

TEST_CASE("Figures may begin at digits, signs before digits, numerals and number words", "[extract][numbers]") {
  std::string text = "共有26人，增长-3.5%，第三季度两万元，one-third of the 12,000 twenty items; a well-known end. "
                     "－５度，百分之三十，负数";
  // Every digit counts (the scanner passes over those inside a figure); the
  // hyphen of well-known and the full stop do not, nor do "of", "the", "items".
  CHECK(figure_starts(text) == offsets_of(text, {"2", "6", "-", "3", ".", "5", "第", "三", "两", "万", "one", "third",
                                                 "1", "2", "0", "0", "0", "twenty", "a ", "－", "５", "百", "三",
                                                 "十", "负"}));
  CHECK(figure_starts("") == std::vector<size_t>{});
  // A sequence cut by the end of the text is left to the scanner.
  CHECK(figure_starts("abc\xE4\xB8") == std::vector<size_t>{3});
}

TEST_CASE("The character scan notes the figure starts as the standalone scan finds them", "[extract][numbers]") {
  std::string mixed;
  for (int i = 0; i < 300; ++i) {
    mixed += "新闻稿件一二三彥\u2E80x9\u00E9\u0800\uFFFD\U000F0001丽麗〇○“”。，（－５ ．5 - 3.0 +4 twenty-one Million "
             "first Ninety xfirst 第负 \u4DC0\u4E00";
    mixed += static_cast<char>('0' + i % 10);
  }
  for (std::string text : {mixed, mixed.substr(0, mixed.size() - 1) + "\xE4", mixed + "\xC0\xB0\x80\xB5-\xEF"}) {
    const RareCharacters rare = RareCharacters::find(text);
    CHECK(rare.take_figure_starts(text) == figure_starts(text));
    CHECK(rare.take_figure_starts(text) == figure_starts(text));  // taken again: found afresh
  }
}
