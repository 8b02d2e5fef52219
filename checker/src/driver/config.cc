#include "driver/config.h"
#include "rules/yaml_file.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>

#include "input/sources.h"
#include "rules/rule_options.h"

namespace copydesk {
namespace fs = std::filesystem;

namespace {

const std::set<std::string> kTopKeys = {"packs", "rules", "pubdate", "ignore-terms", "overrides"};
const std::set<std::string> kOverrideKeys = {"paths", "rules", "pubdate", "ignore-terms"};
const std::set<std::string> kRuleSettingKeys = {"enabled", "severity"};

// Reads one configuration file, collecting every error with its position.
class ConfigReader {
 public:
  explicit ConfigReader(std::string file) : file_(std::move(file)) {}

  void read(const YAML::Node& root, Config& config) {
    if (root.IsNull()) return;  // an empty file is an empty configuration
    if (!root.IsMap()) return error(root, "the configuration must be a YAML mapping");
    check_keys(root, kTopKeys, "");
    if (root["packs"]) config.packs = strings(root["packs"], "packs");
    if (root["rules"]) config.rules = rule_settings(root["rules"]);
    if (root["pubdate"]) config.pubdate = date(root["pubdate"]);
    if (root["ignore-terms"]) config.ignored_terms = strings(root["ignore-terms"], "ignore-terms");
    if (const YAML::Node overrides = root["overrides"]) {
      if (!overrides.IsSequence()) return error(overrides, "'overrides' must be a list of {paths: ..., ...}");
      for (const YAML::Node& entry : overrides) config.overrides.push_back(path_override(entry));
    }
  }

  Status status() const {
    if (errors_.empty()) return Status();
    std::string message;
    for (const auto& e : errors_) message += (message.empty() ? "" : "\n") + e;
    return Status::error(message);
  }

 private:
  void error(const YAML::Node& at, const std::string& what) { errors_.push_back(yaml_position(file_, at) + what); }

  void check_keys(const YAML::Node& map, const std::set<std::string>& known, const std::string& where) {
    for (const auto& entry : map) {
      const std::string key = entry.first.Scalar();
      if (known.count(key)) continue;
      std::string list;
      for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
      error(entry.first, "unknown key '" + key + "'" + where + " (known: " + list + ")");
    }
  }

  // A string or a list of strings.
  std::vector<std::string> strings(const YAML::Node& node, const std::string& key) {
    std::vector<std::string> out;
    if (node.IsScalar()) {
      out.push_back(node.Scalar());
    } else if (node.IsSequence()) {
      for (const YAML::Node& item : node) {
        if (item.IsScalar()) out.push_back(item.Scalar());
        else error(item, "'" + key + "' must list strings");
      }
    } else {
      error(node, "'" + key + "' must be a string or a list of strings");
    }
    return out;
  }

  std::string date(const YAML::Node& node) {
    if (!node.IsScalar() || !is_valid_date(node.Scalar())) {
      error(node, "'pubdate' must be a date written YYYY-MM-DD");
      return "";
    }
    return node.Scalar();
  }

  std::vector<RuleSetting> rule_settings(const YAML::Node& node) {
    std::vector<RuleSetting> out;
    if (!node.IsMap()) {
      error(node, "'rules' must map rule ids to off, on, error, warning, note or {enabled:, severity:}");
      return out;
    }
    for (const auto& entry : node) {
      RuleSetting s;
      s.pattern = entry.first.Scalar();
      s.where = yaml_position(file_, entry.first);
      const YAML::Node& value = entry.second;
      if (value.IsScalar()) {
        scalar_setting(value, s);
      } else if (value.IsMap()) {
        check_keys(value, kRuleSettingKeys, " in the settings of '" + s.pattern + "'");
        if (const YAML::Node enabled = value["enabled"]) {
          bool b;
          if (enabled.IsScalar() && YAML::convert<bool>::decode(enabled, b)) s.enabled = b;
          else error(enabled, "'enabled' must be true or false");
        }
        if (const YAML::Node severity = value["severity"]) {
          auto parsed = severity.IsScalar() ? parse_severity(severity.Scalar()) : std::nullopt;
          if (parsed) s.severity = parsed;
          else error(severity, "'severity' must be error, warning or note");
        }
      } else {
        error(value, "the setting of '" + s.pattern + "' must be off, on, error, warning, note or {enabled:, severity:}");
      }
      out.push_back(std::move(s));
    }
    return out;
  }

  void scalar_setting(const YAML::Node& value, RuleSetting& s) {
    bool b;
    if (auto severity = parse_severity(value.Scalar())) {
      s.severity = severity;
      s.enabled = true;
    } else if (YAML::convert<bool>::decode(value, b)) {  // on/off, true/false, yes/no
      s.enabled = b;
    } else {
      error(value, "unknown setting '" + value.Scalar() + "' for '" + s.pattern +
                       "' (use off, on, error, warning or note)");
    }
  }

  PathOverride path_override(const YAML::Node& node) {
    PathOverride o;
    if (!node.IsMap()) {
      error(node, "each override must be a mapping with 'paths'");
      return o;
    }
    check_keys(node, kOverrideKeys, " in an override");
    if (!node["paths"]) error(node, "an override needs 'paths' (globs of the files it applies to)");
    else o.paths = strings(node["paths"], "paths");
    if (node["rules"]) o.rules = rule_settings(node["rules"]);
    if (node["pubdate"]) o.pubdate = date(node["pubdate"]);
    if (node["ignore-terms"]) o.ignored_terms = strings(node["ignore-terms"], "ignore-terms");
    return o;
  }

