// The report for people: compiler-style lines, the source line with a marker
// under the span, and a summary with counts by category.
//
//   seeds/004.txt:12:5: warning: Doubled word “围绕”: delete one copy. [zh-Hans.doubled-word]
//       围绕围绕高质量发展
//       ^~~~
#pragma once

#include <ostream>

#include "report/run_result.h"

namespace copydesk {

struct TextReportOptions {
  bool color = false;
  bool show_source = true;
};

void write_text_report(std::ostream& out, const RunResult& run, const TextReportOptions& options = {});

// Display width of UTF-8 text in a terminal (CJK and full-width forms take two).
size_t display_width(std::string_view text);

}  // namespace copydesk
