// Writing a large JSON report without building it whole: the report is built
// with an empty array where its findings go, dumped, and written around the
// items, each dumped on its own. The text is the same as dump(2) of the whole
// value, while memory holds one item at a time instead of every finding twice
// (as JSON values and as text).
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>

namespace copydesk {

// Writes `frame` (a dump(2) text) to `out`, with the empty array that follows
// `key_line` (e.g. "\n  \"findings\": " — a key at its indentation) filled with
// the items `produce` passes to its argument, in order.
void write_spliced(std::ostream& out, const std::string& frame, std::string_view key_line,
                   const std::function<void(const std::function<void(const nlohmann::json&)>&)>& produce);

// The indentation of the items of the array that follows `key_line`: one
// level (two spaces) deeper than the key.
size_t spliced_item_indent(std::string_view key_line);

// The same with items already written as text, each as dump(2) would write it
// inside the frame: at spliced_item_indent(key_line), without the leading
// spaces of its first line.
void write_spliced_text(std::ostream& out, const std::string& frame, std::string_view key_line,
                        const std::function<void(const std::function<void(const std::string&)>&)>& produce);

}  // namespace copydesk
