#include "core/line_index.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace copydesk {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  const char* base = text.data();
  const char* end = base + text.size();
  for (const char* p = base; p < end;) {
    const void* nl = std::memchr(p, '\n', end - p);
    if (!nl) break;
    p = static_cast<const char*>(nl) + 1;
    starts_.push_back(p - base);
  }
  checkpoints_.reserve(text.size() / kCheckpointBytes + 1);
  size_t units = 0;
  for (size_t at = 0; at < text.size(); at += kCheckpointBytes) {
    checkpoints_.push_back(units);
    units += utf16_length(text.substr(at, kCheckpointBytes));
  }
}

// Counting lead bytes is additive over any split of the bytes, so checkpoints
// need not fall on character boundaries.
size_t LineIndex::units_before(size_t offset) const {
  if (checkpoints_.empty()) return 0;
  const size_t block = std::min(offset / kCheckpointBytes, checkpoints_.size() - 1);
  const size_t at = block * kCheckpointBytes;
  return checkpoints_[block] + utf16_length(text_.substr(at, offset - at));
}

int LineIndex::line_of(size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<int>(it - starts_.begin());
}

LineColumn LineIndex::position(size_t offset) const {
  offset = std::min(offset, text_.size());
  int line = line_of(offset);
  const size_t start = starts_[line - 1];
  if (offset - start < kCheckpointBytes) {
    return {line, static_cast<int>(utf16_length(text_.substr(start, offset - start))) + 1};
  }
  return {line, static_cast<int>(units_before(offset) - units_before(start)) + 1};
}

std::string_view LineIndex::line_text(int line) const {
  if (line < 1 || line > line_count()) return {};
  size_t start = starts_[line - 1];
  size_t end = line < line_count() ? starts_[line] - 1 : text_.size();
  return text_.substr(start, end - start);
}

size_t utf16_length(std::string_view text) {
  // Lead bytes count one unit, and a four-byte lead (11110xxx) one more for
  // its surrogate pair; eight bytes at a time.
  constexpr uint64_t kLow = 0x0101010101010101ULL;
  size_t units = 0, i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, text.data() + i, 8);
    const uint64_t continuation = (w >> 7) & ~(w >> 6) & kLow;  // 10xxxxxx
    const uint64_t four_byte_lead = (w >> 7) & (w >> 6) & (w >> 5) & (w >> 4) & kLow;  // 1111xxxx
    units += 8 - ((continuation * kLow) >> 56) + ((four_byte_lead * kLow) >> 56);
  }
  for (; i < text.size(); ++i) {
    const unsigned char c = text[i];
    if ((c & 0xC0) != 0x80) units += (c >= 0xF0) ? 2 : 1;
  }
  return units;
}

}  // namespace copydesk
