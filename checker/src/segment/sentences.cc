#include "segment/sentences.h"

#include <algorithm>
#include <atomic>
#include <cstdint>

#include "core/document.h"
#include "segment/sentence_splitter.h"

namespace copydesk {

namespace {

std::atomic<uint64_t> next_id{1};

// The paragraph a thread split last, and whose: an object's id is never
// reused, as its address may be.
struct SplitParagraph {
  uint64_t owner = 0;
  size_t block = 0;
  BlockSentences sentences;
};

}  // namespace

Sentences::Sentences(std::string_view text, const Structure& structure)
    : text_(text), structure_(&structure), id_(next_id++) {}

Sentences Sentences::compute(const Document& doc) { return Sentences(doc.text(), doc.analysis<Structure>()); }

const std::vector<Span>& Sentences::of_block(size_t block, size_t offset) const {
  thread_local SplitParagraph last;
  if (last.owner != id_ || last.block != block) {
    const Block& b = structure_->blocks[block];
    last.sentences = BlockSentences(text_, b.kind == BlockKind::kParagraph ? b.span : Span{});
    last.owner = id_;
    last.block = block;
  }
  return last.sentences.up_to(offset);
}

std::optional<Sentence> Sentences::at(size_t offset) const {
  int block = structure_->block_index_at(offset);
  if (block < 0) return std::nullopt;
  // The sentences that start at or before `offset`: the last of them may hold it.
  const std::vector<Span>& spans = of_block(static_cast<size_t>(block), offset);
  auto it = std::upper_bound(spans.begin(), spans.end(), offset, [](size_t p, const Span& s) { return p < s.begin; });
  if (it == spans.begin() || !(it - 1)->contains(offset)) return std::nullopt;
  return Sentence{*(it - 1), block};
}

std::optional<Sentence> Sentences::before(const Sentence& sentence) const {
  size_t end = sentence.span.begin;
  while (end > 0 && (text_[end - 1] == ' ' || text_[end - 1] == '\n')) --end;
  if (end == 0) return std::nullopt;
  return at(end - 1);
}

std::vector<Sentence> Sentences::all() const {
  std::vector<Sentence> out;
  for (size_t b = 0; b < structure_->blocks.size(); ++b) {
    for (Span span : of_block(b, SIZE_MAX)) out.push_back({span, static_cast<int>(b)});
  }
  return out;
}

}  // namespace copydesk