  std::string file_;
  std::vector<std::string> errors_;
};

void apply(const std::vector<RuleSetting>& settings, const RuleSet& rules, DocumentSettings& out) {
  for (const RuleSetting& s : settings) {
    for (const auto& rule : rules) {
      const std::string& id = rule->spec().id;
      if (!glob_match(s.pattern, id)) continue;
      if (s.enabled) {
        if (*s.enabled) out.disabled_rules.erase(id);
        else out.disabled_rules.insert(id);
      }
      if (s.severity) out.severity[id] = *s.severity;
    }
  }
}

bool has_glob(std::string_view s) { return s.find_first_of("*?[") != std::string_view::npos; }

}  // namespace

std::string date_option_error(std::string_view flag, std::string_view value) {
  if (value.empty() || is_valid_date(value)) return {};
  return "copydesk: " + std::string(flag) + " must be a date written YYYY-MM-DD, not '" + std::string(value) + "'";
}

bool is_valid_date(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  const int year = std::stoi(std::string(d.substr(0, 4)));
  const int month = std::stoi(std::string(d.substr(5, 2)));
  const int day = std::stoi(std::string(d.substr(8, 2)));
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= (month == 2 && !leap ? 28 : kDays[month - 1]);
}

Result<Config> load_config(const fs::path& file) {
  const std::string name = file.string();
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) return Status::error(name + ": configuration file not found");
  auto loaded = load_yaml_file(file, "configuration");
  if (!loaded.ok()) return loaded.status();
  YAML::Node root = loaded.value();
  Config config;
  config.file = file;
  config.base = fs::absolute(file, ec).parent_path().lexically_normal();
  ConfigReader reader(name);
  try {
    reader.read(root, config);
  } catch (const YAML::Exception& e) {  // should not happen: the reader checks types first
    return Status::error(name + ": " + e.msg);
  }
  if (Status s = reader.status(); !s.ok()) return s;
  return config;
}

std::optional<fs::path> find_config(const fs::path& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec).lexically_normal();
  if (ec) return std::nullopt;
  for (;;) {
    fs::path candidate = dir / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) return candidate;
    if (!dir.has_relative_path()) return std::nullopt;  // reached the root
    dir = dir.parent_path();
  }
}

Result<Config> configuration_for_run(const std::string& explicit_file, const fs::path& start) {
  if (!explicit_file.empty()) return load_config(explicit_file);
  if (auto found = find_config(start)) return load_config(*found);
  return Config{};
}

namespace {

// Whether an override applies to `path`: globs match the path relative to the
// configuration's folder, or the file name alone.
bool applies(const PathOverride& o, const fs::path& base, const fs::path& path) {
  std::error_code ec;
  const fs::path absolute = fs::absolute(path, ec).lexically_normal();
  const std::string relative = absolute.lexically_relative(base).generic_string();
  const std::string name = path.filename().string();
  return std::any_of(o.paths.begin(), o.paths.end(), [&](const std::string& glob) {
    return glob_match(glob, relative) || glob_match(glob, name);
  });
}

}  // namespace

DocumentSettings Config::settings_for(const fs::path& path, const RuleSet& rules) const {
  DocumentSettings out;
  apply(this->rules, rules, out);
  out.ignored_terms = ignored_terms;
  for (const PathOverride& o : overrides) {
    if (!applies(o, base, path)) continue;
    apply(o.rules, rules, out);
    out.ignored_terms.insert(out.ignored_terms.end(), o.ignored_terms.begin(), o.ignored_terms.end());
  }
  return out;
}

std::string Config::pubdate_for(const fs::path& path) const {
  std::string date = pubdate;
  for (const PathOverride& o : overrides) {
    if (!o.pubdate.empty() && applies(o, base, path)) date = o.pubdate;
  }
  return date;
}

Status check_rule_names(const Config& config, const RuleSet& rules, const std::vector<std::string>& known_packs) {
  std::set<std::string> loaded_packs;
  for (const auto& rule : rules) loaded_packs.insert(rule->spec().id.substr(0, rule->spec().id.find('.')));
  std::string errors;
  auto check = [&](const RuleSetting& s) {
    if (std::any_of(rules.begin(), rules.end(), [&](const auto& r) { return glob_match(s.pattern, r->spec().id); })) {
      return;
    }
    const std::string pack = s.pattern.substr(0, s.pattern.find('.'));
    const bool other_pack = !has_glob(pack) && !loaded_packs.count(pack) &&
                            std::find(known_packs.begin(), known_packs.end(), pack) != known_packs.end();
    if (other_pack) return;  // a rule of a pack not used in this run
    errors += (errors.empty() ? "" : "\n") + s.where + "no rule matches '" + s.pattern +
              "' (`copydesk rules list` shows the rule ids)";
  };
  for (const RuleSetting& s : config.rules) check(s);
  for (const PathOverride& o : config.overrides) {
    for (const RuleSetting& s : o.rules) check(s);
  }
  if (errors.empty()) return Status();
  return Status::error(errors);
}

}  // namespace copydesk
