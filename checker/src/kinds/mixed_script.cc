#include "kinds/mixed_script.h"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>

#include <memory>

#include "core/utf8.h"
#include "extract/rare_characters.h"
#include "segment/text_shape.h"

namespace copydesk {

namespace {

enum class WordPart { kNone, kLatin, kGreek, kCyrillic, kMark };

// What `c` is to a word of Latin, Greek and Cyrillic letters.
WordPart word_part(char32_t c) {
  if (c < 0x80) return is_latin_letter(c) ? WordPart::kLatin : WordPart::kNone;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
  if (U_FAILURE(status)) return WordPart::kNone;
  if (script == USCRIPT_INHERITED) return WordPart::kMark;  // a combining mark belongs to its letter's word
  if (!u_isalpha(static_cast<UChar32>(c))) return WordPart::kNone;
  switch (script) {
    case USCRIPT_LATIN: return WordPart::kLatin;
    case USCRIPT_GREEK: return WordPart::kGreek;
    case USCRIPT_CYRILLIC: return WordPart::kCyrillic;
    default: return WordPart::kNone;
  }
}

struct SpoofCheckerCloser {
  void operator()(USpoofChecker* checker) const { uspoof_close(checker); }
};

// ICU's confusable skeleton (Unicode TR 39) of each Greek and Cyrillic
// letter, kept when it is one ASCII letter: Cyrillic о is o, Greek Ρ is P.
void tabulate_lookalikes(std::array<char, 0x530 - 0x370>& table) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<USpoofChecker, SpoofCheckerCloser> checker(uspoof_open(&status));
  if (U_FAILURE(status)) return;  // no look-alikes: Cyrillic letters are still found
  for (char32_t c = 0x370; c < 0x530; ++c) {
    UChar in[2];
    int32_t length = 0;
    U16_APPEND_UNSAFE(in, length, static_cast<UChar32>(c));
    UChar skeleton[8];
    status = U_ZERO_ERROR;
    const int32_t size = uspoof_getSkeleton(checker.get(), 0, in, length, skeleton, 8, &status);
    if (U_SUCCESS(status) && size == 1 && is_latin_letter(skeleton[0])) {
      table[c - 0x370] = static_cast<char>(skeleton[0]);
    }
  }
}

}  // namespace

MixedScriptKind::MixedScriptKind(RuleSpec spec, RuleOptions&) : Rule(std::move(spec)) {}

const std::array<char, 0x530 - 0x370>& MixedScriptKind::latin_lookalikes() const {
  std::call_once(tabulated_, [this] { tabulate_lookalikes(latin_lookalike_); });
  return latin_lookalike_;
}

void MixedScriptKind::check_unit(const Document& doc, const Unit& unit, Reporter& out) const {
  const std::string& text = doc.text();
  const RareCharacters& rare = doc.analysis<RareCharacters>();
  auto part_at = [&](size_t offset) { return word_part(Utf8Iterator(text, offset).code_point()); };
  size_t looked_at = unit.span.begin;  // the words before this one have been looked at
  for (size_t offset : RareCharacters::in(rare.greek_cyrillic_by_latin, unit.span)) {
    if (offset < looked_at || part_at(offset) == WordPart::kNone) continue;
    size_t begin = offset;
    while (begin > unit.span.begin) {
      const size_t before = previous_offset(text, begin);
      if (part_at(before) == WordPart::kNone) break;
      begin = before;
    }
    size_t latin = 0, cyrillic = 0, greek_lookalikes = 0, foreign = 0;
    bool fixable = true;
    std::string fix, codepoints;
    Utf8Iterator it(text, begin);
    for (; !it.done() && it.offset() < unit.span.end; it.next()) {
      const char32_t c = it.code_point();
      const WordPart part = word_part(c);
      if (part == WordPart::kNone) break;
      if (part == WordPart::kLatin || part == WordPart::kMark) {
        latin += part == WordPart::kLatin;
        fix.append(text, it.offset(), it.length());
        continue;
      }
      const char lookalike = is_greek_or_cyrillic(c) ? latin_lookalikes()[c - 0x370] : 0;
      ++foreign;
      cyrillic += part == WordPart::kCyrillic;
      greek_lookalikes += part == WordPart::kGreek && lookalike != 0;
      if (!codepoints.empty()) codepoints += ", ";
      codepoints += fmt::format("U+{:04X}", static_cast<unsigned>(c));
      // A look-alike of the other case (Cyrillic І is l in the skeleton) is no fix.
      const bool same_case = lookalike != 0 && (u_isupper(static_cast<UChar32>(c)) != 0) == (lookalike <= 'Z');
      if (same_case) fix += lookalike;
      else fixable = false;
    }
    looked_at = it.offset();
    if (latin == 0 || (cyrillic == 0 && greek_lookalikes == 0)) continue;
    Report r;
    r.span = {begin, looked_at};
    r.variant = cyrillic > 0 ? "cyrillic" : "greek";
    r.args = {{"codepoints", codepoints}};
    if (fixable && latin > foreign) r.fix = std::move(fix);
    out.report(std::move(r));
  }
}

}  // namespace copydesk
