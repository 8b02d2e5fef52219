#include "segment/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstdint>
#include <memory>
#include <string>

#include "segment/sentence_breaks.h"
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

std::optional<std::vector<size_t>> icu_sentence_boundaries(std::string_view block) {
  icu::BreakIterator* bi = sentence_iterator();
  if (!bi) return std::nullopt;
  // Same bytes with line breaks as spaces, so byte offsets stay the same.
  std::string flat(block);
  for (char& c : flat) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, flat.data(), static_cast<int64_t>(flat.size()), &status);
  if (U_FAILURE(status)) return std::nullopt;
  bi->setText(ut, status);
  if (U_FAILURE(status)) {
    utext_close(ut);
    return std::nullopt;
  }
  // With a UTF-8 UText, ICU's native indexes are byte offsets into `flat`.
  std::vector<size_t> boundaries;
  for (int32_t at = bi->first(); at != icu::BreakIterator::DONE; at = bi->next()) {
    boundaries.push_back(static_cast<size_t>(at));
  }
  // Detach the iterator from the text before the text goes away.
  icu::UnicodeString empty;
  bi->setText(empty);
  utext_close(ut);
  return boundaries;
}

BlockSentences::BlockSentences(std::string_view text, Span block) : text_(text), block_(block) {
  if (block.empty()) return;
  // Without ICU's iterator the block is one sentence, whichever way it would split.
  if (!sentence_iterator()) {
    add_trimmed(text, block.begin, block.end, found_);
    return;
  }
  complete_ = false;
}

const std::vector<Span>& BlockSentences::up_to(size_t offset) {
  std::string_view b = block_.of(text_);
  while (!complete_ && block_.begin + split_ <= offset) {
    size_t end = simple_sentence_end(b, split_);
    if (end == std::string_view::npos) {
      split_with_icu();
      break;
    }
    add_trimmed(text_, block_.begin + split_, block_.begin + end, found_);
    split_ = end;
    complete_ = end == b.size();
  }
  return found_;
}

void BlockSentences::split_with_icu() {
  found_.clear();
  complete_ = true;
  std::optional<std::vector<size_t>> boundaries = icu_sentence_boundaries(block_.of(text_));
  if (!boundaries) {
    add_trimmed(text_, block_.begin, block_.end, found_);
    return;
  }
  for (size_t i = 0; i + 1 < boundaries->size(); ++i) {
    add_trimmed(text_, block_.begin + (*boundaries)[i], block_.begin + (*boundaries)[i + 1], found_);
  }
}

std::vector<Span> split_sentences(std::string_view text, Span block) {
  BlockSentences sentences(text, block);
  sentences.up_to(SIZE_MAX);
  return sentences.take();
}

}  // namespace copydesk
