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
};

struct RunResult {
  std::vector<Finding> findings;     // sorted with finding_less
  std::vector<FileSummary> files;    // in the order checked
  std::vector<std::string> errors;   // input errors (unreadable files, ...)
  std::vector<Finding> absent;       // baseline findings gone now (with a baseline only)
  bool has_baseline = false;
  const RuleSet* rules = nullptr;    // every rule of the run (SARIF lists them)
  MessageLanguage lang = MessageLanguage::kEnglish;

  // Findings per category.
  std::map<Category, int> count_by_category() const;
  // Findings per 10,000 characters, by category, over all files.
  double rate_per_10k(int findings) const;
  size_t total_characters() const;
};

}  // namespace copydesk
