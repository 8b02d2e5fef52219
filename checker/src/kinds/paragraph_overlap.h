// A layout overlap: the end of one paragraph printed again at the start of the
// next, as when a text frame's last lines are set twice.
//
//   …身着摔跤坎肩，脚蹬马靴，在草地上展开激烈角逐
//
//   脚蹬马靴，在草地上展开激烈角逐。最终，来自巴彦花镇的…
//
// duplicate-passage reports the copy; broken-paragraph stays silent there, as
// joining the two paragraphs would keep the copy.
#pragma once

#include <cstddef>
#include <string_view>

namespace copydesk {

// The length in bytes of the longest proper suffix of `a` that `b` starts
// with, among suffixes of at most `max_bytes` bytes and at least
// `min_content` content characters (Han characters, ASCII letters and
// digits); 0 when there is none. Linear in `max_bytes` and the overlap.
size_t paragraph_overlap(std::string_view a, std::string_view b, size_t min_content, size_t max_bytes = 1200);

}  // namespace copydesk
