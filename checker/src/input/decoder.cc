#include "input/decoder.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>

namespace copydesk {

namespace {

bool has_prefix(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string normalise_newlines(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '\r') {
      out += '\n';
      if (i + 1 < in.size() && in[i + 1] == '\n') ++i;
    } else {
      out += in[i];
    }
  }
  return out;
}

// Converts with ICU, failing (rather than substituting U+FFFD) on bad bytes.
Result<std::string> convert_to_utf8(std::string_view bytes, const std::string& encoding, std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> from(ucnv_open(encoding.c_str(), &status), &ucnv_close);
  if (U_FAILURE(status)) return Status::error(std::string(name) + ": unknown encoding '" + encoding + "'");
  ucnv_setToUCallBack(from.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::unique_ptr<UConverter, decltype(&ucnv_close)> to(ucnv_open("UTF-8", &status), &ucnv_close);
  std::string out(bytes.size() * 2 + 16, '\0');
  char* target = out.data();
  const char* source = bytes.data();
  status = U_ZERO_ERROR;
  ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source, bytes.data() + bytes.size(),
                 nullptr, nullptr, nullptr, nullptr, true, true, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    out.assign(bytes.size() * 4 + 16, '\0');
    target = out.data();
    source = bytes.data();
    status = U_ZERO_ERROR;
    ucnv_resetToUnicode(from.get());
    ucnv_resetFromUnicode(to.get());
    ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source, bytes.data() + bytes.size(),
                   nullptr, nullptr, nullptr, nullptr, true, true, &status);
  }
  if (U_FAILURE(status)) {
    return Status::error(std::string(name) + ": cannot decode as " + encoding + " near byte " +
                         std::to_string(source - bytes.data()) + " (" + u_errorName(status) + ")");
  }
  out.resize(target - out.data());
  return out;
}

// Binary files have NUL bytes (UTF-16 text without a BOM is rare in news copy).
bool looks_binary(std::string_view bytes) {
  return std::find(bytes.begin(), bytes.begin() + std::min<size_t>(bytes.size(), 8192), '\0') !=
         bytes.begin() + std::min<size_t>(bytes.size(), 8192);
}

std::string position_of(std::string_view bytes, size_t offset) {
  size_t line = 1 + std::count(bytes.begin(), bytes.begin() + offset, '\n');
  size_t line_start = bytes.rfind('\n', offset == 0 ? 0 : offset - 1);
  size_t column = offset - (line_start == std::string_view::npos || offset == 0 ? 0 : line_start + 1) + 1;
  return "line " + std::to_string(line) + ", byte " + std::to_string(column) + " of the line";
}

}  // namespace

size_t find_invalid_utf8(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    char32_t min;
    if ((c & 0xE0) == 0xC0) len = 2, min = 0x80;
    else if ((c & 0xF0) == 0xE0) len = 3, min = 0x800;
    else if ((c & 0xF8) == 0xF0) len = 4, min = 0x10000;
    else return i;
    if (i + len > n) return i;
    char32_t cp = c & (0x7F >> len);
    for (size_t k = 1; k < len; ++k) {
      unsigned char d = s[i + k];
      if ((d & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (d & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::string_view::npos;
}

Result<DecodedText> decode_text(std::string_view bytes, std::string_view name, const std::string& encoding) {
  std::string chosen = encoding;
  std::string_view body = bytes;
  if (chosen.empty()) {
    if (has_prefix(bytes, "\xEF\xBB\xBF")) chosen = "UTF-8", body.remove_prefix(3);
    else if (has_prefix(bytes, std::string_view("\xFF\xFE\x00\x00", 4))) chosen = "UTF-32LE", body.remove_prefix(4);
    else if (has_prefix(bytes, std::string_view("\x00\x00\xFE\xFF", 4))) chosen = "UTF-32BE", body.remove_prefix(4);
    else if (has_prefix(bytes, "\xFF\xFE")) chosen = "UTF-16LE", body.remove_prefix(2);
    else if (has_prefix(bytes, "\xFE\xFF")) chosen = "UTF-16BE", body.remove_prefix(2);
  }
  if (chosen.empty()) {
    if (looks_binary(bytes)) return Status::error(std::string(name) + ": binary file (it contains NUL bytes), not text");
    size_t bad = find_invalid_utf8(bytes);
    if (bad == std::string_view::npos) {
      chosen = "UTF-8";
    } else {
      UErrorCode status = U_ZERO_ERROR;
      std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), &ucsdet_close);
      ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
      const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
      std::string detected = match && U_SUCCESS(status) ? ucsdet_getName(match, &status) : "";
      int confidence = match ? ucsdet_getConfidence(match, &status) : 0;
      // Mostly-valid UTF-8 with a stray bad byte is damaged UTF-8, not another encoding.
      bool mostly_utf8 = find_invalid_utf8(bytes.substr(bad + 1)) == std::string_view::npos && bytes.size() > 64;
      if (mostly_utf8 || detected.empty() || detected == "UTF-8" || confidence < 10) {
        return Status::error(std::string(name) + ": invalid UTF-8 at " + position_of(bytes, bad) +
                             " (use --encoding if the file is in another encoding)");
      }
      chosen = detected == "GB18030" || detected == "GBK" ? "GB18030" : detected;
    }
  }
  DecodedText out;
  out.encoding = chosen;
  if (chosen == "UTF-8" || chosen == "utf-8" || chosen == "utf8") {
    if (size_t bad = find_invalid_utf8(body); bad != std::string_view::npos) {
      return Status::error(std::string(name) + ": invalid UTF-8 at " + position_of(body, bad));
    }
    out.encoding = "UTF-8";
    out.text = normalise_newlines(body);
  } else {
    auto converted = convert_to_utf8(body, chosen, name);
    if (!converted.ok()) return converted.status();
    std::string_view utf8 = converted.value();
    if (has_prefix(utf8, "\xEF\xBB\xBF")) utf8.remove_prefix(3);
    out.text = normalise_newlines(utf8);
  }
  if (out.text.find('\0') != std::string::npos) {
    return Status::error(std::string(name) + ": binary file (it contains NUL characters), not text");
  }
  return out;
}

}  // namespace copydesk
