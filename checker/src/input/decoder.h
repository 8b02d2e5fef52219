// Turns the bytes of a file into the UTF-8, '\n'-terminated text the engine
// works on, or a Status saying why that is impossible.
//
// Recognised: UTF-8 with or without BOM; UTF-16 LE/BE and UTF-32 LE/BE with a
// BOM; GB18030 (and its subsets GBK and GB2312) and Big5, detected with ICU's
// charset detector, or any ICU encoding named with `encoding`. CRLF and lone
// CR become '\n' (one line break each), so line numbers and columns match the
// original file's.
//
// Refused, with a message naming the file and the place: invalid UTF-8 that
// is not confidently another encoding, binary data (NUL bytes or many control
// characters), bytes that are invalid in the encoding named.
//
// Memory: the bytes are taken by value and normalised in place, so decoding a
// UTF-8 file needs no second copy; other encodings are converted in chunks.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace copydesk {

struct DecodedText {
  std::string text;      // UTF-8, '\n' line breaks, no BOM
  std::string encoding;  // canonical name of the source encoding, e.g. "UTF-8", "GB18030"
};

// `encoding` empty means detect. `name` is used in error messages only.
Result<DecodedText> decode_text(std::string bytes, std::string_view name, const std::string& encoding = "");

// True when ICU has a converter for `encoding` (e.g. "GB18030", "big5", "UTF-16LE").
bool is_known_encoding(const std::string& encoding);

// Returns the byte offset of the first invalid UTF-8 sequence, or npos.
size_t find_invalid_utf8(std::string_view bytes);

// "line 3, column 7" of byte `offset` in `text` (CRLF, CR and LF each end a
// line; columns count UTF-16 code units of the valid UTF-8 before `offset`).
std::string describe_position(std::string_view text, size_t offset);

}  // namespace copydesk
