#include "report/json_splice.h"

namespace copydesk {

void write_spliced(std::ostream& out, const std::string& frame, std::string_view key_line,
                   const std::function<void(const std::function<void(const nlohmann::json&)>&)>& produce) {
  size_t at = frame.find(std::string(key_line) + "[]");
  if (at == std::string::npos) {  // not a frame of ours: nothing to splice into
    out << frame;
    return;
  }
  // key_line is '\n', the key's indentation, then the key: items sit one
  // level (two spaces) deeper than the key, the closing ']' at its level.
  const std::string key_indent(key_line.find('"') - 1, ' ');
  const std::string indent = key_indent + "  ";
  size_t close = at + key_line.size() + 1;  // the ']' of the empty array
  out.write(frame.data(), static_cast<std::streamsize>(close));
  bool first = true;
  produce([&](const nlohmann::json& value) {
    // Strings in JSON hold no raw line breaks, so indenting after each '\n' is safe.
    std::string item = value.dump(2);
    out << (first ? "\n" : ",\n") << indent;
    first = false;
    size_t from = 0;
    for (size_t nl = item.find('\n'); nl != std::string::npos; nl = item.find('\n', from)) {
      out.write(item.data() + from, static_cast<std::streamsize>(nl + 1 - from));
      out << indent;
      from = nl + 1;
    }
    out.write(item.data() + from, static_cast<std::streamsize>(item.size() - from));
  });
  if (!first) out << "\n" << key_indent;
  out.write(frame.data() + close, static_cast<std::streamsize>(frame.size() - close));
}

}  // namespace copydesk
