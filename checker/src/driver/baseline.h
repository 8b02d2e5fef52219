// Baselines: a previous report (SARIF or JSON from copydesk) against which the
// current findings are marked new or unchanged, and the vanished ones absent.
//
// Matching counts, as ESLint's and PHPStan's baselines do: the baseline holds
// a multiset of (path, rule id, fingerprint hash); current findings, in report
// order, consume entries. A finding with nothing left to consume is new; what
// is left over is absent. So one duplicate inserted early in a file makes one
// new finding instead of relabelling every later one.
#pragma once

#include <string>
#include <vector>

#include "core/finding.h"
#include "core/status.h"

namespace copydesk {

struct Baseline {
  std::vector<Finding> findings;  // as read: rule id, path, fingerprint, message, location
};

// Reads a copydesk SARIF or JSON report.
Result<Baseline> load_baseline(const std::string& path);

// Sets baseline_state on `findings` and returns the baseline findings that are
// absent now (with state kAbsent).
std::vector<Finding> apply_baseline(std::vector<Finding>& findings, const Baseline& baseline);

}  // namespace copydesk
