#include "rules/yaml_file.h"

namespace copydesk {

Result<YAML::Node> load_yaml_file(const std::filesystem::path& file, const std::string& what) {
  const std::string name = file.string();
  try {
    return YAML::LoadFile(name);
  } catch (const YAML::ParserException& e) {
    return Status::error(name + ":" + std::to_string(e.mark.line + 1) + ":" + std::to_string(e.mark.column + 1) +
                         ": malformed YAML: " + e.msg);
  } catch (const YAML::Exception& e) {
    return Status::error(name + ": cannot read the " + what + ": " + e.msg);
  }
}

}  // namespace copydesk
