// The structure of a page of news copy: blocks (headlines, bylines,
// paragraphs...), the articles they belong to, and sentences.
//
// A page holds several articles. Each opens at a headline group, a dateline
// (本报6月16日讯, DENVER (AP) —), a byline or a continuation marker (see
// segment/article_builder.h for the rules, docs/document-model.md for the
// user's view). Spans are exact byte ranges in Document::text(). Computed once
// per document: doc.analysis<Structure>().
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace copydesk {

class Document;

enum class BlockKind : unsigned char {
  kPageHeader,    // 2024年2月26日　星期一　…, 第5版 要闻, 责任编辑：X
  kHeadline,      // a short line that opens an article (or a kicker/引题 before the main title)
  kSubtitle,      // a line right after a headline (副题), ——访…
  kHeading,       // a Markdown heading (## ...)
  kByline,        // □本报记者 郭洪申, By Jane Doe; also credits: 本报记者 王磊 摄, （宋立志）
  kCaption,       // a photo caption (… 高志鹏 摄, …（图片由…提供）)
  kContinuation,  // ■下转第5版, ■上接第1版
  kSourceNote,    // ——摘自《…》, （来源：…）, 编者按
  kParagraph,     // body text
};

std::string_view block_kind_name(BlockKind kind);

// Why an article starts where it does.
enum class ArticleStart {
  kStartOfText,     // body text before any headline, or after a page header
  kHeadline,        // a headline group (headline, subtitles, heading, byline)
  kByline,          // a byline with no headline before it
  kDateline,        // a paragraph that starts with a dateline, after another story's body
  kContinuedFrom,   // ■上接第1版: the rest of a story from another page
  kAfterJump,       // the text after a ■下转第5版 marker, which ends the story before it
};

std::string_view article_start_name(ArticleStart start);

// A headline, a byline, a paragraph...: one or more whole lines, or a marker
// cut from a line (■上接第1版 before a paragraph).
struct Block {
  Span span;         // first to last non-space character; may hold line breaks
  BlockKind kind = BlockKind::kParagraph;
  bool opens_with_dateline = false;  // leading_dateline() of its text (segment/block_patterns.h)
  bool closing_byline = false;       // a byline that is_closing_byline(): a photo credit or signature
  int article = -1;  // index into Structure::articles; -1 for page headers
};

struct Article {
  Span span;                      // from its first block to the end of its last
  int first_block = 0;            // blocks [first_block, end_block)
  int end_block = 0;
  std::optional<Span> dateline;   // 本报6月16日讯 / 本报呼伦贝尔6月16日电 / DENVER (AP) —
  std::optional<Span> dateline_credit;  // （记者 王皓 许敬） right after the dateline
  std::optional<int> headline;    // block index of its first headline or heading
  std::optional<int> byline;      // block index of its first byline (not a photo credit)
  ArticleStart opened_by = ArticleStart::kStartOfText;
};

struct Structure {
  std::vector<Block> blocks;        // in text order, not overlapping
  std::vector<Article> articles;    // in text order, each a contiguous run of blocks
  bool hard_wrapped = false;        // lines were broken at a column width (see block_splitter.h)

  // Index of the block holding byte `offset`, or -1 between blocks.
  int block_index_at(size_t offset) const;
  // Index of the first block that begins at or after byte `offset`, or
  // blocks.size(): where the blocks of a unit starting there begin.
  size_t first_block_from(size_t offset) const;
  // Index of the article whose span holds byte `offset`, or -1.
  int article_at(size_t offset) const;

  static constexpr std::string_view kName = "structure";

  static Structure compute(const Document& doc);
  // The same for a bare text (UTF-8, '\n' line breaks).
  static Structure compute(std::string_view text);
};

}  // namespace copydesk
