#include "core/excerpt.h"

namespace copydesk {

namespace {

constexpr std::string_view kCut = " … ";

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string excerpt(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  const size_t room = max_bytes > kCut.size() ? max_bytes - kCut.size() : 0;
  size_t head = room * 2 / 3;
  while (head > 0 && is_continuation(text[head])) --head;
  size_t tail = text.size() - (room - room * 2 / 3);
  while (tail < text.size() && is_continuation(text[tail])) ++tail;
  return std::string(text.substr(0, head)).append(kCut).append(text.substr(tail));
}

}  // namespace copydesk
