// JSON Lines: one JSON object per document, so that any engine that shards a
// corpus (Dask, Spark, xargs) can run the binary and merge its output:
//
//   {"file": "a.txt", "characters": 1200, "encoding": "UTF-8", "language": "zh-Hans",
//    "findings": [ ...as in the JSON report... ]}
//
// Files that could not be read are lines with an "error" field instead.
#pragma once

#include <ostream>

#include "report/run_result.h"

namespace copydesk {

void write_jsonl_report(std::ostream& out, const RunResult& run);

}  // namespace copydesk
