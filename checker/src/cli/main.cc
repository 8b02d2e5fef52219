// copydesk: a checker for news copy. See `copydesk --help` and README.md.
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <iostream>

#include "cli/allocator.h"
#include "cli/commands.h"

int main(int argc, char** argv) {
  copydesk::cli::configure_allocator();
  CLI::App app{"copydesk: finds duplicated passages, garbled extraction, unit, number and date errors, "
               "and layout and punctuation damage in news copy.\n\n"
               "Exit status: 0 no finding at or above --fail-level; 1 such findings; "
               "2 usage, configuration or input error (other files are still checked)."};
  app.require_subcommand(1);
  app.set_version_flag("--version", COPYDESK_VERSION);
  copydesk::cli::add_commands(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  return copydesk::cli::exit_code();
}
