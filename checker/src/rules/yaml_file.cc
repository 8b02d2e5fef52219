#include "rules/yaml_file.h"

#include <fstream>
#include <optional>
#include <sstream>

#include "rules/fast_yaml.h"

namespace copydesk {

namespace {

Status parse_error(const std::string& name, const YAML::ParserException& e) {
  return Status::error(name + ":" + std::to_string(e.mark.line + 1) + ":" + std::to_string(e.mark.column + 1) +
                       ": malformed YAML: " + e.msg);
}

}  // namespace

bool blank_top_level_block(std::string& yaml, std::string_view key) {
  // Emptied lines, not lines of spaces: the parser reads spaces one by one.
  std::string kept;
  kept.reserve(yaml.size());
  bool found = false, inside = false;
  for (size_t begin = 0; begin < yaml.size();) {
    size_t end = yaml.find('\n', begin);
    if (end == std::string::npos) end = yaml.size();
    const std::string_view line(yaml.data() + begin, end - begin);
    if (!inside && line.starts_with(key) && line.substr(key.size()).starts_with(":")) {
      inside = found = true;
    } else if (inside && !line.empty() && line[0] != ' ' && line[0] != '\t' && line[0] != '#' && line[0] != '\r') {
      inside = false;  // the next top-level key
    }
    if (!inside) kept.append(line);
    if (end < yaml.size()) kept.push_back('\n');
    begin = end + 1;
  }
  if (found) yaml = std::move(kept);
  return found;
}

Result<YAML::Node> load_yaml_file_without(const std::filesystem::path& file, const std::string& what,
                                          std::string_view skipped, YamlReading reading) {
  const std::string name = file.string();
  std::ifstream in(file, std::ios::binary);
  if (!in) return load_yaml_file(file, what, reading);  // the same error as without skipping
  std::ostringstream text;
  text << in.rdbuf();
  std::string yaml = std::move(text).str();
  if (!blank_top_level_block(yaml, skipped)) return load_yaml_file(file, what, reading);
  if (reading == YamlReading::kFast) {
    if (std::optional<YAML::Node> node = parse_yaml_quickly(yaml)) return *node;
  }
  try {
    return YAML::Load(yaml);
  } catch (const YAML::Exception&) {
    return load_yaml_file(file, what);
  }
}

// The file read with the fast reader, or nullopt (unreadable, or left to yaml-cpp).
std::optional<YAML::Node> read_quickly(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return parse_yaml_quickly(std::move(text).str());
}

YAML::Node load_yaml_node(const std::filesystem::path& file, YamlReading reading) {
  if (reading == YamlReading::kFast) {
    if (std::optional<YAML::Node> node = read_quickly(file)) return *node;
  }
  return YAML::LoadFile(file.string());
}

Result<YAML::Node> load_yaml_file(const std::filesystem::path& file, const std::string& what, YamlReading reading) {
  const std::string name = file.string();
  if (reading == YamlReading::kFast) {
    if (std::optional<YAML::Node> node = read_quickly(file)) return *node;
  }
  try {
    return YAML::LoadFile(name);
  } catch (const YAML::ParserException& e) {
    return parse_error(name, e);
  } catch (const YAML::Exception& e) {
    return Status::error(name + ": cannot read the " + what + ": " + e.msg);
  }
}

}  // namespace copydesk
