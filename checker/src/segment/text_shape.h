// The shape of a line or block of news text: how wide it is, whether it ends
// a sentence, which characters it starts and ends with. Shared by the block
// splitter and the block classifier.
#pragma once

#include <cstddef>
#include <string_view>

namespace copydesk {

// Removes ASCII white space, U+3000 and NBSP from both ends.
std::string_view trim_edges(std::string_view s);
// The same, inline for text that neither starts nor ends with a space (most
// lines and blocks): one look at each end byte. A space begins with an ASCII
// space, E3 (U+3000) or C2 (NBSP) and ends with an ASCII space, 80 or A0.
inline std::string_view trim_text(std::string_view s) {
  auto space_byte = [](unsigned char b) { return b == ' ' || (b >= '\t' && b <= '\r'); };
  if (s.empty()) return s;
  auto first = static_cast<unsigned char>(s.front()), last = static_cast<unsigned char>(s.back());
  if (!space_byte(first) && first != 0xE3 && first != 0xC2 && !space_byte(last) && last != 0x80 && last != 0xA0)
    return s;
  return trim_edges(s);
}
bool is_blank_text(std::string_view s);

// Display width in columns: East Asian wide, full-width and ambiguous-width
// characters (“ ” … —, full width in Chinese type) count 2.
size_t line_columns(std::string_view s);

// The first / last code point of `s` after trimming (0 when blank).
char32_t first_code_point(std::string_view s);
char32_t last_code_point(std::string_view s);

// 。！？!?… and ASCII '.' (and Chinese ；, which closes a sentence in a list).
bool is_sentence_final_mark(char32_t c);
// ”’」』）)"'》 and similar marks that may follow a sentence-final mark.
bool is_closing_mark(char32_t c);
// Punctuation that never starts a line of running text: ，。、；：！？ and closers.
bool is_continuation_mark(char32_t c);

// True when `s` (trimmed) ends with a sentence-final mark, possibly followed by
// closing quotes or brackets.
bool ends_sentence(std::string_view s);
// True when `s` contains a sentence-final mark anywhere but at its end
// (ASCII '.' counts only before a space or at the end, so 10.6 does not).
bool has_inner_sentence_end(std::string_view s);
// True when `s` contains a clause separator: ，； or an ASCII ',' or ';' after a
// Han character. English commas and the enumeration comma 、 do not count.
bool has_chinese_clause_mark(std::string_view s);
// Whether `block` opens with a word that ties its sentence to the one before
// (此次, 此外, 同时, 其中, 因此): no headline opens so.
bool opens_with_link_word(std::string_view block);

// The first offset at or after `from` where `what` occurs in `s`, or npos:
// what s.find(what, from) returns. Tests sixteen places at once for the first
// and the last byte of `what` (byte_pair_mask): in Chinese text a lead byte
// (0xE5 of 年) comes every few characters and a given trailing byte (0xB4)
// every few dozen, but the two at the right distance seldom, so the whole is
// compared at few places, without a memchr call at each.
size_t find_text(std::string_view s, std::string_view what, size_t from = 0);
// True when `what` occurs in `s` (find_text).
bool contains_text(std::string_view s, std::string_view what);

// True when `s` ends with `phrase`, each space of which may be a space or a
// line break in `s` (a hard-wrapped line may end between any two words).
bool ends_with_words(std::string_view s, std::string_view phrase);
// The same at the start of `s`.
bool starts_with_words(std::string_view s, std::string_view phrase);

// True when `c` has the Unicode script Han: what RE2's \p{Han} matches (the
// tests compare the two on every code point). Wider than is_han(): radicals,
// 々, 〆, 〇 and the like count too.
bool is_han_script(char32_t c);

bool is_latin_letter(char32_t c);
bool is_lower_latin(char32_t c);

}  // namespace copydesk
