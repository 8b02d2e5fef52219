#include "segment/structure.h"

#include "core/document.h"
#include "segment/block_classifier.h"
#include "segment/sentence_splitter.h"

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

namespace {

// Splits the text into blocks: runs of non-blank lines, except that lines
// which are structural on their own (headings, bylines, markers) stand alone.
std::vector<Block> split_blocks(std::string_view text) {
  std::vector<Block> blocks;
  size_t start = 0;
  std::optional<Span> open;
  auto close = [&] {
    if (open) blocks.push_back({BlockKind::kParagraph, *open, -1});
    open.reset();
  };
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    Span line{start, end};
    std::string_view content = line.of(text);
    if (is_blank_line(content)) {
      close();
    } else if (is_standalone_line(content)) {
      close();
      blocks.push_back({BlockKind::kParagraph, line, -1});
    } else if (open) {
      open->end = end;
    } else {
      open = line;
    }
    if (end == text.size()) break;
    start = end + 1;
  }
  close();
  return blocks;
}

}  // namespace

Structure Structure::compute(const Document& doc) {
  Structure s;
  std::string_view text = doc.text();
  s.blocks = split_blocks(text);
  classify_blocks(text, s.blocks);

  // Articles open at a headline or heading that follows body text.
  bool in_body = true;
  for (size_t i = 0; i < s.blocks.size(); ++i) {
    Block& b = s.blocks[i];
    bool opener = b.kind == BlockKind::kHeadline || b.kind == BlockKind::kHeading;
    if (opener && (in_body || s.articles.empty())) {
      Article a;
      a.first_block = static_cast<int>(i);
      a.headline = static_cast<int>(i);
      s.articles.push_back(a);
      in_body = false;
    } else if (s.articles.empty() && b.kind != BlockKind::kPageHeader) {
      Article a;  // text before any headline is an article without one
      a.first_block = static_cast<int>(i);
      s.articles.push_back(a);
    }
    if (b.kind == BlockKind::kParagraph) in_body = true;
    if (!s.articles.empty()) b.article = static_cast<int>(s.articles.size()) - 1;
  }
  for (size_t a = 0; a < s.articles.size(); ++a) {
    Article& article = s.articles[a];
    article.end_block = a + 1 < s.articles.size() ? s.articles[a + 1].first_block : static_cast<int>(s.blocks.size());
    article.span = {s.blocks[article.first_block].span.begin, s.blocks[article.end_block - 1].span.end};
    for (int i = article.first_block; i < article.end_block; ++i) {
      if (s.blocks[i].kind != BlockKind::kParagraph) continue;
      article.dateline = find_dateline(text, s.blocks[i].span);
      break;
    }
  }

  for (size_t i = 0; i < s.blocks.size(); ++i) {
    if (s.blocks[i].kind != BlockKind::kParagraph) continue;
    for (Span span : split_sentences(text, s.blocks[i].span)) s.sentences.push_back({span, static_cast<int>(i)});
  }
  return s;
}

}  // namespace copydesk
