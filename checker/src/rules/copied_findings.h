// A passage printed twice carries its slips twice: a wrong conversion inside
// a paragraph that a layout fault repeated is one slip, and duplicate-passage
// already reports the copy. A finding inside the later copy of a duplicated
// passage is dropped when a finding of the same rule with the same text lies
// inside the first copy.
#pragma once

#include <vector>

#include "core/finding.h"

namespace copydesk {

// REQUIRES: `findings` are of one document, in finding_less order.
void drop_findings_repeated_in_copies(std::vector<Finding>& findings);

}  // namespace copydesk
