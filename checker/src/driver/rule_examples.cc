#include "driver/rule_examples.h"

#include "driver/today.h"

namespace copydesk {

std::vector<ExampleFailure> run_rule_examples(const Engine& engine) {
  std::vector<ExampleFailure> failures;
  const std::string today = local_date_today();
  for (const auto& rule : engine.rules()) {
    const RuleSpec& spec = rule->spec();
    for (const std::string& example : spec.examples.bad) {
      Document doc("example.txt", example);
      doc.set_checked_on(today);
      if (engine.check_with(*rule, doc).empty()) failures.push_back({spec.id, example, true, ""});
    }
    for (const std::string& example : spec.examples.good) {
      Document doc("example.txt", example);
      doc.set_checked_on(today);
      auto findings = engine.check_with(*rule, doc);
      if (!findings.empty()) failures.push_back({spec.id, example, false, findings.front().message});
    }
  }
  return failures;
}

size_t count_rule_examples(const Engine& engine) {
  size_t n = 0;
  for (const auto& rule : engine.rules()) n += rule->spec().examples.bad.size() + rule->spec().examples.good.size();
  return n;
}

}  // namespace copydesk
