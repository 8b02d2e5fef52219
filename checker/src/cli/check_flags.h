// The flags shared by the commands that check files (check, audit, baseline):
// inputs, decoding, configuration, rules and parallelism.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "driver/check_command.h"

namespace copydesk::cli {

struct CheckFlags {
  CheckOptions options;
  RuleFlags rules;
  std::string fail_level = "error";
};

void add_check_flags(CLI::App& command, CheckFlags& flags);

// Completes flags.options from the parsed flags (rules, language, fail level, progress).
void finish_check_flags(CheckFlags& flags);

}  // namespace copydesk::cli
