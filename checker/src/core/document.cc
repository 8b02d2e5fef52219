#include "core/document.h"

#include "core/utf8.h"

namespace copydesk {

std::string_view language_tag(Language language) {
  return language == Language::kChinese ? "zh-Hans" : "en";
}

Language detect_language(std::string_view text) {
  size_t han = 0, latin = 0;
  for (Utf8Iterator it(text); !it.done(); it.next()) {
    char32_t c = it.code_point();
    if (is_han(c)) ++han;
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++latin;
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
