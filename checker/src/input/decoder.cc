#include "input/decoder.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <cstdio>
#include <memory>
#include <vector>

#include "core/line_index.h"
#include "core/utf8.h"

namespace copydesk {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Binary sniffing and charset detection look at the start of the file only:
// ICU's detector otherwise runs each of its ~30 recognisers over all of it.
constexpr size_t kSampleBytes = 64 * 1024;

// ICU reports 10 for a text with a handful of double-byte characters and no
// bad ones, and up to 100 for long ones full of common characters.
constexpr int kMinConfidence = 10;
// A guess that is not used is still named in the error when ICU is this sure.
constexpr int kNamedGuessConfidence = 30;

// Damaged UTF-8 (a truncated character, a stray byte from a bad copy) still
// has many valid multi-byte sequences per invalid byte; text in a legacy
// encoding has fewer valid sequences than invalid bytes.
constexpr size_t kDamagedUtf8Ratio = 10;

// The encodings detection may pick on its own. Others (Latin-1, Shift_JIS,
// EUC-KR, ...) are too easily confused with damaged UTF-8 or with Chinese
// text to guess silently; a user can name them with --encoding.
constexpr std::array<std::string_view, 2> kDetectable = {"GB18030", "Big5"};

using Converter = std::unique_ptr<UConverter, decltype(&ucnv_close)>;

bool has_prefix(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool same_encoding(const std::string& a, const char* b) { return ucnv_compareNames(a.c_str(), b) == 0; }

// Length of the valid UTF-8 sequence at `i`, or 0 when it is invalid.
size_t valid_sequence_length(std::string_view s, size_t i) {
  const unsigned char c = s[i];
  if (c < 0x80) return 1;
  size_t len;
  char32_t min;
  if ((c & 0xE0) == 0xC0) len = 2, min = 0x80;
  else if ((c & 0xF0) == 0xE0) len = 3, min = 0x800;
  else if ((c & 0xF8) == 0xF0) len = 4, min = 0x10000;
  else return 0;
  if (i + len > s.size()) return 0;
  char32_t cp = c & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) {
    const unsigned char d = s[i + k];
    if ((d & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (d & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

struct Utf8Scan {
  size_t first_invalid = std::string_view::npos;
  size_t multibyte = 0;  // valid sequences of 2-4 bytes
  size_t invalid = 0;    // bytes that start no valid sequence
};

#if defined(__SSE2__)
// Skips blocks of 16 bytes from `p` while they are ASCII and whole two- and
// three-byte sequences (with the two bytes before `p`, already found valid)
// whose leads need no range check on the next byte: C2-DF, E1-EC, EE and EF,
// which is all of the BMP but U+0800-U+0FFF and U+D000-U+D7FF; returns the
// first block that is not, or the last shorter than 16 bytes. Anything else
// (E0 or ED, four-byte sequences, bytes never valid) is left to the checks a
// sequence at a time. A continuation byte belongs exactly where the byte
// before is a lead or the byte two before a three-byte lead: a block is valid
// when they are there and nowhere else.
// REQUIRES: p - 2 is inside the text.
const unsigned char* skip_common_utf8(const unsigned char* p, const unsigned char* end) {
  auto splat = [](int c) { return _mm_set1_epi8(static_cast<char>(c)); };
  const __m128i c0_c1 = splat(0xC0), low_bit = splat(0xFE), f0 = splat(0xF0), e0 = splat(0xE0), ed = splat(0xED);
  const __m128i last_continuation = splat(0xBF), last_two_byte_lead = splat(0xDF);
  for (; end - p >= 16; p += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i prev1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p - 1));
    const __m128i prev2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p - 2));
    const __m128i uncommon =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(_mm_and_si128(v, low_bit), c0_c1),  // C0, C1
                                  _mm_cmpeq_epi8(_mm_max_epu8(v, f0), v)),           // F0-FF
                     _mm_or_si128(_mm_cmpeq_epi8(v, e0), _mm_cmpeq_epi8(v, ed)));
    // Nonzero where a continuation byte must be: after C0-FF, or two after E0-FF.
    const __m128i expected =
        _mm_or_si128(_mm_subs_epu8(prev1, last_continuation), _mm_subs_epu8(prev2, last_two_byte_lead));
    const __m128i not_expected = _mm_cmpeq_epi8(expected, _mm_setzero_si128());
    const __m128i continuation = _mm_cmplt_epi8(v, c0_c1);  // signed: 80-BF are the bytes below C0
    const __m128i misplaced = _mm_cmpeq_epi8(continuation, not_expected);
    if (_mm_movemask_epi8(_mm_or_si128(uncommon, misplaced)) != 0) break;
  }
  return p;
}
#endif

