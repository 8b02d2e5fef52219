// A window on a long sequence of characters and their byte offsets, for scans
// that read each part of a document's text within a bounded distance of where
// they are. The scan appends characters at the end as it needs them and lets
// go of those it has passed, so the sequence of a whole document never exists
// at once (at 8 bytes a character it would be nearly three times the text).
// Indices are positions in the whole sequence, not in the window.
// append_without_space() below decodes a stretch of text into a window.
#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/utf8.h"

namespace copydesk {

// Sets out[k] to the low 16 bits of c[k], for k in [0, n).
inline void store_low16(const char32_t* c, size_t n, uint16_t* out) {
  size_t k = 0;
#if defined(__SSE2__)
  for (; k + 8 <= n; k += 8) {
    // Sign-extended, the low halves survive the saturating pack unchanged.
    const __m128i a = _mm_srai_epi32(_mm_slli_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(c + k)), 16), 16);
    const __m128i b = _mm_srai_epi32(_mm_slli_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(c + k + 4)), 16), 16);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + k), _mm_packs_epi32(a, b));
  }
#endif
  for (; k < n; ++k) out[k] = static_cast<uint16_t>(c[k]);
}

class CharWindow {
 public:
  // With keep_low16, the window also holds the low 16 bits of each character
  // (see low16()).
  explicit CharWindow(bool keep_low16 = false) : keep_low16_(keep_low16) {}

  // Positions [begin(), end()) are held (some before a release may still be).
  size_t begin() const { return base_; }
  size_t end() const { return base_ + size_; }

  // REQUIRES: i < end(), and not let go of (see release_before).
  char32_t operator[](size_t i) const { return chars_[index(i)]; }
  uint32_t offset(size_t i) const { return offsets_[index(i)]; }
  // The held characters from i on, contiguous up to end(); valid until the
  // next append.
  const char32_t* data(size_t i) const { return chars_.get() + index(i); }
  // The low 16 bits of the held characters from i on, for filters that
  // compare or hash eight at a time. REQUIRES: keep_low16.
  const uint16_t* low16(size_t i) const { return low16_.get() + index(i); }

  // Makes room for `n` characters in all, so that a window of known length
  // is never moved while it fills.
  void reserve(size_t n) {
    if (n > capacity_) resize_buffer(n);
  }

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
    if (size_ + room > capacity_) make_room(room);
    return {chars_.get() + size_, offsets_.get() + size_, room};
  }
  void commit(const Appender& a) {
    if (keep_low16_) store_low16(chars_.get() + size_, a.count, low16_.get() + size_);
    size_ += a.count;
  }

  // Lets go of the positions before `i` (at most up to end()). Their memory
  // is reused when an append needs it: the held tail then moves to the front,
  // if what was let go is at least as long as it, so each character is moved
  // at most once on average and not at all while there is room.
  void release_before(size_t i) { released_ = std::max(released_, std::min(i, end())); }

 private:
  static constexpr size_t kMinCapacity = 1 << 12;

  size_t index(size_t i) const {
    assert(i >= released_ && i < end());
    return i - base_;
  }

  void make_room(size_t room) {
    const size_t drop = released_ > base_ ? released_ - base_ : 0;
    if (drop > 0 && drop >= size_ - drop) {
      std::copy(chars_.get() + drop, chars_.get() + size_, chars_.get());
      std::copy(offsets_.get() + drop, offsets_.get() + size_, offsets_.get());
      if (keep_low16_) std::copy(low16_.get() + drop, low16_.get() + size_, low16_.get());
      size_ -= drop;
      base_ += drop;
    }
    if (size_ + room > capacity_) resize_buffer(std::max({size_ + room, 2 * capacity_, kMinCapacity}));
  }

  void resize_buffer(size_t capacity) {
    auto chars = std::make_unique_for_overwrite<char32_t[]>(capacity);
    auto offsets = std::make_unique_for_overwrite<uint32_t[]>(capacity);
    std::copy(chars_.get(), chars_.get() + size_, chars.get());
    std::copy(offsets_.get(), offsets_.get() + size_, offsets.get());
    chars_ = std::move(chars);
    offsets_ = std::move(offsets);
    if (keep_low16_) {
      auto low16 = std::make_unique_for_overwrite<uint16_t[]>(capacity);
      std::copy(low16_.get(), low16_.get() + size_, low16.get());
      low16_ = std::move(low16);
    }
    capacity_ = capacity;
  }

  bool keep_low16_;
  std::unique_ptr<char32_t[]> chars_;  // not initialised beyond size_
  std::unique_ptr<uint32_t[]> offsets_;
  std::unique_ptr<uint16_t[]> low16_;  // with keep_low16_
  size_t size_ = 0, capacity_ = 0;
  size_t base_ = 0;      // the position of chars_[0]
  size_t released_ = 0;  // positions before this may be let go
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

// Full-width forms compare equal to their ASCII twins (，and , in one page),
// and 。to '.': how the duplicate-passage kind compares text.
inline char32_t fold_width(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
  if (c == U'。') return U'.';
  return c;
}

