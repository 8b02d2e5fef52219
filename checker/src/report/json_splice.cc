#include "report/json_splice.h"

namespace copydesk {

size_t spliced_item_indent(std::string_view key_line) { return key_line.find('"') - 1 + 2; }

void write_spliced(std::ostream& out, const std::string& frame, std::string_view key_line,
                   const std::function<void(const std::function<void(const nlohmann::json&)>&)>& produce) {
  const std::string indent(spliced_item_indent(key_line), ' ');
  std::string indented;
  write_spliced_text(out, frame, key_line, [&](const std::function<void(const std::string&)>& emit) {
    produce([&](const nlohmann::json& value) {
      // Strings in JSON hold no raw line breaks, so indenting after each '\n' is safe.
      const std::string item = value.dump(2);
      indented.clear();
      size_t from = 0;
      for (size_t nl = item.find('\n'); nl != std::string::npos; nl = item.find('\n', from)) {
        indented.append(item, from, nl + 1 - from).append(indent);
        from = nl + 1;
      }
      indented.append(item, from, std::string::npos);
      emit(indented);
    });
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
  const std::string separator = "\n" + std::string(spliced_item_indent(key_line), ' ');
  size_t close = at + key_line.size() + 1;  // the ']' of the empty array
  out.write(frame.data(), static_cast<std::streamsize>(close));
  bool first = true;
  produce([&](const std::string& item) {
    if (!first) out.put(',');
    first = false;
    out.write(separator.data(), static_cast<std::streamsize>(separator.size()));
    out.write(item.data(), static_cast<std::streamsize>(item.size()));
  });
  if (!first) out << "\n" << key_indent;
  out.write(frame.data() + close, static_cast<std::streamsize>(frame.size() - close));
}

}  // namespace copydesk
