#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "core/document.h"
#include "core/utf8.h"
#include "input/decoder.h"
#include "input/sources.h"
#include "segment/structure.h"

namespace copydesk::cli {

void add_segment_command(CLI::App& app) {
  auto path = std::make_shared<std::string>();
  auto encoding = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("segment", "Print the structure the checker sees: articles, headlines, "
                                                "datelines, bylines, captions, paragraphs");
  cmd->add_option("file", *path, "File to segment (- for standard input)")->required();
  cmd->add_option("--encoding", *encoding, "Input encoding (default: detect)");
  cmd->callback([path, encoding] {
    Sources sources = collect_sources({*path});
    if (!sources.errors.empty() || sources.files.empty()) {
      std::cerr << "copydesk: " << (sources.errors.empty() ? *path + ": nothing to read" : sources.errors[0]) << "\n";
      set_exit_code(2);
      return;
    }
    auto bytes = read_source(sources.files[0]);
    auto decoded = bytes.ok() ? decode_text(std::move(bytes.value()), sources.files[0].display_path, *encoding)
                              : Result<DecodedText>(bytes.status());
    if (!decoded.ok()) {
      std::cerr << "copydesk: " << decoded.status().message() << "\n";
      set_exit_code(2);
      return;
    }
    Document doc(sources.files[0].display_path, std::move(decoded->text), decoded->encoding);
    const Structure& s = doc.analysis<Structure>();
    auto preview = [&](Span span) {
      std::string out;
      size_t n = 0;
      for (Utf8Iterator it(doc.slice(span)); !it.done() && n < 30; it.next(), ++n) {
        char32_t c = it.code_point();
        if (c == '\n') out += "⏎";
        else append_utf8(out, c);
      }
      if (code_point_count(doc.slice(span)) > 30) out += "…";
      return out;
    };
    std::cout << doc.path() << ": " << language_tag(doc.language()) << ", " << s.articles.size() << " article"
              << (s.articles.size() == 1 ? "" : "s") << ", " << s.blocks.size() << " blocks\n";
    int current = -2;
    for (size_t i = 0; i < s.blocks.size(); ++i) {
      const Block& b = s.blocks[i];
      if (b.article != current) {
        current = b.article;
        if (current >= 0) {
          const Article& a = s.articles[current];
          std::cout << "\nArticle " << current + 1 << " (lines " << doc.lines().line_of(a.span.begin) << "-"
                    << doc.lines().line_of(a.span.end) << ")";
          if (a.dateline) std::cout << "  dateline: " << doc.slice(*a.dateline);
          std::cout << "\n";
        }
      }
      std::cout << "  " << doc.lines().line_of(b.span.begin) << "\t" << block_kind_name(b.kind) << "\t"
                << preview(b.span) << "\n";
    }
  });
}

}  // namespace copydesk::cli
