#include "kinds/phrase_words.h"

#include <algorithm>
#include <cctype>

namespace copydesk {

namespace {

// Words after a figure that say nothing of what it is of.
bool is_function_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "million", "billion", "trillion", "thousand", "with", "that", "this", "from", "into", "over", "under",
      "would", "will", "have", "been", "more", "than", "year", "years", "about", "after", "before",
      "their", "them", "they", "which", "when", "where", "while", "also", "each", "were"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

}  // namespace

std::vector<std::string> content_words_after(std::string_view text, size_t end, size_t count) {
  std::vector<std::string> words;
  size_t at = end;
  for (size_t n = 0; n < count && at < text.size(); ++n) {
    // A comma goes on with the phrase ($72 million renovation of the park, a deal that …).
    while (at < text.size() && (text[at] == ' ' || text[at] == '-' || text[at] == ',')) ++at;
    std::string word;
    while (at < text.size() && std::isalpha(static_cast<unsigned char>(text[at]))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[at])));
      ++at;
    }
    if (word.empty()) break;  // a figure, a mark or the line's end: the phrase is over
    if (word.size() >= 4 && !is_function_word(word)) words.push_back(std::move(word));
  }
  return words;
}

bool share_a_word(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return std::any_of(a.begin(), a.end(),
                     [&](const std::string& w) { return std::find(b.begin(), b.end(), w) != b.end(); });
}


}  // namespace copydesk
