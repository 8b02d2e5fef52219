#include "segment/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>
#include <string>

#include "segment/text_shape.h"

namespace copydesk {

namespace {

icu::BreakIterator* sentence_iterator() {
  // Building a break iterator costs far more than using one; each thread keeps one.
  static thread_local std::unique_ptr<icu::BreakIterator> iterator;
  static thread_local bool tried = false;
  if (!tried) {
    tried = true;
    UErrorCode status = U_ZERO_ERROR;
    iterator.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    if (U_FAILURE(status)) iterator.reset();
  }
  return iterator.get();
}

void add_trimmed(std::string_view text, size_t begin, size_t end, std::vector<Span>& out) {
  std::string_view piece = trim_text(text.substr(begin, end - begin));
  if (piece.empty()) return;
  size_t b = static_cast<size_t>(piece.data() - text.data());
  out.push_back({b, b + piece.size()});
}

}  // namespace

std::vector<Span> split_sentences(std::string_view text, Span block) {
  std::vector<Span> out;
  std::string_view b = block.of(text);
  icu::BreakIterator* bi = sentence_iterator();
  if (b.empty()) return out;
  if (!bi) {
    add_trimmed(text, block.begin, block.end, out);
    return out;
  }
  // Same bytes with line breaks as spaces, so byte offsets stay the same.
  std::string flat(b);
  for (char& c : flat) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, flat.data(), static_cast<int64_t>(flat.size()), &status);
  if (U_FAILURE(status)) {
    add_trimmed(text, block.begin, block.end, out);
    return out;
  }
  bi->setText(ut, status);
  if (U_FAILURE(status)) {
    utext_close(ut);
    add_trimmed(text, block.begin, block.end, out);
    return out;
  }
  // With a UTF-8 UText, ICU's native indexes are byte offsets into `flat`.
  int32_t start = bi->first();
  for (int32_t end = bi->next(); end != icu::BreakIterator::DONE; start = end, end = bi->next()) {
    add_trimmed(text, block.begin + static_cast<size_t>(start), block.begin + static_cast<size_t>(end), out);
  }
  // Detach the iterator from the text before the text goes away.
  icu::UnicodeString empty;
  bi->setText(empty);
  utext_close(ut);
  return out;
}

}  // namespace copydesk