// True when all of `s` is valid UTF-8. The common cases cost a few
// instructions: with SSE2, sixteen bytes of ASCII and common two- and
// three-byte sequences at a time; otherwise, and around what the blocks
// leave (the start, the end, rarer sequences), ASCII eight bytes at a time,
// and three-byte sequences whose lead byte (E1-EC, EE, EF) admits any two
// continuation bytes on a short test (E0 and ED need range checks, made by
// valid_sequence_length like those of every other lead).
bool is_valid_utf8(std::string_view s) {
  const auto* begin = reinterpret_cast<const unsigned char*>(s.data());
  const auto* p = begin;
  const auto* end = p + s.size();
  while (p < end) {
#if defined(__SSE2__)
    if (p - begin >= 2) {
      const auto* const from = p;
      p = skip_common_utf8(p, end);
      // The checks below start at a character: back to the lead of one the
      // last block left open (its continuation bytes are not checked yet).
      if (p != from) {
        if (p[-1] >= 0xC0) p -= 1;
        else if (p[-2] >= 0xE0) p -= 2;
      }
    }
#endif
    // A stretch a sequence at a time, long enough for the blocks to get past
    // what stopped them.
    const auto* stop = p + std::min<ptrdiff_t>(16, end - p);
    while (p < stop) {
      const unsigned char c = *p;
      if (c < 0x80) {
        ++p;
        for (uint64_t w; end - p >= 8 && (std::memcpy(&w, p, 8), (w & 0x8080808080808080ULL) == 0);) p += 8;
        continue;
      }
      if (static_cast<unsigned char>(c - 0xE1) <= 0xEF - 0xE1 && c != 0xED && end - p >= 3) {
        uint16_t tail;
        std::memcpy(&tail, p + 1, 2);
        if ((tail & 0xC0C0) == 0x8080) {
          p += 3;
          continue;
        }
      }
      const size_t len = valid_sequence_length(s, p - begin);
      if (len == 0) return false;
      p += len;
    }
  }
  return true;
}

Utf8Scan scan_utf8(std::string_view s) {
  Utf8Scan scan;
  if (is_valid_utf8(s)) return scan;  // the counts only matter for invalid text
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    if (size_t len = valid_sequence_length(s, i)) {
      ++scan.multibyte;
      i += len;
    } else {
      if (scan.first_invalid == std::string_view::npos) scan.first_invalid = i;
      ++scan.invalid;
      ++i;
    }
  }
  return scan;
}

// Drops `skip` leading bytes (a BOM) and turns CRLF and lone CR into '\n', in place.
void normalise_in_place(std::string& s, size_t skip) {
  const size_t first_cr = s.find('\r', skip);
  if (first_cr == std::string::npos) {  // the usual case: nothing to rewrite
    s.erase(0, skip);
    return;
  }
  size_t w = first_cr - skip;
  if (skip > 0) std::memmove(s.data(), s.data() + skip, w);
  const size_t n = s.size();
  for (size_t r = first_cr; r < n; ++r) {
    const char c = s[r];
    if (c == '\r') {
      s[w++] = '\n';
      if (r + 1 < n && s[r + 1] == '\n') ++r;
    } else {
      s[w++] = c;
    }
  }
  s.resize(w);
}

std::string hex_byte(unsigned char c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", c);
  return buf;
}

// Text has no NUL bytes and few control characters (tabs, form feeds from
// pdftotext's page breaks and escapes are fine). Returns why it is binary, or "".
std::string binary_reason(std::string_view sample) {
  size_t controls = 0;
  for (unsigned char c : sample) {
    if (c == 0) {
      return "binary file (it contains NUL bytes), not text; if it is UTF-16 without a byte-order mark, "
             "pass --encoding UTF-16LE or UTF-16BE";
    }
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B) || c == 0x7F) {
      ++controls;
    }
  }
  if (controls > 8 && controls * 100 > sample.size()) return "binary file (it is full of control characters), not text";
  return "";
}

struct Guess {
  std::string name;
  int confidence = 0;
};

