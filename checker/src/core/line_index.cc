#include "core/line_index.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
  starts_.shrink_to_fit();  // kept for the document's life: no doubling slack
  for (size_t i = 0; i < starts_.size(); ++i) {
    const size_t start = starts_[i];
    // The last byte a position on this line can name: its '\n', or the end.
    const size_t last = i + 1 < starts_.size() ? starts_[i + 1] - 1 : text.size();
    if (last - start < kCheckpointBytes) continue;
    long_lines_.push_back({static_cast<int>(i + 1), checkpoints_.size()});
    // Counting lead bytes is additive over any split of the bytes, so
    // checkpoints need not fall on character boundaries.
    size_t units = 0;
    for (size_t at = start; at <= last; at += kCheckpointBytes) {
      checkpoints_.push_back(units);
      units += utf16_length(text.substr(at, std::min(kCheckpointBytes, last - at)));
    }
  }
}

int LineIndex::line_of(size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<int>(it - starts_.begin());
}

int LineIndex::column_on(int line, size_t offset) const {
  const size_t start = starts_[line - 1];
  if (offset - start < kCheckpointBytes) {
    return static_cast<int>(utf16_length(text_.substr(start, offset - start))) + 1;
  }
  auto it = std::lower_bound(long_lines_.begin(), long_lines_.end(), line,
                             [](const LongLine& l, int n) { return l.line < n; });
  const size_t block = (offset - start) / kCheckpointBytes;
  const size_t at = start + block * kCheckpointBytes;
  return static_cast<int>(checkpoints_[it->checkpoint + block] + utf16_length(text_.substr(at, offset - at))) + 1;
}

LineColumn LineIndex::position(size_t offset) const {
  offset = std::min(offset, text_.size());
  const int line = line_of(offset);
  return {line, column_on(line, offset)};
}

LineColumn LineIndex::position_after(size_t from, LineColumn from_position, size_t offset) const {
  offset = std::min(offset, text_.size());
  if (offset < from || from_position.line < 1 || from_position.line > line_count()) return position(offset);
  const int line = from_position.line;
  const bool same_line = line == line_count() || offset < starts_[line];
  if (same_line) {
    if (offset - from < kCheckpointBytes) {
      return {line, from_position.column + static_cast<int>(utf16_length(text_.substr(from, offset - from)))};
    }
    return {line, column_on(line, offset)};
  }
  const auto it = std::upper_bound(starts_.begin() + line, starts_.end(), offset);
  const int later = static_cast<int>(it - starts_.begin());
  return {later, column_on(later, offset)};
}

std::string_view LineIndex::line_text(int line) const {
  if (line < 1 || line > line_count()) return {};
  size_t start = starts_[line - 1];
  size_t end = line < line_count() ? starts_[line] - 1 : text_.size();
  return text_.substr(start, end - start);
}

size_t utf16_length(std::string_view text) {
  // Lead bytes count one unit, and a four-byte lead (11110xxx) one more for
  // its surrogate pair.
  size_t units = 0, i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time: a byte lane counts up to two units 127 times
  // before the lanes are added up.
  const __m128i last_continuation = _mm_set1_epi8(static_cast<char>(0xBF));  // signed: leads are above it
  const __m128i four_byte_lead = _mm_set1_epi8(static_cast<char>(0xF0));
  while (text.size() - i >= 16) {
    const size_t blocks = std::min<size_t>((text.size() - i) / 16, 127);
    __m128i counts = _mm_setzero_si128();
    for (size_t b = 0; b < blocks; ++b, i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
      counts = _mm_sub_epi8(counts, _mm_cmpgt_epi8(v, last_continuation));
      counts = _mm_sub_epi8(counts, _mm_cmpeq_epi8(_mm_max_epu8(v, four_byte_lead), v));
    }
    const __m128i sums = _mm_sad_epu8(counts, _mm_setzero_si128());
    units += static_cast<size_t>(_mm_cvtsi128_si32(sums)) + static_cast<size_t>(_mm_cvtsi128_si32(_mm_srli_si128(sums, 8)));
  }
#endif
  // Eight bytes at a time.
  constexpr uint64_t kLow = 0x0101010101010101ULL;
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
