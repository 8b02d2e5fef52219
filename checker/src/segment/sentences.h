// The sentences of a document's body paragraphs, split by ICU's sentence
// rules (sentence_splitter.h) on first use, paragraph by paragraph. ICU's
// sentence rules cost more than the rest of the structure together, and most
// checks never ask for sentences, or ask about a few paragraphs only.
//
//   const Sentences& sentences = doc.analysis<Sentences>();
//   if (auto s = sentences.at(offset)) ...   // splits only that paragraph
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "segment/structure.h"

namespace copydesk {

class Document;

struct Sentence {
  Span span;
  int block = 0;
};

class Sentences {
 public:
  // `text` and `structure` must outlive this object.
  Sentences(std::string_view text, const Structure& structure);
  static Sentences compute(const Document& doc);

  // The sentence holding byte `offset`; nullopt outside body paragraphs' sentences.
  std::optional<Sentence> at(size_t offset) const;
  // Every sentence, in text order (splits every paragraph).
  std::vector<Sentence> all() const;

 private:
  const std::vector<Span>& of_block(size_t block) const;

  std::string_view text_;
  const Structure* structure_;
  mutable std::vector<std::optional<std::vector<Span>>> by_block_;  // filled on first use
};

}  // namespace copydesk
