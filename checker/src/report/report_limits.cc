#include "report/report_limits.h"

#include "core/excerpt.h"

namespace copydesk {

std::string report_excerpt(std::string_view text) { return excerpt(text, kMaxReportedText); }

const std::string* reportable_fix(const Finding& f) {
  return f.fix && f.fix->size() <= kMaxReportedFix ? &*f.fix : nullptr;
}

}  // namespace copydesk
