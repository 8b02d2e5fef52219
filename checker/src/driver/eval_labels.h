// Labeled corpora and how findings are scored against them, exactly as
// shared/eval/score.py does (format: shared/eval/README.md):
//
//   files:
//     - file: 003.txt               # relative to the corpus folder
//       pubdate: 2026-06-09
//       defects:
//         - {category: layout, text: "精准把握\n\n政策导向", occurrence: 1,
//            optional: false, scope: document, any_of: [...], note: "..."}
//       traps:
//         - {text: "...", occurrence: 1, note: "why it is fine"}
//
// A finding matches a defect when it is in the same file, has the same
// category and its span overlaps the defect's span (the text's occurrence-th
// match, or the first match of an any_of alternative); for scope: document any
// finding of that category in the file matches. Recall counts the required
// (non-optional) defects matched. Precision is matched findings over all
// findings whose category is one of the eight scored categories (not style);
// an unmatched finding that overlaps a trap is a false alarm on a trap. An
// empty finding span counts as one character.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/category.h"
#include "core/finding.h"
#include "core/status.h"

namespace copydesk {

struct LabeledDefect {
  Category category = Category::kLayout;
  std::string text;
  int occurrence = 1;
  bool optional = false;
  bool whole_document = false;  // scope: document
  std::vector<std::string> any_of;
  std::string note;
};

struct LabeledTrap {
  std::string text;
  int occurrence = 1;
  std::string note;
};

struct LabeledFile {
  std::string file;  // relative to the corpus folder, '/'-separated
  std::string pubdate;
  std::vector<LabeledDefect> defects;
  std::vector<LabeledTrap> traps;
};

struct Labels {
  std::vector<LabeledFile> files;
};

// Loads a labels file; errors name the file, line and column.
Result<Labels> load_labels(const std::filesystem::path& path);

// True for the categories scored (every category but style).
bool is_scored_category(Category category);

// One labeled file with its text and the findings of the run on it.
struct FileUnderEval {
  const LabeledFile* labels = nullptr;
  std::string text;               // the decoded text the findings' spans refer to
  std::vector<Finding> findings;  // in report order
};

struct CategoryScore {
  int found = 0;         // required defects matched
  int required = 0;      // non-optional defects
  int findings = 0;      // scored findings of this category
  int false_alarms = 0;  // of them, matched to no defect
  int traps = 0;         // of the false alarms, those on a trap

  std::optional<double> recall() const;     // none without required defects
  std::optional<double> precision() const;  // none without findings
};

struct MissedDefect {
  std::string file;
  size_t offset = 0;  // byte offset of the defect's text, or npos when absent
  const LabeledDefect* defect = nullptr;
};

struct FalseAlarm {
  std::string file;
  Finding finding;
  const LabeledTrap* trap = nullptr;  // the trap it overlaps, if any
};

// What one rule contributed: its scored findings and how many matched a defect.
struct RuleScore {
  Category category = Category::kStyle;
  int findings = 0;
  int true_positives = 0;
};

struct EvalScore {
  std::map<Category, CategoryScore> by_category;  // every scored category
  std::map<std::string, RuleScore> by_rule;       // rules with scored findings
  int found = 0, required = 0, findings = 0, true_positives = 0, traps_hit = 0;
  int uncategorized = 0;  // findings whose category is not scored (style)
  std::vector<MissedDefect> missed;
  std::vector<FalseAlarm> false_alarms;

  double recall() const { return required ? static_cast<double>(found) / required : 0.0; }
  double precision() const { return findings ? static_cast<double>(true_positives) / findings : 0.0; }
};

EvalScore score_findings(const std::vector<FileUnderEval>& files);

// Byte offset of the `n`-th (1-based) occurrence of `needle`, occurrences
// allowed to overlap as in Python's str.find loop; npos when there is none.
size_t find_nth(std::string_view text, std::string_view needle, int n);

// Floors recorded in the repository, e.g. tests/corpus/floors.yaml:
//
//   overall: {recall: 0.10, precision: 0.50}
//   categories:
//     layout: {recall: 0.20, precision: 0.80}
//
// A missing value is no floor. Raising a floor is one edit of that file.
struct Floor {
  std::optional<double> recall;
  std::optional<double> precision;
};

struct Floors {
  Floor overall;
  std::map<Category, Floor> categories;
};

Result<Floors> load_floors(const std::filesystem::path& path);

// One line per floor not met, e.g. "layout recall 0.250 is below its floor 0.300".
// Precision is not held against a category without findings.
std::vector<std::string> floor_failures(const EvalScore& score, const Floors& floors);

}  // namespace copydesk
