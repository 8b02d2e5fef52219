// The mixed-script kind: words mixing Latin letters with Cyrillic ones or
// with Greek look-alikes are reported, with a fix when it is mechanical;
// Greek symbols beside Latin letters and words in one script are not.
#include <catch2/catch.hpp>

#include <string>

#include "support/test_support.h"

using namespace copydesk;
using namespace copydesk::testing;

namespace {

std::vector<Finding> check(const std::string& text) {
  static std::unique_ptr<Rule> rule = shipped_rule("common.mixed-script-words");
  return run_rule(*rule, text);
}

}  // namespace

TEST_CASE("a Cyrillic letter in a Latin word is reported with the Latin word as its fix", "[mixed-script]") {
  auto findings = check("Concerts in Zürich and Mоscow.");  // Cyrillic о (U+043E)
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].matched_text == "Mоscow");
  CHECK(findings[0].fix == std::optional<std::string>("Moscow"));
  CHECK(findings[0].message.find("Cyrillic") != std::string::npos);
  CHECK(findings[0].message.find("U+043E") != std::string::npos);
}

TEST_CASE("a Greek look-alike in a Latin word is reported", "[mixed-script]") {
  auto findings = check("Flights to Αthens resumed.");  // Greek capital alpha
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].matched_text == "Αthens");
  CHECK(findings[0].fix == std::optional<std::string>("Athens"));
  CHECK(findings[0].message.find("Greek") != std::string::npos);
}

TEST_CASE("the word ends where the Latin, Greek and Cyrillic letters end", "[mixed-script]") {
  auto findings = check("莫斯科（Mоscow）和Mоscоw大剧院");
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].matched_text == "Mоscow");
  CHECK(findings[1].matched_text == "Mоscоw");  // two foreign letters, one finding
  CHECK(findings[1].message.find("U+043E, U+043E") != std::string::npos);
  // A combining mark stays in its word.
  auto marked = check("Mоsco\u0301w");
  REQUIRE(marked.size() == 1);
  CHECK(marked[0].matched_text == "Mоsco\u0301w");
}

TEST_CASE("no fix when the word is not mostly Latin or a letter has no Latin twin of its case", "[mixed-script]") {
  auto cyrillic_word = check("в Москвa");  // Latin a in a Russian word
  REQUIRE(cyrillic_word.size() == 1);
  CHECK(cyrillic_word[0].matched_text == "Москвa");
  CHECK_FALSE(cyrillic_word[0].fix);
  auto capital_i = check("The Іnternet");  // Cyrillic І, whose skeleton is a small l
  REQUIRE(capital_i.size() == 1);
  CHECK_FALSE(capital_i[0].fix);
  auto no_twin = check("Pakмan");  // Cyrillic м looks like no Latin letter: still mixed
  REQUIRE(no_twin.size() == 1);
  CHECK_FALSE(no_twin[0].fix);
}

TEST_CASE("words in one script and Greek symbols beside Latin letters are not reported", "[mixed-script]") {
  CHECK(check("Moscow (Москва) and Athens (Αθήνα).").empty());
  CHECK(check("PM2.5浓度为35μg/m³，电阻为10kΩ。").empty());
  CHECK(check("α-synuclein, β-blockers, the Δ variant, πr").empty());
  CHECK(check("ΑΘΗΝΑ").empty());
}
