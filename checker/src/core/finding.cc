#include "core/finding.h"

#include <tuple>

namespace copydesk {

std::string_view baseline_state_name(BaselineState state) {
  switch (state) {
    case BaselineState::kNew: return "new";
    case BaselineState::kUnchanged: return "unchanged";
    case BaselineState::kAbsent: return "absent";
    case BaselineState::kNone: return "";
  }
  return "";
}

bool finding_less(const Finding& a, const Finding& b) {
  return std::tie(a.location.path, a.location.span.begin, a.location.span.end, a.rule_id, a.message) <
         std::tie(b.location.path, b.location.span.begin, b.location.span.end, b.rule_id, b.message);
}

}  // namespace copydesk
