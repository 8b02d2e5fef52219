#include "extract/rare_characters.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "core/document.h"
#include "core/utf8.h"
#include "extract/code_point_set.h"
#include "extract/figure_starts.h"
#include "segment/text_shape.h"

namespace copydesk {

namespace {

// The characters of GB 2312 as a bitmap over the BMP: built once by decoding
// every two-byte GB 2312 code, so that the test per character is one load.
class Gb2312Set {
 public:
  Gb2312Set() {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open("GB2312", &status);
    if (U_FAILURE(status)) {
      available_ = false;
      return;
    }
    // All 94 x 94 codes decoded in one call; invalid codes become U+FFFD.
    std::string codes;
    for (int lead = 0xA1; lead <= 0xFE; ++lead) {
      for (int trail = 0xA1; trail <= 0xFE; ++trail) {
        codes += static_cast<char>(lead);
        codes += static_cast<char>(trail);
      }
    }
    std::vector<UChar> decoded(codes.size() + 16);
    UChar* target = decoded.data();
    const char* source = codes.data();
    ucnv_toUnicode(converter, &target, decoded.data() + decoded.size(), &source, codes.data() + codes.size(),
                   nullptr, true, &status);
    if (U_FAILURE(status)) available_ = false;
    for (const UChar* u = decoded.data(); u < target; ++u) {
      if (*u != 0xFFFD && *u != 0x1A) bits_[*u >> 6] |= uint64_t{1} << (*u & 63);
    }
    ucnv_close(converter);
  }

  bool contains(char32_t c) const { return !available_ || (c < 0x10000 && ((bits_[c >> 6] >> (c & 63)) & 1)); }
  bool available() const { return available_; }
  // The same for the three bytes of a UTF-8 sequence (U+0800-U+FFFF) of a
  // table that is available, without assembling the code point.
  bool contains(unsigned char lead, unsigned char second, unsigned char third) const {
    return (bits_[((lead & 0x0F) << 6) | (second & 0x3F)] >> (third & 0x3F)) & 1;
  }

 private:
  std::array<uint64_t, 0x10000 / 64> bits_{};
  bool available_ = true;
};

const Gb2312Set& gb2312() {
  static const Gb2312Set set;
  return set;
}

// The code point of the sequence at `pos`, decoded as Utf8Iterator does
// (a sequence cut by the end of the text is decoded from what is there).
char32_t decode(const unsigned char* bytes, size_t pos, size_t size, size_t& length) {
  unsigned char lead = bytes[pos];
  length = std::min(utf8_sequence_length(lead), size - pos);
  switch (length) {
    case 1: return lead;
    case 2: return ((lead & 0x1F) << 6) | (bytes[pos + 1] & 0x3F);
    case 3: return ((lead & 0x0F) << 12) | ((bytes[pos + 1] & 0x3F) << 6) | (bytes[pos + 2] & 0x3F);
    default:
      return ((lead & 0x07) << 18) | ((bytes[pos + 1] & 0x3F) << 12) | ((bytes[pos + 2] & 0x3F) << 6) |
             (bytes[pos + 3] & 0x3F);
  }
}

// The characters led by E4-E9 (U+4000-U+9FFF) that the scan passes over in
// a run: Han characters in GB 2312 (where the table has only Han characters)
// at which no figure may begin. (Without the table, every Han character
// counts as in GB 2312.)
const CodePointSet& plain_han() {
  static const CodePointSet set = [] {
    const Gb2312Set& gb = gb2312();
    CodePointSet plain;
    for (char32_t c = 0x4000; c <= 0x9FFF; ++c) {
      if ((gb.available() ? gb.contains(c) : is_han(c)) && !kFigureStartCharacters.contains(c)) plain.add(c);
    }
    return plain;
  }();
  return set;
}

// plain_han() as a row of 64 bits (the third byte) per lead and second byte,
// indexed by the lead and the low six bits of the second byte: one 16-bit
// load masked to 14 bits. A lead outside E4-E9 finds an empty row, so the one
// table load tests the lead and the character together (the bits of the
// second byte above its low six are not tested, as CodePointSet does not).
class PlainHanPairs {
 public:
  PlainHanPairs() {
    const CodePointSet& plain = plain_han();
    for (char32_t c = 0x4000; c <= 0x9FFF; ++c) {
      if (!plain.contains(c)) continue;
      const unsigned lead = 0xE0 | (c >> 12), second = (c >> 6) & 0x3F;
      rows_[(second << 8) | lead] |= uint64_t{1} << (c & 0x3F);
    }
  }
  // REQUIRES: three bytes at `p`.
  bool contains(const unsigned char* p) const {
    const unsigned pair = p[0] | (unsigned{p[1]} << 8);
    return (rows_[pair & 0x3FFF] >> (p[2] & 0x3F)) & 1;
  }

