// The sentences of a document's body paragraphs, split by ICU's sentence
// rules (sentence_splitter.h) when asked for, paragraph by paragraph. Most
// checks never ask for sentences, or ask about a few paragraphs only, in text
// order: only the paragraph asked about last is kept.
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
  mutable int cached_block_ = -1;       // the block whose sentences `cached_` holds
  mutable std::vector<Span> cached_;
};

}  // namespace copydesk
