#include "rules/rule_options.h"

#include <algorithm>

namespace copydesk {

std::string yaml_position(const std::string& file, const YAML::Node& node) {
  YAML::Mark mark = node.Mark();
  if (mark.is_null()) return file + ": ";
  return file + ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1) + ": ";
}

RuleOptions::RuleOptions(YAML::Node node, std::string file) : node_(std::move(node)), file_(std::move(file)) {
  if (node_ && !node_.IsMap() && !node_.IsNull()) {
    add_error(node_, "'options' must be a mapping");
    node_ = YAML::Node(YAML::NodeType::Map);
  }
}

YAML::Node RuleOptions::node(const std::string& key) {
  read_.push_back(key);
  return node_[key];
}

std::filesystem::path RuleOptions::path(const std::string& key, const std::string& fallback) {
  std::string value = get<std::string>(key, fallback);
  if (value.empty()) return {};
  std::filesystem::path p(value);
  if (p.is_relative()) p = std::filesystem::path(file_).parent_path() / p;
  return p.lexically_normal();
}

void RuleOptions::add_error(const YAML::Node& at, const std::string& what) {
  errors_.push_back(yaml_position(file_, at) + what);
}

Status RuleOptions::finish() const {
  std::vector<std::string> errors = errors_;
  if (node_ && node_.IsMap()) {
    for (const auto& entry : node_) {
      std::string key = entry.first.as<std::string>();
      if (std::find(read_.begin(), read_.end(), key) == read_.end()) {
        std::string known;
        for (const auto& k : read_) known += (known.empty() ? "" : ", ") + k;
        errors.push_back(yaml_position(file_, entry.first) + "unknown option '" + key +
                         "' (this kind knows: " + (known.empty() ? "none" : known) + ")");
      }
    }
  }
  if (errors.empty()) return Status();
  std::string message;
  for (const auto& e : errors) message += (message.empty() ? "" : "\n") + e;
  return Status::error(message);
}

}  // namespace copydesk
