// Which of sixteen bytes belong to a small, fixed set: the inner step of the
// scans that look for a few byte values (marks, lead bytes) in long text.
//
//   for (; at + 16 <= end; at += 16)
//     for (unsigned m = byte_set_mask<'(', ')', 0xE2>(p + at); m != 0; m &= m - 1)
//       visit(at + std::countr_zero(m));
#pragma once

#include <cstddef>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace copydesk {

// A 16-bit mask whose bit k is set when p[k] is one of `Bytes`. REQUIRES:
// p[0..16) readable. With SSE2 one compare per byte value, else a loop.
template <unsigned char... Bytes>
inline unsigned byte_set_mask(const unsigned char* p) {
#if defined(__SSE2__)
  const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  __m128i hits = _mm_setzero_si128();
  ((hits = _mm_or_si128(hits, _mm_cmpeq_epi8(block, _mm_set1_epi8(static_cast<char>(Bytes))))), ...);
  return static_cast<unsigned>(_mm_movemask_epi8(hits));
#else
  unsigned mask = 0;
  for (size_t k = 0; k < 16; ++k) mask |= static_cast<unsigned>(((p[k] == Bytes) || ...)) << k;
  return mask;
#endif
}

// A 16-bit mask of the ASCII bytes (below 0x80) of p[0..16): a block of
// Chinese text often has none, and a scan for ASCII marks passes over it.
inline unsigned ascii_byte_mask(const unsigned char* p) {
#if defined(__SSE2__)
  return ~static_cast<unsigned>(_mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)))) & 0xFFFF;
#else
  unsigned mask = 0;
  for (size_t k = 0; k < 16; ++k) mask |= static_cast<unsigned>(p[k] < 0x80) << k;
  return mask;
#endif
}

// A 16-bit mask of the bytes of p[0..16) that start a character of three or
// four bytes (0xE0 and above): in valid UTF-8, the Han characters and CJK
// marks, found without walking the text a character at a time.
inline unsigned wide_lead_byte_mask(const unsigned char* p) {
#if defined(__SSE2__)
  const __m128i top3 = _mm_set1_epi8(static_cast<char>(0xE0));
  const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(block, top3), top3)));
#else
  unsigned mask = 0;
  for (size_t k = 0; k < 16; ++k) mask |= static_cast<unsigned>(p[k] >= 0xE0) << k;
  return mask;
#endif
}

// A 16-bit mask whose bit k is set when p[k] == a and p[k + distance] == b:
// the places a text of distance + 1 bytes from a to b may begin, sixteen
// tested at once (a search then compares the whole text only there).
// REQUIRES: p[0 .. distance + 16) readable.
inline unsigned byte_pair_mask(const unsigned char* p, unsigned char a, size_t distance, unsigned char b) {
#if defined(__SSE2__)
  const __m128i first = _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), _mm_set1_epi8(static_cast<char>(a)));
  const __m128i last =
      _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + distance)), _mm_set1_epi8(static_cast<char>(b)));
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(first, last)));
#else
  unsigned mask = 0;
  for (size_t k = 0; k < 16; ++k) mask |= static_cast<unsigned>(p[k] == a && p[k + distance] == b) << k;
  return mask;
#endif
}

}  // namespace copydesk
