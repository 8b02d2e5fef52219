#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "driver/extract_command.h"

namespace copydesk::cli {

void add_extract_command(CLI::App& app) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand("extract", "Print every number, quantity and date found, with its span "
                                                "and resolved value");
  cmd->add_option("file", options->path, "File to read (- for standard input)")->required();
  cmd->add_option("--encoding", options->encoding, "Input encoding (default: detect)");
  cmd->add_flag("--json", options->json, "Write JSON instead of text");
  cmd->callback([options] { set_exit_code(run_extract(*options, std::cout, std::cerr)); });
}

}  // namespace copydesk::cli
