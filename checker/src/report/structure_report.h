// What `copydesk segment` prints: the structure the checker sees in a
// document, as text for people or JSON for tools.
//
// Text: one section per article with the reason it starts where it does, its
// headline and dateline, then one line per block (line number, kind, the start
// of its text). A headline printed after its story's body, or a heading inside
// a story, is marked so.
//
// JSON:
//   {"path", "language", "hard_wrapped",
//    "articles": [{"index", "opened_by", "begin", "end", "start_line", "end_line",
//                  "first_block", "end_block", "headline", "byline",
//                  "dateline": {"text", "begin", "end"} | null, "dateline_credit": … | null}],
//    "blocks": [{"index", "kind", "article", "begin", "end", "start_line", "start_column",
//                "end_line", "end_column", "text"}],
//    "sentences": [{"block", "begin", "end", "text"}]}
// Indexes are 0-based; "headline" and "byline" are block indexes or null.
// begin/end are byte offsets into the decoded UTF-8 text (end exclusive);
// lines are 1-based lines of the file, columns 1-based UTF-16 code units.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "core/document.h"
#include "segment/structure.h"

namespace copydesk {

struct StructureTextOptions {
  bool sentences = false;  // list each paragraph's sentences under it
};

void write_structure_text(std::ostream& out, const Document& doc, const Structure& s,
                          const StructureTextOptions& options = {});
nlohmann::json structure_to_json(const Document& doc, const Structure& s);

}  // namespace copydesk
