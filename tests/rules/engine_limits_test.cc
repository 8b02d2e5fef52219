// What an engine keeps of a whole-document finding when it is told to bound it.
#include <catch2/catch.hpp>

#include "core/document.h"
#include "core/excerpt.h"
#include "rules/engine.h"
#include "rules/rule_pack.h"
#include "support/test_support.h"

namespace copydesk {

TEST_CASE("A bounded engine keeps an excerpt and drops a huge fix, with the same fingerprint", "[rules][engine]") {
  std::string page;
  for (int i = 0; i < 2000; ++i) page += "会议强调,要继续实施更加积极的政策,推动高质量发展。\n\n";
  auto rule = testing::shipped_rule("zh-Hans.half-width-punctuation");
  REQUIRE(rule);
  Document doc("page.txt", page);

  Engine whole(RuleSet{});
  Engine bounded(RuleSet{}, {.max_text_bytes = 500, .max_fix_bytes = 1000});
  std::vector<Finding> full = whole.check_with(*rule, doc);
  std::vector<Finding> cut = bounded.check_with(*rule, doc);
  REQUIRE(full.size() == 1);  // one finding for the page, spanning it
  REQUIRE(cut.size() == 1);
  CHECK(full[0].matched_text.size() > 100000);
  CHECK(cut[0].matched_text.size() <= 500);
  CHECK(cut[0].matched_text == excerpt(full[0].matched_text, 500));
  REQUIRE(full[0].fix);
  CHECK(!cut[0].fix);
  CHECK(cut[0].dropped_fix_bytes == full[0].fix->size());
  CHECK(cut[0].fingerprint == full[0].fingerprint);  // baselines match whatever the bounds
  CHECK(cut[0].location.span == full[0].location.span);
}

}  // namespace copydesk
