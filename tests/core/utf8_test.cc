#include <catch2/catch.hpp>

#include <string>

#include "core/utf8.h"

namespace copydesk {

TEST_CASE("Code point counts and length limits agree", "[core][utf8]") {
  CHECK(code_point_count("") == 0);
  CHECK(code_point_count("a围😀") == 3);
  for (std::string unit : {"a", "围", "😀", "é"}) {
    std::string text;
    for (size_t n = 0; n <= 12; ++n, text += unit) {
      REQUIRE(code_point_count(text) == n);
      for (size_t limit = 0; limit <= 14; ++limit) {
        CHECK(has_at_most_code_points(text, limit) == (n <= limit));
      }
    }
  }
  CHECK(utf8_length(U'a') == 1);
  CHECK(utf8_length(U'é') == 2);
  CHECK(utf8_length(U'围') == 3);
  CHECK(utf8_length(U'😀') == 4);
}

TEST_CASE("code_point_count agrees with a count a byte at a time on long texts at every alignment", "[core][utf8]") {
  const std::string pieces[] = {"a", "é", "围", "😀", "\n"};
  std::string text;
  for (size_t i = 0; text.size() < 9000; ++i) text += pieces[(i * 7 + i / 5) % 5];
  auto slowly = [](std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
  };
  for (size_t from = 0; from < 20; ++from) {
    for (size_t length : {size_t{15}, size_t{16}, size_t{17}, size_t{4079}, size_t{4080}, size_t{4097}, size_t{8900}}) {
      const std::string_view piece = std::string_view(text).substr(from, length);
      CHECK(code_point_count(piece) == slowly(piece));
    }
  }
}

TEST_CASE("Han runs before and after a place stop at other characters", "[core][utf8]") {
  const std::string text = "产值突破180亿元的基础上";
  const size_t figure = text.find("180");
  CHECK(han_run_before(text, figure, 12) == "产值突破");
  CHECK(han_run_before(text, figure, 2) == "突破");
  CHECK(han_run_after(text, text.find("亿"), 3) == "亿元的");
  CHECK(han_run_after(text, figure, 5).empty());
}

}  // namespace copydesk

TEST_CASE("han_before and han_after take a label of Han characters or nothing", "[core][utf8]") {
  const std::string text = "总产量达到850亿斤，带动1.2万户农民增收";
  const size_t figure = text.find("850");
  CHECK(copydesk::han_before(text, figure, 3) == "量达到");
  CHECK(copydesk::han_before(text, figure, 5) == "总产量达到");
  CHECK(copydesk::han_before(text, figure, 6).empty());  // the text starts before a sixth
  CHECK(copydesk::han_before(text, text.find("1.2"), 3).empty());  // "，带动": a comma is no Han character
  CHECK(copydesk::han_after(text, text.find("农民"), 3) == "农民增");
  CHECK(copydesk::han_after(text, text.find("增收"), 3).empty());  // the text ends
  CHECK(copydesk::han_after(text, figure, 1).empty());
}
