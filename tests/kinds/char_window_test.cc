// The character window and the decoder that fills it: every way of reading
// gives the characters a plain decoding loop gives.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "kinds/char_window.h"

using namespace copydesk;

namespace {

struct Decoded {
  std::vector<char32_t> chars;
  std::vector<uint32_t> offsets;
};

// Utf8Iterator, is_space and fold_width, one character at a time.
Decoded plain_decode(const std::string& text, size_t begin, size_t end, bool fold) {
  Decoded d;
  for (Utf8Iterator it(text, begin); !it.done() && it.offset() < end; it.next()) {
    if (is_space(it.code_point())) continue;
    d.chars.push_back(fold ? fold_width(it.code_point()) : it.code_point());
    d.offsets.push_back(static_cast<uint32_t>(it.offset()));
  }
  return d;
}

// Reads text[begin, end) into a window `room` characters at a time.
template <bool kFold>
Decoded windowed_decode(const std::string& text, size_t begin, size_t end, size_t room) {
  CharWindow w;
  size_t at = begin;
  while (at < end) {
    CharWindow::Appender out = w.append(room);
    at = append_without_space<kFold>(text, at, end, out);
    w.commit(out);
  }
  Decoded d;
  for (size_t i = w.begin(); i < w.end(); ++i) {
    d.chars.push_back(w[i]);
    d.offsets.push_back(w.offset(i));
  }
  return d;
}

}  // namespace

TEST_CASE("the decoder leaves out white space and folds widths like the plain loop", "[repetition]") {
  // Han runs (the four-at-a-time path), marks that fold, white space of every
  // kind, ASCII, two- and four-byte characters.
  const std::vector<std::string> pieces = {"中华人民共和国", "经济", "。", "，", "ＡＢＣ１２", "～", "！", "\u3000", " ", "\n",
                                           "\t", "\r\n", "\u00a0", "é", "2025年", "a", "𠀀", "𠀁中", "—", "“引”", "　"};
  std::mt19937 rng(5);
  for (int round = 0; round < 400; ++round) {
    std::string text;
    size_t pieces_count = rng() % 40;
    for (size_t k = 0; k < pieces_count; ++k) text += pieces[rng() % pieces.size()];
    // Any stretch on character boundaries.
    std::vector<size_t> starts;
    for (Utf8Iterator it(text); !it.done(); it.next()) starts.push_back(it.offset());
    starts.push_back(text.size());
    size_t begin = starts[rng() % starts.size()];
    size_t end = starts[rng() % starts.size()];
    if (end < begin) std::swap(begin, end);
    size_t room = 1 + rng() % 9;
    Decoded want = plain_decode(text, begin, end, false);
    Decoded got = windowed_decode<false>(text, begin, end, room);
    CHECK(got.chars == want.chars);
    CHECK(got.offsets == want.offsets);
    Decoded want_folded = plain_decode(text, begin, end, true);
    Decoded got_folded = windowed_decode<true>(text, begin, end, room);
    CHECK(got_folded.chars == want_folded.chars);
    CHECK(got_folded.offsets == want_folded.offsets);
  }
}

TEST_CASE("a character window holds the stretch a scan is in", "[repetition]") {
  CharWindow w;
  for (size_t i = 0; i < 50000; ++i) w.push(static_cast<char32_t>(i), 3 * i);
  CHECK(w.begin() == 0);
  CHECK(w.end() == 50000);
  w.release_before(30000);  // let go, but kept until the room is needed
  CHECK(w.end() == 50000);
  CHECK(w[30000] == 30000);
  CHECK(w.offset(49999) == 3 * 49999);
  CHECK(*w.data(40000) == 40000);
  for (size_t i = 50000; i < 100000; ++i) w.push(static_cast<char32_t>(i), 3 * i);
  CHECK(w.begin() <= 30000);
  CHECK(w.end() == 100000);
  for (size_t i : {size_t{30000}, size_t{49999}, size_t{50000}, size_t{99999}}) {
    CHECK(w[i] == i);
    CHECK(w.offset(i) == 3 * i);
  }
  w.release_before(200000);  // past the end: everything may go
  w.push(U'甲', 7);
  CHECK(w.end() == 100001);
  CHECK(w[100000] == U'甲');
}

TEST_CASE("a reserved window is not moved while it fills", "[repetition]") {
  CharWindow w;
  w.reserve(1000);
  w.push(U'甲', 0);
  const char32_t* first = w.data(0);
  for (size_t i = 1; i < 1000; ++i) w.push(U'乙', i);
  CHECK(w.data(0) == first);
  w.release_before(600);
  for (size_t i = 1000; i < 1500; ++i) w.push(U'丙', i);  // moves the 400 kept to the front
  CHECK(w.begin() == 600);
  CHECK(w[999] == U'乙');
  CHECK(w[1499] == U'丙');
}

TEST_CASE("a window can keep the low bits of its characters alongside", "[repetition]") {
  CharWindow w(/*keep_low16=*/true);
  for (size_t i = 0; i < 70000; ++i) w.push(static_cast<char32_t>(0x10000 * (i % 3) + i % 50000), i);
  w.release_before(60000);
  for (size_t i = 70000; i < 150000; ++i) w.push(static_cast<char32_t>(0x10000 * (i % 3) + i % 50000), i);
  for (size_t i = 60000; i < 150000; i += 997) CHECK(*w.low16(i) == (w[i] & 0xFFFF));
}
