#include "kinds/repeat_filters.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace copydesk {

namespace {

constexpr uint16_t kFnvBasisLow16 = 0x0383;  // of 1469598103934665603 (the long scan's basis)
constexpr uint16_t kFnvPrimeLow16 = 0x01B3;  // of 1099511628211

#if defined(__SSE2__)
__m128i load4(const char32_t* p) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }

// The low 16 bits of p[0 .. 8), in eight 16-bit lanes (sign-extending them
// first makes the saturating pack exact).
__m128i low16_of_8(const char32_t* p) {
  __m128i a = _mm_srai_epi32(_mm_slli_epi32(load4(p), 16), 16);
  __m128i b = _mm_srai_epi32(_mm_slli_epi32(load4(p + 4), 16), 16);
  return _mm_packs_epi32(a, b);
}

// Lanes k .. k + 8 of the sixteen in (lo, hi): the vector of p[k .. k + 8).
template <int k>
__m128i shifted(__m128i lo, __m128i hi) {
  return _mm_or_si128(_mm_srli_si128(lo, 2 * k), _mm_slli_si128(hi, 16 - 2 * k));
}

__m128i fnv_step(__m128i h, __m128i v) { return _mm_mullo_epi16(_mm_xor_si128(h, v), _mm_set1_epi16(kFnvPrimeLow16)); }
#endif

}  // namespace

size_t find_possible_repeat(const char32_t* p, size_t count) {
  size_t x = 0;
#if defined(__SSE2__)
  static_assert(kRecurDistance == 8);
  for (; x + 4 <= count; x += 4) {
    const char32_t* q = p + x;
    const __m128i c = load4(q), next = load4(q + 1);
    // e[k]: lanes where q[k] == q[0]; n[k]: where q[k + 1] == q[1].
    const __m128i e3 = _mm_cmpeq_epi32(c, load4(q + 3)), e4 = _mm_cmpeq_epi32(c, load4(q + 4)),
                  e5 = _mm_cmpeq_epi32(c, load4(q + 5)), e6 = _mm_cmpeq_epi32(c, load4(q + 6)),
                  e7 = _mm_cmpeq_epi32(c, load4(q + 7)), e8 = _mm_cmpeq_epi32(c, load4(q + 8));
    const __m128i n3 = _mm_cmpeq_epi32(next, load4(q + 4)), n4 = _mm_cmpeq_epi32(next, load4(q + 5)),
                  n5 = _mm_cmpeq_epi32(next, load4(q + 6)), n6 = _mm_cmpeq_epi32(next, load4(q + 7)),
                  n7 = _mm_cmpeq_epi32(next, load4(q + 8)), n8 = _mm_cmpeq_epi32(next, load4(q + 9));
    __m128i m = _mm_or_si128(_mm_cmpeq_epi32(c, next), _mm_cmpeq_epi32(c, load4(q + 2)));
    m = _mm_or_si128(m, _mm_or_si128(_mm_and_si128(e3, n3), _mm_and_si128(e4, n4)));
    m = _mm_or_si128(m, _mm_or_si128(_mm_and_si128(e5, n5), _mm_and_si128(e6, n6)));
    m = _mm_or_si128(m, _mm_or_si128(_mm_and_si128(e7, n7), _mm_and_si128(e8, n8)));
    if (int lanes = _mm_movemask_ps(_mm_castsi128_ps(m))) return x + static_cast<size_t>(__builtin_ctz(lanes));
  }
#endif
  for (; x < count; ++x) {
    const char32_t* q = p + x;
    if (q[1] == q[0] || q[2] == q[0]) return x;
    for (size_t k = 3; k <= kRecurDistance; ++k) {
      if (q[k] == q[0] && q[k + 1] == q[1]) return x;
    }
  }
  return count;
}

void hash_6grams_low16(const char32_t* p, size_t count, uint16_t* out) {
  size_t x = 0;
#if defined(__SSE2__)
  if (count >= 8) {
    __m128i lo = low16_of_8(p);
    // Eight hashes a step; the next eight characters are read only while
    // p[x + 8 .. x + 16) lies within the REQUIRES bound (x + 13 < count + 5).
    for (; x + 16 <= count + 5; x += 8) {
      const __m128i hi = low16_of_8(p + x + 8);
      __m128i h = _mm_set1_epi16(static_cast<short>(kFnvBasisLow16));
      h = fnv_step(h, lo);
      h = fnv_step(h, shifted<1>(lo, hi));
      h = fnv_step(h, shifted<2>(lo, hi));
      h = fnv_step(h, shifted<3>(lo, hi));
      h = fnv_step(h, shifted<4>(lo, hi));
      h = fnv_step(h, shifted<5>(lo, hi));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(out + x), h);
      lo = hi;
    }
  }
#endif
  for (; x < count; ++x) {
    uint16_t h = kFnvBasisLow16;
    for (size_t k = 0; k < 6; ++k) h = static_cast<uint16_t>((h ^ static_cast<uint16_t>(p[x + k])) * kFnvPrimeLow16);
    out[x] = h;
  }
}

}  // namespace copydesk
