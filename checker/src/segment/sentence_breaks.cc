#include "segment/sentence_breaks.h"

#include <unicode/uchar.h>

#include "core/utf8.h"

namespace copydesk {

namespace {

// What a character is to the subset of the rules handled here.
enum class SentenceClass : unsigned char {
  kOther,        // Other, OLetter, Upper, Lower, Numeric: goes on with the sentence
  kSContinue,    // ，、：, - ...: goes on even right after a sentence end (rule 8a)
  kSTerm,        // 。！？ ! ?
  kClose,        // quotes and brackets
  kSp,           // spaces, and '\n' '\r' (read as spaces)
  kFullStop,     // ASCII '.': handled between two digits only
  kUnsupported,  // ATerm, Extend, Format, Sep: the caller asks ICU
};

SentenceClass from_property(UChar32 c) {
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_OTHER:
    case U_SB_OLETTER:
    case U_SB_UPPER:
    case U_SB_LOWER:
    case U_SB_NUMERIC: return SentenceClass::kOther;
    case U_SB_SCONTINUE: return SentenceClass::kSContinue;
    case U_SB_STERM: return SentenceClass::kSTerm;
    case U_SB_CLOSE: return SentenceClass::kClose;
    case U_SB_SP: return SentenceClass::kSp;
    default: return SentenceClass::kUnsupported;
  }
}

// ASCII and the three blocks where nearly all the punctuation of Chinese text
// lies (General Punctuation, CJK Symbols and Punctuation, Halfwidth and
// Fullwidth Forms), read from ICU's property data once.
struct ClassTable {
  SentenceClass ascii[0x80], general[0x70], cjk[0x40], fullwidth[0xF0];
  ClassTable() {
    for (UChar32 c = 0; c < 0x80; ++c) ascii[c] = from_property(c);
    ascii['\n'] = ascii['\r'] = SentenceClass::kSp;
    ascii['.'] = SentenceClass::kFullStop;
    for (UChar32 c = 0; c < 0x70; ++c) general[c] = from_property(0x2000 + c);
    for (UChar32 c = 0; c < 0x40; ++c) cjk[c] = from_property(0x3000 + c);
    for (UChar32 c = 0; c < 0xF0; ++c) fullwidth[c] = from_property(0xFF00 + c);
  }
};

const ClassTable& table() {
  static const ClassTable t;
  return t;
}

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// True when the bytes at `i` are a CJK Unified Ideograph U+4E00-U+9FFF (E4 B8
// 80 to E9 BF BF): OLetter, or Other when unassigned.
bool is_ideograph_at(std::string_view s, size_t i) {
  auto b = static_cast<unsigned char>(s[i]);
  return i + 3 <= s.size() && (b >= 0xE5 ? b <= 0xE9 : b == 0xE4 && static_cast<unsigned char>(s[i + 1]) >= 0xB8);
}

// Reads the characters of a block and classifies them.
class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s), t_(table()) {}

  // The class of the character at `i`; sets `next` to the offset after it.
  SentenceClass at(size_t i, size_t& next) const {
    auto b = static_cast<unsigned char>(s_[i]);
    if (b < 0x80) {
      next = i + 1;
      SentenceClass c = t_.ascii[b];
      if (c != SentenceClass::kFullStop) return c;
      // A decimal point (3.5): rule 6 keeps it, and it stands between two
      // ordinary characters.
      bool decimal = i > 0 && next < s_.size() && is_ascii_digit(s_[i - 1]) && is_ascii_digit(s_[next]);
      return decimal ? SentenceClass::kOther : SentenceClass::kUnsupported;
    }
    if (is_ideograph_at(s_, i)) {
      next = i + 3;
      return SentenceClass::kOther;
    }
    Utf8Iterator it(s_, i);
    next = it.next_offset();
    char32_t c = it.code_point();
    if (c >= 0x2000 && c < 0x2070) return t_.general[c - 0x2000];
    if (c >= 0x3000 && c < 0x3040) return t_.cjk[c - 0x3000];
    if (c >= 0xFF00 && c < 0xFFF0) return t_.fullwidth[c - 0xFF00];
    return from_property(static_cast<UChar32>(c));
  }

  // The offset of the first character at or after `i` that is not an
  // ideograph or an ASCII character of class Other (the run most of a
  // sentence is made of, skipped without classifying each character).
  size_t skip_ordinary(size_t i) const {
    const size_t n = s_.size();
    while (i < n) {
      auto b = static_cast<unsigned char>(s_[i]);
      if (b < 0x80) {
        if (t_.ascii[b] != SentenceClass::kOther) break;
        ++i;
      } else if (i + 3 <= n && (static_cast<unsigned char>(b - 0xE5) < 5 ||
                                (b == 0xE4 && static_cast<unsigned char>(s_[i + 1]) >= 0xB8))) {
        i += 3;  // an ideograph U+4E00-U+9FFF
      } else {
        break;
      }
    }
    return i;
  }

 private:
  std::string_view s_;
  const ClassTable& t_;
};

}  // namespace

size_t simple_sentence_end(std::string_view block, size_t start) {
  const size_t n = block.size();
  Reader reader(block);
  size_t i = start, next = 0;
  SentenceClass c = SentenceClass::kOther;
  // Reads the class of the character at `i` into `c`; false when unsupported.
  auto read = [&] { return (c = reader.at(i, next)) != SentenceClass::kUnsupported; };
  // Moves `i` past Close and space characters; false on an unsupported one.
  auto skip_close_and_spaces = [&] {
    for (; i < n; i = next) {
      if (!read()) return false;
      if (c != SentenceClass::kClose && c != SentenceClass::kSp) break;
    }
    return true;
  };

  if (i >= n) return n;
  if (!read()) return std::string_view::npos;
  if (c == SentenceClass::kClose || c == SentenceClass::kSp) {
    // They join what follows (rule 12 with {bof}, which ICU's iterator reads
    // at the start of every piece, not only of the text).
    if (!skip_close_and_spaces()) return std::string_view::npos;
    if (i == n) return n;
  }
  // The chain of rules goes on from the character at `i` (class `c`, not
  // Close or space) until a sentence end.
  for (;;) {
    if (c == SentenceClass::kOther || c == SentenceClass::kSContinue) {
      // Rule 12: any Close and spaces, then whatever comes next; a run of
      // ordinary characters goes on the same way.
      i = reader.skip_ordinary(next);
      if (!skip_close_and_spaces()) return std::string_view::npos;
      if (i == n) return n;
      continue;
    }
    // An STerm: its Close characters, then its spaces (rules 9-11).
    i = next;
    while (i < n) {
      if (!read()) return std::string_view::npos;
      if (c != SentenceClass::kClose) break;
      i = next;
    }
    while (i < n && c == SentenceClass::kSp) {
      i = next;
      if (i < n && !read()) return std::string_view::npos;
    }
    // Rule 8a: an SContinue or another STerm goes on with the sentence.
    if (i < n && (c == SentenceClass::kSContinue || c == SentenceClass::kSTerm)) continue;
    return i;
  }
}

bool simple_sentence_boundaries(std::string_view block, std::vector<size_t>& boundaries) {
  boundaries.clear();
  boundaries.push_back(0);
  for (size_t at = 0; at < block.size();) {
    at = simple_sentence_end(block, at);
    if (at == std::string_view::npos) return false;
    boundaries.push_back(at);
  }
  return true;
}

}  // namespace copydesk
