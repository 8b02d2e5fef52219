// Findings inside the later copy of a duplicated passage that repeat a
// finding of the first copy are dropped; everything else is kept.
#include <catch2/catch.hpp>

#include <algorithm>

#include "rules/copied_findings.h"
#include "support/test_support.h"

using namespace copydesk;

namespace {

Finding finding(const char* rule, Category category, Span span, const char* text) {
  Finding f;
  f.rule_id = rule;
  f.category = category;
  f.location.span = span;
  f.matched_text = text;
  return f;
}

std::vector<std::string> rules_of(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) out.push_back(f.rule_id + "@" + std::to_string(f.location.span.begin));
  return out;
}

}  // namespace

TEST_CASE("a slip repeated inside the copy of a duplicated passage is reported once", "[engine]") {
  // The first copy is [100, 200), the second [300, 400).
  Finding copy = finding("dup", Category::kDuplicatePassage, {300, 400}, "…");
  copy.related.push_back({Location{"a.txt", {100, 200}}, "first copy"});
  std::vector<Finding> findings = {
      finding("conv", Category::kUnitMismatch, {150, 160}, "4.4 pounds"),
      copy,
      finding("conv", Category::kUnitMismatch, {350, 360}, "4.4 pounds"),    // the same slip, copied: dropped
      finding("conv", Category::kUnitMismatch, {370, 380}, "9 miles"),       // not in the first copy: kept
      finding("date", Category::kDateInconsistency, {390, 399}, "4.4 pounds"),  // another rule: kept
      finding("conv", Category::kUnitMismatch, {450, 460}, "4.4 pounds"),    // after the copy: kept
  };
  std::sort(findings.begin(), findings.end(), finding_less);
  drop_findings_repeated_in_copies(findings);
  CHECK(rules_of(findings) ==
        std::vector<std::string>{"conv@150", "dup@300", "conv@370", "date@390", "conv@450"});
}
