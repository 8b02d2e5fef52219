// The dates of a document as `copydesk extract` shows them: each mention with
// its kind, the resolved date, and the reference date it was resolved against.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "core/document.h"
#include "driver/extract_command.h"

namespace copydesk {

// One line per reference, then one line per mention:
//   12:1  date      6月15日  -> 2026-06-15  (ref dateline 2026-06-16)
void print_dates(const Document& doc, std::ostream& out);

// {"publication": {...}|null, "references": [...], "dates": [{text, kind, line,
//  column, begin, end, resolved, end_date?, valid, reference, ...}]}
nlohmann::json dates_to_json(const Document& doc);

// The dates section of `copydesk extract`: the two above, counted by mention.
ExtractSection dates_section();

}  // namespace copydesk
