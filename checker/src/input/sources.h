// Finding the files to check: paths given on the command line, folders
// walked recursively (filtered by include/exclude globs), and standard input.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/status.h"

namespace copydesk {

struct InputFile {
  std::filesystem::path path;  // empty for standard input
  std::string display_path;    // shown in reports: relative, '/'-separated
  bool is_stdin = false;
};

struct SourceOptions {
  // Globs matched against the path relative to the folder given and against
  // the file name. Files named explicitly are always checked.
  std::vector<std::string> include = {"*.txt", "*.md", "*.markdown", "*.text"};
  std::vector<std::string> exclude;
  std::string stdin_filename = "<stdin>";
};

struct Sources {
  std::vector<InputFile> files;     // folders expanded, sorted by display path, each once
  std::vector<std::string> errors;  // e.g. "missing.txt: no such file or directory"
};

Sources collect_sources(const std::vector<std::string>& paths, const SourceOptions& options = {});

// Reads the whole file (or standard input).
Result<std::string> read_source(const InputFile& file);

// Shell-style glob match ('*' does not cross '/', '**' does, '?' one character).
bool glob_match(std::string_view pattern, std::string_view path);

}  // namespace copydesk
