#include <catch2/catch.hpp>

#include "report/json_report.h"
#include "report/sarif_report.h"
#include "report/text_report.h"

#include <sstream>

namespace copydesk {
namespace {

Location at(const std::string& path, size_t begin, size_t end, int line, int column, int end_column) {
  return {path, {begin, end}, line, column, line, end_column};
}

Finding finding(const std::string& message, std::vector<RelatedLocation> related = {}) {
  Finding f;
  f.rule_id = "zh-Hans.duplicate";
  f.category = Category::kDuplicatePassage;
  f.message = message;
  f.location = at("a/b.txt", 10, 16, 3, 4, 6);
  f.matched_text = "重复";
  f.related = std::move(related);
  f.fingerprint = "0123456789abcdef:1";
  return f;
}

TEST_CASE("brackets and backslashes in message text are escaped", "[report][sarif]") {
  CHECK(sarif_escape_brackets("见[1]表") == "见\\[1\\]表");
  CHECK(sarif_escape_brackets("a\\b") == "a\\\\b");
  CHECK(sarif_escape_brackets("[text](1)") == "\\[text\\](1)");
  // Escaped, a quotation that looks like a link is not one.
  CHECK(sarif_message_link_ids(sarif_escape_brackets("see [first copy](1)")).empty());
}

TEST_CASE("embedded links are parsed as SARIF consumers read them", "[report][sarif]") {
  CHECK(sarif_message_link_ids("Repeats [the first copy](1) and [another](2).") == std::vector<long long>{1, 2});
  CHECK(sarif_message_link_ids("[a \\] b](7)") == std::vector<long long>{7});
  CHECK(sarif_message_link_ids("\\[a](1)").empty());
  CHECK(sarif_message_link_ids("[web](https://example.org)").empty());
  CHECK(sarif_message_link_ids("[unclosed(1)").empty());
  CHECK(sarif_message_link_ids("[a] (1)").empty());
}

TEST_CASE("link problems: dangling ids, unlinked and twice-linked locations", "[report][sarif]") {
  nlohmann::json ok = {{"message", {{"text", "Repeats [the first copy](1)."}}},
                       {"relatedLocations", {{{"id", 1}}}}};
  CHECK(sarif_link_problems(ok).empty());

  nlohmann::json dangling = {{"message", {{"text", "Repeats [the first copy](2)."}}},
                             {"relatedLocations", {{{"id", 1}}}}};
  auto problems = sarif_link_problems(dangling);
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].find("related location 1 is linked 0 times") != std::string::npos);
  CHECK(problems[1].find("links to id 2") != std::string::npos);

  nlohmann::json twice = {{"message", {{"text", "[here](1) and [there](1)"}}}, {"relatedLocations", {{{"id", 1}}}}};
  CHECK(sarif_link_problems(twice).size() == 1);

  nlohmann::json no_related = {{"message", {{"text", "see [x](3)"}}}};
  CHECK(sarif_link_problems(no_related).size() == 1);
}

TEST_CASE("related locations are each linked exactly once, whatever the texts hold", "[report][sarif]") {
  RunResult run;
  run.files.push_back({"a/b.txt", 100, "UTF-8", "zh-Hans", {{3, "abc:1"}}});
  RelatedLocation first{at("a/b.txt", 0, 6, 1, 1, 3), "first copy [1](2)"};
  RelatedLocation second{at("a/b.txt", 20, 26, 5, 1, 3), ""};
  run.findings.push_back(finding("Repeated [see](1) \\ passage [", {first, second}));
  run.findings.push_back(finding("No related location."));
  for (MessageLanguage lang : {MessageLanguage::kEnglish, MessageLanguage::kChinese}) {
    run.lang = lang;
    nlohmann::json sarif = run_to_sarif(run);
    const auto& results = sarif["runs"][0]["results"];
    REQUIRE(results.size() == 2);
    for (const auto& r : results) {
      INFO(r["message"]["text"].get<std::string>());
      CHECK(sarif_link_problems(r).empty());
    }
    CHECK(sarif_message_link_ids(results[0]["message"]["text"].get<std::string>()) == std::vector<long long>{1, 2});
    CHECK(results[0]["relatedLocations"][0]["id"] == 1);
    CHECK(results[0]["relatedLocations"][1]["id"] == 2);
    CHECK_FALSE(results[1].contains("relatedLocations"));
  }
}

