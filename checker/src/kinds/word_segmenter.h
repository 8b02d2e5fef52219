// Chinese word boundaries from ICU's dictionary-based word BreakIterator, for
// short stretches of text around a candidate repeat. Segmenting a whole page
// costs far more than the few windows the repetition kind needs.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace copydesk {

class WordSegmenter {
 public:
  WordSegmenter();  // clones a process-wide prototype (creating it is slow)
  ~WordSegmenter();
  WordSegmenter(const WordSegmenter&) = delete;
  WordSegmenter& operator=(const WordSegmenter&) = delete;

  // Returns the word boundaries of `text` as code point indices, including 0
  // and text.size(), in increasing order.
  std::vector<size_t> boundaries(std::u32string_view text);

 private:
  std::unique_ptr<icu::BreakIterator> iterator_;
};

}  // namespace copydesk
