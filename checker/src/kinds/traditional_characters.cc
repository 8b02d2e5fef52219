#include "kinds/traditional_characters.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <string>
#include <yaml-cpp/yaml.h>

#include "core/utf8.h"

namespace copydesk {

namespace {

// The characters of GB 2312, the standard simplified character set, as a
// bitmap over the BMP: built once by decoding every two-byte GB 2312 code, so
// that the check per character is a table lookup.
class Gb2312Set {
 public:
  Gb2312Set() : bits_(0x10000) {
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
      if (*u != 0xFFFD && *u != 0x1A) bits_[*u] = true;
    }
    ucnv_close(converter);
  }
  // True when `c` has a code in GB 2312 (or the table could not be built:
  // then every character counts as valid, precision first).
  bool contains(char32_t c) const { return !available_ || (c < bits_.size() && bits_[c]); }

 private:
  std::vector<bool> bits_;
  bool available_ = true;
};

bool in_gb2312(char32_t c) {
  static const Gb2312Set set;
  return set.contains(c);
}

}  // namespace

TraditionalCharactersKind::TraditionalCharactersKind(RuleSpec spec, RuleOptions& options)
    : Rule(std::move(spec)), document_share_(options.get<double>("document_share", 0.2)) {
  if (options.node("allowlist")) {
    std::filesystem::path file = options.path("allowlist");
    try {
      YAML::Node data = YAML::LoadFile(file.string());
      for (const auto& term : data["terms"]) allowlist_.push_back(term.as<std::string>());
    } catch (const YAML::Exception& e) {
      options.add_error(options.node("allowlist"), "cannot read allowlist " + file.string() + ": " + e.what());
    }
  }
}

std::optional<std::string> TraditionalCharactersKind::simplified(char32_t c) const {
  // Nearly every character of simplified text is in GB 2312: a table lookup,
  // without the lock or the transform.
  if (!is_han(c) || in_gb2312(c)) return std::nullopt;
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = cache_.find(c);
  if (it != cache_.end()) return it->second;
  if (!to_simplified_) {
    // Created on first use: building ICU's transform registry costs tens of
    // milliseconds, and most runs never meet a character outside GB 2312.
    UErrorCode status = U_ZERO_ERROR;
    to_simplified_.reset(icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) to_simplified_.reset();
  }
  if (!to_simplified_) return std::nullopt;  // no Hant-Hans in this ICU: nothing can be said
  std::optional<std::string> result;
  icu::UnicodeString s(static_cast<UChar32>(c));
  to_simplified_->transliterate(s);
  if (s != icu::UnicodeString(static_cast<UChar32>(c))) {
    std::string utf8;
    s.toUTF8String(utf8);
    result = utf8;
  }
  cache_.emplace(c, result);
  return result;
}

void TraditionalCharactersKind::check_unit(const Document& doc, const Unit& unit, Reporter& out) const {
  std::string_view text = doc.slice(unit.span);
  // Spans covered by allowlisted terms.
  std::vector<Span> allowed;
  for (const std::string& term : allowlist_) {
    for (size_t p = text.find(term); p != std::string_view::npos && !term.empty(); p = text.find(term, p + 1)) {
      allowed.push_back({p, p + term.size()});
    }
  }
  auto is_allowed = [&](size_t offset) {
    for (Span s : allowed) {
      if (s.contains(offset)) return true;
    }
    return false;
  };
  std::vector<Report> reports;
  size_t han = 0;
  size_t count = 0;
  for (Utf8Iterator it(text); !it.done(); it.next()) {
    char32_t c = it.code_point();
    if (!is_han(c)) continue;
    ++han;
    if (c < 0x3400) continue;
    std::optional<std::string> simple = simplified(c);
    if (!simple || is_allowed(it.offset())) continue;
    ++count;
    Span span{unit.span.begin + it.offset(), unit.span.begin + it.next_offset()};
    if (!reports.empty() && reports.back().span.end == span.begin) {
      reports.back().span.end = span.end;
      *reports.back().fix += *simple;
    } else {
      Report r;
      r.span = span;
      r.fix = *simple;
      reports.push_back(std::move(r));
    }
  }
  if (count >= 8 && static_cast<double>(count) > document_share_ * static_cast<double>(han)) {
    Report r;
    r.span = reports.front().span;
    r.variant = "document";
    r.args.emplace_back("count", std::to_string(count));
    r.args.emplace_back("replacement", "");
    out.report(std::move(r));
    return;
  }
  for (Report& r : reports) {
    r.args.emplace_back("replacement", *r.fix);
    r.args.emplace_back("count", "1");
    out.report(std::move(r));
  }
}

}  // namespace copydesk
