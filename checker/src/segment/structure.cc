#include "segment/structure.h"

#include <algorithm>

#include "core/document.h"
#include "segment/article_builder.h"
#include "segment/block_classifier.h"
#include "segment/block_splitter.h"

namespace copydesk {

std::string_view block_kind_name(BlockKind kind) {
  switch (kind) {
    case BlockKind::kPageHeader: return "page-header";
    case BlockKind::kHeadline: return "headline";
    case BlockKind::kSubtitle: return "subtitle";
    case BlockKind::kHeading: return "heading";
    case BlockKind::kByline: return "byline";
    case BlockKind::kCaption: return "caption";
    case BlockKind::kContinuation: return "continuation";
    case BlockKind::kSourceNote: return "source-note";
    case BlockKind::kParagraph: return "paragraph";
  }
  return "paragraph";
}

std::string_view article_start_name(ArticleStart start) {
  switch (start) {
    case ArticleStart::kStartOfText: return "start-of-text";
    case ArticleStart::kHeadline: return "headline";
    case ArticleStart::kByline: return "byline";
    case ArticleStart::kDateline: return "dateline";
    case ArticleStart::kContinuedFrom: return "continued-from";
    case ArticleStart::kAfterJump: return "after-jump";
  }
  return "start-of-text";
}

namespace {

// Index of the last element of `items` (sorted by span) whose span begins at
// or before `offset`, when that span holds `offset`; else -1.
template <typename T, typename SpanOf>
int index_at(const std::vector<T>& items, size_t offset, SpanOf span_of) {
  auto it = std::upper_bound(items.begin(), items.end(), offset,
                             [&](size_t value, const T& item) { return value < span_of(item).begin; });
  if (it == items.begin()) return -1;
  --it;
  return span_of(*it).contains(offset) ? static_cast<int>(it - items.begin()) : -1;
}

}  // namespace

int Structure::block_index_at(size_t offset) const {
  return index_at(blocks, offset, [](const Block& b) { return b.span; });
}

size_t Structure::first_block_from(size_t offset) const {
  const auto it = std::lower_bound(blocks.begin(), blocks.end(), offset,
                                   [](const Block& b, size_t begin) { return b.span.begin < begin; });
  return static_cast<size_t>(it - blocks.begin());
}

int Structure::article_at(size_t offset) const {
  return index_at(articles, offset, [](const Article& a) { return a.span; });
}

Structure Structure::compute(const Document& doc) { return compute(std::string_view(doc.text())); }

Structure Structure::compute(std::string_view text) {
  Structure s;
  BlockSplit split = split_blocks(text);
  s.hard_wrapped = split.hard_wrapped;
  s.blocks = classify_blocks(text, split);
  s.articles = build_articles(text, s.blocks);
  s.articles.shrink_to_fit();  // kept for the document's life: no doubling slack
  return s;
}

}  // namespace copydesk
