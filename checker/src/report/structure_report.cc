#include "report/structure_report.h"

#include <string>
#include <vector>

#include "core/utf8.h"
#include "segment/block_patterns.h"
#include "segment/sentences.h"

namespace copydesk {

namespace {

// The first `limit` characters of `text` on one line (line breaks shown as ⏎).
std::string preview(std::string_view text, size_t limit) {
  std::string out;
  size_t n = 0;
  Utf8Iterator it(text);
  for (; !it.done() && n < limit; it.next(), ++n) {
    char32_t c = it.code_point();
    if (c == '\n') out += "⏎";
    else if (c == '\t') out += ' ';
    else append_utf8(out, c);
  }
  if (!it.done()) out += "…";
  return out;
}

std::string_view start_reason(ArticleStart start) {
  switch (start) {
    case ArticleStart::kStartOfText: return "text before any headline";
    case ArticleStart::kHeadline: return "opened by a headline";
    case ArticleStart::kByline: return "opened by a byline";
    case ArticleStart::kDateline: return "opened by a dateline after another story's text";
    case ArticleStart::kContinuedFrom: return "continued from another page";
    case ArticleStart::kAfterJump: return "text after a story jumped to another page";
  }
  return "";
}

bool is_head(const Block& b, std::string_view text) {
  return b.kind == BlockKind::kHeadline || b.kind == BlockKind::kSubtitle || b.kind == BlockKind::kHeading ||
         (b.kind == BlockKind::kByline && !is_closing_byline(b.span.of(text)));
}

bool is_text(BlockKind k) {
  return k == BlockKind::kParagraph || k == BlockKind::kCaption || k == BlockKind::kSourceNote;
}

// A note for a head block that comes after body text of its own article.
// `first_text` / `last_text`: per article, its first and last text block (-1 if none).
std::string_view placement_note(std::string_view text, const Structure& s, int i, const std::vector<int>& first_text,
                                const std::vector<int>& last_text) {
  const Block& b = s.blocks[i];
  if (!is_head(b, text) || b.article < 0) return "";
  if (first_text[b.article] < 0 || first_text[b.article] > i) return "";
  return last_text[b.article] > i ? "  (inside the story)" : "  (printed after its story)";
}

}  // namespace

void write_structure_text(std::ostream& out, const Document& doc, const Structure& s,
                          const StructureTextOptions& options) {
  const LineIndex& lines = doc.lines();
  const std::vector<Sentence> sentences = Sentences(doc.text(), s).all();
  out << doc.path() << ": " << language_tag(doc.language()) << ", " << s.articles.size() << " article"
      << (s.articles.size() == 1 ? "" : "s") << ", " << s.blocks.size() << " block" << (s.blocks.size() == 1 ? "" : "s")
      << ", " << sentences.size() << " sentence" << (sentences.size() == 1 ? "" : "s")
      << (s.hard_wrapped ? ", hard-wrapped lines" : "") << "\n";
  std::vector<int> first_text(s.articles.size(), -1), last_text(s.articles.size(), -1);
  for (size_t i = 0; i < s.blocks.size(); ++i) {
    int a = s.blocks[i].article;
    if (a < 0 || !is_text(s.blocks[i].kind)) continue;
    if (first_text[a] < 0) first_text[a] = static_cast<int>(i);
    last_text[a] = static_cast<int>(i);
  }
  int current = -2;
  size_t next_sentence = 0;
  for (size_t i = 0; i < s.blocks.size(); ++i) {
    const Block& b = s.blocks[i];
    if (b.article != current) {
      current = b.article;
      out << "\n";
      if (current >= 0) {
        const Article& a = s.articles[current];
        out << "Article " << current + 1 << "  lines " << lines.line_of(a.span.begin) << "-"
            << lines.line_of(a.span.end > a.span.begin ? a.span.end - 1 : a.span.end) << "  "
            << start_reason(a.opened_by) << "\n";
        if (a.headline) out << "  headline: " << preview(doc.slice(s.blocks[*a.headline].span), 60) << "\n";
        if (a.dateline) {
          out << "  dateline: " << preview(doc.slice(*a.dateline), 40);
          if (a.dateline_credit) out << " " << preview(doc.slice(*a.dateline_credit), 40);
          out << "\n";
        }
      } else {
        out << "Outside any article\n";
      }
    }
    std::string line_label = std::to_string(lines.line_of(b.span.begin));
    out << "  " << std::string(line_label.size() < 5 ? 5 - line_label.size() : 0, ' ') << line_label << "  "
        << block_kind_name(b.kind) << std::string(14 - std::min<size_t>(13, block_kind_name(b.kind).size()), ' ')
        << preview(doc.slice(b.span), 36) << placement_note(doc.text(), s, static_cast<int>(i), first_text, last_text) << "\n";
    while (next_sentence < sentences.size() && sentences[next_sentence].block < static_cast<int>(i)) ++next_sentence;
    if (options.sentences) {
      for (size_t k = next_sentence; k < sentences.size() && sentences[k].block == static_cast<int>(i); ++k) {
        out << "                       · " << preview(doc.slice(sentences[k].span), 60) << "\n";
      }
    }
  }
}

nlohmann::json structure_to_json(const Document& doc, const Structure& s) {
  const LineIndex& lines = doc.lines();
  auto span_json = [&](Span span) {
    return nlohmann::json{{"text", std::string(doc.slice(span))}, {"begin", span.begin}, {"end", span.end}};
  };
  nlohmann::json articles = nlohmann::json::array();
  for (size_t i = 0; i < s.articles.size(); ++i) {
    const Article& a = s.articles[i];
    articles.push_back({{"index", i},
                        {"opened_by", std::string(article_start_name(a.opened_by))},
                        {"begin", a.span.begin},
                        {"end", a.span.end},
                        {"start_line", lines.line_of(a.span.begin)},
                        {"end_line", lines.line_of(a.span.end > a.span.begin ? a.span.end - 1 : a.span.end)},
                        {"first_block", a.first_block},
                        {"end_block", a.end_block},
                        {"headline", a.headline ? nlohmann::json(*a.headline) : nlohmann::json()},
                        {"byline", a.byline ? nlohmann::json(*a.byline) : nlohmann::json()},
                        {"dateline", a.dateline ? span_json(*a.dateline) : nlohmann::json()},
                        {"dateline_credit", a.dateline_credit ? span_json(*a.dateline_credit) : nlohmann::json()}});
  }
  nlohmann::json blocks = nlohmann::json::array();
  for (size_t i = 0; i < s.blocks.size(); ++i) {
    const Block& b = s.blocks[i];
    LineColumn start = lines.position(b.span.begin), end = lines.position(b.span.end);
    blocks.push_back({{"index", i},
                      {"kind", std::string(block_kind_name(b.kind))},
                      {"article", b.article},
                      {"begin", b.span.begin},
                      {"end", b.span.end},
                      {"start_line", start.line},
                      {"start_column", start.column},
                      {"end_line", end.line},
                      {"end_column", end.column},
                      {"text", std::string(doc.slice(b.span))}});
  }
  nlohmann::json sentences = nlohmann::json::array();
  for (const Sentence& sentence : Sentences(doc.text(), s).all()) {
    sentences.push_back({{"block", sentence.block},
                         {"begin", sentence.span.begin},
                         {"end", sentence.span.end},
                         {"text", std::string(doc.slice(sentence.span))}});
  }
  return {{"path", doc.path()},
          {"language", std::string(language_tag(doc.language()))},
          {"hard_wrapped", s.hard_wrapped},
          {"articles", articles},
          {"blocks", blocks},
          {"sentences", sentences}};
}

}  // namespace copydesk
