// Loading a YAML file with errors that name the file, and for syntax errors
// the line and column: "rules/x.yaml:3:7: malformed YAML: ...".
#pragma once

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <string>
#include <string_view>

#include "core/status.h"

namespace copydesk {

// How a file is read: with yaml-cpp, whose nodes know their line and column
// for messages, or first with the faster reader (rules/fast_yaml.h), whose
// nodes do not: for files read at every start whose errors are rare (rules,
// data), read again exactly when one is found.
enum class YamlReading { kExact, kFast };

// Runs `load` (a loader taking a YamlReading and returning a Result) with the
// fast reader, and again with yaml-cpp when that fails, so that its error
// names the line.
template <typename Load>
auto load_fast_then_exact(Load load) {
  auto loaded = load(YamlReading::kFast);
  if (loaded.ok()) return loaded;
  return load(YamlReading::kExact);
}

// The node tree of `file` read as `reading` says; throws what YAML::LoadFile
// throws (kFast reads with yaml-cpp when the faster reader cannot). For data
// files whose loader reports errors itself: it reads again with kExact when
// the first reading gave an error, to name its line.
YAML::Node load_yaml_node(const std::filesystem::path& file, YamlReading reading);

// `what` names the content in a read error ("rule file", "configuration", "labels").
Result<YAML::Node> load_yaml_file(const std::filesystem::path& file, const std::string& what,
                                  YamlReading reading = YamlReading::kExact);

// As load_yaml_file(), without the block of top-level key `skipped`
// (examples: a check does not read a rule's examples, and parsing them is most
// of the cost of loading the rules). The block's lines are emptied, not
// removed, so errors keep their line and column; a file whose rest does not parse
// alone is parsed whole, so that its errors are the ones reported either way.
Result<YAML::Node> load_yaml_file_without(const std::filesystem::path& file, const std::string& what,
                                          std::string_view skipped, YamlReading reading = YamlReading::kExact);

// Empties, in block-style YAML text, the line of top-level key `key` and the
// lines that belong to its value (indented, blank or comments), keeping each
// line's break. Returns false when the key is not there.
bool blank_top_level_block(std::string& yaml, std::string_view key);

}  // namespace copydesk
