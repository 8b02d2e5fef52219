// SARIF 2.1.0 for CI annotations (GitHub code scanning and other consumers).
// One run; tool.driver lists every rule of the run; columnKind is
// utf16CodeUnits; results carry ruleId, ruleIndex, level, a message whose
// related locations are linked as [text](id), one physical location with a
// full region and snippet, partialFingerprints and properties.category.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "report/run_result.h"

namespace copydesk {

inline constexpr const char* kFingerprintKey = "copydesk/v1";

nlohmann::json run_to_sarif(const RunResult& run);
void write_sarif_report(std::ostream& out, const RunResult& run);

// Escapes '[' and ']' so message text cannot be read as a link.
std::string sarif_escape_brackets(std::string_view text);

}  // namespace copydesk
