#include <catch2/catch.hpp>

#include <string>

#include "core/document.h"
#include "core/utf8.h"

namespace copydesk {

TEST_CASE("detect_language weighs Han characters against Latin letters", "[core][document]") {
  CHECK(detect_language("会议强调，要继续实施更加积极的政策。") == Language::kChinese);
  CHECK(detect_language("The council met on Monday to discuss the budget.") == Language::kEnglish);
  // Three letters for each Han character is still Chinese; one more is not.
  CHECK(detect_language("好abc") == Language::kChinese);
  CHECK(detect_language("好abcd") == Language::kEnglish);
  // Extension A (U+3400), compatibility ideographs (U+F900), extension B (U+20000) and 〇 are Han;
  // hexagram symbols (U+4DC0), full-width letters and kana are not.
  CHECK(detect_language("㐀abc") == Language::kChinese);
  CHECK(detect_language("豈abc") == Language::kChinese);
  CHECK(detect_language("𠀀abc") == Language::kChinese);
  CHECK(detect_language("〇abc") == Language::kChinese);
  CHECK(detect_language("䷀a") == Language::kEnglish);
  CHECK(detect_language("ＡＢあa") == Language::kEnglish);
  CHECK(detect_language("") == Language::kChinese);
}

TEST_CASE("count_scripts agrees with a count a code point at a time, at every alignment", "[core][document]") {
  const std::string pieces[] = {"a", "Z", "@", "[", "`", "{", "好", "丁", "鿿", "㐀", "〇", "〆", "。", "䷀", "䶿",
                                "豈", "﫿", "，", "Ａ", "𠀀", "😀", "é", "\n"};
  std::string text;
  for (size_t i = 0; text.size() < 6000; ++i) text += pieces[(i * 7 + i / 3) % 23];
  auto slowly = [](std::string_view s) {
    ScriptCounts counts;
    for (Utf8Iterator it(s); !it.done(); it.next()) {
      const char32_t c = it.code_point();
      counts.han += is_han(c);
      counts.latin += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return counts;
  };
  for (size_t from = 0; from < 40; ++from) {
    // From a character's start, and long enough for the lanes to be added up on the way.
    if ((static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) continue;
    for (size_t length : {size_t{17}, size_t{18}, size_t{100}, size_t{5000}}) {
      std::string_view piece = std::string_view(text).substr(from, length);
      while (!piece.empty() && (static_cast<unsigned char>(text[from + piece.size()]) & 0xC0) == 0x80) {
        piece.remove_suffix(1);  // and to a character's end
      }
      const ScriptCounts want = slowly(piece), got = count_scripts(piece);
      CHECK(got.han == want.han);
      CHECK(got.latin == want.latin);
    }
  }
}

}  // namespace copydesk
