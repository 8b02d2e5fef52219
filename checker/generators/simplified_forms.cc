// Build-time generator: writes ICU's Hant-Hans transform, character by
// character, as a sorted C++ table for kinds/traditional_characters.cc.
//
// Creating the transform at run time builds ICU's whole transliterator
// registry first, about 160 million instructions (15 ms and more) in every
// process that meets one character outside GB 2312. The rule kind asks about
// single characters only, so what it needs of the transform is this table,
// computed once when copydesk is built, from the same ICU it links.
//
//   simplified_forms OUTPUT.inc
#include <unicode/translit.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: simplified_forms OUTPUT.inc\n";
    return 2;
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> to_simplified(
      icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !to_simplified) {
    std::cerr << "simplified_forms: ICU has no Hant-Hans transform: " << u_errorName(status) << "\n";
    return 1;
  }
  // The characters the transform may change, in code point order.
  icu::UnicodeSet source;
  to_simplified->getSourceSet(source);
  std::string out =
      "// Generated at build time by checker/generators/simplified_forms.cc from\n"
      "// ICU's Hant-Hans transform: {character, its simplified form in UTF-8}.\n";
  size_t count = 0;
  for (int32_t r = 0; r < source.getRangeCount(); ++r) {
    for (UChar32 c = source.getRangeStart(r); c <= source.getRangeEnd(r); ++c) {
      icu::UnicodeString s(c);
      to_simplified->transliterate(s);
      if (s == icu::UnicodeString(c)) continue;
      std::string utf8;
      s.toUTF8String(utf8);
      char line[64];
      std::snprintf(line, sizeof line, "{0x%04X, \"", static_cast<unsigned>(c));
      out += line;
      for (unsigned char b : utf8) {
        std::snprintf(line, sizeof line, "\\x%02X", b);
        out += line;
      }
      out += "\"},\n";
      ++count;
    }
  }
  if (count == 0) {
    std::cerr << "simplified_forms: the Hant-Hans transform changed no character\n";
    return 1;
  }
  std::ofstream file(argv[1], std::ios::binary);
  file << out;
  if (!file.flush()) {
    std::cerr << "simplified_forms: cannot write " << argv[1] << "\n";
    return 1;
  }
  return 0;
}
