#include <unistd.h>

#include <iostream>
#include <memory>

#include "cli/check_flags.h"

namespace copydesk::cli {

void add_check_command(CLI::App& app) {
  struct State {
    CheckFlags flags;
    std::string format = "text";
    std::string color = "auto";
    std::string fail_on = "auto";
  };
  auto state = std::make_shared<State>();
  CLI::App* cmd = app.add_subcommand("check", "Check files, folders or standard input (-)");
  add_check_flags(*cmd, state->flags);
  CheckOptions& o = state->flags.options;
  cmd->add_option("--format,-f", state->format, "Report format")
      ->check(CLI::IsMember({"text", "json", "sarif", "jsonl", "github", "rdjson", "codeclimate"}));
  cmd->add_option("--output,-o", o.output, "Write the report to this file (atomically)");
  cmd->add_option("--fail-level", state->flags.fail_level, "Lowest severity that makes the exit status 1")
      ->check(CLI::IsMember({"error", "warning", "note"}));
  cmd->add_option("--baseline", o.baseline, "A previous SARIF or JSON report: mark findings new or unchanged, "
                                            "and list the ones gone as absent");
  cmd->add_option("--fail-on", state->fail_on, "Which findings set exit status 1: any, new (against --baseline) "
                                               "or none (default: new with a baseline, else any)")
      ->check(CLI::IsMember({"auto", "any", "new", "none"}));
  cmd->add_option("--summary-file", o.summary_file, "Append a Markdown summary to this file ($GITHUB_STEP_SUMMARY)");
  cmd->add_option("--color", state->color, "Colour the text report")->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->footer("Exit status: 0 no finding at or above --fail-level (default error); 1 at least one such finding; "
              "2 usage, configuration or input error (a file that cannot be read or decoded is named on stderr, "
              "the other files are still checked).");
  cmd->callback([state, cmd] {
    if (state->flags.options.paths.empty() && state->flags.options.files_from.empty()) {
      throw CLI::RequiredError("paths (or --files-from)");
    }
    finish_check_flags(state->flags);
    CheckOptions& o = state->flags.options;
    o.format = *parse_report_format(state->format);
    o.fail_on = state->fail_on == "any" ? FailOn::kAny : state->fail_on == "new" ? FailOn::kNew
                : state->fail_on == "none" ? FailOn::kNone : FailOn::kAuto;
    o.color = state->color == "always" || (state->color == "auto" && ::isatty(STDOUT_FILENO));
    set_exit_code(run_check(o, std::cout, std::cerr));
  });
}

}  // namespace copydesk::cli
