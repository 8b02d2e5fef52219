// A half-open range of byte offsets into a document's decoded UTF-8 text.
//
// Every analysis and every finding refers to text through Spans; line and
// column numbers are computed only when a finding is reported (see
// core/line_index.h), so rules never deal with them.
#pragma once

#include <cstddef>
#include <string_view>

namespace copydesk {

struct Span {
  size_t begin = 0;
  size_t end = 0;

  size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool contains(size_t offset) const { return offset >= begin && offset < end; }
  bool contains(Span other) const { return other.begin >= begin && other.end <= end; }
  bool overlaps(Span other) const { return begin < other.end && other.begin < end; }
  std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }

  friend bool operator==(Span, Span) = default;
  friend auto operator<=>(Span, Span) = default;
};

}  // namespace copydesk
