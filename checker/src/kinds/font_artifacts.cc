#include "kinds/font_artifacts.h"

#include <fmt/format.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "core/utf8.h"
#include "extract/rare_characters.h"

namespace copydesk {

namespace {

// What an artifact stands for, or "": the unified ideograph for a radical or
// compatibility ideograph, the letters of a ligature (ﬁ: fi), both by NFKC.
std::string replacement(char32_t c, const char* cls) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return "";
  icu::UnicodeString s(static_cast<UChar32>(c));
  icu::UnicodeString n = nfkc->normalize(s, status);
  if (U_FAILURE(status) || n == s) return "";
  const bool ligature = std::string_view(cls) == "ligature";
  if (!ligature && (n.countChar32() != 1 || !is_han(static_cast<char32_t>(n.char32At(0))))) return "";
  std::string out;
  n.toUTF8String(out);
  return out;
}

}  // namespace

FontArtifactsKind::FontArtifactsKind(RuleSpec spec, RuleOptions&) : Rule(std::move(spec)) {}

void FontArtifactsKind::check_unit(const Document& doc, const Unit& unit, Reporter& out) const {
  const std::string& text = doc.text();
  const RareCharacters& rare = doc.analysis<RareCharacters>();
  Report current;
  const char* current_class = nullptr;
  bool fixable = true;
  auto flush = [&] {
    if (!current_class) return;
    if (!fixable) current.fix.reset();
    current.variant = current_class;
    current.args.emplace_back("replacement", current.fix.value_or(""));
    out.report(std::move(current));
    current = Report();
    current_class = nullptr;
  };
  // The shared scan has found the artifacts; a run continues only while they
  // are adjacent, as any other character between two of them ends it.
  for (size_t offset : RareCharacters::in(rare.font_artifacts, unit.span)) {
    Utf8Iterator it(text, offset);
    char32_t c = it.code_point();
    const char* cls = font_artifact_class(c);
    Span span{offset, it.next_offset()};
    if (current_class != cls || current.span.end != span.begin) {
      flush();
      current_class = cls;
      current.span = span;
      current.fix = std::string();
      fixable = true;
      current.args.emplace_back("codepoint", fmt::format("U+{:04X}", static_cast<unsigned>(c)));
    } else {
      current.span.end = span.end;
    }
    std::string u = replacement(c, cls);
    if (u.empty()) fixable = false;
    else *current.fix += u;
  }
  flush();
}

}  // namespace copydesk
