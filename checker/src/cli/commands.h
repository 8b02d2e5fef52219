// The command-line interface: one add_*_command() per subcommand, each in its
// own file, wiring CLI11 flags to a driver function.
#pragma once

#include <CLI/CLI.hpp>

namespace copydesk::cli {

void add_commands(CLI::App& app);

// Each command sets the exit code it wants the process to return.
void set_exit_code(int code);
int exit_code();

// Flags shared by commands that load rules.
struct RuleFlags {
  std::string rules_dir;
  std::vector<std::string> packs;
  std::string lang;  // "en", "zh" or empty for the locale
};
void add_rule_flags(CLI::App& command, RuleFlags& flags);

void add_check_command(CLI::App& app);
void add_audit_command(CLI::App& app);
void add_baseline_command(CLI::App& app);
void add_rules_command(CLI::App& app);
void add_explain_command(CLI::App& app);
void add_segment_command(CLI::App& app);
void add_eval_command(CLI::App& app);
void add_fix_command(CLI::App& app);
void add_extract_command(CLI::App& app);

}  // namespace copydesk::cli
