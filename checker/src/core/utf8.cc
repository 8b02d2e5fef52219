#include "core/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace copydesk {

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

size_t code_point_count(std::string_view text) {
  // A byte starts a code point unless it is 10xxxxxx (80-BF).
  size_t n = 0, i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time: a byte lane counts its starts up to 255 times
  // before the lanes are added up.
  const __m128i last_continuation = _mm_set1_epi8(static_cast<char>(0xBF));  // signed: starts are above it
  while (text.size() - i >= 16) {
    const size_t blocks = std::min<size_t>((text.size() - i) / 16, 255);
    __m128i starts = _mm_setzero_si128();
    for (size_t b = 0; b < blocks; ++b, i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
      starts = _mm_sub_epi8(starts, _mm_cmpgt_epi8(v, last_continuation));
    }
    const __m128i sums = _mm_sad_epu8(starts, _mm_setzero_si128());
    n += static_cast<size_t>(_mm_cvtsi128_si32(sums)) + static_cast<size_t>(_mm_cvtsi128_si32(_mm_srli_si128(sums, 8)));
  }
#endif
  // Eight bytes at a time.
  constexpr uint64_t kLow = 0x0101010101010101ULL;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, text.data() + i, 8);
    uint64_t continuation = (w >> 7) & ~(w >> 6) & kLow;  // bit 0 of each byte: 1 for 10xxxxxx
    n += 8 - ((continuation * kLow) >> 56);               // the sum of the eight bits
  }
  for (; i < text.size(); ++i) n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return n;
}

bool has_at_most_code_points(std::string_view text, size_t n) {
  if (text.size() <= n) return true;
  if (text.size() > 4 * n) return false;  // a code point takes at most 4 bytes
  return code_point_count(text) <= n;
}

bool is_cjk_punctuation(char32_t c) {
  return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) ||
         (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
         (c >= 0xFF5B && c <= 0xFF65) || (c >= 0x2010 && c <= 0x2027) || c == 0x00B7;
}

bool is_digit(char32_t c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }

std::string_view han_before(std::string_view text, size_t pos, size_t n) {
  size_t begin = pos;
  for (size_t i = 0; i < n; ++i) {
    if (begin == 0) return {};
    begin = previous_offset(text, begin);
    if (!is_han(code_point_at(text, begin))) return {};
  }
  return text.substr(begin, pos - begin);
}

std::string_view han_run_before(std::string_view text, size_t pos, size_t n) {
  size_t begin = pos;
  for (size_t i = 0; i < n && begin > 0; ++i) {
    const size_t before = previous_offset(text, begin);
    if (!is_han(code_point_at(text, before))) break;
    begin = before;
  }
  return text.substr(begin, pos - begin);
}

std::string_view han_run_after(std::string_view text, size_t pos, size_t n) {
  size_t end = pos;
  for (size_t i = 0; i < n && end < text.size() && is_han(code_point_at(text, end)); ++i) {
    end += utf8_sequence_length(static_cast<unsigned char>(text[end]));
  }
  return text.substr(pos, end - pos);
}

bool shares_han_run(std::string_view a, std::string_view b, size_t n) {
  const size_t bytes = 3 * n;  // Han characters in the BMP are three bytes
  if (a.size() < bytes || b.size() < bytes) return false;
  for (size_t i = 0; i + bytes <= a.size(); i += 3) {
    if (b.find(a.substr(i, bytes)) != std::string_view::npos) return true;
  }
  return false;
}

std::string_view han_after(std::string_view text, size_t pos, size_t n) {
  size_t end = pos;
  for (size_t i = 0; i < n; ++i) {
    if (end >= text.size() || !is_han(code_point_at(text, end))) return {};
    end += utf8_sequence_length(static_cast<unsigned char>(text[end]));
  }
  return text.substr(pos, end - pos);
}

}  // namespace copydesk
