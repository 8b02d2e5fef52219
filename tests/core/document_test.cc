#include <catch2/catch.hpp>

#include "core/document.h"

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

}  // namespace copydesk
