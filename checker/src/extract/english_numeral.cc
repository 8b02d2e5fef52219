#include "extract/english_numeral.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cmath>
#include <string>
#include <vector>

namespace copydesk {

namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A word in lower case, kept on the stack: the words of interest are short,
// and a longer one (empty here) equals none of them.
class Lowered {
 public:
  static constexpr size_t kLongest = 12;
  explicit Lowered(std::string_view s) : size_(s.size() <= kLongest ? s.size() : 0) {
    for (size_t i = 0; i < size_; ++i) {
      char c = s[i];
      buffer_[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  operator std::string_view() const { return {buffer_, size_}; }
  bool operator==(std::string_view other) const { return std::string_view(*this) == other; }
  size_t size() const { return size_; }
  char front() const { return buffer_[0]; }
  char back() const { return buffer_[size_ - 1]; }

 private:
  char buffer_[kLongest];
  size_t size_;
};

Lowered lower(std::string_view s) { return Lowered(s); }

struct Word {
  std::string_view text;
  double value;
};

constexpr std::array<Word, 28> kCardinals = {{
    {"zero", 0},      {"one", 1},        {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},      {"six", 6},        {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},      {"eleven", 11},    {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15},  {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},   {"thirty", 30},    {"forty", 40},     {"fifty", 50},    {"sixty", 60},
    {"seventy", 70},  {"eighty", 80},    {"ninety", 90},
}};

constexpr std::array<Word, 5> kScales = {{
    {"hundred", 100}, {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12},
}};

constexpr std::array<Word, 31> kOrdinals = {{
    {"first", 1},         {"second", 2},       {"third", 3},        {"fourth", 4},       {"fifth", 5},
    {"sixth", 6},         {"seventh", 7},      {"eighth", 8},       {"ninth", 9},        {"tenth", 10},
    {"eleventh", 11},     {"twelfth", 12},     {"thirteenth", 13},  {"fourteenth", 14},  {"fifteenth", 15},
    {"sixteenth", 16},    {"seventeenth", 17}, {"eighteenth", 18},  {"nineteenth", 19},  {"twentieth", 20},
    {"thirtieth", 30},    {"fortieth", 40},    {"fiftieth", 50},    {"sixtieth", 60},    {"seventieth", 70},
    {"eightieth", 80},    {"ninetieth", 90},   {"hundredth", 100},  {"thousandth", 1e3}, {"millionth", 1e6},
    {"billionth", 1e9},
}};

constexpr std::array<Word, 19> kDenominators = {{
    {"half", 2},     {"halves", 2},   {"third", 3},   {"thirds", 3},   {"quarter", 4},  {"quarters", 4},
    {"fourth", 4},   {"fourths", 4},  {"fifth", 5},   {"fifths", 5},   {"sixth", 6},    {"sixths", 6},
    {"seventh", 7},  {"sevenths", 7}, {"eighth", 8},  {"eighths", 8},  {"ninths", 9},   {"tenth", 10},
    {"tenths", 10},
}};

template <size_t N>
const Word* lookup(const std::array<Word, N>& table, std::string_view w) {
  for (const Word& word : table) {
    if (word.text == w) return &word;
  }
  return nullptr;
}

// The word of letters at `pos` ("" when none).
std::string_view word_at(std::string_view text, size_t pos) {
  size_t end = pos;
  while (end < text.size() && is_alpha(text[end])) ++end;
  return text.substr(pos, end - pos);
}

}  // namespace

std::optional<EnglishNumber> parse_english_number(std::string_view text, size_t pos) {
  double total = 0, current = 0, magnitude = 1;
  bool any = false, pending_a = false;
  size_t last_end = pos;
  size_t p = pos;
  EnglishNumber out;
  for (int words = 0; words < 32; ++words) {
    std::string_view raw = word_at(text, p);
    if (raw.empty() || raw.size() > 12) break;
    Lowered w = lower(raw);
    size_t w_end = p + raw.size();
    // Look at the next word, for "a" and "and".
    auto following = [&]() -> Lowered {
      if (w_end < text.size() && (text[w_end] == ' ' || text[w_end] == '-')) return lower(word_at(text, w_end + 1));
      return lower("");
    };
    bool done = false;
    if ((w == "a" || w == "an") && !any) {
      Lowered f = following();
      if (!(lookup(kScales, f) || f == "dozen")) break;
      pending_a = true;
      current = 1;
    } else if (w == "and") {
      Lowered f = following();
      if (!any || !(lookup(kCardinals, f))) break;
    } else if (const Word* card = lookup(kCardinals, w)) {
      // "twenty five" or "one hundred five", but not "five five".
      double below_hundred = std::fmod(current, 100);
      if (any && below_hundred != 0 && !(below_hundred >= 20 && std::fmod(below_hundred, 10) == 0 && card->value < 10)) break;
      current += card->value;
      any = true;
      last_end = w_end;
    } else if (const Word* scale = lookup(kScales, w)) {
      if (!any && !pending_a) break;
      if (scale->value == 100) {
        current = std::max(current, 1.0) * 100;
      } else {
        total += std::max(current, 1.0) * scale->value;
        current = 0;
      }
      magnitude = scale->value;
      any = true;
      last_end = w_end;
    } else if (w == "dozen") {
      if (!any && !pending_a) break;
      current = std::max(current, 1.0) * 12;
      any = true;
      last_end = w_end;
    } else if (const Word* denominator = lookup(kDenominators, w); denominator && any && total == 0 && current > 0 &&
                                                                   current < 20 &&
                                                                   (current == 1 || w.back() == 's' || w == "half")) {
      out.fraction = true;
      current /= denominator->value;
      last_end = w_end;
      done = true;
    } else if (const Word* ordinal = lookup(kOrdinals, w)) {
      if (any && std::fmod(current, 10) != 0) break;
      if (ordinal->value >= 100) current = std::max(current, 1.0) * ordinal->value;
      else current += ordinal->value;
      any = true;
      last_end = w_end;
      done = true;
    } else {
      break;
    }
    if (done) break;
    if (w_end < text.size() && (text[w_end] == ' ' || text[w_end] == '-') && w_end + 1 < text.size() &&
        is_alpha(text[w_end + 1])) {
      p = w_end + 1;
    } else {
      break;
    }
  }
  if (!any) return std::nullopt;
  if (last_end < text.size() && is_alpha(text[last_end])) return std::nullopt;
  out.end = last_end;
  out.value = total + current;
  if (magnitude < 1e3 || std::fmod(out.value, magnitude) != 0) magnitude = 1;
  out.magnitude = out.fraction ? 1 : magnitude;
  return out;
}

namespace {

// The words that may begin a number: a, an, the cardinals and the ordinals.
template <typename Visit>
constexpr void for_each_beginning(Visit visit) {
  visit(std::string_view("a"));
  visit(std::string_view("an"));
  for (const Word& w : kCardinals) visit(w.text);
  for (const Word& w : kOrdinals) visit(w.text);
}

// By first and last letter, bit n set when one of them has n letters: nearly
// every other word is rejected by this mask before any comparison.
constexpr std::array<std::array<uint16_t, 26>, 26> kBeginningLengths = [] {
  std::array<std::array<uint16_t, 26>, 26> lengths{};
  for_each_beginning([&](std::string_view w) { lengths[w.front() - 'a'][w.back() - 'a'] |= uint16_t{1} << w.size(); });
  return lengths;
}();

// The letter's place in the alphabet (either case), or -1.
constexpr int letter_index(char c) {
  if (c >= 'a' && c <= 'z') return c - 'a';
  if (c >= 'A' && c <= 'Z') return c - 'A';
  return -1;
}

}  // namespace

bool may_begin_english_number(std::string_view word) {
  if (word.empty() || word.size() > Lowered::kLongest) return false;
  const int first = letter_index(word.front()), last = letter_index(word.back());
  if (first < 0 || last < 0 || !((kBeginningLengths[first][last] >> word.size()) & 1)) return false;
  // The words that pass, by first letter and length.
  static const auto kBeginnings = [] {
    std::array<std::array<std::vector<std::string_view>, Lowered::kLongest + 1>, 26> words;
    for_each_beginning([&](std::string_view w) { words[w[0] - 'a'][w.size()].push_back(w); });
    return words;
  }();
  Lowered lowered(word);
  for (std::string_view candidate : kBeginnings[lowered.front() - 'a'][word.size()]) {
    if (candidate == lowered) return true;
  }
  return false;
}

std::optional<EnglishScale> english_scale_after(std::string_view text, size_t pos) {
  size_t p = pos;
  if (p < text.size() && text[p] == ' ') ++p;
  Lowered w = lower(word_at(text, p));
  static constexpr Word kWords[] = {{"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12},
                                    {"bn", 1e9},       {"mn", 1e6},      {"bln", 1e9},     {"mln", 1e6}};  // bln, mln: Reuters
  for (const Word& word : kWords) {
    if (w == word.text) return EnglishScale{p + w.size(), word.value};
  }
  return std::nullopt;
}

std::optional<size_t> english_percent_after(std::string_view text, size_t pos) {
  size_t p = pos;
  if (p < text.size() && text[p] == ' ') ++p;
  Lowered w = lower(word_at(text, p));
  if (w == "percent" || w == "pct") return p + w.size();
  if (w == "per" && p + 3 < text.size() && text[p + 3] == ' ' && lower(word_at(text, p + 4)) == "cent") return p + 8;
  return std::nullopt;
}

bool english_ordinal_word(std::string_view words) {
  size_t start = words.size();
  while (start > 0 && is_alpha(words[start - 1])) --start;
  return lookup(kOrdinals, lower(words.substr(start))) != nullptr;
}

}  // namespace copydesk
