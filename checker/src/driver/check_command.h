// `copydesk check`: the main job. Collects the inputs, decodes them, runs the
// engine and writes one report. Returns the process exit code:
//   0  no finding at or above the fail level
//   1  such findings
//   2  usage, configuration or input error (other files are still checked)
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/category.h"
#include "input/sources.h"
#include "rules/engine.h"

namespace copydesk {

enum class ReportFormat { kText, kJson, kSarif };

struct CheckOptions {
  std::vector<std::string> paths;
  SourceOptions sources;
  std::string encoding;               // empty: detect
  ReportFormat format = ReportFormat::kText;
  std::string output;                 // empty: standard output; else written atomically
  Severity fail_level = Severity::kError;
  MessageLanguage lang = MessageLanguage::kEnglish;
  std::string rules_dir;              // empty: default_rules_dir()
  std::vector<std::string> packs;     // empty: the configuration's, else all packs
  bool color = false;
  std::string config;                 // --config FILE; empty: search from the working directory up
  bool no_config = false;             // --no-config: ignore any .copydesk.yaml
  std::string pubdate;                // --pubdate YYYY-MM-DD: overrides the configuration's
};

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err);

// Writes `content` to `path` through a temporary file and a rename.
Status write_file_atomically(const std::string& path, const std::string& content);

// Picks the message language from $LC_ALL, $LC_MESSAGES or $LANG ("zh*" -> Chinese).
MessageLanguage language_from_locale();

}  // namespace copydesk
