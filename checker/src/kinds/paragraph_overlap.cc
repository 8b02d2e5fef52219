#include "kinds/paragraph_overlap.h"

#include <algorithm>
#include <cstring>  // memcmp, memmem (glibc)

#include "core/utf8.h"

namespace copydesk {

namespace {

size_t content_characters(std::string_view s) {
  size_t n = 0;
  for (Utf8Iterator it(s); !it.done(); it.next()) {
    char32_t c = it.code_point();
    if (is_text_content(c)) ++n;
  }
  return n;
}

}  // namespace

size_t paragraph_overlap(std::string_view a, std::string_view b, size_t min_content, size_t max_bytes) {
  if (a.size() < 2 || b.empty()) return 0;
  // Proper on both sides: a paragraph printed twice whole is another finding.
  const size_t longest = std::min({a.size() - 1, b.size() - 1, max_bytes});
  // An overlap of min_content characters is at least that many bytes: its
  // first bytes are searched for at once (memmem), which in Chinese text,
  // where every third byte is a lead byte, is far rarer than the first byte.
  const size_t head = std::max<size_t>(1, std::min(min_content, longest));
  if (longest < head) return 0;
  // From the longest suffix down, so the first match is the longest overlap.
  const char* const end = a.data() + a.size() - head + 1;  // where a head can still start
  for (const char* at = a.data() + (a.size() - longest); at < end;) {
    const void* found = memmem(at, static_cast<size_t>(end - at) + head - 1, b.data(), head);
    if (found == nullptr) return 0;
    const size_t p = static_cast<const char*>(found) - a.data();
    at = static_cast<const char*>(found) + 1;
    if ((static_cast<unsigned char>(a[p]) & 0xC0) == 0x80) continue;
    const size_t length = a.size() - p;
    if (std::memcmp(a.data() + p, b.data(), length) != 0) continue;
    return content_characters(a.substr(p)) >= min_content ? length : 0;
  }
  return 0;
}

}  // namespace copydesk
