#include "kinds/font_artifacts.h"

#include <fmt/format.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "core/utf8.h"

namespace copydesk {

namespace {

const char* artifact_class(char32_t c) {
  if ((c >= 0x2F00 && c <= 0x2FD5) || (c >= 0x2E80 && c <= 0x2EFF)) return "kangxi-radical";
  if ((c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F)) return "compatibility";
  if ((c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000) return "private-use";
  if (c == 0xFFFD) return "replacement";
  return nullptr;
}

// The unified ideograph for a radical or compatibility ideograph, or "".
std::string unified(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return "";
  icu::UnicodeString s(static_cast<UChar32>(c));
  icu::UnicodeString n = nfkc->normalize(s, status);
  if (U_FAILURE(status) || n == s || n.countChar32() != 1 || !is_han(static_cast<char32_t>(n.char32At(0)))) return "";
  std::string out;
  n.toUTF8String(out);
  return out;
}

}  // namespace

FontArtifactsKind::FontArtifactsKind(RuleSpec spec, RuleOptions&) : Rule(std::move(spec)) {}

void FontArtifactsKind::check_unit(const Document& doc, const Unit& unit, Reporter& out) const {
  std::string_view text = doc.slice(unit.span);
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
  for (Utf8Iterator it(text); !it.done(); it.next()) {
    char32_t c = it.code_point();
    const char* cls = artifact_class(c);
    Span span{unit.span.begin + it.offset(), unit.span.begin + it.next_offset()};
    if (!cls) {
      flush();
      continue;
    }
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
    std::string u = unified(c);
    if (u.empty()) fixable = false;
    else *current.fix += u;
  }
  flush();
}

}  // namespace copydesk
