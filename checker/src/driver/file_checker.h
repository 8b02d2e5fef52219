// Reads, decodes and checks input files with one engine and configuration:
// the per-file work shared by `check`, `audit`, `baseline` and `eval`.
// check_files() spreads files over threads and returns the outcomes in the
// order of the files given, so output does not depend on the job count.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/finding.h"
#include "driver/config.h"
#include "input/sources.h"
#include "report/run_result.h"
#include "rules/engine.h"

namespace copydesk {

class Progress;

struct FileCheckOptions {
  std::string encoding;              // empty: detect
  std::string pubdate;               // overrides the configuration's when set
  std::string today;                 // the day the copy is checked on (Document::checked_on); empty: the clock
  bool keep_document = false;        // keep the Document (for cross-document passages)
  bool github_line_hashes = false;   // compute GitHub's line hashes (SARIF)
};

struct FileOutcome {
  bool checked = false;              // false: `error` says why
  FileSummary summary;
  std::vector<Finding> findings;
  std::string error;
  std::string note;                  // e.g. "empty file, nothing to check"
  std::unique_ptr<Document> document;  // with keep_document
  size_t bytes = 0;
};

class FileChecker {
 public:
  FileChecker(const Engine& engine, const Config& config, FileCheckOptions options);

  // `threads`: how many threads may check the file's rules (Engine::check).
  FileOutcome check(const InputFile& file, int threads = 1) const;

 private:
  const Engine& engine_;
  const Config& config_;
  FileCheckOptions options_;
};

// Checks `files` on `jobs` threads (at least one); with fewer files than
// jobs, each file's rules share the spare threads. `progress` may be null.
std::vector<FileOutcome> check_files(const FileChecker& checker, const std::vector<InputFile>& files, int jobs,
                                     Progress* progress);

}  // namespace copydesk
