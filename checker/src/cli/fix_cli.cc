#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "driver/check_command.h"
#include "driver/fix_command.h"

namespace copydesk::cli {

void add_fix_command(CLI::App& app) {
  struct State {
    FixOptions options;
    RuleFlags rules;
  };
  auto state = std::make_shared<State>();
  CLI::App* cmd = app.add_subcommand(
      "fix", "Apply safe, mechanical fixes: punctuation width, doubled punctuation, traditional characters, "
             "broken paragraphs and hard-wrapped lines (numbers and dates are never touched)");
  cmd->add_option("paths", state->options.paths, "Files or folders to fix; - reads standard input")->required();
  cmd->add_flag("--diff", state->options.diff, "Print the changes as a unified diff and change no file");
  cmd->add_flag("--in-place", state->options.in_place, "Overwrite files without keeping a backup");
  cmd->add_option("--backup-suffix", state->options.backup_suffix, "Suffix of the backup copy (default .orig)");
  cmd->add_option("--include", state->options.sources.include, "Glob of files to fix inside folders (repeatable)")
      ->take_all();
  cmd->add_option("--exclude", state->options.sources.exclude, "Glob of files to skip (repeatable)");
  cmd->add_option("--encoding", state->options.encoding, "Input encoding (default: detect)");
  add_rule_flags(*cmd, state->rules);
  cmd->callback([state] {
    FixOptions& o = state->options;
    o.rules_dir = state->rules.rules_dir;
    o.packs = state->rules.packs;
    o.lang = state->rules.lang == "zh" ? MessageLanguage::kChinese : MessageLanguage::kEnglish;
    set_exit_code(run_fix(o, std::cout, std::cerr));
  });
}

}  // namespace copydesk::cli
