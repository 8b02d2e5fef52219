#include <catch2/catch.hpp>

#include "driver/eval_labels.h"
#include "support/test_support.h"

namespace copydesk {
namespace {

using testing::TempDir;

Finding at(std::string_view text, std::string_view piece, Category category, int occurrence = 1,
           const std::string& rule = "test.rule") {
  size_t offset = find_nth(text, piece, occurrence);
  REQUIRE(offset != std::string_view::npos);
  Finding f;
  f.rule_id = rule;
  f.category = category;
  f.location.path = "a.txt";
  f.location.span = {offset, offset + piece.size()};
  f.matched_text = std::string(piece);
  return f;
}

Labels load(const std::string& yaml) {
  TempDir dir;
  auto labels = load_labels(dir.write("labels.yaml", yaml));
  REQUIRE(labels.ok());
  return labels.value();
}

TEST_CASE("find_nth finds overlapping occurrences as score.py does", "[eval]") {
  CHECK(find_nth("aaa", "aa", 1) == 0);
  CHECK(find_nth("aaa", "aa", 2) == 1);
  CHECK(find_nth("aaa", "aa", 3) == std::string_view::npos);
  CHECK(find_nth("一二一二", "一", 2) == 6);
}

TEST_CASE("labels load with every field of the format", "[eval]") {
  Labels labels = load(R"(files:
- file: a.txt
  pubdate: 2026-06-09
  defects:
  - {category: layout, text: "x\ny", occurrence: 2, note: broken}
  - {category: punctuation, text: "，，", optional: true}
  - {category: layout, text: whole, scope: document}
  - {category: script, text: 彥, any_of: [彦旗, 劑]}
  traps:
  - {text: "fine", note: correct}
)");
  REQUIRE(labels.files.size() == 1);
  const LabeledFile& f = labels.files[0];
  CHECK(f.pubdate == "2026-06-09");
  REQUIRE(f.defects.size() == 4);
  CHECK(f.defects[0].text == "x\ny");
  CHECK(f.defects[0].occurrence == 2);
  CHECK(f.defects[1].optional);
  CHECK(f.defects[2].whole_document);
  CHECK(f.defects[3].any_of.size() == 2);
  REQUIRE(f.traps.size() == 1);
  CHECK(f.traps[0].note == "correct");
}

TEST_CASE("bad labels are errors naming the place", "[eval]") {
  TempDir dir;
  auto bad = load_labels(dir.write("bad.yaml", "files:\n- file: a.txt\n  defects:\n  - {category: nonsense, text: x}\n"));
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("bad.yaml:4:") != std::string::npos);
  CHECK(bad.status().message().find("nonsense") != std::string::npos);
  CHECK_FALSE(load_labels(dir.write("broken.yaml", "files: [\n")).ok());
  CHECK_FALSE(load_labels(dir.path() + "/missing.yaml").ok());
}

TEST_CASE("scoring: same category and overlapping span match; the rest are false alarms", "[eval]") {
  std::string text = "前文一二三四五六七八九十后文。重复重复。正确的文字。";
  Labels labels = load(R"(files:
- file: a.txt
  defects:
  - {category: repeated-fragment, text: 重复重复}
  - {category: layout, text: 一二三, note: missed one}
  - {category: punctuation, text: 后文, optional: true}
  traps:
  - {text: 正确的文字, note: fine}
)");
  FileUnderEval file{&labels.files[0], text, {}};
  file.findings.push_back(at(text, "复重", Category::kRepeatedFragment));   // overlaps: found
  file.findings.push_back(at(text, "三四", Category::kRepeatedFragment));   // wrong place
  file.findings.push_back(at(text, "一二", Category::kScript));             // right place, wrong category
  file.findings.push_back(at(text, "后文", Category::kPunctuation));        // optional: a hit, not required
  file.findings.push_back(at(text, "正确", Category::kPunctuation));        // on a trap
  file.findings.push_back(at(text, "十", Category::kStyle));                // style is not scored
  EvalScore score = score_findings({file});

  CHECK(score.required == 2);
  CHECK(score.found == 1);
  CHECK(score.findings == 5);
  CHECK(score.true_positives == 2);
  CHECK(score.uncategorized == 1);
  CHECK(score.traps_hit == 1);
  CHECK(score.recall() == Approx(0.5));
  CHECK(score.precision() == Approx(0.4));
  const CategoryScore& repeated = score.by_category.at(Category::kRepeatedFragment);
  CHECK(repeated.recall() == Approx(1.0));
  CHECK(repeated.precision() == Approx(0.5));
  CHECK_FALSE(score.by_category.at(Category::kLayout).precision().has_value());
  CHECK(score.by_category.at(Category::kLayout).recall() == Approx(0.0));
  CHECK_FALSE(score.by_category.at(Category::kUnitMismatch).recall().has_value());

  REQUIRE(score.missed.size() == 1);
  CHECK(score.missed[0].defect->note == "missed one");
  CHECK(score.missed[0].offset == text.find("一二三"));
  REQUIRE(score.false_alarms.size() == 3);
  CHECK(score.false_alarms[0].finding.matched_text == "三四");
  CHECK(score.false_alarms[2].trap != nullptr);
}

TEST_CASE("scoring: occurrence, any_of, whole-document defects and empty spans", "[eval]") {
  std::string text = "甲乙。甲乙。丙丁。戊己。";
  Labels labels = load(R"(files:
- file: a.txt
  defects:
  - {category: duplicate-passage, text: 甲乙, occurrence: 2}
  - {category: layout, text: 不在文中, any_of: [戊己]}
  - {category: script, text: 不在文中, scope: document}
)");
  FileUnderEval first{&labels.files[0], text, {at(text, "甲乙", Category::kDuplicatePassage, 1)}};
  CHECK(score_findings({first}).found == 0);
  FileUnderEval second{&labels.files[0], text, {at(text, "甲乙", Category::kDuplicatePassage, 2)}};
  CHECK(score_findings({second}).found == 1);

  Finding empty = at(text, "戊", Category::kLayout);
  empty.location.span.end = empty.location.span.begin;  // a point counts as one character
  FileUnderEval alternatives{&labels.files[0], text, {empty, at(text, "丙", Category::kScript)}};
  EvalScore score = score_findings({alternatives});
  CHECK(score.found == 2);
  CHECK(score.true_positives == 2);
}

TEST_CASE("floors: a measure below its floor fails, raising one is one edit", "[eval][floors]") {
  TempDir dir;
  auto floors = load_floors(dir.write("floors.yaml", R"(overall: {recall: 0.5, precision: 0.5}
categories:
  repeated-fragment: {recall: 1.0, precision: 0.5}
  layout: {recall: 0.5}
  unit-mismatch: {recall: 0.1}
)"));
  REQUIRE(floors.ok());
  EvalScore score;
  for (Category c : kAllCategories) {
    if (is_scored_category(c)) score.by_category[c];
  }
  score.by_category[Category::kRepeatedFragment] = {2, 2, 4, 2, 0};
  score.by_category[Category::kLayout] = {1, 4, 1, 0, 0};
  score.found = 3;
  score.required = 6;
  score.findings = 5;
  score.true_positives = 3;
  auto failures = floor_failures(score, floors.value());
  REQUIRE(failures.size() == 2);
  CHECK(failures[0] == "unit-mismatch recall has a floor of 0.100 but no labeled defects");
  CHECK(failures[1] == "layout recall 0.250 is below its floor 0.500");

  CHECK_FALSE(load_floors(dir.write("bad.yaml", "categories:\n  nonsense: {recall: 1}\n")).ok());
  CHECK_FALSE(load_floors(dir.write("bad2.yaml", "overal: {recall: 1}\n")).ok());
}

}  // namespace
}  // namespace copydesk
