#include "segment/article_builder.h"

#include <string>

#include "core/utf8.h"
#include "segment/block_patterns.h"
#include "segment/text_shape.h"

namespace copydesk {

namespace {

// Blocks that belong to a head group.
bool is_head(const Block& b) {
  switch (b.kind) {
    case BlockKind::kHeadline:
    case BlockKind::kSubtitle:
    case BlockKind::kHeading: return true;
    case BlockKind::kByline: return !b.closing_byline;
    default: return false;
  }
}

bool is_body_text(BlockKind k) {
  return k == BlockKind::kParagraph || k == BlockKind::kCaption || k == BlockKind::kSourceNote;
}

// A headline's words without spaces or the dash of a subtitle, to compare heads.
std::string head_key(std::string_view t) {
  std::string key;
  for (Utf8Iterator it(trim_text(t)); !it.done(); it.next()) {
    char32_t c = it.code_point();
    if (is_space(c) || c == U'—' || c == '-' || c == '#') continue;
    append_utf8(key, c);
  }
  return key;
}

// The end (exclusive) of the head group that starts at `begin`; `head` holds
// is_head() of each block.
size_t head_group_end(std::string_view text, const std::vector<Block>& blocks, const std::vector<bool>& head,
                      size_t begin) {
  int lowest_heading = markdown_heading_level(blocks[begin].span.of(text));
  bool only_headings = blocks[begin].kind == BlockKind::kHeading;
  size_t end = begin + 1;
  for (; end < blocks.size() && head[end]; ++end) {
    const Block& b = blocks[end];
    std::string_view t = b.span.of(text);
    bool titled = b.kind == BlockKind::kHeadline || b.kind == BlockKind::kHeading || b.kind == BlockKind::kSubtitle;
    if (titled && blocks[end - 1].kind == BlockKind::kByline) {
      // A byline ends a group, unless the next line repeats the group's own title.
      std::string key = head_key(t);
      bool repeats = false;
      // Only the last few blocks: a title repeats right after its own byline.
      for (size_t i = end > begin + 8 ? end - 8 : begin; i < end; ++i) {
        if (blocks[i].kind != BlockKind::kByline && head_key(blocks[i].span.of(text)) == key) repeats = true;
      }
      if (!repeats) break;
    }
    if (b.kind == BlockKind::kHeading) {
      int level = markdown_heading_level(t);
      if (!only_headings || level <= lowest_heading) break;
      lowest_heading = level;
    } else {
      only_headings = false;
    }
  }
  return end;
}

bool all_labels(std::string_view text, const std::vector<Block>& blocks, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    if (!is_bracket_label(blocks[i].span.of(text))) return false;
  }
  return true;
}

}  // namespace

