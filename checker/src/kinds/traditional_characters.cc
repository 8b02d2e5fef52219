#include "kinds/traditional_characters.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <yaml-cpp/yaml.h>

#include "core/utf8.h"
#include "extract/rare_characters.h"
#include "segment/text_shape.h"

namespace copydesk {

TraditionalCharactersKind::TraditionalCharactersKind(RuleSpec spec, RuleOptions& options)
    : Rule(std::move(spec)), document_share_(options.get<double>("document_share", 0.2)) {
  for (const std::string& c : options.get<std::vector<std::string>>("traditional_in_gb2312", {})) {
    if (c.empty() || code_point_count(c) != 1 || !transformed(code_point_at(c, 0))) {
      options.add_error(options.node("traditional_in_gb2312"),
                        "traditional_in_gb2312 must list single characters the Hant-Hans transform changes, not '" + c + "'");
      continue;
    }
    traditional_in_gb2312_.push_back(c);
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

namespace {

struct SimplifiedForm {
  char32_t traditional;
  const char* simplified;  // UTF-8
};

// ICU's Hant-Hans transform, character by character, in code point order.
constexpr SimplifiedForm kSimplifiedForms[] = {
#include "simplified_forms.inc"
};

}  // namespace

std::optional<std::string> TraditionalCharactersKind::simplified(char32_t c) {
  // Nearly every character of simplified text is in GB 2312: no search.
  if (!is_han(c) || in_gb2312(c)) return std::nullopt;
  return transformed(c);
}

std::optional<std::string> TraditionalCharactersKind::transformed(char32_t c) {
  const auto* end = std::end(kSimplifiedForms);
  const auto* it = std::lower_bound(std::begin(kSimplifiedForms), end, c,
                                    [](const SimplifiedForm& f, char32_t x) { return f.traditional < x; });
  if (it == end || it->traditional != c) return std::nullopt;
  return std::string(it->simplified);
}

bool TraditionalCharactersKind::allowed(std::string_view text, Span unit, size_t offset) const {
  // An allowlisted term covers `offset` when it is written at one of the
  // len(term) byte offsets at or before it, wholly inside the unit.
  for (const std::string& term : allowlist_) {
    for (size_t k = 0; k < term.size() && k <= offset - unit.begin; ++k) {
      size_t start = offset - k;
      if (start + term.size() <= unit.end && text.compare(start, term.size(), term) == 0) return true;
    }
  }
  return false;
}

void TraditionalCharactersKind::check_unit(const Document& doc, const Unit& unit, Reporter& out) const {
  const std::string& text = doc.text();
  const RareCharacters& rare = doc.analysis<RareCharacters>();
  std::vector<Report> reports;
  size_t count = 0;
  // Only Han characters outside GB 2312 can be reported, and the few listed
  // inside it: the shared scan has found the first, so the unit's other
  // characters are not decoded here.
  const std::span<const size_t> outside = RareCharacters::in(rare.outside_gb2312, unit.span);
  std::vector<size_t> listed;
  const std::string_view body = doc.slice(unit.span);
  for (const std::string& c : traditional_in_gb2312_) {
    for (size_t at = find_text(body, c); at != std::string_view::npos; at = find_text(body, c, at + c.size())) {
      listed.push_back(unit.span.begin + at);
    }
  }
  std::vector<size_t> merged;
  if (!listed.empty()) {
    std::sort(listed.begin(), listed.end());
    merged.reserve(outside.size() + listed.size());
    std::merge(outside.begin(), outside.end(), listed.begin(), listed.end(), std::back_inserter(merged));
  }
  // Every offset holds a Han character outside GB 2312 or a listed one: the
  // transform's table is asked directly.
  for (size_t offset : listed.empty() ? outside : std::span<const size_t>(merged)) {
    Utf8Iterator it(text, offset);
    std::optional<std::string> simple = transformed(it.code_point());
    if (!simple || allowed(text, unit.span, offset)) continue;
    ++count;
    Span span{offset, it.next_offset()};
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
  // The unit's Han characters are counted only when there are enough
  // findings for it to be written in traditional characters throughout.
  if (count >= 8 && static_cast<double>(count) > document_share_ * static_cast<double>(rare.han_count(text, unit.span))) {
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
