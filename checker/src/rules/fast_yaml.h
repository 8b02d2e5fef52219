// YAML read with libyaml's parser into yaml-cpp nodes. yaml-cpp's own scanner
// costs about 1,000 instructions a byte, most of what a process spends before
// it checks a page; libyaml reads the same text some ten times faster. The
// nodes carry no line and column, so a caller that reports an error in a file
// read this way reads it again with yaml-cpp to name the place.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string_view>

namespace copydesk {

// The one document in `text`, or nullopt when it does not parse or uses what
// this reader leaves to yaml-cpp (anchors and aliases, tags, several
// documents): the caller then parses it with yaml-cpp, which gives the same
// nodes or the error with its place.
std::optional<YAML::Node> parse_yaml_quickly(std::string_view text);

}  // namespace copydesk
