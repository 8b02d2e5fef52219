// The words that say what an English figure is of: the content words among
// the first few after it ("$2.1 billion in oil, gas and coal holdings" gives
// oil, coal, holdings). Two figures that share one name the same thing, as
// far as a headline check or a magnitude check needs to know.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

// The content words (four letters or more, not function words or scale words)
// among the first `words` words after byte `end` of `text`, lower-cased. A
// comma goes on with the phrase; a figure, a period or another mark ends it.
std::vector<std::string> content_words_after(std::string_view text, size_t end, size_t words = 6);

bool share_a_word(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace copydesk
