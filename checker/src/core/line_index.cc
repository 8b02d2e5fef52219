#include "core/line_index.h"

#include <algorithm>

namespace copydesk {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts_.push_back(i + 1);
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
  size_t units = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) units += (c >= 0xF0) ? 2 : 1;  // lead bytes; 4-byte = surrogate pair
  }
  return units;
}

}  // namespace copydesk
