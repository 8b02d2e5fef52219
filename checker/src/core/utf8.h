// Small UTF-8 helpers for hot loops, where ICU's UText would cost more than
// the work. The text is known to be valid UTF-8 (input/ validated it).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace copydesk {

// Walks the code points of valid UTF-8 text.
class Utf8Iterator {
 public:
  explicit Utf8Iterator(std::string_view text, size_t offset = 0) : text_(text), pos_(offset) { decode(); }
  bool done() const { return pos_ >= text_.size(); }
  char32_t code_point() const { return cp_; }
  size_t offset() const { return pos_; }          // byte offset of the current code point
  size_t length() const { return len_; }          // its length in bytes
  size_t next_offset() const { return pos_ + len_; }
  void next() { pos_ += len_; decode(); }

 private:
  void decode();
  std::string_view text_;
  size_t pos_;
  size_t len_ = 0;
  char32_t cp_ = 0;
};

// Returns the byte length of the UTF-8 sequence starting with `lead`.
inline size_t utf8_sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

// Returns the byte length of code point `c` in UTF-8.
inline size_t utf8_length(char32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

// Inline: every scan of the text steps through here.
inline void Utf8Iterator::decode() {
  if (pos_ >= text_.size()) {
    len_ = 0;
    cp_ = 0;
    return;
  }
  auto b = [&](size_t i) { return static_cast<unsigned char>(text_[pos_ + i]); };
  unsigned char lead = b(0);
  len_ = utf8_sequence_length(lead);
  if (pos_ + len_ > text_.size()) len_ = text_.size() - pos_;
  switch (len_) {
    case 1: cp_ = lead; break;
    case 2: cp_ = ((lead & 0x1F) << 6) | (b(1) & 0x3F); break;
    case 3: cp_ = ((lead & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F); break;
    default:
      cp_ = ((lead & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
  }
}

// Returns the code point at byte `offset` of valid UTF-8 `text` (inline:
// scanners call it on every character they look at).
inline char32_t code_point_at(std::string_view text, size_t offset) {
  return Utf8Iterator(text, offset).code_point();
}
// Returns the byte offset of the code point before `offset` (0 at the start;
// inline: scanners step back with it a character at a time).
inline size_t previous_offset(std::string_view text, size_t offset) {
  if (offset == 0) return 0;
  size_t i = offset - 1;
  while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  return i;
}
// Appends `c` to `out` as UTF-8.
void append_utf8(std::string& out, char32_t c);
// Returns the number of code points in `text`.
size_t code_point_count(std::string_view text);
// True when `text` has at most `n` code points; reads at most 4 * n + 4 bytes,
// so that a length limit costs nothing on a long line.
bool has_at_most_code_points(std::string_view text, size_t n);
// The `n` Han characters right before / right after byte `pos` of `text`, or
// "" when fewer than `n` Han characters stand there: the label a figure is
// written under (总产量达到850亿斤, 1.2万户农民增收).
std::string_view han_before(std::string_view text, size_t pos, size_t n);
std::string_view han_after(std::string_view text, size_t pos, size_t n);
// The Han characters right before / right after byte `pos`, at most `n` (the
// run stops at the first character that is not Han).
std::string_view han_run_before(std::string_view text, size_t pos, size_t n);
std::string_view han_run_after(std::string_view text, size_t pos, size_t n);
// Whether the Han runs `a` and `b` have a run of at least `n` characters in
// common (签约居民突破 and 签约居民达: two labels of one figure).
bool shares_han_run(std::string_view a, std::string_view b, size_t n);

// CJK Unified Ideographs (with extensions A-G) and compatibility ideographs
// (inline: it runs on every character).
inline bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x20000 && c <= 0x323AF) || (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007;
}
// The characters a passage's length is counted in: Han characters and ASCII
// letters and digits (as isalnum in the C locale, without a call).
inline bool is_text_content(char32_t c) {
  if (c < 0x80) return c - U'0' < 10 || (c | 0x20) - U'a' < 26;
  return is_han(c);
}
// Chinese full-width punctuation and the CJK symbols block.
bool is_cjk_punctuation(char32_t c);
// ASCII or full-width digit.
bool is_digit(char32_t c);
// ASCII white space, U+3000 and NBSP (inline: it runs on every character).
inline bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x3000 || c == 0x00A0;
}

}  // namespace copydesk
