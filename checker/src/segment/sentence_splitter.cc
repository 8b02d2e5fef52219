#include "segment/sentence_splitter.h"

#include "core/utf8.h"

namespace copydesk {

namespace {

bool is_terminal(char32_t c) { return c == U'。' || c == U'！' || c == U'？' || c == '!' || c == '?' || c == U'；'; }
bool is_closer(char32_t c) { return c == U'”' || c == U'’' || c == U'」' || c == U'』' || c == U'）' || c == '"'; }

}  // namespace

std::vector<Span> split_sentences(std::string_view text, Span block) {
  std::vector<Span> out;
  std::string_view b = block.of(text);
  size_t start = 0;
  Utf8Iterator it(b);
  while (!it.done()) {
    char32_t c = it.code_point();
    bool english_stop = c == '.' && (it.next_offset() >= b.size() || b[it.next_offset()] == ' ' || b[it.next_offset()] == '\n');
    if (is_terminal(c) || english_stop) {
      it.next();
      while (!it.done() && (is_terminal(it.code_point()) || is_closer(it.code_point()))) it.next();
      out.push_back({block.begin + start, block.begin + it.offset()});
      while (!it.done() && is_space(it.code_point())) it.next();
      start = it.offset();
      continue;
    }
    it.next();
  }
  if (start < b.size()) out.push_back({block.begin + start, block.end});
  return out;
}

}  // namespace copydesk
