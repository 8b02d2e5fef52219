// Turns the bytes of a file into the UTF-8, '\n'-terminated text the engine
// works on, or a Status saying why that is impossible.
//
// Recognised: UTF-8 with or without BOM; UTF-16 LE/BE and UTF-32 with a BOM;
// other encodings (GB18030/GBK, Big5, ...) detected with ICU's charset
// detector or named with `encoding`. CRLF and lone CR become '\n', so line
// numbers match the original file's.
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
Result<DecodedText> decode_text(std::string_view bytes, std::string_view name, const std::string& encoding = "");

// Returns the byte offset of the first invalid UTF-8 sequence, or npos.
size_t find_invalid_utf8(std::string_view bytes);

}  // namespace copydesk
