#include "report/json_splice.h"

namespace copydesk {

void write_spliced(std::ostream& out, const std::string& frame, std::string_view key_line,
                   const std::function<void(const std::function<void(const nlohmann::json&)>&)>& produce) {
  write_spliced_text(out, frame, key_line, [&](const std::function<void(const std::string&)>& emit) {
    produce([&](const nlohmann::json& value) { emit(value.dump(2)); });
  });
}

void write_spliced_text(std::ostream& out, const std::string& frame, std::string_view key_line,
                        const std::function<void(const std::function<void(const std::string&)>&)>& produce) {
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
  std::string indented;
  produce([&](const std::string& item) {
    // Strings in JSON hold no raw line breaks, so indenting after each '\n' is safe.
    indented.assign(first ? "\n" : ",\n").append(indent);
    first = false;
    size_t from = 0;
    for (size_t nl = item.find('\n'); nl != std::string::npos; nl = item.find('\n', from)) {
      indented.append(item, from, nl + 1 - from).append(indent);
      from = nl + 1;
    }
    indented.append(item, from, std::string::npos);
    out.write(indented.data(), static_cast<std::streamsize>(indented.size()));
  });
  if (!first) out << "\n" << key_indent;
  out.write(frame.data() + close, static_cast<std::streamsize>(frame.size() - close));
}

}  // namespace copydesk
