// Scopes: the units of text a rule looks at. The engine cuts each document
// into the units a rule asks for (once per scope, shared by all rules).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace copydesk {

class Document;

enum class Scope {
  kDocument,   // the whole file
  kArticle,    // each article of the page
  kBlock,      // every block, whatever its kind
  kParagraph,  // body paragraphs only
  kHeadline,   // headlines, subtitles and Markdown headings
  kCaption,    // photo captions
  kSentence,   // sentences of body paragraphs
  kLine,       // each non-empty line
};

std::string_view scope_name(Scope scope);
std::optional<Scope> parse_scope(std::string_view name);

struct Unit {
  Span span;
  int article = -1;  // index into Structure::articles, or -1
  int block = -1;    // index into Structure::blocks, or -1
};

// Returns the units of `scope` in `doc`, in text order.
std::vector<Unit> units_of(const Document& doc, Scope scope);

}  // namespace copydesk
