// The report for people: compiler-style lines, the source line with a marker
// under the span, and a summary with counts by category and the quality
// figure, findings per 10,000 characters by category, for the run and for
// each document with findings. Colour only when asked (the CLI asks on a terminal).
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