std::vector<Article> build_articles(std::string_view text, std::vector<Block>& blocks) {
  std::vector<Article> articles;
  int current = -1;
  bool has_body = false;
  bool has_story_text = false;  // has_body, captions aside
  bool jumped = false;  // the current story continues on another page (■下转第5版)

  auto open = [&](size_t first, ArticleStart why) {
    Article a;
    a.first_block = static_cast<int>(first);
    a.opened_by = why;
    articles.push_back(a);
    current = static_cast<int>(articles.size()) - 1;
    has_body = false;
    has_story_text = false;
    jumped = false;
  };

  // is_head() of each block, worked out once.
  std::vector<bool> head(blocks.size());
  for (size_t i = 0; i < blocks.size(); ++i) head[i] = is_head(blocks[i]);

  for (size_t i = 0; i < blocks.size();) {
    Block& b = blocks[i];
    std::string_view t = b.span.of(text);
    if (b.kind == BlockKind::kPageHeader) {
      b.article = -1;
      current = -1;
      ++i;
      continue;
    }
    if (head[i]) {
      size_t end = head_group_end(text, blocks, head, i);
      bool ends_text = end >= blocks.size() || blocks[end].kind == BlockKind::kPageHeader;
      bool before_head = end < blocks.size() && head[end];
      bool before_plain_text =
          end < blocks.size() && blocks[end].kind == BlockKind::kParagraph && !blocks[end].opens_with_dateline;
      bool after_open_sentence = i > 0 && blocks[i - 1].kind == BlockKind::kParagraph &&
                                 !ends_sentence(blocks[i - 1].span.of(text));
      bool in_story = current >= 0 && has_body;
      bool trailing = in_story && (ends_text || before_head);
      bool subheading = in_story && ((after_open_sentence && before_plain_text) || all_labels(text, blocks, i, end));
      bool titled = false;
      for (size_t j = i; j < end; ++j) titled = titled || blocks[j].kind != BlockKind::kByline;
      // Bylines after a headline and a photo's caption, before any story
      // text, are that story's.
      const bool story_byline = !titled && current >= 0 && !has_story_text;
      if (!trailing && !subheading && !story_byline) open(i, titled ? ArticleStart::kHeadline : ArticleStart::kByline);
      for (size_t j = i; j < end; ++j) blocks[j].article = current;
      i = end;
      continue;
    }

    std::optional<JumpDirection> jump =
        b.kind == BlockKind::kContinuation ? continuation_marker(t) : std::nullopt;
    bool dateline = b.kind == BlockKind::kParagraph && b.opens_with_dateline;
    bool continued_from = jump == JumpDirection::kContinuedFrom;
    if (current < 0) {
      open(i, continued_from ? ArticleStart::kContinuedFrom
                             : dateline ? ArticleStart::kDateline : ArticleStart::kStartOfText);
    } else if (has_story_text && dateline) {
      open(i, ArticleStart::kDateline);
    } else if (has_body && continued_from) {
      open(i, ArticleStart::kContinuedFrom);
    } else if (jumped && b.kind == BlockKind::kParagraph) {
      open(i, dateline ? ArticleStart::kDateline : ArticleStart::kAfterJump);
    }
    b.article = current;
    if (is_body_text(b.kind)) has_body = true;
    // A photo's caption between a headline and its dateline is no story of its own.
    if (is_body_text(b.kind) && b.kind != BlockKind::kCaption) has_story_text = true;
    if (jump == JumpDirection::kContinuedOn) jumped = true;
    ++i;
  }

  for (size_t a = 0; a < articles.size(); ++a) {
    Article& article = articles[a];
    int end = article.first_block;
    while (end < static_cast<int>(blocks.size()) && blocks[end].article == static_cast<int>(a)) ++end;
    article.end_block = end;
    article.span = {blocks[article.first_block].span.begin, blocks[end - 1].span.end};
    for (int i = article.first_block; i < end; ++i) {
      const Block& b = blocks[i];
      if (!article.headline && (b.kind == BlockKind::kHeadline || b.kind == BlockKind::kHeading) &&
          !is_bracket_label(b.span.of(text)))
        article.headline = i;
      if (!article.byline && b.kind == BlockKind::kByline && head[i]) article.byline = i;
    }
    for (int i = article.first_block; i < end; ++i) {
      if (blocks[i].kind != BlockKind::kParagraph) continue;
      // Its span is worked out for the first paragraph of an article only.
      auto found = blocks[i].opens_with_dateline ? leading_dateline(blocks[i].span.of(text)) : std::nullopt;
      if (found) {
        Span paragraph = blocks[i].span;
        article.dateline = Span{paragraph.begin + found->begin, paragraph.begin + found->end};
        std::string_view rest = text.substr(article.dateline->end, paragraph.end - article.dateline->end);
        if (auto credit = dateline_credit(rest)) {
          article.dateline_credit = Span{article.dateline->end + credit->begin, article.dateline->end + credit->end};
        }
      }
      break;
    }
  }
  return articles;
}

}  // namespace copydesk