TEST_CASE("results carry GitHub's line hash beside our own fingerprint", "[report][sarif]") {
  RunResult run;
  run.files.push_back({"a/b.txt", 100, "UTF-8", "zh-Hans", {{3, "cc1c3ac1e6154673:1"}}});
  run.findings.push_back(finding("Message."));
  Finding elsewhere = finding("Message.");
  elsewhere.location.start_line = elsewhere.location.end_line = 9;
  run.findings.push_back(elsewhere);
  nlohmann::json results = run_to_sarif(run)["runs"][0]["results"];
  CHECK(results[0]["partialFingerprints"]["primaryLocationLineHash"] == "cc1c3ac1e6154673:1");
  CHECK(results[0]["partialFingerprints"][kFingerprintKey] == "0123456789abcdef:1");
  CHECK(results[0]["properties"]["category"] == "duplicate-passage");
  CHECK(results[0]["locations"].size() == 1);
  CHECK(results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "a/b.txt");
  CHECK(results[0]["locations"][0]["physicalLocation"]["region"]["endColumn"] == 6);
  // No hash known for the line: the key is left out, never made up.
  CHECK_FALSE(results[1]["partialFingerprints"].contains("primaryLocationLineHash"));
}

TEST_CASE("a clean run has an empty results array", "[report][sarif]") {
  RunResult run;
  run.files.push_back({"clean.txt", 10, "UTF-8", "en", {}});
  nlohmann::json sarif = run_to_sarif(run);
  REQUIRE(sarif["runs"][0].contains("results"));
  CHECK(sarif["runs"][0]["results"].is_array());
  CHECK(sarif["runs"][0]["results"].empty());
  CHECK(sarif["runs"][0]["columnKind"] == "utf16CodeUnits");
  CHECK(sarif["runs"][0]["properties"]["per10kCharacters"] == 0.0);
}

RunResult two_documents() {
  RunResult run;
  run.files.push_back({"a/b.txt", 20000, "UTF-8", "zh-Hans", {}});
  run.files.push_back({"c.txt", 5000, "UTF-8", "zh-Hans", {}});
  run.findings.push_back(finding("One."));
  run.findings.push_back(finding("Two."));
  Finding layout = finding("Three.");
  layout.category = Category::kLayout;
  layout.location.path = "c.txt";
  run.findings.push_back(layout);
  return run;
}

TEST_CASE("quality figures: findings per 10,000 characters by category, per run and document", "[report][quality]") {
  RunResult run = two_documents();
  nlohmann::json props = run_to_sarif(run)["runs"][0]["properties"];
  CHECK(props["characters"] == 25000);
  CHECK(props["per10kCharacters"] == Approx(1.2));
  CHECK(props["per10kCharactersByCategory"]["duplicate-passage"] == Approx(0.8));
  CHECK(props["per10kCharactersByCategory"]["layout"] == Approx(0.4));
  CHECK(props["documents"][0]["uri"] == "a/b.txt");
  CHECK(props["documents"][0]["per10kCharactersByCategory"]["duplicate-passage"] == Approx(1.0));
  CHECK(props["documents"][1]["per10kCharactersByCategory"]["layout"] == Approx(2.0));
  CHECK_FALSE(props["documents"][1]["per10kCharactersByCategory"].contains("duplicate-passage"));

  nlohmann::json json = run_to_json(run);
  CHECK(json["summary"]["per_10k_characters_by_category"]["layout"] == Approx(0.4));
  CHECK(json["files"][1]["per_10k_characters"] == Approx(2.0));
  CHECK(json["files"][0]["by_category"]["duplicate-passage"] == 2);

  std::ostringstream text;
  write_text_report(text, run, {.color = false, .show_source = false});
  std::string s = text.str();
  CHECK(s.find("3 findings in 2 files (0 errors, 3 warnings, 0 notes): duplicate-passage 2, layout 1") !=
        std::string::npos);
  CHECK(s.find("Findings over 25000 characters: 1.2 per 10,000 characters: duplicate-passage 0.8, layout 0.4") !=
        std::string::npos);
  CHECK(s.find("  c.txt: 1 finding in 5000 characters, 2.0 per 10,000 characters: layout 2.0") != std::string::npos);
}

TEST_CASE("the text report colours only when asked", "[report][text]") {
  RunResult run = two_documents();
  run.findings[0].source_line = "abc重复def";
  std::ostringstream plain, coloured;
  write_text_report(plain, run, {.color = false});
  write_text_report(coloured, run, {.color = true});
  CHECK(plain.str().find('\x1b') == std::string::npos);
  CHECK(coloured.str().find("\x1b[") != std::string::npos);
  CHECK(plain.str().find("a/b.txt:3:4: warning: One. [zh-Hans.duplicate]\n    abc重复def\n       ^~~~\n") !=
        std::string::npos);
}

}  // namespace
}  // namespace copydesk
