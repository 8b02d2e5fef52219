// The day a run checks its copy on, for the checks that bound a story's year
// by it (Document::checked_on).
#pragma once

#include <string>

namespace copydesk {

// Today's date on the local clock, "YYYY-MM-DD".
std::string local_date_today();

// `given` when set (--today), else local_date_today().
std::string checking_day(const std::string& given);

}  // namespace copydesk
