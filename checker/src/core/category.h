// The fixed set of finding categories. Every finding carries exactly one, so
// users can filter on it and CI can count by it.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace copydesk {

enum class Category {
  kDuplicatePassage,
  kRepeatedFragment,
  kUnitMismatch,
  kNumericInconsistency,
  kDateInconsistency,
  kLayout,
  kScript,
  kPunctuation,
  kStyle,
};

inline constexpr std::array<Category, 9> kAllCategories = {
    Category::kDuplicatePassage, Category::kRepeatedFragment, Category::kUnitMismatch,
    Category::kNumericInconsistency, Category::kDateInconsistency, Category::kLayout,
    Category::kScript, Category::kPunctuation, Category::kStyle};

// Returns the kebab-case name used in YAML, JSON and SARIF ("duplicate-passage").
std::string_view category_name(Category category);

// Returns the category named `name`, or nullopt when there is none.
std::optional<Category> parse_category(std::string_view name);

enum class Severity { kNote, kWarning, kError };

// Returns "note", "warning" or "error" (also SARIF's level names).
std::string_view severity_name(Severity severity);
std::optional<Severity> parse_severity(std::string_view name);

}  // namespace copydesk
