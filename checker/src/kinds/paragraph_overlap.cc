#include "kinds/paragraph_overlap.h"

#include <algorithm>
#include <cstring>

#include "core/utf8.h"

namespace copydesk {

namespace {

size_t content_characters(std::string_view s) {
  size_t n = 0;
  for (Utf8Iterator it(s); !it.done(); it.next()) {
    char32_t c = it.code_point();
    if (c < 0x80 ? (c - U'0' < 10 || (c | 0x20) - U'a' < 26) : is_han(c)) ++n;
  }
  return n;
}

}  // namespace

size_t paragraph_overlap(std::string_view a, std::string_view b, size_t min_content, size_t max_bytes) {
  if (a.size() < 2 || b.empty()) return 0;
  // Proper on both sides: a paragraph printed twice whole is another finding.
  const size_t longest = std::min({a.size() - 1, b.size() - 1, max_bytes});
  // From the longest suffix down, so the first match is the longest overlap.
  for (size_t p = a.find(b[0], a.size() - longest); p != std::string_view::npos; p = a.find(b[0], p + 1)) {
    if ((static_cast<unsigned char>(a[p]) & 0xC0) == 0x80) continue;
    const size_t length = a.size() - p;
    if (std::memcmp(a.data() + p, b.data(), length) != 0) continue;
    return content_characters(a.substr(p)) >= min_content ? length : 0;
  }
  return 0;
}

}  // namespace copydesk
