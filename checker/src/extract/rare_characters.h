// Rare characters: where a document holds the few characters that the script
// rules look for and simplified Chinese copy almost never contains: Han
// characters outside GB 2312 (traditional or variant forms) and the characters
// PDF fonts leave behind (Kangxi radicals, compatibility ideographs, private
// use, U+FFFD, Latin ligatures such as ﬁ), and Greek and Cyrillic letters, which OCR and fonts put in
// Latin words. The same pass counts Han characters, for the share of them a
// rule's findings make, and notes where figures may begin, for the number
// scanner (numbers.h), which would otherwise test every character again.
//
// One pass over the bytes finds them all, so that each rule visits a handful
// of positions instead of decoding every character of the document:
//
//   const RareCharacters& rare = doc.analysis<RareCharacters>();
//   for (size_t offset : rare.in(rare.outside_gb2312, unit.span)) ...
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace copydesk {

class Document;

// True when `c` has a code in GB 2312, the standard simplified character set
// (or the table could not be built: then every character counts as valid).
bool in_gb2312(char32_t c);

// The kind of PDF font artifact `c` is ("kangxi-radical", "compatibility",
// "private-use", "replacement", "ligature"), or nullptr for an ordinary character.
const char* font_artifact_class(char32_t c);

// U+0370-U+052F: the Greek and Coptic, Cyrillic and Cyrillic Supplement blocks.
inline bool is_greek_or_cyrillic(char32_t c) { return c >= 0x370 && c <= 0x52F; }

// Whether the `length` bytes at `offset` of `text` have a Latin letter (ASCII,
// or U+00C0-U+027F) right before or right after them.
bool touches_latin_letter(std::string_view text, size_t offset, size_t length);

// The Han characters (is_han) of `text`, decoded as Utf8Iterator does.
size_t han_count(std::string_view text);

class RareCharacters {
 public:
  // Byte offsets, in text order, of the code points that are Han (is_han),
  // U+3400 or above and not in GB 2312.
  std::vector<size_t> outside_gb2312;
  // Byte offsets, in text order, of the code points with a font_artifact_class().
  std::vector<size_t> font_artifacts;
  // Byte offsets, in text order, of the Greek and Cyrillic code points
  // (is_greek_or_cyrillic) that touch a Latin letter: a word that mixes the
  // scripts has one, and a Russian or Greek text does not fill this with
  // every letter it has.
  std::vector<size_t> greek_cyrillic_by_latin;
  // Byte offsets, in text order, of the characters at which a figure may
  // begin (figure_starts.h), for the number scanner (numbers.h): the scan
  // that passes over every character of the text notes them too. The
  // scanner, their only reader, takes them, so that a long text's millions
  // of offsets are not kept for the document's life; taken a second time,
  // they are found afresh in `text`, the text this was found in. Not to be
  // taken by two threads at once (Numbers::compute runs once a document).
  std::vector<size_t> take_figure_starts(std::string_view text) const;

  // The Han characters (is_han) that begin in `span` of `text`, the text
  // this was found in: from counts kept every few kilobytes.
  size_t han_count(std::string_view text, Span span) const;

  // The offsets of `offsets` that lie in `span`.
  static std::span<const size_t> in(const std::vector<size_t>& offsets, Span span);

  static RareCharacters find(std::string_view text);
  static constexpr std::string_view kName = "rare-characters";
  static RareCharacters compute(const Document& doc);

 private:
  static constexpr size_t kCheckpointBytes = 4096;
  mutable std::optional<std::vector<size_t>> figure_starts_;  // until taken
  size_t han_before(std::string_view text, size_t offset) const;
  // The Han characters that begin before each multiple of kCheckpointBytes, up to the end.
  std::vector<size_t> han_checkpoints_;
};

}  // namespace copydesk
