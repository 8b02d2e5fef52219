// Everything a report needs about one run: findings, files and the rules used.
// Reporters depend on this header and core/ only.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/finding.h"
#include "rules/engine.h"

namespace copydesk {

struct FileSummary {
  std::string path;
  size_t characters = 0;  // code points of decoded text
  std::string encoding;
  std::string language;   // "zh-Hans" or "en"
  // GitHub's primaryLocationLineHash of the lines findings start on (see
  // report/github_line_hash.h); lines without an entry get none.
  std::map<int, std::string> line_hashes;
};

// `count` findings per 10,000 characters of a text of `characters` code points.
double per_10k(int count, size_t characters);

struct RunResult {
  std::vector<Finding> findings;     // sorted with finding_less
  std::vector<FileSummary> files;    // in the order checked
  std::vector<std::string> errors;   // input errors (unreadable files, ...)
  std::vector<Finding> absent;       // baseline findings gone now (with a baseline only)
  bool has_baseline = false;
  const RuleSet* rules = nullptr;    // every rule of the run (SARIF lists them)
  MessageLanguage lang = MessageLanguage::kEnglish;

  // Findings per category, over all files or in the file shown as `path`.
  std::map<Category, int> count_by_category() const;
  std::map<Category, int> count_by_category(const std::string& path) const;
  // Findings per 10,000 characters over all files (the quality figure reports
  // give by category and per document).
  double rate_per_10k(int findings) const;
  size_t total_characters() const;
  const FileSummary* file(const std::string& path) const;
};

}  // namespace copydesk
