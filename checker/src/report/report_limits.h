// Bounds on what a report repeats of a finding. A whole-document finding (one
// summary of a page's half-width commas, say) spans the whole text: reports
// show an excerpt of it, and leave a replacement that large to `copydesk fix`
// rather than copying megabytes into a log (GitHub rejects SARIF uploads over
// 10 MB, and nobody reviews a fix that size by eye).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/finding.h"

namespace copydesk {

constexpr size_t kMaxReportedText = 2000;      // bytes of a finding's text shown whole
constexpr size_t kMaxReportedFix = 64 * 1024;  // bytes of a replacement written into a report

// `text` itself when short; else its beginning and end around " … " (see
// core/excerpt.h), at most kMaxReportedText bytes.
std::string report_excerpt(std::string_view text);

// The finding's replacement when a report should carry it: there is one and
// it is at most kMaxReportedFix bytes.
const std::string* reportable_fix(const Finding& f);

}  // namespace copydesk
