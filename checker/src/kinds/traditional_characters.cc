#include "kinds/traditional_characters.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <yaml-cpp/yaml.h>

#include "core/utf8.h"

namespace copydesk {

namespace {

// True when `c` has a code in GB 2312, the standard simplified character set.
bool in_gb2312(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open("GB2312", &status);
  if (U_FAILURE(status)) return true;  // cannot tell: assume valid (precision first)
  ucnv_setFromUCallBack(converter, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  UChar buffer[2];
  int32_t length = 0;
  U16_APPEND_UNSAFE(buffer, length, c);
  char out[8];
  status = U_ZERO_ERROR;
  ucnv_fromUChars(converter, out, sizeof out, buffer, length, &status);
  ucnv_close(converter);
  return U_SUCCESS(status);
}

}  // namespace

TraditionalCharactersKind::TraditionalCharactersKind(RuleSpec spec, RuleOptions& options)
    : Rule(std::move(spec)), document_share_(options.get<double>("document_share", 0.2)) {
  UErrorCode status = U_ZERO_ERROR;
  to_simplified_.reset(icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
  if (U_FAILURE(status)) {
    options.add_error(std::string("ICU has no Hant-Hans transform: ") + u_errorName(status));
    to_simplified_.reset();
  }
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
  if (!to_simplified_ || !is_han(c)) return std::nullopt;
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = cache_.find(c);
  if (it != cache_.end()) return it->second;
  std::optional<std::string> result;
  icu::UnicodeString s(static_cast<UChar32>(c));
  to_simplified_->transliterate(s);
  if (s != icu::UnicodeString(static_cast<UChar32>(c)) && !in_gb2312(c)) {
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
