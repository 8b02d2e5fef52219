// A bounded view of a long text: its beginning and end around " … ".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace copydesk {

// `text` itself when it has at most `max_bytes` bytes; else its first two
// thirds and last third of `max_bytes` around " … ", cut on character
// boundaries, at most `max_bytes` bytes in all (so an excerpt of an excerpt is
// the excerpt itself).
std::string excerpt(std::string_view text, size_t max_bytes);

}  // namespace copydesk
