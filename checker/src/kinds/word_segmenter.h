// Chinese word boundaries from ICU's dictionary-based word BreakIterator, for
// short stretches of text around a candidate repeat. Segmenting a whole page
// costs far more than the few windows the repetition kind needs.
//
// A stretch costs ICU some 30,000 instructions, and pages repeat stretches
// (a story run in two editions, a recurring credit line): the boundaries of
// a stretch depend on its text alone, so a stretch segmented before is
// answered from memory.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
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
  std::vector<size_t> segment(std::u32string_view text);

  // Stretches are forgotten all at once when this many are held, so that
  // memory stays bounded on a text that never repeats.
  static constexpr size_t kMaxKnown = 4096;

  std::unique_ptr<icu::BreakIterator> iterator_;
  std::unordered_map<std::u32string, std::vector<size_t>> known_;  // text -> its boundaries
};

}  // namespace copydesk
