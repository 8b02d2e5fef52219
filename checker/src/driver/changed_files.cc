#include "driver/changed_files.h"

#include <cstdio>
#include <filesystem>
#include <memory>

namespace copydesk {

namespace {

// Runs a command and returns its standard output, or an error with its exit status.
Result<std::string> capture(const std::string& command) {
  std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(command.c_str(), "r"), &pclose);
  if (!pipe) return Status::error("cannot run git");
  std::string out;
  char buffer[4096];
  while (size_t n = fread(buffer, 1, sizeof buffer, pipe.get())) out.append(buffer, n);
  int status = pclose(pipe.release());
  if (status != 0) return Status::error("'" + command + "' failed (is this a git work tree, and does the ref exist?)");
  return out;
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace

Result<std::set<std::string>> changed_files_since(const std::string& ref) {
  if (ref.empty() || ref[0] == '-') return Status::error("--changed-since needs a git revision, not '" + ref + "'");
  auto top = capture("git rev-parse --show-toplevel 2>/dev/null");
  if (!top.ok()) return top.status();
  std::string root = top.value().substr(0, top.value().find('\n'));
  auto diff = capture("git -C " + shell_quote(root) + " diff --name-only -z --diff-filter=ACMR " + shell_quote(ref) +
                      " -- 2>/dev/null");
  if (!diff.ok()) return diff.status();
  auto untracked = capture("git -C " + shell_quote(root) + " ls-files -z --others --exclude-standard 2>/dev/null");
  if (!untracked.ok()) return untracked.status();
  std::set<std::string> files;
  for (const std::string* list : {&diff.value(), &untracked.value()}) {
    size_t start = 0;
    while (start < list->size()) {
      size_t end = list->find('\0', start);
      if (end == std::string::npos) end = list->size();
      if (end > start) {
        files.insert((std::filesystem::path(root) / list->substr(start, end - start)).lexically_normal().string());
      }
      start = end + 1;
    }
  }
  return files;
}

}  // namespace copydesk