#if defined(__SSE2__)
// Decodes up to four characters of three bytes each at p (reading p[0 .. 14))
// into chars[0 .. 4) and returns how many of them, from the first, are such
// characters and not U+3000 (the lanes after those hold garbage). Most
// Chinese text is runs of them, and four at a time they cost a fraction of
// one at a time.
template <bool kFoldWidth>
inline unsigned decode_three_byte_run(const unsigned char* p, char32_t* chars) {
  // Bytes 0-7 and 6-13 as two 64-bit lanes; each 32-bit lane of the result
  // starts with one character's three bytes (the fourth byte is not looked at).
  uint64_t q0, q1;
  std::memcpy(&q0, p, 8);
  std::memcpy(&q1, p + 6, 8);
  const __m128i a = _mm_set_epi64x(static_cast<long long>(q1), static_cast<long long>(q0));  // bytes 0-3 | 6-9 in lanes 0 | 2
  const __m128i b = _mm_srli_epi64(a, 24);                                                  // bytes 3-6 | 9-12 in lanes 0 | 2
  const __m128i v = _mm_unpacklo_epi32(_mm_shuffle_epi32(a, _MM_SHUFFLE(3, 1, 2, 0)), _mm_shuffle_epi32(b, _MM_SHUFFLE(3, 1, 2, 0)));
  const __m128i lead = _mm_cmpeq_epi32(_mm_and_si128(v, _mm_set1_epi32(0xF0)), _mm_set1_epi32(0xE0));
  // The lead's four bits (low 16-bit half) and the last byte's six (high
  // half) weighted 4096 and 1 by one multiply-add; the middle byte's six bits
  // shifted into place.
  __m128i c = _mm_add_epi32(_mm_madd_epi16(_mm_and_si128(v, _mm_set1_epi32(0x003F000F)), _mm_set1_epi32(0x00011000)),
                            _mm_srli_epi32(_mm_and_si128(v, _mm_set1_epi32(0x3F00)), 2));
  const __m128i good = _mm_andnot_si128(_mm_cmpeq_epi32(c, _mm_set1_epi32(0x3000)), lead);
  if constexpr (kFoldWidth) {  // as fold_width, lane by lane
    // c <= 0xFFFF, so moving 0xFF01 to INT32_MIN makes [0xFF01, 0xFF5E] the
    // only values below INT32_MIN + 0x5E: one signed compare for the range.
    const __m128i moved = _mm_add_epi32(c, _mm_set1_epi32(static_cast<int>(0x80000000u - 0xFF01u)));
    const __m128i wide = _mm_cmplt_epi32(moved, _mm_set1_epi32(static_cast<int>(0x80000000u + 0x5Eu)));
    c = _mm_sub_epi32(c, _mm_and_si128(wide, _mm_set1_epi32(0xFEE0)));
    const __m128i stop = _mm_cmpeq_epi32(c, _mm_set1_epi32(0x3002));
    c = _mm_xor_si128(c, _mm_and_si128(stop, _mm_set1_epi32(0x3002 ^ '.')));
  }
  _mm_storeu_si128(reinterpret_cast<__m128i*>(chars), c);
  // The good lanes from the first on: a lane counts only after three-byte ones.
  const unsigned bad = ~static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(good))) & 0xF;
  return bad == 0 ? 4 : static_cast<unsigned>(__builtin_ctz(bad));
}
#endif

// Decodes text[at, end) (valid UTF-8, split at character boundaries) into
// `out`, leaving out white space (is_space) and passing every other character
// through fold_width when kFoldWidth, until `out` is full or `end` is
// reached; returns the offset where it stopped.
template <bool kFoldWidth>
size_t append_without_space(std::string_view text, size_t at, size_t end, CharWindow::Appender& out) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  char32_t* const chars = out.chars;
  uint32_t* const offsets = out.offsets;
  const size_t room = out.room;
  size_t n = out.count;
#if defined(__SSE2__)
  // Four characters at a time start before this: they end by `end`, and the
  // 14 bytes read lie in the text.
  const size_t four_limit = std::min(end, text.size() >= 2 ? text.size() - 2 : 0);
  const size_t four_before = four_limit >= 12 ? four_limit - 11 : 0;
#endif
  while (at < end && n < room) {
#if defined(__SSE2__)
    // Runs of three-byte characters, four at a time for as many steps as
    // fit before four_before and in the room: one count to test a step.
    if (at < four_before && n + 4 <= room && (p[at] & 0xF0) == 0xE0) {
      __m128i offset = _mm_add_epi32(_mm_set1_epi32(static_cast<int>(at)), _mm_setr_epi32(0, 3, 6, 9));
      for (size_t steps = std::min((four_before - at + 11) / 12, (room - n) / 4); steps > 0; --steps) {
        const unsigned decoded = decode_three_byte_run<kFoldWidth>(p + at, chars + n);
        // The room is there: lanes past `decoded` are written but not counted.
        _mm_storeu_si128(reinterpret_cast<__m128i*>(offsets + n), offset);
        n += decoded;
        at += 3 * decoded;
        if (decoded < 4) break;
        offset = _mm_add_epi32(offset, _mm_set1_epi32(12));
      }
      if (at >= end || n >= room) break;
    }
#endif
    char32_t c;
    if (size_t length = decode_unless_space(p, at, c)) {
      chars[n] = kFoldWidth ? fold_width(c) : c;
      offsets[n] = static_cast<uint32_t>(at);
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
