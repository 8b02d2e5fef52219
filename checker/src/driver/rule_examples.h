// `copydesk rules test`: every rule's examples run through the engine. A bad
// example must get at least one finding from its rule; a good one none.
#pragma once

#include <string>
#include <vector>

#include "rules/engine.h"

namespace copydesk {

struct ExampleFailure {
  std::string rule_id;
  std::string example;
  bool expected_finding;  // true: a bad example that got no finding
  std::string detail;     // the unexpected finding's message, for good examples
};

// Runs the examples of every rule in `engine`.
std::vector<ExampleFailure> run_rule_examples(const Engine& engine);
// Counts the examples checked.
size_t count_rule_examples(const Engine& engine);

}  // namespace copydesk
