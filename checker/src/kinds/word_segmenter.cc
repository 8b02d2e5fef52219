#include "kinds/word_segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <mutex>

namespace copydesk {

namespace {

const icu::BreakIterator* prototype() {
  static std::once_flag once;
  static icu::BreakIterator* instance = nullptr;
  std::call_once(once, [] {
    UErrorCode status = U_ZERO_ERROR;
    instance = icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status);
    if (U_FAILURE(status)) {
      delete instance;
      instance = nullptr;
    }
  });
  return instance;
}

}  // namespace

WordSegmenter::WordSegmenter() {
  if (const icu::BreakIterator* p = prototype()) iterator_.reset(p->clone());
}

WordSegmenter::~WordSegmenter() = default;

std::vector<size_t> WordSegmenter::boundaries(std::u32string_view text) {
  std::u32string key(text);
  if (auto it = known_.find(key); it != known_.end()) return it->second;
  if (known_.size() >= kMaxKnown) known_.clear();
  return known_.emplace(std::move(key), segment(text)).first->second;
}

std::vector<size_t> WordSegmenter::segment(std::u32string_view text) {
  std::vector<size_t> result;
  if (!iterator_) {  // no ICU data: every character is its own word
    for (size_t i = 0; i <= text.size(); ++i) result.push_back(i);
    return result;
  }
  icu::UnicodeString u;
  std::vector<size_t> unit_to_index;  // UTF-16 unit -> code point index
  for (size_t i = 0; i < text.size(); ++i) {
    int32_t before = u.length();
    u.append(static_cast<UChar32>(text[i]));
    for (int32_t k = before; k < u.length(); ++k) unit_to_index.push_back(i);
  }
  unit_to_index.push_back(text.size());
  iterator_->setText(u);
  for (int32_t b = iterator_->first(); b != icu::BreakIterator::DONE; b = iterator_->next()) {
    size_t index = unit_to_index[static_cast<size_t>(b)];
    if (result.empty() || result.back() != index) result.push_back(index);
  }
  return result;
}

}  // namespace copydesk
