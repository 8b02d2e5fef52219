#include "extract/figure_starts.h"

#include <array>
#include <cstdint>

#include "core/utf8.h"
#include "extract/english_numeral.h"

namespace copydesk {

namespace {

// What an ASCII byte may begin: kFigureStartCharacters by class.
enum class AsciiClass : uint8_t { kOther, kDigit, kSignOrPoint, kLetter };
constexpr std::array<AsciiClass, 128> kAsciiClasses = [] {
  std::array<AsciiClass, 128> classes{};
  for (char c = '0'; c <= '9'; ++c) classes[c] = AsciiClass::kDigit;
  for (char c : {'.', '-', '+'}) classes[c] = AsciiClass::kSignOrPoint;
  for (char c = 'a'; c <= 'z'; ++c) classes[c] = AsciiClass::kLetter;
  for (char c = 'A'; c <= 'Z'; ++c) classes[c] = AsciiClass::kLetter;
  return classes;
}();

bool is_ascii_letter(char32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// The code point at `pos`, decoded as Utf8Iterator does (a sequence cut by
// the end of the text is decoded from what is there).
char32_t decode_at(const unsigned char* bytes, size_t pos, size_t size) {
  const unsigned char lead = bytes[pos];
  switch (std::min(utf8_sequence_length(lead), size - pos)) {
    case 1: return lead;
    case 2: return ((lead & 0x1F) << 6) | (bytes[pos + 1] & 0x3F);
    case 3: return ((lead & 0x0F) << 12) | ((bytes[pos + 1] & 0x3F) << 6) | (bytes[pos + 2] & 0x3F);
    default:
      return ((lead & 0x07) << 18) | ((bytes[pos + 1] & 0x3F) << 12) | ((bytes[pos + 2] & 0x3F) << 6) |
             (bytes[pos + 3] & 0x3F);
  }
}

// Whether the code point before `pos` (found as previous_offset() does) is a Latin letter.
bool letter_before(const unsigned char* bytes, size_t pos, size_t size) {
  if (pos == 0) return false;
  size_t i = pos - 1;
  if (bytes[i] < 0x80) return is_ascii_letter(bytes[i]);
  while (i > 0 && (bytes[i] & 0xC0) == 0x80) --i;
  const char32_t c = decode_at(bytes, i, size);
  return c < 0x80 && is_ascii_letter(c);
}

}  // namespace

size_t note_ascii_figure_starts(std::string_view text, size_t pos, std::vector<size_t>& starts) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  while (pos < size && bytes[pos] < 0x80) {
    switch (kAsciiClasses[bytes[pos]]) {
      case AsciiClass::kOther:
        ++pos;
        break;
      case AsciiClass::kDigit:
        starts.push_back(pos++);
        break;
      case AsciiClass::kSignOrPoint:
        // Not a hyphen between words or the full stop of a sentence: the
        // scanner takes a sign or point only before a digit, maybe after a
        // point (+.5); a digit may be full-width or, in broken text, an
        // overlong sequence, both of which begin with a non-ASCII byte.
        if (pos + 1 == size || (bytes[pos + 1] >= '0' && bytes[pos + 1] <= '9') || bytes[pos + 1] == '.' ||
            bytes[pos + 1] >= 0x80) {
          starts.push_back(pos);
        }
        ++pos;
        break;
      case AsciiClass::kLetter: {
        const size_t word = pos;
        while (pos < size && is_ascii_letter(bytes[pos])) ++pos;
        if (!letter_before(bytes, word, size) && may_begin_english_number(text.substr(word, pos - word))) {
          starts.push_back(word);
        }
        break;
      }
    }
  }
  return pos;
}

size_t note_figure_start(std::string_view text, size_t pos, std::vector<size_t>& starts) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  const unsigned char lead = bytes[pos];
  const size_t length = utf8_sequence_length(lead);
  if (pos + length > size) {
    starts.push_back(pos);  // a cut sequence: the scanner decides
    return size - pos;
  }
  bool start = length == 3 ? kFigureStartCharacters.contains(lead, bytes[pos + 1], bytes[pos + 2])
                           : kFigureStartCharacters.contains(decode_at(bytes, pos, size));
  if (start) starts.push_back(pos);
  return length;
}

std::vector<size_t> figure_starts(std::string_view text) {
  std::vector<size_t> starts;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  size_t pos = 0;
  while (pos < size) {
    // A run of Han characters (E4-E9 lead U+4000-U+9FFF), one table test each.
    while (pos + 2 < size && bytes[pos] >= 0xE4 && bytes[pos] <= 0xE9) {
      if (kFigureStartCharacters.contains(bytes[pos], bytes[pos + 1], bytes[pos + 2])) starts.push_back(pos);
      pos += 3;
    }
    if (pos >= size) break;
    pos = bytes[pos] < 0x80 ? note_ascii_figure_starts(text, pos, starts) : pos + note_figure_start(text, pos, starts);
  }
  return starts;
}

}  // namespace copydesk
