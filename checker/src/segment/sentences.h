// The sentences of a document's body paragraphs, split by ICU's sentence
// rules (sentence_splitter.h) when asked for, paragraph by paragraph and only
// as far into a paragraph as asked. Most checks never ask for sentences, or ask
// about a few places only, in text order: only the paragraph asked about last
// is kept, one per thread (rules may run on several threads over a document).
//
//   const Sentences& sentences = doc.analysis<Sentences>();
//   if (auto s = sentences.at(offset)) ...   // splits only that paragraph
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "segment/sentence_splitter.h"
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
  static constexpr std::string_view kName = "sentences";
  static Sentences compute(const Document& doc);

  // The sentence holding byte `offset`; nullopt outside body paragraphs' sentences.
  std::optional<Sentence> at(size_t offset) const;
  // The sentence that ends right before `sentence` (white space between),
  // in its paragraph or an earlier one; nullopt when none does.
  std::optional<Sentence> before(const Sentence& sentence) const;
  // Every sentence, in text order (splits every paragraph).
  std::vector<Sentence> all() const;

 private:
  // The sentences of `block` that start at or before byte `offset`.
  const std::vector<Span>& of_block(size_t block, size_t offset) const;

  std::string_view text_;
  const Structure* structure_;
  uint64_t id_;  // tells this object's paragraph in a thread's cache from another's
};

}  // namespace copydesk
