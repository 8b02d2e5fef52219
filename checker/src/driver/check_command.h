// `copydesk check`: the main job. Collects the inputs, decodes them, runs the
// engine and writes one report. Returns the process exit code:
//   0  no finding at or above the fail level
//   1  such findings
//   2  usage, configuration or input error (other files are still checked)
#pragma once

#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/category.h"
#include "input/sources.h"
#include "report/run_result.h"
#include "rules/engine.h"

namespace copydesk {

enum class ReportFormat { kText, kJson, kSarif, kJsonl, kGithub, kRdjson, kCodeclimate };

// Returns the format named `name` (text, json, sarif, jsonl, github, rdjson, codeclimate).
std::optional<ReportFormat> parse_report_format(std::string_view name);

// Which findings make the exit status 1 (with --fail-level): every finding,
// only new ones (against --baseline), or none. kAuto: new with a baseline, else any.
enum class FailOn { kAuto, kAny, kNew, kNone };

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
  bool cross_document = false;        // also report passages shared between the files
  size_t cross_document_min_chars = 50;
  std::string config;                 // --config FILE; empty: search from the working directory up
  bool no_config = false;             // --no-config: ignore any .copydesk.yaml
  std::string pubdate;                // --pubdate YYYY-MM-DD: overrides the configuration's
  std::string today;                  // --today YYYY-MM-DD: check as on this day; empty: the clock
  int jobs = 0;                       // threads; 0: one per core
  std::string files_from;             // read more paths, one per line, from this file ("-": stdin)
  std::string changed_since;          // check only files git reports changed since this revision
  std::string baseline;               // previous SARIF or JSON report
  FailOn fail_on = FailOn::kAuto;
  std::string summary_file;           // also write a Markdown summary here (e.g. $GITHUB_STEP_SUMMARY)
  std::string timings_file;           // also write seconds per rule kind here, as JSON
  bool progress = false;              // draw a progress line on stderr for long runs
};

// Sets up the engine from `options`, checks the files and hands the run to
// `emit`, whose return value becomes the exit code (2 when an input error
// happened). Returns 2 without calling `emit` on a configuration error.
int execute_check(const CheckOptions& options, std::ostream& err, const std::function<int(RunResult&)>& emit);

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err);

// Writes `content` to `path` through a temporary file and a rename.
Status write_file_atomically(const std::string& path, const std::string& content);
// The same, with the content written by `write` to the temporary file.
Status write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write);

// Picks the message language from $LC_ALL, $LC_MESSAGES or $LANG ("zh*" -> Chinese).
MessageLanguage language_from_locale();

}  // namespace copydesk