 private:
  std::array<uint64_t, 1 << 14> rows_{};
};

const PlainHanPairs& plain_han_pairs() {
  static const PlainHanPairs pairs;
  return pairs;
}

// The Chinese punctuation the scan passes over without a note (“”…—, 。、《》,
// ，：（）): led by E2, E3 or EF and below U+2E80, U+3400 or at U+FF00 and
// over as the scan below tests them, except the figure starts among them
// (－＋．, the full-width digits) and 〇, which is Han. A run of Han
// characters carries on past one.
const CodePointSet& quiet_punctuation() {
  static const CodePointSet set = [] {
    CodePointSet quiet;
    for (char32_t c = 0x2000; c <= 0xFFFF; ++c) {
      const bool passed = (c < 0x2E80) || (c >= 0x3000 && c < 0x3400) || (c >= 0xFF00 && c != 0xFFFD);
      if (passed && c != U'〇' && !kFigureStartCharacters.contains(c)) quiet.add(c);
    }
    return quiet;
  }();
  return set;
}

}  // namespace

bool in_gb2312(char32_t c) { return gb2312().contains(c); }

const char* font_artifact_class(char32_t c) {
  if ((c >= 0x2F00 && c <= 0x2FD5) || (c >= 0x2E80 && c <= 0x2EFF)) return "kangxi-radical";
  if ((c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F)) return "compatibility";
  if ((c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000) return "private-use";
  if (c == 0xFFFD) return "replacement";
  if (c >= 0xFB00 && c <= 0xFB06) return "ligature";
  return nullptr;
}

std::span<const size_t> RareCharacters::in(const std::vector<size_t>& offsets, Span span) {
  auto first = std::lower_bound(offsets.begin(), offsets.end(), span.begin);
  auto last = std::lower_bound(first, offsets.end(), span.end);
  return {first, last};
}

RareCharacters RareCharacters::find(std::string_view text) {
  RareCharacters out;
  std::vector<size_t> figure_starts;
  const Gb2312Set& gb = gb2312();
  const PlainHanPairs& plain = plain_han_pairs();
  const CodePointSet& quiet = quiet_punctuation();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  size_t han = 0;
  size_t checkpoint = 0;
  size_t pos = 0;
  while (pos < size) {
    if (pos >= checkpoint) {
      out.han_checkpoints_.push_back(han);  // the Han characters that begin before `checkpoint`
      checkpoint += kCheckpointBytes;
    }
    // Nearly every character of Chinese text is a plain Han character, led
    // by E4-E9 (U+4000-U+9FFF): a run of them is passed over with one table
    // test each, up to the next checkpoint.
    const unsigned char* const stop = bytes + std::min(checkpoint, size >= 2 ? size - 2 : 0);
    const unsigned char* p = bytes + pos;
    for (;;) {
      const unsigned char* const run = p;
      while (p < stop && plain.contains(p)) p += 3;
      han += (p - run) / 3;
      // ，。“” and the like end most runs: passed over here, where the scan
      // below would do nothing more with them.
      // (A second byte that is no continuation byte is left to the scan below.)
      if (p < stop && (p[0] == 0xE2 || p[0] == 0xE3 || p[0] == 0xEF) && (p[1] & 0xC0) == 0x80 &&
          quiet.contains(p[0], p[1], p[2])) {
        p += 3;
        continue;
      }
      break;
    }
    pos = p - bytes;
    if (pos >= size || pos >= checkpoint) continue;
    const unsigned char lead = bytes[pos];
    if (lead < 0x80) {
      pos = note_ascii_figure_starts(text, pos, figure_starts);
      continue;
    }
    if ((lead & 0xF0) == 0xE0 && pos + 3 <= size) {
      // Three bytes, as note_figure_start() would test them.
      if (kFigureStartCharacters.contains(lead, bytes[pos + 1], bytes[pos + 2])) figure_starts.push_back(pos);
      // A figure start such as 一 or 第 that is in GB 2312 (U+4E00 up: all Han,
      // none a font artifact) needs nothing more.
      if (static_cast<unsigned char>(lead - 0xE4) < 6 && gb.available() &&
          gb.contains(lead, bytes[pos + 1], bytes[pos + 2])) {
        ++han;
        pos += 3;
        continue;
      }
    } else {
      note_figure_start(text, pos, figure_starts);
      if ((lead & 0xE0) == 0xC0 && pos + 2 <= size &&
          is_greek_or_cyrillic(static_cast<char32_t>((lead & 0x1Fu) << 6 | (bytes[pos + 1] & 0x3Fu))) &&
          touches_latin_letter(text, pos, 2)) {
        out.greek_cyrillic_by_latin.push_back(pos);
      }
    }
    // Below E2 the code point is under U+2000, and EA-ED lead U+A000-U+DFFF:
    // neither holds a character of interest.
    if (lead < 0xE2 || (lead >= 0xEA && lead <= 0xED)) {
      pos += utf8_sequence_length(lead);
      continue;
    }
    if (pos + 3 <= size) {
      // Chinese punctuation: “”…— (U+2000-U+2E7F), 。、《》 (U+3000-U+33FF, where
      // only 〇 is Han) and ，：（） (U+FF00-U+FFFF, where only U+FFFD counts).
      const unsigned char second = bytes[pos + 1], third = bytes[pos + 2];
      if ((lead == 0xE2 && second < 0xBA) || (lead == 0xEF && second >= 0xBC && !(second == 0xBF && third == 0xBD))) {
        pos += 3;
        continue;
      }
      if (lead == 0xE3 && second < 0x90) {
        han += second == 0x80 && third == 0x87;
        pos += 3;
        continue;
      }
    }
    size_t length = 0;
    char32_t c = decode(bytes, pos, size, length);
    if (is_han(c)) {
      ++han;
      if (c >= 0x3400 && !gb.contains(c)) out.outside_gb2312.push_back(pos);
    }
    if (font_artifact_class(c)) out.font_artifacts.push_back(pos);
    pos += length;
  }
  while (checkpoint <= size) {
    out.han_checkpoints_.push_back(han);
    checkpoint += kCheckpointBytes;
  }
  out.figure_starts_ = std::move(figure_starts);  // until the number scanner takes them
  // Kept for the document's life: no doubling slack.
  out.outside_gb2312.shrink_to_fit();
  out.font_artifacts.shrink_to_fit();
  return out;
}

size_t RareCharacters::han_before(std::string_view text, size_t offset) const {
  size_t k = offset / kCheckpointBytes;
  size_t from = k * kCheckpointBytes;
  // A character that begins before the checkpoint is counted in it.
  while (from < offset && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
  return han_checkpoints_[k] + copydesk::han_count(text.substr(from, offset - from));
}

size_t RareCharacters::han_count(std::string_view text, Span span) const {
  return han_before(text, span.end) - han_before(text, span.begin);
}

bool touches_latin_letter(std::string_view text, size_t offset, size_t length) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  auto latin_lead = [](unsigned char b) { return b >= 0xC3 && b <= 0xC9; };  // U+00C0-U+027F
  if (offset >= 1 && is_latin_letter(bytes[offset - 1])) return true;
  if (offset >= 2 && latin_lead(bytes[offset - 2]) && (bytes[offset - 1] & 0xC0) == 0x80) return true;
  const size_t after = offset + length;
  if (after < text.size() && is_latin_letter(bytes[after])) return true;
  return after + 1 < text.size() && latin_lead(bytes[after]) && (bytes[after + 1] & 0xC0) == 0x80;
}

size_t han_count(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  size_t count = 0;
  size_t pos = 0;
  while (pos < size) {
    const unsigned char lead = bytes[pos];
    if (lead >= 0xE5 && lead <= 0xE9 && pos + 3 <= size) {
      ++count;  // U+5000-U+9FFF: all Han
      pos += 3;
    } else if (lead < 0x80) {
      ++pos;
    } else {
      size_t length = 0;
      count += is_han(decode(bytes, pos, size, length));
      pos += length;
    }
  }
  return count;
}

RareCharacters RareCharacters::compute(const Document& doc) { return find(doc.text()); }

std::vector<size_t> RareCharacters::take_figure_starts(std::string_view text) const {
  if (!figure_starts_) return figure_starts(text);
  std::vector<size_t> starts = std::move(*figure_starts_);
  figure_starts_.reset();
  return starts;
}

}  // namespace copydesk
