#include "core/document.h"

#include "core/utf8.h"

namespace copydesk {

std::string_view language_tag(Language language) {
  return language == Language::kChinese ? "zh-Hans" : "en";
}

namespace {

// What a byte at the start of a character says about it, for detect_language.
struct LeadByte {
  unsigned char length = 1;  // bytes in the character
  bool latin = false;        // an ASCII letter
  bool han = false;          // certainly Han (lead E5-E9: U+5000-U+9FFF)
  bool maybe_han = false;    // Han or not, as the code point says (E3, E4, EF, F0)
};

struct LeadBytes {
  LeadByte of[256];
  LeadBytes() {
    for (int c = 0; c < 256; ++c) {
      LeadByte& b = of[c];
      b.length = static_cast<unsigned char>(utf8_sequence_length(static_cast<unsigned char>(c)));
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

Language detect_language(std::string_view text) {
  // Counted on bytes, a character at a time: a lead byte E5-E9 is always a
  // CJK ideograph and most others rule Han out on their own; E3, E4, EF and
  // F0 need a look at the next bytes.
  static const LeadBytes kLeads;
  size_t han = 0, latin = 0;
  const size_t n = text.size();
  for (size_t i = 0; i < n;) {
    const LeadByte& b = kLeads.of[static_cast<unsigned char>(text[i])];
    latin += b.latin;
    han += b.han;
    if (b.maybe_han) han += is_han_at(text, i);
    i += b.length;
  }
  // A Chinese word is one to three characters, an English one about five letters.
  return han * 3 >= latin ? Language::kChinese : Language::kEnglish;
}

Document::Document(std::string path, std::string text, std::string encoding)
    : path_(std::move(path)),
      text_(std::move(text)),
      encoding_(std::move(encoding)),
      language_(detect_language(text_)),
      lines_(text_) {}

}  // namespace copydesk
