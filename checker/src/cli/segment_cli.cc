#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "core/document.h"
#include "input/decoder.h"
#include "input/sources.h"
#include "report/structure_report.h"
#include "segment/structure.h"

namespace copydesk::cli {

namespace {

struct SegmentFlags {
  std::string path;
  std::string encoding;
  bool json = false;
  bool sentences = false;
};

}  // namespace

void add_segment_command(CLI::App& app) {
  auto flags = std::make_shared<SegmentFlags>();
  CLI::App* cmd = app.add_subcommand("segment", "Print the structure the checker sees: articles, headlines, "
                                                "datelines, bylines, captions, paragraphs, sentences");
  cmd->add_option("file", flags->path, "File to segment (- for standard input)")->required();
  cmd->add_option("--encoding", flags->encoding, "Input encoding (default: detect)");
  cmd->add_flag("--json", flags->json, "Print the structure as JSON (byte offsets, lines, columns, texts)");
  cmd->add_flag("--sentences", flags->sentences, "List each paragraph's sentences (text output)");
  cmd->callback([flags] {
    Sources sources = collect_sources({flags->path});
    if (!sources.errors.empty() || sources.files.empty()) {
      std::cerr << "copydesk: " << (sources.errors.empty() ? flags->path + ": nothing to read" : sources.errors[0])
                << "\n";
      set_exit_code(2);
      return;
    }
    auto bytes = read_source(sources.files[0]);
    auto decoded = bytes.ok() ? decode_text(std::move(bytes.value()), sources.files[0].display_path, flags->encoding)
                              : Result<DecodedText>(bytes.status());
    if (!decoded.ok()) {
      std::cerr << "copydesk: " << decoded.status().message() << "\n";
      set_exit_code(2);
      return;
    }
    Document doc(sources.files[0].display_path, std::move(decoded->text), decoded->encoding);
    const Structure& s = doc.analysis<Structure>();
    if (flags->json) {
      std::cout << structure_to_json(doc, s).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
      write_structure_text(std::cout, doc, s, {flags->sentences});
    }
  });
}

}  // namespace copydesk::cli
