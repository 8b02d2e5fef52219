#include "cli/commands.h"

namespace copydesk::cli {

namespace {
int g_exit_code = 0;
}

void set_exit_code(int code) { g_exit_code = code; }
int exit_code() { return g_exit_code; }

void add_rule_flags(CLI::App& command, RuleFlags& flags) {
  command.add_option("--rules", flags.rules_dir, "Folder of rule packs (default: the installed rules/)");
  command.add_option("--pack", flags.packs, "Rule pack to use (repeatable; default: all)");
  command.add_option("--lang", flags.lang, "Language of messages: en or zh (default: from the locale)")
      ->check(CLI::IsMember({"en", "zh"}));
}

void add_commands(CLI::App& app) {
  add_check_command(app);
  add_audit_command(app);
  add_baseline_command(app);
  add_fix_command(app);
  add_segment_command(app);
  add_extract_command(app);
  add_rules_command(app);
  add_explain_command(app);
  add_eval_command(app);
}

}  // namespace copydesk::cli
