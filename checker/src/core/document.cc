#include "core/document.h"

#include <algorithm>

#include "core/utf8.h"

namespace copydesk {

std::string_view language_tag(Language language) {
  return language == Language::kChinese ? "zh-Hans" : "en";
}

Language detect_language(std::string_view text) {
  // Counted on bytes, a character at a time: a lead byte E5-E9 is always a
  // CJK ideograph (U+5000-U+9FFF) and most others rule Han out on their own;
  // only E3, E4, EF and F0 need the code point.
  size_t han = 0, latin = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  while (p < end) {
    const unsigned char c = *p;
    if (c < 0x80) {
      latin += ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
      ++p;
      continue;
    }
    const size_t len = std::min<size_t>(utf8_sequence_length(c), end - p);
    if (c >= 0xE5 && c <= 0xE9) {
      ++han;
    } else if (c == 0xE3 || c == 0xE4 || c == 0xEF || c == 0xF0) {
      han += is_han(Utf8Iterator(text, p - reinterpret_cast<const unsigned char*>(text.data())).code_point());
    }
    p += len;
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