struct Guesses {
  Guess top;       // ICU's most confident guess
  Guess chinese;   // its most confident guess among kDetectable
};

// ICU's guesses for the encoding of `sample`. Guesses of UTF-16 and UTF-32
// are skipped: without a BOM ICU makes them from byte statistics alone, and
// text in those encodings without a BOM would have failed as binary (NULs).
Guesses detect_encoding(std::string_view sample) {
  Guesses out;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), &ucsdet_close);
  if (U_FAILURE(status)) return out;
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
  for (int32_t i = 0; U_SUCCESS(status) && matches && i < count; ++i) {
    const char* name = ucsdet_getName(matches[i], &status);
    const int confidence = ucsdet_getConfidence(matches[i], &status);
    if (U_FAILURE(status) || !name) break;
    const std::string_view n(name);
    if (n.rfind("UTF-16", 0) == 0 || n.rfind("UTF-32", 0) == 0) continue;
    if (out.top.name.empty()) out.top = {name, confidence};
    const bool chinese = std::find(kDetectable.begin(), kDetectable.end(), n) != kDetectable.end();
    if (chinese && confidence > out.chinese.confidence) out.chinese = {name, confidence};
  }
  return out;
}

// A wrong guess shows as replacement characters, private-use characters
// (GBK's user-defined areas) or control characters.
bool looks_like_text(std::string_view utf8) {
  size_t total = 0, odd = 0;
  for (Utf8Iterator it(utf8); !it.done(); it.next()) {
    const char32_t c = it.code_point();
    ++total;
    if (c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF) || c == 0 ||
        (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B)) {
      ++odd;
    }
  }
  return odd * 100 <= total;
}

struct Conversion {
  std::string text;
  std::string error;      // empty on success
  bool unknown_encoding = false;
  size_t bad_offset = 0;  // byte offset of the bytes that could not be converted
};

// Converts with ICU in fixed-size chunks, failing (rather than substituting
// U+FFFD) on bytes that are invalid in `encoding`.
Conversion convert_to_utf8(std::string_view in, const std::string& encoding) {
  Conversion c;
  UErrorCode status = U_ZERO_ERROR;
  Converter from(ucnv_open(encoding.c_str(), &status), &ucnv_close);
  if (U_FAILURE(status)) {
    c.error = "unknown encoding '" + encoding + "'";
    c.unknown_encoding = true;
    return c;
  }
  ucnv_setToUCallBack(from.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  Converter to(ucnv_open("UTF-8", &status), &ucnv_close);
  if (U_FAILURE(status)) {
    c.error = u_errorName(status);
    return c;
  }
  c.text.reserve(in.size() + in.size() / 2 + 16);  // two-byte CJK characters become three bytes
  std::vector<UChar> pivot(8 * 1024);
  UChar* pivot_source = pivot.data();
  UChar* pivot_target = pivot.data();
  std::vector<char> chunk(64 * 1024);
  const char* source = in.data();
  bool first = true;
  for (;;) {
    char* target = chunk.data();
    status = U_ZERO_ERROR;
    ucnv_convertEx(to.get(), from.get(), &target, chunk.data() + chunk.size(), &source, in.data() + in.size(),
                   pivot.data(), &pivot_source, &pivot_target, pivot.data() + pivot.size(), first, true, &status);
    first = false;
    c.text.append(chunk.data(), target - chunk.data());
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(status)) {
      char invalid[32];
      int8_t length = sizeof invalid;
      UErrorCode ignored = U_ZERO_ERROR;
      ucnv_getInvalidChars(from.get(), invalid, &length, &ignored);
      c.bad_offset = static_cast<size_t>(source - in.data()) - (U_SUCCESS(ignored) ? length : 0);
      c.error = u_errorName(status);
    }
    return c;
  }
}

}  // namespace

bool is_known_encoding(const std::string& encoding) {
  UErrorCode status = U_ZERO_ERROR;
  Converter converter(ucnv_open(encoding.c_str(), &status), &ucnv_close);
  return U_SUCCESS(status) && converter;
}

size_t find_invalid_utf8(std::string_view s) {
  if (is_valid_utf8(s)) return std::string_view::npos;
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
    } else if (size_t len = valid_sequence_length(s, i)) {
      i += len;
    } else {
      return i;
    }
  }
  return std::string_view::npos;
}

std::string describe_position(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  size_t line = 1, line_start = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      ++line;
      line_start = i + 1;
    }
  }
  const size_t column = utf16_length(text.substr(line_start, offset - line_start)) + 1;
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

