// Every shipped rule's examples: each bad example is flagged by its rule, each
// good one is not. This is `copydesk rules test` as a unit test.
#include <catch2/catch.hpp>

#include "driver/rule_examples.h"
#include "rules/rule_pack.h"

using namespace copydesk;

TEST_CASE("every shipped rule loads and passes its examples", "[rules]") {
  auto rules = load_rule_packs(std::string(COPYDESK_SOURCE_DIR) + "/rules");
  REQUIRE(rules.ok());
  Engine engine(std::move(rules.value()));
  REQUIRE_FALSE(engine.rules().empty());
  for (const auto& rule : engine.rules()) {
    INFO(rule->spec().id);
    CHECK_FALSE(rule->spec().examples.bad.empty());
    CHECK_FALSE(rule->spec().examples.good.empty());
    CHECK_FALSE(rule->spec().description.empty());
  }
  for (const ExampleFailure& f : run_rule_examples(engine)) {
    FAIL_CHECK(f.rule_id << (f.expected_finding ? ": bad example not flagged: " : ": good example flagged: ")
                         << f.example << " " << f.detail);
  }
}
