#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/utf8.h"
#include "extract/figure_starts.h"
#include "extract/rare_characters.h"
#include "kinds/half_width_punctuation.h"

using namespace copydesk;

namespace {

// What the scan must find, decoding every character.
RareCharacters decode_all(std::string_view text) {
  RareCharacters out;
  for (Utf8Iterator it(text); !it.done(); it.next()) {
    char32_t c = it.code_point();
    if (c >= 0x3400 && is_han(c) && !in_gb2312(c)) out.outside_gb2312.push_back(it.offset());
    if (font_artifact_class(c)) out.font_artifacts.push_back(it.offset());
    if (is_greek_or_cyrillic(c) && touches_latin_letter(text, it.offset(), it.length())) {
      out.greek_cyrillic_by_latin.push_back(it.offset());
    }
  }
  return out;
}

}  // namespace

TEST_CASE("Rare characters: Han outside GB 2312 and font artifacts", "[extract][script]") {
  // 彥 and 劑 are traditional, 㐀 (extension A) and 𠀀 (extension B) are outside
  // GB 2312, 〇 is below U+3400; ⼈ is a Kangxi radical, U+F900 a compatibility
  // ideograph (Han as well), U+E000 private use, U+FFFD a replacement.
  std::string text = "巴彥旗,劑。〇㐀𠀀\u2F08民\uF900\uE000\uFFFD“引号”abc\n";
  RareCharacters rare = RareCharacters::find(text);
  auto offset_of = [&](std::string_view s) { return text.find(s); };
  CHECK(rare.outside_gb2312 == std::vector<size_t>{offset_of("彥"), offset_of("劑"), offset_of("㐀"), offset_of("𠀀"),
                                                    offset_of("\uF900")});
  CHECK(rare.font_artifacts ==
        std::vector<size_t>{offset_of("\u2F08"), offset_of("\uF900"), offset_of("\uE000"), offset_of("\uFFFD")});
  CHECK(std::string(font_artifact_class(U'\u2F08')) == "kangxi-radical");
  CHECK(font_artifact_class(U'人') == nullptr);
  CHECK(std::string(font_artifact_class(U'\uFB01')) == "ligature");
  CHECK(font_artifact_class(U'\uFB07') == nullptr);

  SECTION("the same positions as decoding every character") {
    std::string mixed;
    for (int i = 0; i < 200; ++i) mixed += "Mоscow Ωμ\u036F\u0370\u052F\u0530ЁÀ"  // Greek and Cyrillic, and their neighbours
               "新闻稿件彥\u2E80x\u00E9\u0800\uFFFD\U000F0001\U0002F800丽麗\uFA2D〇“”。，（\u2E7F\u33FF\uFF00"
               "一个第三十々〆〡，新。闻“稿”〇年－５，．彥，\uFFFD\uFB01\uFB06\uFB07";  // figure starts and punctuation inside Han runs
    RareCharacters fast = RareCharacters::find(mixed);
    RareCharacters slow = decode_all(mixed);
    CHECK(fast.outside_gb2312 == slow.outside_gb2312);
    CHECK(fast.font_artifacts == slow.font_artifacts);
    CHECK(fast.greek_cyrillic_by_latin == slow.greek_cyrillic_by_latin);
    size_t han = 0;
    for (Utf8Iterator it(mixed); !it.done(); it.next()) han += is_han(it.code_point());
    CHECK(han_count(mixed) == han);
    CHECK(han_count("〇一\u4DC0\u4DBF\uFA2D𠀀x") == 5);
    // Counts over spans, across the checkpoints kept every 4 KB.
    for (size_t begin = 0; begin < mixed.size(); begin += 997) {
      while ((static_cast<unsigned char>(mixed[begin]) & 0xC0) == 0x80) ++begin;
      for (size_t end = begin; end <= mixed.size(); end += 1361) {
        while (end < mixed.size() && (static_cast<unsigned char>(mixed[end]) & 0xC0) == 0x80) ++end;
        INFO(begin << "-" << end);
        CHECK(fast.han_count(mixed, {begin, end}) == han_count(std::string_view(mixed).substr(begin, end - begin)));
      }
    }
    CHECK(fast.han_count(mixed, {0, mixed.size()}) == han);
  }

  SECTION("every character of U+3400-U+A0FF, as decoding every character") {
    // Each character once, and each after a full stop, so that the Han runs
    // and the scan after a run both meet every lead and second byte.
    std::string all;
    for (char32_t c = 0x3400; c <= 0xA0FF; ++c) {
      std::string one;
      append_utf8(one, c);
      all += one + one + "。" + one;
    }
    RareCharacters fast = RareCharacters::find(all);
    RareCharacters slow = decode_all(all);
    CHECK(fast.outside_gb2312 == slow.outside_gb2312);
    CHECK(fast.font_artifacts == slow.font_artifacts);
    CHECK(fast.han_count(all, {0, all.size()}) == han_count(all));
    CHECK(fast.take_figure_starts(all) == figure_starts(all));
  }

  SECTION("Greek and Cyrillic letters") {
    // Cyrillic о, Greek Α and μ next to Latin letters; Москва and the Greek
    // word touch none, and ЁÀ touches À.
    std::string latin = "Mоscow and Αthens, μg, Москва, Αθήνα, ЁÀ";
    RareCharacters found = RareCharacters::find(latin);
    CHECK(found.greek_cyrillic_by_latin ==
          std::vector<size_t>{1, latin.find("Α"), latin.find("μ"), latin.find("Ё")});
  }

  SECTION("offsets within a span") {
    std::vector<size_t> offsets{3, 9, 12, 30};
    auto in = RareCharacters::in(offsets, {9, 30});
    CHECK(std::vector<size_t>(in.begin(), in.end()) == std::vector<size_t>{9, 12});
    CHECK(RareCharacters::in(offsets, {13, 30}).empty());
  }
}

