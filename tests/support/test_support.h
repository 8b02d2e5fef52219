// Helpers shared by the tests: running one rule kind on a text, loading a
// rule from inline YAML, and running the built binary.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/finding.h"
#include "rules/engine.h"

namespace copydesk::testing {

// Builds a rule from inline YAML (the body of a rule file) in pack `pack`.
// FAILs the current test when the YAML does not load.
std::unique_ptr<Rule> rule_from_yaml(const std::string& yaml, const std::string& pack = "test");

// Returns the error message of loading inline rule YAML, or "" when it loads.
std::string rule_load_error(const std::string& yaml, const std::string& pack = "test");

// Runs `rule` on `text` and returns its findings.
std::vector<Finding> run_rule(const Rule& rule, const std::string& text);

// The matched texts of `findings`, in order.
std::vector<std::string> matched(const std::vector<Finding>& findings);

// Loads the shipped rule `id` (e.g. "zh-Hans.doubled-word") from rules/.
std::unique_ptr<Rule> shipped_rule(const std::string& id);

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs the copydesk binary with `args` (a shell-quoted string), optional stdin,
// in folder `cwd` (default: the test's working directory).
CommandResult run_copydesk(const std::string& args, const std::string& stdin_text = "", const std::string& cwd = "");

// A temporary folder removed when the object goes out of scope.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::string& path() const { return path_; }
  std::string write(const std::string& name, const std::string& content) const;  // returns the full path

 private:
  std::string path_;
};

}  // namespace copydesk::testing
