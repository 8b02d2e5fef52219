// A length of time in hours and minutes written next to the two times of day
// it spans: "began at 9:30 a.m. … ended at 2:10 p.m., four hours and 40
// minutes later"; 上午9时开始，下午2时10分结束，历时4小时40分钟. Used by
// date-consistency (check `time-span`), which finds the times; this finds the
// length.
#pragma once

#include <optional>
#include <string_view>

#include "core/span.h"

namespace copydesk {

struct TimeLength {
  Span span;        // the length as written: "four hours and 40 minutes", 历时4小时40分钟
  int minutes = 0;
};

// The one exact length of time of `sentence` (offsets into it), or nullopt
// when it has none, more than one, or one given roughly (about five hours,
// 4个多小时, 约3小时): N hours (and M minutes), N minutes; in Chinese after
// 历时, 用时, 耗时, 持续, 历经 or 前后: N(个)小时(M分钟), N个半小时, M分钟.
std::optional<TimeLength> find_time_length(std::string_view sentence);

}  // namespace copydesk
