#include <unistd.h>

#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "driver/check_command.h"

namespace copydesk::cli {

void add_check_command(CLI::App& app) {
  struct State {
    CheckOptions options;
    RuleFlags rules;
    std::string format = "text";
    std::string fail_level = "error";
    std::string color = "auto";
  };
  auto state = std::make_shared<State>();
  CLI::App* cmd = app.add_subcommand("check", "Check files, folders or standard input (-)");
  cmd->add_option("paths", state->options.paths, "Files or folders to check; - reads standard input")->required();
  cmd->add_option("--include", state->options.sources.include, "Glob of files to check inside folders (repeatable)")
      ->take_all();
  cmd->add_option("--exclude", state->options.sources.exclude, "Glob of files to skip (repeatable)");
  cmd->add_option("--stdin-filename", state->options.sources.stdin_filename, "Name to report for standard input");
  cmd->add_option("--encoding", state->options.encoding, "Input encoding (default: detect; e.g. GB18030, Big5)");
  cmd->add_option("--format,-f", state->format, "Report format")->check(CLI::IsMember({"text", "json", "sarif"}));
  cmd->add_option("--output,-o", state->options.output, "Write the report to this file (atomically)");
  cmd->add_option("--fail-level", state->fail_level, "Lowest severity that makes the exit status 1")
      ->check(CLI::IsMember({"error", "warning", "note"}));
  cmd->add_option("--color", state->color, "Colour the text report")->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->add_option("--config", state->options.config, "Configuration file (default: the nearest .copydesk.yaml "
                                                     "from the working directory up)");
  cmd->add_flag("--no-config", state->options.no_config, "Ignore any .copydesk.yaml");
  cmd->add_option("--pubdate", state->options.pubdate, "Publication date of the copy, YYYY-MM-DD (overrides the "
                                                       "configuration)");
  cmd->footer("Exit status: 0 no finding at or above --fail-level (default error); 1 at least one such finding; "
              "2 usage, configuration or input error (a file that cannot be read or decoded is named on stderr, "
              "the other files are still checked).");
  add_rule_flags(*cmd, state->rules);
  cmd->callback([state] {
    CheckOptions& o = state->options;
    o.format = state->format == "json" ? ReportFormat::kJson : state->format == "sarif" ? ReportFormat::kSarif
                                                                                      : ReportFormat::kText;
    o.fail_level = *parse_severity(state->fail_level);
    o.rules_dir = state->rules.rules_dir;
    o.packs = state->rules.packs;
    o.lang = state->rules.lang.empty() ? language_from_locale()
             : state->rules.lang == "zh" ? MessageLanguage::kChinese : MessageLanguage::kEnglish;
    o.color = state->color == "always" || (state->color == "auto" && ::isatty(STDOUT_FILENO));
    set_exit_code(run_check(o, std::cout, std::cerr));
  });
}

}  // namespace copydesk::cli
