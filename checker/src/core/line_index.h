// Maps byte offsets in a document's text to 1-based lines and columns.
//
// Columns count UTF-16 code units, SARIF's default columnKind and the one
// GitHub code scanning reads. Line breaks were normalised to '\n' on decoding
// (CRLF and CR each count as one), so lines match the original file's.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace copydesk {

struct LineColumn {
  int line = 1;    // 1-based
  int column = 1;  // 1-based, UTF-16 code units
};

class LineIndex {
 public:
  explicit LineIndex(std::string_view text);

  // Returns the position of byte `offset` (clamped to the text's size).
  LineColumn position(size_t offset) const;
  // The same, for an `offset` at or after byte `from`, whose position is
  // `from_position`: counts on from there rather than from the line's start,
  // so that a span's end, or the next of spans that come in order, costs
  // little more than the bytes between.
  LineColumn position_after(size_t from, LineColumn from_position, size_t offset) const;
  // Returns the 1-based line holding byte `offset`.
  int line_of(size_t offset) const;
  // Returns the text of 1-based line `line`, without its '\n'.
  std::string_view line_text(int line) const;
  int line_count() const { return static_cast<int>(starts_.size()); }

 private:
  // The 1-based column of `offset` on 1-based line `line`, which holds it.
  int column_on(int line, size_t offset) const;

  std::string_view text_;
  std::vector<size_t> starts_;  // byte offset where each line begins
  // UTF-16 code units between a line's start and every kCheckpointBytes-th
  // byte after it, so that a column on a very long line (a 50 MB file
  // without newlines) costs O(1), not O(line). Kept for long lines only:
  // shorter ones are counted when asked, which costs less than counting
  // every byte of the text up front.
  static constexpr size_t kCheckpointBytes = 4096;
  struct LongLine {
    int line;           // 1-based
    size_t checkpoint;  // index of its first checkpoint (0 units, at its start)
  };
  std::vector<LongLine> long_lines_;  // in line order
  std::vector<size_t> checkpoints_;
};

// Returns the number of UTF-16 code units in UTF-8 `text`.
size_t utf16_length(std::string_view text);

}  // namespace copydesk
