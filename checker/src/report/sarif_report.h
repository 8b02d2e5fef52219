// SARIF 2.1.0 for CI annotations (GitHub code scanning and other consumers).
// One run; tool.driver lists every rule of the run; columnKind is
// utf16CodeUnits; results carry ruleId, ruleIndex, level, a message whose
// related locations are each linked exactly once as [text](id), one physical
// location with a relative URI, a full region and a snippet,
// partialFingerprints (GitHub's primaryLocationLineHash and our own key) and
// properties.category. run.properties carries the quality figures: findings
// and findings per 10,000 characters by category, over the run and per
// document. Nothing in it depends on the time or the working directory, so
// the same input gives the same bytes.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "report/run_result.h"

namespace copydesk {

inline constexpr const char* kFingerprintKey = "copydesk/v1";

nlohmann::json run_to_sarif(const RunResult& run);
void write_sarif_report(std::ostream& out, const RunResult& run);

// Escapes '[', ']' and '\\' with a backslash (SARIF 3.11.6), so text quoted
// in a message can never be read as an embedded link.
std::string sarif_escape_brackets(std::string_view text);

// The embedded links [text](id) of a plain-text SARIF message, as the ids
// they point to, in order. Escaped brackets are not links; nor are targets
// that are not decimal ids (e.g. URLs).
std::vector<long long> sarif_message_link_ids(std::string_view text);

// Problems with the links of one SARIF result: a link to an id that no
// related location has, or a related location linked other than exactly
// once. Empty when the result is well formed.
std::vector<std::string> sarif_link_problems(const nlohmann::json& result);

// Rounds a rate for reports (two decimals), so reports stay readable.
double report_rate(double rate);

}  // namespace copydesk
