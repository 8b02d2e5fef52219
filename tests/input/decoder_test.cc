#include "input/decoder.h"

#include <catch2/catch.hpp>
#include <unicode/ucnv.h>

#include <cstdint>
#include <string>

#include "core/line_index.h"
#include "input/test_encoding.h"

namespace copydesk {
namespace {

using testing::encode;

const std::string kChinese =
    "本报讯 今年以来，全市新建高标准农田十二万亩，机收率达到百分之九十五。\n"
    "农业农村局负责人说，下一步将继续推进农机购置补贴政策落地，帮助农户降低成本。\n";

std::string decoded(const std::string& bytes, const std::string& encoding = "") {
  auto r = decode_text(bytes, "x.txt", encoding);
  if (!r.ok()) FAIL(r.status().message());
  return r->text;
}

std::string error_of(const std::string& bytes, const std::string& encoding = "") {
  auto r = decode_text(bytes, "x.txt", encoding);
  return r.ok() ? "" : r.status().message();
}

TEST_CASE("UTF-8 with and without BOM decodes to the same text", "[input][decoder]") {
  CHECK(decoded(kChinese) == kChinese);
  CHECK(decoded("\xEF\xBB\xBF" + kChinese) == kChinese);
  CHECK(decode_text(kChinese, "x").value().encoding == "UTF-8");
  CHECK(decoded("\xEF\xBB\xBF" "abc", "utf-8") == "abc");  // named encoding: the BOM still goes
}

TEST_CASE("CRLF and CR each become one line break", "[input][decoder]") {
  CHECK(decoded("a\r\nb\rc\n\r\nd") == "a\nb\nc\n\nd");
  const std::string text = decoded("一\r\n二\r三");
  LineIndex lines(text);
  CHECK(lines.line_count() == 3);
  CHECK(lines.line_text(3) == "三");
}

TEST_CASE("UTF-16 and UTF-32 with a BOM", "[input][decoder]") {
  const std::string text = "标题\r\n正文，一段话。𠀀\n";
  for (const char* encoding : {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
    INFO(encoding);
    auto r = decode_text(encode("\xEF\xBB\xBF" + text, encoding), "x.txt");
    REQUIRE(r.ok());
    CHECK(r->text == "标题\n正文，一段话。𠀀\n");
    CHECK(r->encoding == encoding);
  }
}

TEST_CASE("GB18030 and Big5 are detected", "[input][decoder]") {
  auto gb = decode_text(encode(kChinese, "GB18030"), "x.txt");
  REQUIRE(gb.ok());
  CHECK(gb->encoding == "GB18030");
  CHECK(gb->text == kChinese);

  const std::string traditional = "臺灣的新聞報導說，今天天氣很好，我們去公園散步，看到很多人在運動。\n";
  auto big5 = decode_text(encode(traditional, "Big5"), "x.txt");
  REQUIRE(big5.ok());
  CHECK(big5->encoding == "Big5");
  CHECK(big5->text == traditional);
}

TEST_CASE("a short GBK line is still detected", "[input][decoder]") {
  auto r = decode_text(encode("机收现场。。好", "GBK"), "x.txt");
  REQUIRE(r.ok());
  CHECK(r->text == "机收现场。。好");
}

TEST_CASE("a named encoding overrides detection", "[input][decoder]") {
  CHECK(decoded(encode(kChinese, "GB18030"), "gb18030") == kChinese);
  CHECK(decoded(encode("1 €", "windows-1252"), "windows-1252") == "1 €");
  CHECK(decoded(encode("abc", "UTF-16LE"), "UTF-16LE") == "abc");  // no BOM: only when named
  CHECK_THAT(error_of("abc", "no-such-encoding"), Catch::Contains("unknown encoding 'no-such-encoding'"));
  CHECK(is_known_encoding("GB18030"));
  CHECK(is_known_encoding("big5"));
  CHECK_FALSE(is_known_encoding("no-such-encoding"));
}

TEST_CASE("invalid UTF-8 names the line and column", "[input][decoder]") {
  // A truncated character in otherwise Chinese UTF-8 text is damage, not another encoding.
  std::string damaged = kChinese + "第三行有坏字" + std::string("\xE4\xB8") + "这里\n" + kChinese;
  std::string e = error_of(damaged);
  CHECK_THAT(e, Catch::StartsWith("x.txt: invalid UTF-8 at line 3, column 7 (byte 0xE4)"));

  // Latin-1 is not guessed: it would turn damaged UTF-8 into wrong text silently.
  e = error_of("caf\xE9 au lait\r\nna\xEFve\n");
  CHECK_THAT(e, Catch::Contains("invalid UTF-8 at line 1, column 4 (byte 0xE9)"));
  CHECK_THAT(e, Catch::Contains("--encoding"));

  // Named UTF-8 is checked as well, after the BOM.
  CHECK_THAT(error_of("\xEF\xBB\xBFok\nno\xFF", "UTF-8"), Catch::Contains("line 2, column 3 (byte 0xFF)"));
  // Overlong forms and surrogates are invalid.
  CHECK(find_invalid_utf8("a\xC0\xAF") == 1);
  CHECK(find_invalid_utf8("\xED\xA0\x80") == 0);
  CHECK(find_invalid_utf8("好") == std::string::npos);
  // The fast paths (eight ASCII bytes, common three-byte leads) agree with the
  // careful one at every alignment and at the end of the text.
  const std::string ascii = "abcdefghijklmnop";
  for (size_t n = 0; n <= ascii.size(); ++n) {
    const std::string head = ascii.substr(0, n);
    CHECK(find_invalid_utf8(head + "\xE0\x80\x80") == n);      // overlong
    CHECK(find_invalid_utf8(head + "\xE0\xA0\x80") == std::string::npos);
    CHECK(find_invalid_utf8(head + "\xED\xBF\xBF") == n);      // surrogate
    CHECK(find_invalid_utf8(head + "\xEF\xBF\xBF好") == std::string::npos);
    CHECK(find_invalid_utf8(head + "\xF4\x90\x80\x80") == n);  // past U+10FFFF
    CHECK(find_invalid_utf8(head + "好\xE5\xA5") == n + 3);     // cut short at the end
    CHECK(find_invalid_utf8(head + "\xE5\x41\x80") == n);      // not a continuation byte
    CHECK(find_invalid_utf8(head + "𠀀\x80") == n + 4);          // a stray continuation byte
  }
}

TEST_CASE("bytes invalid in a named encoding are an error with a place", "[input][decoder]") {
  std::string e = error_of("abc\n\x81\x20", "GB18030");
  CHECK_THAT(e, Catch::Contains("cannot decode as GB18030 at line 2"));
}

TEST_CASE("binary files are refused", "[input][decoder]") {
  CHECK_THAT(error_of(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)), Catch::Contains("binary file"));
  std::string controls;
  for (int i = 0; i < 2000; ++i) controls += static_cast<char>(1 + (i * 7) % 31);
  CHECK_THAT(error_of(controls), Catch::Contains("binary file"));
  // Form feeds (page breaks from pdftotext) and tabs are text.
  CHECK(decoded("第一页\f第二页\t完") == "第一页\f第二页\t完");
  // A UTF-16 file of NULs is binary too.
  CHECK_THAT(error_of(encode("\xEF\xBB\xBF", "UTF-16LE") + std::string(10, '\0')), Catch::Contains("NUL"));
}

TEST_CASE("an empty file decodes to empty text", "[input][decoder]") {
  CHECK(decoded("").empty());
  CHECK(decoded("\xEF\xBB\xBF").empty());
}

TEST_CASE("positions count CRLF and CR as one break and columns in UTF-16 units", "[input][decoder]") {
  CHECK(describe_position("ab\r\ncd", 5) == "line 2, column 2");
  CHECK(describe_position("ab\rcd", 4) == "line 2, column 2");
  CHECK(describe_position("一二𠀀x", 10) == "line 1, column 5");
}

}  // namespace
TEST_CASE("find_invalid_utf8 agrees with a check a code point at a time, at every alignment", "[input][decoder]") {
  // The reference: each sequence decoded and range-checked on its own.
  auto first_invalid = [](std::string_view s) -> size_t {
    for (size_t i = 0; i < s.size();) {
      const unsigned char c = s[i];
      size_t len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      if (len == 0 || i + len > s.size()) return i;
      char32_t cp = len == 1 ? c : c & (0x7F >> len);
      for (size_t k = 1; k < len; ++k) {
        const unsigned char d = s[i + k];
        if ((d & 0xC0) != 0x80) return i;
        cp = (cp << 6) | (d & 0x3F);
      }
      const char32_t min = len == 2 ? 0x80 : len == 3 ? 0x800 : len == 4 ? 0x10000 : 0;
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
      i += len;
    }
    return std::string::npos;
  };
  const std::string pieces[] = {"a", "z ", "é", "\xDF\xBF", "好", "，", "\xE3\x80\x82", "\xE0\xA0\x80",
                                "\xED\x9F\xBF", "\xEF\xBF\xBF", "𠀀", "\xF4\x8F\xBF\xBF", "\n"};
  const std::string damage[] = {"\x80", "\xBF", "\xC0", "\xC1\xBF", "\xE5", "\xE5\xA5", "\xE0\x80\x80",
                                "\xED\xA0\x80", "\xF0\x80\x80\x80", "\xF4\x90\x80\x80", "\xF5", "\xFF", "\xC2"};
  uint32_t seed = 12345;
  auto next = [&](uint32_t n) {
    seed = seed * 1103515245 + 12345;
    return (seed >> 8) % n;
  };
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    const size_t length = next(90);
    while (s.size() < length) s += pieces[next(round % 3 == 0 ? 13 : 7)];  // often only common sequences
    if (round % 2 == 0) s.insert(next(static_cast<uint32_t>(s.size()) + 1), damage[next(13)]);
    CHECK(find_invalid_utf8(s) == first_invalid(s));
  }
}

}  // namespace copydesk
