#include "report/report_limits.h"

namespace copydesk {

namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string report_excerpt(std::string_view text) {
  if (text.size() <= kMaxReportedText) return std::string(text);
  size_t head = kMaxReportedText * 2 / 3;
  while (head > 0 && is_continuation(text[head])) --head;
  size_t tail = text.size() - kMaxReportedText / 3;
  while (tail < text.size() && is_continuation(text[tail])) ++tail;
  return std::string(text.substr(0, head)) + " … " + std::string(text.substr(tail));
}

const std::string* reportable_fix(const Finding& f) {
  return f.fix && f.fix->size() <= kMaxReportedFix ? &*f.fix : nullptr;
}

}  // namespace copydesk
