// Small helpers for the document-model tests: the kinds and texts of blocks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "segment/structure.h"

namespace copydesk::testing {

inline std::string block_text(std::string_view text, const Structure& s, int i) {
  return std::string(s.blocks[i].span.of(text));
}

// "kind: text" of each block, in order.
inline std::vector<std::string> describe_blocks(std::string_view text, const Structure& s) {
  std::vector<std::string> out;
  for (size_t i = 0; i < s.blocks.size(); ++i) {
    out.push_back(std::string(block_kind_name(s.blocks[i].kind)) + ": " + block_text(text, s, static_cast<int>(i)));
  }
  return out;
}

// The kind of the block whose text is exactly `wanted`; "none" when there is none.
inline std::string kind_of(std::string_view text, const Structure& s, std::string_view wanted) {
  for (size_t i = 0; i < s.blocks.size(); ++i) {
    if (s.blocks[i].span.of(text) == wanted) return std::string(block_kind_name(s.blocks[i].kind));
  }
  return "none";
}

// The article index of the block whose text starts with `prefix`; -2 when there is none.
inline int article_of(std::string_view text, const Structure& s, std::string_view prefix) {
  for (const Block& b : s.blocks) {
    if (b.span.of(text).substr(0, prefix.size()) == prefix) return b.article;
  }
  return -2;
}

}  // namespace copydesk::testing
