// The project configuration file, `.copydesk.yaml` (format in
// docs/configuration.md):
//
//   packs: [zh-Hans, common]          # rule packs to use (default: all)
//   rules:                            # by rule id or glob over ids
//     zh-Hans.doubled-punctuation: off      # off | on | error | warning | note
//     "common.*": {severity: note}          # or {enabled: bool, severity: ...}
//   pubdate: 2024-06-16               # publication date of every file
//   ignore-terms: [新华社, "U.S."]     # findings inside these are dropped
//   overrides:                        # later entries win
//     - paths: ["2024-06-16/**"]      # globs, relative to this file's folder
//       pubdate: 2024-06-16
//       rules: {zh-Hans.doubled-punctuation: on}
//       ignore-terms: [...]
//
// It is found from the working directory upward, or named with --config.
// Errors name the file, line and column.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/category.h"
#include "core/status.h"
#include "rules/engine.h"

namespace copydesk {

inline constexpr const char* kConfigFileName = ".copydesk.yaml";

// One entry of a `rules:` mapping.
struct RuleSetting {
  std::string pattern;              // a rule id or a glob over ids ("zh-Hans.*")
  std::optional<bool> enabled;
  std::optional<Severity> severity;
  std::string where;                // "file:line:col: " for error messages
};

// Settings that apply to some files only.
struct PathOverride {
  std::vector<std::string> paths;   // globs over paths relative to the config's folder, or file names
  std::vector<RuleSetting> rules;
  std::string pubdate;              // empty: unchanged
  std::vector<std::string> ignored_terms;
};

struct Config {
  std::filesystem::path file;       // empty when there is no configuration file
  std::filesystem::path base;       // the folder path globs are relative to
  std::vector<std::string> packs;   // empty: every pack
  std::vector<RuleSetting> rules;
  std::string pubdate;
  std::vector<std::string> ignored_terms;
  std::vector<PathOverride> overrides;

  // The settings for the file at `path` (relative to the working directory or
  // absolute): the top level, then each matching override in order. Rule
  // globs are expanded over `rules`.
  DocumentSettings settings_for(const std::filesystem::path& path, const RuleSet& rules) const;
  // The publication date for `path`, or "".
  std::string pubdate_for(const std::filesystem::path& path) const;
};

// Reads a configuration file. Every problem is reported, each with file:line:col.
Result<Config> load_config(const std::filesystem::path& file);

// The configuration of a run: `explicit_file` when given (it must exist),
// else the nearest .copydesk.yaml from `start` upward, else an empty one.
Result<Config> configuration_for_run(const std::string& explicit_file, const std::filesystem::path& start);

// Returns the nearest .copydesk.yaml in `start` or a folder above it.
std::optional<std::filesystem::path> find_config(const std::filesystem::path& start);

// Checks that every rule setting names a rule of `rules`, or of a pack in
// `known_packs` that is not loaded this run.
Status check_rule_names(const Config& config, const RuleSet& rules, const std::vector<std::string>& known_packs);

// True for a real calendar date written YYYY-MM-DD.
bool is_valid_date(std::string_view date);

// The error for a date option (--pubdate, --today) that is set and no valid
// date, "copydesk: --today must be a date written YYYY-MM-DD, not '…'"; empty when fine.
std::string date_option_error(std::string_view flag, std::string_view value);

}  // namespace copydesk
