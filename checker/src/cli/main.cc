// copydesk: a checker for news copy. See `copydesk --help` and README.md.
#include <CLI/CLI.hpp>
#include <malloc.h>
#include <unistd.h>

#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  // Memory one analysis frees is reused by the next instead of going back to
  // the kernel and being faulted in again: the analyses of a document come and
  // go in phases, and on a virtual machine a fresh page costs microseconds.
  // Blocks up to 32 MB (glibc's limit) come from the heap, which is not trimmed.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
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
