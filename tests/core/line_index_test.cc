#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

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
  // Long enough for the counts to be added up on the way (every 127 blocks of 16 bytes).
  while (text.size() < 5000) text += "𠀀好é" + text.substr(0, 13);
  for (size_t from = 0; from < 17; ++from) {
    const std::string_view piece = std::string_view(text).substr(from);
    CHECK(utf16_length(piece) == units_slowly(piece));
    CHECK(utf16_length(piece.substr(0, 2032 + from)) == units_slowly(piece.substr(0, 2032 + from)));
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

TEST_CASE("LineIndex counts columns on long and short lines alike, from the start or from an earlier position",
          "[core][lines]") {
  // Lines on either side of the checkpoint length, with characters of every
  // width straddling its multiples; the last line has no '\n'.
  const std::string pieces[] = {"a", "é", "好", "𠀀"};
  std::string text;
  for (size_t length : {0, 5, 4095, 4096, 4097, 9000, 12289, 3}) {
    std::string line;
    for (size_t i = 0; line.size() < length; ++i) line += pieces[(i * 5 + i / 7) % 4];
    text += line + "\n";
  }
  text += std::string(5000, 'x') + "好";
  LineIndex lines(text);
  // The reference: the line by counting '\n's, the column by counting units from the line's start.
  auto expected = [&](size_t offset) {
    const size_t start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    const size_t line_start = offset == 0 || start == std::string::npos ? 0 : start + 1;
    const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + line_start, '\n'));
    return LineColumn{line, static_cast<int>(units_slowly(std::string_view(text).substr(line_start, offset - line_start))) + 1};
  };
  std::vector<size_t> offsets;
  for (size_t offset = 0; offset <= text.size(); offset += 97) offsets.push_back(offset);
  for (size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 1)) {
    offsets.insert(offsets.end(), {at, at + 1});
  }
  offsets.push_back(text.size());
  std::sort(offsets.begin(), offsets.end());
  for (size_t i = 0; i < offsets.size(); ++i) {
    const size_t offset = offsets[i];
    if (offset > 0 && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) continue;  // not a character's start
    const LineColumn want = expected(offset);
    const LineColumn got = lines.position(offset);
    CHECK(got.line == want.line);
    CHECK(got.column == want.column);
    for (size_t back : {size_t{1}, size_t{3}, size_t{40}}) {
      if (i < back) continue;
      const size_t from = offsets[i - back];
      if (from > 0 && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) continue;
      const LineColumn after = lines.position_after(from, lines.position(from), offset);
      CHECK(after.line == want.line);
      CHECK(after.column == want.column);
    }
  }
  // An offset before `from`, and one past the end, fall back to position().
  CHECK(lines.position_after(100, lines.position(100), 10).column == lines.position(10).column);
  CHECK(lines.position_after(0, {1, 1}, text.size() + 10).line == lines.line_count());
}

}  // namespace copydesk
