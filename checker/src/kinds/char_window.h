// A window on a long sequence of characters and their byte offsets, for scans
// that read each part of a document's text within a bounded distance of where
// they are. The scan appends characters at the end as it needs them and lets
// go of those it has passed, so the sequence of a whole document never exists
// at once (at 8 bytes a character it would be nearly three times the text).
// Indices are positions in the whole sequence, not in the window.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "core/utf8.h"

namespace copydesk {

class CharWindow {
 public:
  // Positions [begin(), end()) are held.
  size_t begin() const { return base_; }
  size_t end() const { return base_ + size_; }

  // REQUIRES: begin() <= i < end().
  char32_t operator[](size_t i) const { return chars_[i - base_]; }
  uint32_t offset(size_t i) const { return offsets_[i - base_]; }
  // The held characters from i on, contiguous up to end(); valid until the
  // next append or release.
  const char32_t* data(size_t i) const { return chars_.get() + (i - base_); }

  // Appends a character found at byte `offset` (documents stay under 4 GB).
  void push(char32_t c, size_t offset) {
    Appender a = append(1);
    a.chars[0] = c;
    a.offsets[0] = static_cast<uint32_t>(offset);
    a.count = 1;
    commit(a);
  }

  // Room for up to `room` characters at the end, written through the
  // pointers and kept with commit().
  struct Appender {
    char32_t* chars;
    uint32_t* offsets;
    size_t room;
    size_t count = 0;
  };
  Appender append(size_t room) {
    if (size_ + room > capacity_) grow(size_ + room);
    return {chars_.get() + size_, offsets_.get() + size_, room};
  }
  void commit(const Appender& a) { size_ += a.count; }

  // Lets go of the positions before `i` (at most up to end()). The memory is
  // reused: the held tail moves to the front once the released part is at
  // least as long as it, so each character is moved at most once on average.
  void release_before(size_t i) {
    if (i <= base_) return;
    size_t drop = std::min(i - base_, size_);
    if (drop < size_ - drop || drop < kMinRelease) return;
    std::copy(chars_.get() + drop, chars_.get() + size_, chars_.get());
    std::copy(offsets_.get() + drop, offsets_.get() + size_, offsets_.get());
    size_ -= drop;
    base_ += drop;
  }

 private:
  static constexpr size_t kMinRelease = 1 << 14;  // below this, moving is not worth it

  void grow(size_t needed) {
    size_t capacity = std::max(needed, 2 * capacity_);
    auto chars = std::make_unique_for_overwrite<char32_t[]>(capacity);
    auto offsets = std::make_unique_for_overwrite<uint32_t[]>(capacity);
    std::copy(chars_.get(), chars_.get() + size_, chars.get());
    std::copy(offsets_.get(), offsets_.get() + size_, offsets.get());
    chars_ = std::move(chars);
    offsets_ = std::move(offsets);
    capacity_ = capacity;
  }

  std::unique_ptr<char32_t[]> chars_;  // not initialised beyond size_
  std::unique_ptr<uint32_t[]> offsets_;
  size_t size_ = 0, capacity_ = 0;
  size_t base_ = 0;
};

// Decodes the character at p[at] (valid UTF-8), as Utf8Iterator does: sets
// `c` and returns its length in bytes, or 0 for white space (is_space).
inline size_t decode_unless_space(const unsigned char* p, size_t at, char32_t& c) {
  const unsigned char b0 = p[at];
  if (b0 >= 0xE0 && b0 < 0xF0) {  // three bytes: Han and CJK marks, U+3000
    c = ((b0 & 0x0Fu) << 12) | ((p[at + 1] & 0x3Fu) << 6) | (p[at + 2] & 0x3Fu);
    return c == 0x3000 ? 0 : 3;
  }
  if (b0 < 0x80) {
    c = b0;
    return b0 == ' ' || (b0 >= '\t' && b0 <= '\r') ? 0 : 1;
  }
  if (b0 < 0xE0) {
    c = ((b0 & 0x1Fu) << 6) | (p[at + 1] & 0x3Fu);
    return c == 0x00A0 ? 0 : 2;
  }
  c = ((b0 & 0x07u) << 18) | ((p[at + 1] & 0x3Fu) << 12) | ((p[at + 2] & 0x3Fu) << 6) | (p[at + 3] & 0x3Fu);
  return 4;
}

// Decodes text[at, end) (valid UTF-8, split at character boundaries) into
// `out`, leaving out white space (is_space) and passing every other character
// through `fold`, until `out` is full or `end` is reached; returns the offset
// where it stopped.
template <typename Fold>
size_t append_without_space(std::string_view text, size_t at, size_t end, CharWindow::Appender& out, Fold fold) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = out.count;
  // A character takes at least one byte: with room for every byte left, the
  // loop needs only one bound.
  const bool room_for_all = out.room - n >= end - at;
  while (at < end && (room_for_all || n < out.room)) {
    char32_t c;
    if (size_t length = decode_unless_space(p, at, c)) {
      out.chars[n] = fold(c);
      out.offsets[n] = static_cast<uint32_t>(at);
      ++n;
      at += length;
    } else {
      at += utf8_sequence_length(p[at]);
    }
  }
  out.count = n;
  return at;
}

}  // namespace copydesk
