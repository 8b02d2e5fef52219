// Typed access to a rule's `options:` mapping, with errors that name the YAML
// file, line and column. Every key a kind reads is recorded, so that keys it
// does not know become load errors instead of silently ignored typos.
#pragma once

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <string>
#include <vector>

#include "core/status.h"

namespace copydesk {

class RuleOptions {
 public:
  // `node` is the rule's options mapping (may be undefined); `file` the YAML file.
  RuleOptions(YAML::Node node, std::string file);

  // Returns the value of `key`, or `fallback` when absent. A value of the wrong
  // type records an error and returns `fallback`.
  template <typename T>
  T get(const std::string& key, T fallback) {
    read_.push_back(key);
    YAML::Node value = node_[key];
    if (!value) return fallback;
    try {
      return value.as<T>();
    } catch (const YAML::Exception&) {
      add_error(value, "option '" + key + "' has the wrong type");
      return fallback;
    }
  }

  // Returns the value of `key`, recording an error when it is missing.
  template <typename T>
  T require(const std::string& key) {
    if (!node_[key]) {
      read_.push_back(key);
      add_error(node_, "missing required option '" + key + "'");
      return T{};
    }
    return get<T>(key, T{});
  }

  // Returns the raw node for `key` (records the key as known).
  YAML::Node node(const std::string& key);

  // Resolves a path-valued option relative to the rule's YAML file.
  std::filesystem::path path(const std::string& key, const std::string& fallback = "");

  // Records an error about `at` (or the options mapping).
  void add_error(const YAML::Node& at, const std::string& what);
  void add_error(const std::string& what) { add_error(node_, what); }

  // Returns an error for unknown keys and for everything recorded so far.
  Status finish() const;

  const std::string& file() const { return file_; }

 private:
  YAML::Node node_;
  std::string file_;
  std::vector<std::string> read_;
  std::vector<std::string> errors_;
};

// "file:line:col: " for a node from a loaded YAML file.
std::string yaml_position(const std::string& file, const YAML::Node& node);

}  // namespace copydesk
