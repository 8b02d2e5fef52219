// Where a figure (numbers.h) may begin: the characters the number scanner
// tries, and nothing else. The shared character scan (rare_characters.h)
// notes them as it passes over every character of a document, so that the
// number scanner visits a few positions per line instead of every character.
//
// A figure may begin at a digit (0-9, ０-９), a sign or point before one
// (-5, +3, .5, －3, ．5), a Chinese numeral (一, 两, 十, 万分之, 壹), 第 or 负, or
// the first letter of an English number word (twenty, first, a dozen).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/code_point_set.h"

namespace copydesk {

// The characters at which a figure may begin, Latin letters included (see
// note_ascii_figure_starts for which of them count).
inline constexpr CodePointSet kFigureStartCharacters(
    U"0123456789.-+abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    U"０１２３４５６７８９＋－．−"
    U"零〇○一壹幺二两兩倆俩贰貳三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億第负負");

// Appends to `starts` the figure starts in the run of ASCII bytes that begins
// at `pos` of `text` and returns where the run ends. A digit counts; a sign
// or point counts before a digit, a point or a non-ASCII byte; a letter
// counts when it begins a word (no Latin letter before it) that may begin an
// English number (may_begin_english_number). English copy is mostly words,
// which this passes over a word at a time.
size_t note_ascii_figure_starts(std::string_view text, size_t pos, std::vector<size_t>& starts);

// Appends to `starts` the figure start, if any, at the non-ASCII character
// at `pos` (a sequence cut by the end of `text` counts); returns the
// character's length as the number scanner steps over it.
size_t note_figure_start(std::string_view text, size_t pos, std::vector<size_t>& starts);

// Every figure start of `text`, in order, as the character scan finds them.
std::vector<size_t> figure_starts(std::string_view text);

}  // namespace copydesk
