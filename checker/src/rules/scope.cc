#include "rules/scope.h"

#include <algorithm>

#include "core/document.h"
#include "segment/sentences.h"
#include "segment/structure.h"

namespace copydesk {

std::string_view scope_name(Scope scope) {
  switch (scope) {
    case Scope::kDocument: return "document";
    case Scope::kArticle: return "article";
    case Scope::kBlock: return "block";
    case Scope::kParagraph: return "paragraph";
    case Scope::kHeadline: return "headline";
    case Scope::kCaption: return "caption";
    case Scope::kSentence: return "sentence";
    case Scope::kLine: return "line";
  }
  return "document";
}

std::optional<Scope> parse_scope(std::string_view name) {
  for (Scope s : {Scope::kDocument, Scope::kArticle, Scope::kBlock, Scope::kParagraph, Scope::kHeadline,
                  Scope::kCaption, Scope::kSentence, Scope::kLine}) {
    if (scope_name(s) == name) return s;
  }
  return std::nullopt;
}

std::vector<Unit> units_of(const Document& doc, Scope scope) {
  std::vector<Unit> units;
  const std::string& text = doc.text();
  if (scope == Scope::kDocument) {
    units.push_back({{0, text.size()}, -1, -1});
    return units;
  }
  if (scope == Scope::kLine) {
    size_t start = 0;
    while (start < text.size()) {
      size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      if (end > start) units.push_back({{start, end}, -1, -1});
      start = end + 1;
    }
    return units;
  }
  const Structure& s = doc.analysis<Structure>();
  switch (scope) {
    case Scope::kArticle:
      units.reserve(s.articles.size());
      for (size_t i = 0; i < s.articles.size(); ++i) units.push_back({s.articles[i].span, static_cast<int>(i), -1});
      break;
    case Scope::kSentence:
      for (const Sentence& sentence : doc.analysis<Sentences>().all()) {
        units.push_back({sentence.span, s.blocks[sentence.block].article, sentence.block});
      }
      break;
    default: {
      auto wanted = [scope](const Block& b) {
        return scope == Scope::kBlock || (scope == Scope::kParagraph && b.kind == BlockKind::kParagraph) ||
               (scope == Scope::kCaption && b.kind == BlockKind::kCaption) ||
               (scope == Scope::kHeadline && (b.kind == BlockKind::kHeadline || b.kind == BlockKind::kSubtitle ||
                                              b.kind == BlockKind::kHeading));
      };
      // Counted first: the vector is kept while the document is checked, at its exact size.
      units.reserve(static_cast<size_t>(std::count_if(s.blocks.begin(), s.blocks.end(), wanted)));
      for (size_t i = 0; i < s.blocks.size(); ++i) {
        if (wanted(s.blocks[i])) units.push_back({s.blocks[i].span, s.blocks[i].article, static_cast<int>(i)});
      }
    }
  }
  return units;
}

}  // namespace copydesk
