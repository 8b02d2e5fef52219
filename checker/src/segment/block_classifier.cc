#include "segment/block_classifier.h"

#include <re2/re2.h>

#include "core/utf8.h"

namespace copydesk {

namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  while (starts_with(s, "\xE3\x80\x80")) s.remove_prefix(3);  // U+3000
  return s;
}

bool ends_sentence(std::string_view s) {
  s = trim(s);
  if (s.empty()) return false;
  size_t last = previous_offset(s, s.size());
  char32_t c = code_point_at(s, last);
  if (c == U'”' || c == U'’' || c == U'」' || c == U'）' || c == ')' || c == '"') {
    if (last == 0) return false;
    c = code_point_at(s, previous_offset(s, last));
  }
  return c == U'。' || c == U'！' || c == U'？' || c == '.' || c == '!' || c == '?' || c == U'…' || c == U'；';
}

const RE2& byline_re() {
  static const RE2 re(R"(^(□|■)?\s*(本报(记者|通讯员|见习记者)|记者|通讯员|新华社记者|By [A-Z]).{0,40}$)");
  return re;
}
const RE2& continuation_re() {
  static const RE2 re(R"(^\s*■?\s*[（(]?(下转|上接|转第|接第).{0,12}版[）)]?\s*$)");
  return re;
}
const RE2& caption_re() {
  static const RE2 re(R"(.*(\s|　)[^\s　]{2,4}\s*摄\s*$)");
  return re;
}
const RE2& page_header_re() {
  static const RE2 re(R"(^\s*\d{4}年\d{1,2}月\d{1,2}日\s*(　|\s)*星期.*)");
  return re;
}
const RE2& dateline_re() {
  static const RE2 re(
      R"(^(本报[^\s，。、（(]{0,10}?[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日(讯|电)|新华社[^\s，。]{0,10}?[0-9]{1,2}月[0-9]{1,2}日电|[A-Z][A-Z .,']{1,40}\((AP|Reuters|AFP|Bloomberg)\)\s*[—–-]+))");
  return re;
}

}  // namespace

bool is_blank_line(std::string_view line) { return trim(line).empty(); }

bool is_standalone_line(std::string_view line) {
  std::string_view t = trim(line);
  return starts_with(t, "#") || RE2::FullMatch(t, byline_re()) || RE2::FullMatch(t, continuation_re());
}

void classify_blocks(std::string_view text, std::vector<Block>& blocks) {
  for (size_t i = 0; i < blocks.size(); ++i) {
    Block& b = blocks[i];
    std::string_view t = trim(b.span.of(text));
    bool one_line = t.find('\n') == std::string_view::npos;
    size_t chars = code_point_count(t);
    if (starts_with(t, "#")) {
      b.kind = BlockKind::kHeading;
    } else if (one_line && RE2::FullMatch(t, continuation_re())) {
      b.kind = BlockKind::kContinuation;
    } else if (one_line && RE2::FullMatch(t, byline_re())) {
      b.kind = BlockKind::kByline;
    } else if (one_line && RE2::FullMatch(t, page_header_re())) {
      b.kind = BlockKind::kPageHeader;
    } else if (starts_with(t, "——") || starts_with(t, "—— ")) {
      b.kind = BlockKind::kSourceNote;
    } else if (RE2::FullMatch(t, caption_re()) && chars <= 200) {
      b.kind = BlockKind::kCaption;
    } else if (one_line && chars <= 40 && !ends_sentence(t)) {
      bool after_headline = i > 0 && (blocks[i - 1].kind == BlockKind::kHeadline || blocks[i - 1].kind == BlockKind::kHeading);
      b.kind = after_headline ? BlockKind::kSubtitle : BlockKind::kHeadline;
    } else {
      b.kind = BlockKind::kParagraph;
    }
  }
}

std::optional<Span> find_dateline(std::string_view text, Span paragraph) {
  std::string_view p = paragraph.of(text);
  re2::StringPiece match;
  if (RE2::PartialMatch(p, dateline_re(), &match)) {
    size_t begin = paragraph.begin + (match.data() - p.data());
    return Span{begin, begin + match.size()};
  }
  return std::nullopt;
}

}  // namespace copydesk