TEST_CASE("Half-width marks are found at every byte alignment", "[punctuation]") {
  for (int n = 1; n < 12; ++n) {
    std::string text;
    for (int i = 0; i < n; ++i) text += "中";
    size_t comma = text.size();
    text += ",好";
    INFO(n);
    auto marks = find_half_width_marks(text, {0, text.size()});
    REQUIRE(marks.size() == 1);
    CHECK(marks[0].span == Span{comma, comma + 1});
    // A span that ends right after the mark, and one that ends before it.
    CHECK(find_half_width_marks(text, {0, comma + 1}).size() == 1);
    CHECK(find_half_width_marks(text, {0, comma}).empty());
  }
}

TEST_CASE("Half-width marks: the block scan finds what a byte-by-byte scan finds", "[punctuation]") {
  // Every byte value next to Han characters, marks among ASCII and at the
  // edges of 16-byte blocks: each mark found in a span of it and its two
  // neighbours (shorter than a block) must be found in the whole text, and
  // nothing else.
  std::string text;
  for (int b = 1; b < 0x80; ++b) {
    text += "中";
    text += static_cast<char>(b);
    text += (b % 3 == 0) ? "文," : "x1";
  }
  for (int n = 0; n < 40; ++n) text += std::string(static_cast<size_t>(n % 17), 'a') + "新闻(稿)件;:?!," + "好";
  auto whole = find_half_width_marks(text, {0, text.size()});
  std::vector<size_t> expected;
  for (size_t i = 0; i < text.size(); ++i) {
    if (std::string_view(",:;()?!\"").find(text[i]) == std::string_view::npos) continue;
    // ( and ) depend on the parentheses opened before them: taken as found.
    if (text[i] == '(' || text[i] == ')') {
      for (const auto& m : whole) if (m.span.begin == i) expected.push_back(i);
      continue;
    }
    size_t begin = i, end = i + 1;
    while (begin > 0 && (static_cast<unsigned char>(text[begin - 1]) & 0xC0) == 0x80) --begin;
    if (begin > 0) --begin;
    while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) --begin;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    if (end < text.size()) ++end;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    for (const auto& m : find_half_width_marks(text, {begin, end})) {
      if (m.span.begin == i) expected.push_back(i);
    }
  }
  std::vector<size_t> found;
  for (const auto& m : whole) found.push_back(m.span.begin);
  CHECK(found == expected);
  CHECK(found.size() > 100);
}
