// Loading a YAML file with errors that name the file, and for syntax errors
// the line and column: "rules/x.yaml:3:7: malformed YAML: ...".
#pragma once

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <string>

#include "core/status.h"

namespace copydesk {

// `what` names the content in a read error ("rule file", "configuration", "labels").
Result<YAML::Node> load_yaml_file(const std::filesystem::path& file, const std::string& what);

}  // namespace copydesk
