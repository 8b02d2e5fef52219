#include <catch2/catch.hpp>

#include <string>

#include "core/line_index.h"

namespace copydesk {
namespace {

// UTF-16 units counted one code point at a time, to compare with the fast count.
size_t units_slowly(std::string_view text) {
  size_t units = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;
  }
  return units;
}

}  // namespace

TEST_CASE("utf16_length counts a surrogate pair for four-byte characters at any alignment", "[core][lines]") {
  const std::string pieces[] = {"a", "é", "好", "𠀀", "\n"};
  std::string text;
  for (int i = 0; i < 200; ++i) {
    text += pieces[(i * 7 + i / 3) % 5];
    for (size_t from = 0; from < 9 && from <= text.size(); ++from) {
      CHECK(utf16_length(std::string_view(text).substr(from)) == units_slowly(std::string_view(text).substr(from)));
    }
  }
  CHECK(utf16_length("𠀀𠀀𠀀") == 6);
  CHECK(utf16_length("好好好好好好") == 6);
}

TEST_CASE("LineIndex finds lines and UTF-16 columns, also far into a long line", "[core][lines]") {
  std::string text = "第一行\nab𠀀c\n\n";
  std::string long_line(10000, 'x');
  long_line += "好z";
  text += long_line;
  LineIndex lines(text);
  CHECK(lines.line_count() == 4);
  CHECK(lines.line_text(2) == "ab𠀀c");
  CHECK(lines.line_text(3).empty());
  const size_t c_offset = text.find('c');
  CHECK(lines.position(c_offset).line == 2);
  CHECK(lines.position(c_offset).column == 5);  // a, b, two units for 𠀀
  const size_t z_offset = text.rfind('z');
  CHECK(lines.position(z_offset).line == 4);
  CHECK(lines.position(z_offset).column == 10002);
  CHECK(lines.line_of(text.size()) == 4);
}

}  // namespace copydesk
