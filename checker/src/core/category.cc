#include "core/category.h"

namespace copydesk {

std::string_view category_name(Category category) {
  switch (category) {
    case Category::kDuplicatePassage: return "duplicate-passage";
    case Category::kRepeatedFragment: return "repeated-fragment";
    case Category::kUnitMismatch: return "unit-mismatch";
    case Category::kNumericInconsistency: return "numeric-inconsistency";
    case Category::kDateInconsistency: return "date-inconsistency";
    case Category::kLayout: return "layout";
    case Category::kScript: return "script";
    case Category::kPunctuation: return "punctuation";
    case Category::kStyle: return "style";
  }
  return "style";
}

std::optional<Category> parse_category(std::string_view name) {
  for (Category c : kAllCategories) {
    if (category_name(c) == name) return c;
  }
  return std::nullopt;
}

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::kNote: return "note";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "warning";
}

std::optional<Severity> parse_severity(std::string_view name) {
  if (name == "note") return Severity::kNote;
  if (name == "warning") return Severity::kWarning;
  if (name == "error") return Severity::kError;
  return std::nullopt;
}

}  // namespace copydesk
