#include "kinds/repeat_filters.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace copydesk {

namespace {

constexpr uint16_t kFnvBasisLow16 = 0x0383;  // of 1469598103934665603 (the long scan's basis)
constexpr uint16_t kFnvPrimeLow16 = 0x01B3;  // of 1099511628211

#if defined(__SSE2__)
__m128i load8(const uint16_t* p) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }

__m128i fnv_step(__m128i h, __m128i v) { return _mm_mullo_epi16(_mm_xor_si128(h, v), _mm_set1_epi16(kFnvPrimeLow16)); }
#endif

}  // namespace

size_t find_possible_repeat(const uint16_t* p, size_t count) {
  size_t x = 0;
#if defined(__SSE2__)
  static_assert(kRecurDistance == 8);
  for (; x + 8 <= count; x += 8) {
    const uint16_t* q = p + x;
    const __m128i c = load8(q), next = load8(q + 1);
    // (q[k] == q[0]) and (q[k + 1] == q[1]), lane by lane, for k = 3..8.
    auto both = [&](int k) { return _mm_and_si128(_mm_cmpeq_epi16(c, load8(q + k)), _mm_cmpeq_epi16(next, load8(q + k + 1))); };
    __m128i m = _mm_or_si128(_mm_cmpeq_epi16(c, next), _mm_cmpeq_epi16(c, load8(q + 2)));
    m = _mm_or_si128(m, _mm_or_si128(both(3), both(4)));
    m = _mm_or_si128(m, _mm_or_si128(both(5), both(6)));
    m = _mm_or_si128(m, _mm_or_si128(both(7), both(8)));
    if (unsigned bytes = static_cast<unsigned>(_mm_movemask_epi8(m))) return x + __builtin_ctz(bytes) / 2;
  }
#endif
  for (; x < count; ++x) {
    const uint16_t* q = p + x;
    if (q[1] == q[0] || q[2] == q[0]) return x;
    for (size_t k = 3; k <= kRecurDistance; ++k) {
      if (q[k] == q[0] && q[k + 1] == q[1]) return x;
    }
  }
  return count;
}

void hash_6grams_low16(const uint16_t* p, size_t count, uint16_t* out) {
  size_t x = 0;
#if defined(__SSE2__)
  for (; x + 8 <= count; x += 8) {  // reads p[x .. x + 13), within the REQUIRES bound
    const uint16_t* q = p + x;
    __m128i h = _mm_set1_epi16(static_cast<short>(kFnvBasisLow16));
    h = fnv_step(h, load8(q));
    h = fnv_step(h, load8(q + 1));
    h = fnv_step(h, load8(q + 2));
    h = fnv_step(h, load8(q + 3));
    h = fnv_step(h, load8(q + 4));
    h = fnv_step(h, load8(q + 5));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + x), h);
  }
#endif
  for (; x < count; ++x) {
    uint16_t h = kFnvBasisLow16;
    for (size_t k = 0; k < 6; ++k) h = static_cast<uint16_t>((h ^ p[x + k]) * kFnvPrimeLow16);
    out[x] = h;
  }
}

}  // namespace copydesk
