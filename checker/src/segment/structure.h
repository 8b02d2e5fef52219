// The structure of a page of news copy: blocks (paragraph-like runs of lines),
// the articles they belong to, and sentences.
//
// A page holds several articles. Each starts at a headline (or a Markdown
// heading) and may carry a dateline (本报6月16日讯, DENVER (AP) —), bylines,
// captions and continuation markers. Spans are exact byte ranges in
// Document::text(). Computed once per document: doc.analysis<Structure>().
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace copydesk {

class Document;

enum class BlockKind {
  kPageHeader,    // 2024年2月26日　星期一　… or a page/edition line
  kHeadline,      // a short line that opens an article
  kSubtitle,      // a short line right after a headline (引题/副题)
  kHeading,       // a Markdown heading (## ...)
  kByline,        // □本报记者 郭洪申, 本报记者 王磊 摄
  kCaption,       // a photo caption (… 高志鹏 摄)
  kContinuation,  // ■下转第5版, ■上接第1版
  kSourceNote,    // ——摘自《…》, 编者按 and similar attributions
  kParagraph,     // body text
};

std::string_view block_kind_name(BlockKind kind);

// A run of non-blank lines (or, for headings and bylines, a single line).
struct Block {
  BlockKind kind = BlockKind::kParagraph;
  Span span;         // without the trailing line break
  int article = -1;  // index into Structure::articles, -1 before the first article
};

struct Article {
  Span span;                      // from its first block to the end of its last
  int first_block = 0;            // blocks [first_block, end_block)
  int end_block = 0;
  std::optional<Span> dateline;   // 本报6月16日讯 / 本报呼伦贝尔6月16日电 / DENVER (AP) —
  std::optional<int> headline;    // block index of its headline
};

struct Sentence {
  Span span;
  int block = 0;
};

struct Structure {
  std::vector<Block> blocks;
  std::vector<Article> articles;
  std::vector<Sentence> sentences;  // in text order, within body blocks

  static Structure compute(const Document& doc);
};

}  // namespace copydesk
