#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "driver/check_command.h"
#include "driver/eval_command.h"

namespace copydesk::cli {

void add_eval_command(CLI::App& app) {
  struct State {
    EvalOptions options;
    RuleFlags rules;
  };
  auto state = std::make_shared<State>();
  CLI::App* cmd = app.add_subcommand(
      "eval", "Measure the rules on a labeled corpus: recall and precision by category, missed defects, false "
              "alarms, traps flagged. Exit status: 0 measured (and every --floors value met); 1 a floor not met; 2 usage, "
              "labels, rules or input error");
  cmd->add_option("corpus", state->options.corpus, "Folder the labels' file names are relative to")->required();
  cmd->add_option("--labels", state->options.labels, "Labels YAML (format: docs/eval.md)")->required();
  cmd->add_option("--floors", state->options.floors, "Floors YAML: minimum recall and precision to require");
  cmd->add_flag("--json", state->options.json, "Print one JSON object (the keys of score.py --json, and the lists)");
  cmd->add_option("--encoding", state->options.encoding, "Input encoding (default: detect)");
  cmd->add_option("--today", state->options.today,
                  "Check as on this day, YYYY-MM-DD (default: the clock), so that figures do not move with it");
  add_rule_flags(*cmd, state->rules);
  cmd->callback([state] {
    EvalOptions& o = state->options;
    o.rules_dir = state->rules.rules_dir;
    o.packs = state->rules.packs;
    o.lang = state->rules.lang.empty() ? language_from_locale()
             : state->rules.lang == "zh" ? MessageLanguage::kChinese : MessageLanguage::kEnglish;
    set_exit_code(run_eval(o, std::cout, std::cerr));
  });
}

}  // namespace copydesk::cli
