#include "kinds/mark_finder.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include "core/byte_set.h"
#include "rules/literal_prefilter.h"

namespace copydesk {

namespace {

// True for a byte that may start a mark: '(', ')', E2, E3 or EF.
bool starts_mark(unsigned char b) { return b == '(' || b == ')' || b == 0xE2 || b == 0xE3 || b == 0xEF; }

// True when the three bytes at `p` (after a lead byte E2, E3 or EF) encode
// one of the marks: ‘ ’ “ ” (E2 80 98/99/9C/9D), 〈〉《》「」『』【】 (E3 80
// 88-91), 〔〕 (E3 80 94/95), （ ） (EF BC 88/89). The common Chinese marks
// ，。、：；！？ — … are turned away here without decoding.
bool encodes_mark(const unsigned char* p) {
  switch (p[0]) {
    case 0xE2: return p[1] == 0x80 && (p[2] == 0x98 || p[2] == 0x99 || p[2] == 0x9C || p[2] == 0x9D);
    case 0xE3: return p[1] == 0x80 && ((p[2] >= 0x88 && p[2] <= 0x91) || p[2] == 0x94 || p[2] == 0x95);
    case 0xEF: return p[1] == 0xBC && (p[2] == 0x88 || p[2] == 0x89);
    default: return false;
  }
}

}  // namespace

// Every mark is '(' or ')' or starts with byte E2 (quotes), E3 (CJK
// brackets) or EF (full-width parentheses); those bytes only ever start a
// character, so they are looked for sixteen bytes at a time, and the
// common marks that share them (，。、：；！？—…) are turned away by their next
// two bytes, without decoding.
size_t next_mark(std::string_view text, size_t at, size_t end) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  for (; at + 16 <= end; at += 16) {
    for (unsigned mask = byte_set_mask<'(', ')', 0xE2, 0xE3, 0xEF>(p + at); mask != 0; mask &= mask - 1) {
      const size_t hit = at + static_cast<size_t>(std::countr_zero(mask));
      if (p[hit] < 0x80 || hit + 3 > text.size() || encodes_mark(p + hit)) return hit;
    }
  }
  // Byte by byte (`at` may be inside a character after the loop above).
  for (; at < end; ++at) {
    const unsigned char b = p[at];
    if (starts_mark(b) && (b < 0x80 || at + 3 > text.size() || encodes_mark(p + at))) return at;
  }
  return end;
}

MarkFinder::MarkFinder(std::string_view text, const PunctuationAnchors& anchors) : text_(text) {
  for (size_t i = 0; i < kLeads.size(); ++i) {
    leads_[i] = anchors.offsets(kLeads[i]);
    if (!leads_[i]) shared_ = false;
  }
}

size_t MarkFinder::next(size_t at, size_t end) {
  if (!shared_ || at < last_at_) return next_mark(text_, at, end);
  last_at_ = at;
  const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
  size_t best = end;
  for (size_t i = 0; i < kLeads.size(); ++i) {
    const std::vector<uint32_t>& offsets = *leads_[i];
    size_t& k = index_[i];
    while (k < offsets.size() && offsets[k] < at) ++k;
    // Lead bytes of the common marks (，。、—…) are passed over for good.
    for (; k < offsets.size() && offsets[k] < best; ++k) {
      const size_t hit = offsets[k];
      if (hit + 3 > text_.size() || encodes_mark(p + hit)) {
        best = hit;
        break;
      }
    }
  }
  for (Paren& paren : parens_) {
    if (!paren.searched || paren.next < at) {
      paren.searched = true;
      const void* found = std::memchr(text_.data() + at, paren.byte, text_.size() - at);
      paren.next = found ? static_cast<const char*>(found) - text_.data() : std::string::npos;
    }
    best = std::min(best, paren.next);
  }
  return std::min(best, end);
}

}  // namespace copydesk
