#include <iostream>
#include <memory>
#include <sstream>

#include "cli/check_flags.h"
#include "report/audit_report.h"

namespace copydesk::cli {

void add_audit_command(CLI::App& app) {
  struct State {
    CheckFlags flags;
    std::string format = "text";
    size_t worst = 10;
  };
  auto state = std::make_shared<State>();
  CLI::App* cmd = app.add_subcommand("audit", "Summarise the quality of an archive: findings per 10,000 characters "
                                              "by file and category, the worst files, totals by rule");
  add_check_flags(*cmd, state->flags);
  cmd->add_option("--format,-f", state->format, "Summary format")->check(CLI::IsMember({"text", "json", "csv"}));
  cmd->add_option("--output,-o", state->flags.options.output, "Write the summary to this file (atomically)");
  cmd->add_option("--worst", state->worst, "How many of the worst files to list (default 10)");
  cmd->footer("Exit status: 0 the summary was written; 2 usage, configuration or input error.");
  cmd->callback([state] {
    if (state->flags.options.paths.empty() && state->flags.options.files_from.empty()) {
      throw CLI::RequiredError("paths (or --files-from)");
    }
    finish_check_flags(state->flags);
    const CheckOptions& o = state->flags.options;
    set_exit_code(execute_check(o, std::cerr, [&](RunResult& run) {
      std::ostringstream report;
      if (state->format == "json") write_audit_json(report, run, {.worst = state->worst});
      else if (state->format == "csv") write_audit_csv(report, run);
      else write_audit_text(report, run, {.worst = state->worst});
      if (o.output.empty()) {
        std::cout << report.str();
      } else if (Status s = write_file_atomically(o.output, report.str()); !s.ok()) {
        std::cerr << "copydesk: " << s.message() << "\n";
        return 2;
      }
      return 0;
    }));
  });
}

void add_baseline_command(CLI::App& app) {
  auto flags = std::make_shared<CheckFlags>();
  CLI::App* cmd = app.add_subcommand("baseline", "Record the current findings as a baseline for "
                                                 "`check --baseline` (a JSON report)");
  add_check_flags(*cmd, *flags);
  cmd->add_option("--output,-o", flags->options.output, "The baseline file to write")->required();
  cmd->footer("Exit status: 0 the baseline was written; 2 usage, configuration or input error.");
  cmd->callback([flags] {
    if (flags->options.paths.empty() && flags->options.files_from.empty()) {
      throw CLI::RequiredError("paths (or --files-from)");
    }
    finish_check_flags(*flags);
    flags->options.format = ReportFormat::kJson;
    flags->options.fail_on = FailOn::kNone;
    set_exit_code(run_check(flags->options, std::cout, std::cerr));
  });
}

}  // namespace copydesk::cli
