#include "core/document.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/utf8.h"

namespace copydesk {

std::string_view language_tag(Language language) {
  return language == Language::kChinese ? "zh-Hans" : "en";
}

namespace {

// What a byte at the start of a character says about it, for count_scripts.
struct LeadByte {
  bool latin = false;        // an ASCII letter
  bool han = false;          // certainly Han (lead E5-E9: U+5000-U+9FFF)
  bool maybe_han = false;    // Han or not, as the code point says (E3, E4, EF, F0)
};

struct LeadBytes {
  LeadByte of[256];
  LeadBytes() {
    for (int c = 0; c < 256; ++c) {
      LeadByte& b = of[c];
      b.latin = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      b.han = c >= 0xE5 && c <= 0xE9;
      b.maybe_han = c == 0xE3 || c == 0xE4 || c == 0xEF || c == 0xF0;
    }
  }
};

// Whether the character at `p` (lead byte E3, E4 or EF, or F0) is Han, from
// its bytes: U+3007 and U+3400-U+3FFF (E3 80 87, E3 90-BF), U+4000-U+4FFF but
// the hexagrams U+4DC0-U+4DFF (E4 B7), U+F900-U+FAFF (EF A4-AB); four-byte
// characters are decoded.
bool is_han_at(std::string_view text, size_t i) {
  const unsigned char lead = text[i];
  if (lead == 0xF0 || i + 2 >= text.size()) {
    return is_han(Utf8Iterator(text, i).code_point());
  }
  const unsigned char second = text[i + 1];
  switch (lead) {
    case 0xE3: return second >= 0x90 || (second == 0x80 && static_cast<unsigned char>(text[i + 2]) == 0x87);
    case 0xE4: return second != 0xB7;
    default: return second >= 0xA4 && second <= 0xAB;  // 0xEF
  }
}

}  // namespace

ScriptCounts count_scripts(std::string_view text) {
  // Counted on bytes: a lead byte E5-E9 is always a CJK ideograph and most
  // others rule Han out on their own; E3, E4, EF and F0 need a look at the
  // next bytes. Continuation bytes (80-BF) are none of these, so in valid
  // UTF-8 every byte can be looked at, not only those that start characters.
  static const LeadBytes kLeads;
  ScriptCounts counts;
  const size_t n = text.size();
  size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time (and the two after them, for E3, E4 and EF); a
  // byte lane counts up to 255 times before the lanes are added up; F0 leads
  // are rare and decoded one by one.
  auto splat = [](int c) { return _mm_set1_epi8(static_cast<char>(c)); };
  // Bytes of `v` in [low, low + span], as 0xFF: moved to start at -128, they
  // are those below -128 + span + 1 (SSE2 compares bytes as signed only).
  auto in_range = [&](__m128i v, int low, int span) {
    return _mm_cmplt_epi8(_mm_add_epi8(v, splat(0x80 - low)), splat(-128 + span + 1));
  };
  auto add_up = [](__m128i lanes) {
    const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
    return static_cast<size_t>(_mm_cvtsi128_si32(sums)) + static_cast<size_t>(_mm_cvtsi128_si32(_mm_srli_si128(sums, 8)));
  };
  while (n - i >= 18) {
    const size_t blocks = std::min<size_t>((n - i - 2) / 16, 255);
    __m128i han = _mm_setzero_si128(), latin = _mm_setzero_si128();
    for (size_t b = 0; b < blocks; ++b, i += 16) {
      const char* p = text.data() + i;
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
      const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
      const __m128i third = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 2));
      latin = _mm_sub_epi8(latin, in_range(_mm_or_si128(v, splat(0x20)), 'a', 25));
      // The tests of is_han_at, on every byte at once.
      const __m128i e3 = _mm_and_si128(
          _mm_cmpeq_epi8(v, splat(0xE3)),
          _mm_or_si128(_mm_cmpeq_epi8(_mm_max_epu8(next, splat(0x90)), next),
                       _mm_and_si128(_mm_cmpeq_epi8(next, splat(0x80)), _mm_cmpeq_epi8(third, splat(0x87)))));
      const __m128i e4 = _mm_andnot_si128(_mm_cmpeq_epi8(next, splat(0xB7)), _mm_cmpeq_epi8(v, splat(0xE4)));
      const __m128i ef = _mm_and_si128(_mm_cmpeq_epi8(v, splat(0xEF)), in_range(next, 0xA4, 0xAB - 0xA4));
      han = _mm_sub_epi8(han, _mm_or_si128(_mm_or_si128(in_range(v, 0xE5, 4), e3), _mm_or_si128(e4, ef)));
      for (int f0 = _mm_movemask_epi8(_mm_cmpeq_epi8(v, splat(0xF0))); f0 != 0; f0 &= f0 - 1) {
        counts.han += is_han_at(text, i + __builtin_ctz(f0));
      }
    }
    counts.han += add_up(han);
    counts.latin += add_up(latin);
  }
#endif
  for (; i < n; ++i) {
    const LeadByte& b = kLeads.of[static_cast<unsigned char>(text[i])];
    counts.latin += b.latin;
    counts.han += b.han;
    if (b.maybe_han) counts.han += is_han_at(text, i);
  }
  return counts;
}

Language detect_language(std::string_view text) {
  const ScriptCounts counts = count_scripts(text);
  // A Chinese word is one to three characters, an English one about five letters.
  return counts.han * 3 >= counts.latin ? Language::kChinese : Language::kEnglish;
}

size_t Document::next_analysis_index() {
  static std::atomic<size_t> next{0};
  const size_t index = next++;
  if (index >= kMaxAnalyses) {
    std::fprintf(stderr, "copydesk: internal error: more than %zu kinds of document analysis\n", kMaxAnalyses);
    std::abort();
  }
  return index;
}

Document::Document(std::string path, std::string text, std::string encoding)
    : path_(std::move(path)),
      text_(std::move(text)),
      encoding_(std::move(encoding)),
      language_(detect_language(text_)),
      lines_(text_) {}

}  // namespace copydesk
