#include <catch2/catch.hpp>
#include <re2/re2.h>

#include <string>

#include "core/utf8.h"
#include "segment/text_shape.h"

using namespace copydesk;

TEST_CASE("Trimming removes ASCII spaces, U+3000 and NBSP, byte by byte", "[segment][shape]") {
  CHECK(trim_text("\u3000\u3000本报讯 \t\n") == "本报讯");
  CHECK(trim_text("\u00A0\v\fabc\u00A0") == "abc");
  CHECK(trim_text("\u3000") == "");
  CHECK(trim_text("记者\u3000王磊") == "记者\u3000王磊");
  // U+2000-U+200A are not is_space(): kept.
  CHECK(trim_text("\u2003x\u2003") == "\u2003x\u2003");
  // Ends that only share a byte with a space: the one look at each end lets
  // them through to the full trim, which keeps them.
  CHECK(trim_text("「一」") == "「一」");  // E3 80 8C ... E3 80 8D
  CHECK(trim_text("统一") == "统一");      // ends with 80
  CHECK(trim_text("é x") == "é x");        // C3, not C2
  CHECK(trim_text("本报讯 ") == "本报讯");  // one end only
  CHECK(trim_text(" 本报讯") == "本报讯");
}

TEST_CASE("Line columns count wide and ambiguous characters as two", "[segment][shape]") {
  CHECK(line_columns("") == 0);
  CHECK(line_columns("abc") == 3);
  CHECK(line_columns("中文") == 4);
  CHECK(line_columns("丁一") == 4);       // U+4E01, U+4E00: the E4 lead byte
  CHECK(line_columns("“好”，。") == 10);  // ambiguous quotes and full-width marks
  CHECK(line_columns("é") == 1);
  CHECK(line_columns("㐀") == 2);          // U+3400, CJK extension A
  CHECK(line_columns("𠀀") == 2);          // U+20000
  CHECK(line_columns("ｱ") == 1);           // half-width katakana
  // The same as the sum over the characters, whatever the mix.
  std::string mixed = "A股“涨停”3.5%，Ｆｕｌｌ　width…—·ｱ㐀𠀀é中";
  size_t sum = 0;
  for (Utf8Iterator it(mixed); !it.done(); it.next()) sum += line_columns(mixed.substr(it.offset(), it.length()));
  CHECK(line_columns(mixed) == sum);
}

TEST_CASE("Sentence ends inside a text", "[segment][shape]") {
  CHECK(has_inner_sentence_end("好。走"));
  CHECK(has_inner_sentence_end("Yes. No"));
  CHECK(has_inner_sentence_end("他说；然后"));
  CHECK_FALSE(has_inner_sentence_end("好。"));
  CHECK_FALSE(has_inner_sentence_end("增长10.6个百分点"));
  CHECK_FALSE(has_inner_sentence_end("No."));
  CHECK_FALSE(has_inner_sentence_end("标题！  "));
  // Abbreviations, initials and dotted forms end no sentence.
  CHECK_FALSE(has_inner_sentence_end("No. 3 North Carolina rallies past No. 12 Duke 78-71"));
  CHECK_FALSE(has_inner_sentence_end("Gov. Stein visits flood zone with J. Smith"));
  CHECK_FALSE(has_inner_sentence_end("U.S. officials meet Sept. 17 in Geneva"));
  CHECK(has_inner_sentence_end("The vote is in. No recount"));
}

TEST_CASE("ends_with_words reads a line break as the space it stands for", "[segment][shape]") {
  CHECK(ends_with_words("rose to 5, an increase of ", ", an increase of "));
  CHECK(ends_with_words("rose to 5, an\nincrease of ", ", an increase of "));
  CHECK_FALSE(ends_with_words("rose to 5, an\n\nincrease of ", ", an increase of "));
  CHECK_FALSE(ends_with_words("of ", ", an increase of "));
  CHECK_FALSE(ends_with_words("rose to 5, an_increase of ", ", an increase of "));
  CHECK(starts_with_words(" a\nday, said", " a day"));
  CHECK_FALSE(starts_with_words(" a", " a day"));
}

TEST_CASE("contains_text finds a text by its last byte", "[segment][shape]") {
  CHECK(contains_text("内蒙古协同创新总部", "协同创新"));
  CHECK(contains_text("摄", "摄"));
  CHECK_FALSE(contains_text("协同的创新", "协同创新"));
  CHECK_FALSE(contains_text("短", "更长的文本"));
  CHECK(contains_text("abc", ""));
  // The last byte of 年 (B4) occurs in 代 (E4 BB A3)? no; in 年 only: other
  // characters sharing a trailing byte do not match.
  CHECK_FALSE(contains_text("二〇二四卅", "年"));
  CHECK(contains_text("aXbXcab", "ab"));
}

TEST_CASE("contains_text and find_text find what std::string_view::find finds", "[segment][shape]") {
  // Few letters, so that last bytes and last pairs match often without the
  // whole; needles at every place of texts of up to 300 bytes.
  uint32_t seed = 12345;
  auto random = [&seed](uint32_t n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) % n;
  };
  size_t found = 0;
  for (int round = 0; round < 400; ++round) {
    std::string s;
    const size_t size = random(300);
    for (size_t i = 0; i < size; ++i) s += static_cast<char>('a' + random(3));
    std::string what;
    const size_t length = 1 + random(6);
    if (size >= length && random(2) == 0) {
      what = s.substr(random(static_cast<uint32_t>(size - length + 1)), length);  // present
    } else {
      for (size_t i = 0; i < length; ++i) what += static_cast<char>('a' + random(3));
    }
    INFO(s << " / " << what);
    const bool expected = s.find(what) != std::string::npos;
    CHECK(contains_text(s, what) == expected);
    found += expected;
    for (size_t from : {size_t{0}, size_t{1}, size_t{17}, s.size() / 2, s.size(), s.size() + 1}) {
      INFO("from " << from);
      CHECK(find_text(s, what, from) == s.find(what, from));
    }
  }
  CHECK(found > 100);
  CHECK(found < 400);
  // Every end position of a needle in a text of one other letter.
  for (size_t end = 3; end <= 200; ++end) {
    std::string s(200, 'x');
    s.replace(end - 3, 3, "abc");
    INFO(end);
    CHECK(contains_text(s, "abc"));
    CHECK_FALSE(contains_text(s, "abd"));
    CHECK_FALSE(contains_text(s, "zbc"));
  }
}

TEST_CASE("is_han_script is RE2's \\p{Han} on every code point", "[segment][shape]") {
  RE2 han("\\p{Han}");
  size_t differences = 0;
  for (char32_t c = 1; c < 0x110000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;  // not in UTF-8
    std::string s;
    append_utf8(s, c);
    if (is_han_script(c) != RE2::FullMatch(s, han)) ++differences;
  }
  CHECK(differences == 0);
  CHECK(is_han_script(U'中'));
  CHECK(is_han_script(U'々'));
  CHECK(is_han_script(U'⺀'));
  CHECK_FALSE(is_han_script(U'，'));
  CHECK_FALSE(is_han_script('a'));
}
