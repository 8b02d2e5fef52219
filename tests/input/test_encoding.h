// Encoding test text with ICU, so tests can make GB18030, Big5 or UTF-16
// files from UTF-8 source without checking binary fixtures in.
#pragma once

#include <unicode/ucnv.h>

#include <string>

namespace copydesk::testing {

// Converts UTF-8 `text` to `encoding`; empty on failure.
inline std::string encode(const std::string& text, const char* encoding) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t size = ucnv_convert(encoding, "UTF-8", nullptr, 0, text.data(), static_cast<int32_t>(text.size()), &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return "";
  std::string out(static_cast<size_t>(size), '\0');
  status = U_ZERO_ERROR;
  ucnv_convert(encoding, "UTF-8", out.data(), size, text.data(), static_cast<int32_t>(text.size()), &status);
  return U_SUCCESS(status) ? out : "";
}

}  // namespace copydesk::testing