Result<DecodedText> decode_text(std::string bytes, std::string_view name_view, const std::string& encoding) {
  const std::string name(name_view);
  auto fail = [&](const std::string& why) { return Status::error(name + ": " + why); };

  std::string chosen = encoding;
  size_t bom = 0;
  bool detected = false;
  bool validated = false;  // known to be valid UTF-8
  if (chosen.empty()) {
    if (has_prefix(bytes, kUtf8Bom)) chosen = "UTF-8", bom = 3;
    else if (has_prefix(bytes, std::string_view("\xFF\xFE\x00\x00", 4))) chosen = "UTF-32LE", bom = 4;
    else if (has_prefix(bytes, std::string_view("\x00\x00\xFE\xFF", 4))) chosen = "UTF-32BE", bom = 4;
    else if (has_prefix(bytes, "\xFF\xFE")) chosen = "UTF-16LE", bom = 2;
    else if (has_prefix(bytes, "\xFE\xFF")) chosen = "UTF-16BE", bom = 2;
  }
  if (chosen.empty()) {
    const std::string_view sample = std::string_view(bytes).substr(0, kSampleBytes);
    if (std::string why = binary_reason(sample); !why.empty()) return fail(why);
    const Utf8Scan scan = scan_utf8(bytes);
    if (scan.first_invalid == std::string_view::npos) {
      chosen = "UTF-8";
      validated = true;
    } else {
      const std::string where = "invalid UTF-8 at " + describe_position(bytes, scan.first_invalid) + " (byte " +
                                hex_byte(bytes[scan.first_invalid]) + ")";
      if (scan.multibyte >= kDamagedUtf8Ratio * scan.invalid) {
        return fail(where + "; the rest of the file is UTF-8, so it is damaged there");
      }
      // A Chinese guess must be as sure as any other: for a short line ICU is
      // equally unsure of several encodings, and GB18030 is the likely one.
      const Guesses guesses = detect_encoding(sample);
      const bool accepted = guesses.chinese.confidence >= kMinConfidence &&
                            guesses.chinese.confidence >= guesses.top.confidence;
      if (!accepted) {
        const Guess& top = guesses.top;
        const bool worth_naming = top.confidence >= kNamedGuessConfidence && top.name.rfind("IBM", 0) != 0;
        return fail(where + (worth_naming ? "; it may be " + top.name : "") +
                    "; if the file is in another encoding, name it with --encoding");
      }
      chosen = guesses.chinese.name;
      detected = true;
    }
  }

  DecodedText out;
  if (same_encoding(chosen, "UTF-8")) {
    if (bom == 0 && has_prefix(bytes, kUtf8Bom)) bom = 3;
    if (!validated) {
      if (size_t bad = find_invalid_utf8(std::string_view(bytes).substr(bom)); bad != std::string_view::npos) {
        return fail("invalid UTF-8 at " + describe_position(std::string_view(bytes).substr(bom), bad) + " (byte " +
                    hex_byte(bytes[bom + bad]) + ")");
      }
    }
    normalise_in_place(bytes, bom);
    out.text = std::move(bytes);
    out.encoding = "UTF-8";
  } else {
    Conversion converted = convert_to_utf8(std::string_view(bytes).substr(bom), chosen);
    if (!converted.error.empty()) {
      if (converted.unknown_encoding) return fail(converted.error);
      // The converted text stops short of the error (ICU keeps some in its pivot
      // buffer), so the place comes from converting the valid bytes before it.
      const Conversion before = convert_to_utf8(std::string_view(bytes).substr(bom, converted.bad_offset), chosen);
      return fail("cannot decode as " + chosen + " at " + describe_position(before.text, before.text.size()) +
                  " (byte offset " + std::to_string(converted.bad_offset + bom) + ", " + converted.error + ")");
    }
    bytes = std::string();  // release the original before normalising
    if (detected && !looks_like_text(converted.text)) {
      return fail("not valid UTF-8, and not readable as " + chosen + " either; name the encoding with --encoding");
    }
    normalise_in_place(converted.text, has_prefix(converted.text, kUtf8Bom) ? 3 : 0);
    out.text = std::move(converted.text);
    out.encoding = chosen;
  }
  if (out.text.find('\0') != std::string::npos) return fail("binary file (it contains NUL characters), not text");
  return out;
}

}  // namespace copydesk
