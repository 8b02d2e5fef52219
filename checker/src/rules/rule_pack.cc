#include "rules/rule_pack.h"

#include <algorithm>
#include <cstdlib>
#include <set>

#include "extract/unit_catalog.h"
#include "rules/rule_options.h"
#include "rules/yaml_file.h"

namespace copydesk {
namespace fs = std::filesystem;

namespace {

const std::set<std::string> kRuleKeys = {"id",    "kind", "category", "severity", "scope",   "languages",
                                         "message", "messages", "description", "help", "options", "examples"};

std::vector<Language> pack_languages(const std::string& pack) {
  if (pack.rfind("zh", 0) == 0) return {Language::kChinese};
  if (pack.rfind("en", 0) == 0) return {Language::kEnglish};
  return {};
}

// Reads a {en:, zh:} mapping, or one string used for both.
bool read_message(const YAML::Node& node, Message& out) {
  if (node.IsScalar()) {
    out.en = out.zh = node.as<std::string>();
    return true;
  }
  if (!node.IsMap()) return false;
  if (node["en"]) out.en = node["en"].as<std::string>();
  if (node["zh"]) out.zh = node["zh"].as<std::string>();
  if (out.en.empty()) out.en = out.zh;
  if (out.zh.empty()) out.zh = out.en;
  return !out.en.empty();
}

std::vector<std::string> read_strings(const YAML::Node& node) {
  std::vector<std::string> out;
  if (!node) return out;
  for (const auto& item : node) out.push_back(item.as<std::string>());
  return out;
}

}  // namespace

namespace {

Result<std::unique_ptr<Rule>> load_rule_read(const fs::path& file, const std::string& pack,
                                              const KindRegistry& registry, ExampleLoading examples,
                                              YamlReading reading) {
  const std::string name = file.string();
  auto loaded = examples == ExampleLoading::kRead ? load_yaml_file(file, "rule file", reading)
                                                : load_yaml_file_without(file, "rule file", "examples", reading);
  if (!loaded.ok()) return loaded.status();
  YAML::Node root = loaded.value();
  if (!root.IsMap()) return Status::error(name + ": a rule file must be a YAML mapping");

  std::vector<std::string> errors;
  auto error_at = [&](const YAML::Node& node, const std::string& what) {
    errors.push_back(yaml_position(name, node) + what);
  };

  RuleSpec spec;
  spec.source_file = name;
  try {
    for (const auto& entry : root) {
      std::string key = entry.first.as<std::string>();
      if (!kRuleKeys.count(key)) error_at(entry.first, "unknown key '" + key + "'");
    }
    std::string stem = root["id"] ? root["id"].as<std::string>() : file.stem().string();
    spec.id = pack + "." + stem;

    if (!root["kind"]) {
      error_at(root, "missing 'kind'");
    } else {
      spec.kind = root["kind"].as<std::string>();
      if (!registry.find(spec.kind)) {
        std::string known;
        for (const auto& k : registry.names()) known += (known.empty() ? "" : ", ") + k;
        error_at(root["kind"], "unknown rule kind '" + spec.kind + "' (known kinds: " + known + ")");
      }
    }
    if (!root["category"]) {
      error_at(root, "missing 'category'");
    } else if (auto c = parse_category(root["category"].as<std::string>())) {
      spec.category = *c;
    } else {
      error_at(root["category"], "unknown category '" + root["category"].as<std::string>() + "'");
    }
    if (root["severity"]) {
      if (auto s = parse_severity(root["severity"].as<std::string>())) spec.severity = *s;
      else error_at(root["severity"], "severity must be error, warning or note");
    }
    if (root["scope"]) {
      if (auto s = parse_scope(root["scope"].as<std::string>())) spec.scope = *s;
      else error_at(root["scope"], "unknown scope '" + root["scope"].as<std::string>() + "'");
    }
    spec.languages = pack_languages(pack);
    if (root["languages"]) {
      spec.languages.clear();
      for (const std::string& tag : read_strings(root["languages"])) {
        if (tag == "zh-Hans" || tag == "zh") spec.languages.push_back(Language::kChinese);
        else if (tag == "en") spec.languages.push_back(Language::kEnglish);
        else if (tag != "any") error_at(root["languages"], "unknown language '" + tag + "' (zh-Hans, en or any)");
      }
    }
    if (!root["message"] || !read_message(root["message"], spec.message)) {
      error_at(root, "missing 'message' (a string or {en: ..., zh: ...})");
    }
    if (root["messages"]) {
      for (const auto& entry : root["messages"]) {
        Message m;
        if (!read_message(entry.second, m)) error_at(entry.second, "a message must be a string or {en:, zh:}");
        spec.variants[entry.first.as<std::string>()] = m;
      }
    }
    if (root["description"]) spec.description = root["description"].as<std::string>();
    if (root["help"]) spec.help = root["help"].as<std::string>();
    if (root["examples"]) {
      spec.examples.bad = read_strings(root["examples"]["bad"]);
      spec.examples.good = read_strings(root["examples"]["good"]);
    }
  } catch (const YAML::Exception& e) {
    errors.push_back(name + ":" + std::to_string(e.mark.line + 1) + ":" + std::to_string(e.mark.column + 1) +
                     ": wrong type: " + e.msg);
  }

  if (!errors.empty()) {
    std::string message;
    for (const auto& e : errors) message += (message.empty() ? "" : "\n") + e;
    return Status::error(message);
  }

  RuleOptions options(root["options"], name);
  std::unique_ptr<Rule> rule;
  try {
    rule = (*registry.find(spec.kind))(std::move(spec), options);
  } catch (const YAML::Exception& e) {
    options.add_error(e.msg);
  }
  Status status = options.finish();
  if (!status.ok()) return status;
  return rule;
}

}  // namespace

// Read quickly first; a rule with an error is read again with yaml-cpp, whose
// nodes give the error's line and column.
Result<std::unique_ptr<Rule>> load_rule_file(const fs::path& file, const std::string& pack,
                                              const KindRegistry& registry, ExampleLoading examples) {
  return load_fast_then_exact(
      [&](YamlReading reading) { return load_rule_read(file, pack, registry, examples, reading); });
}

std::vector<std::string> list_packs(const fs::path& rules_dir) {
  std::vector<std::string> packs;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(rules_dir, ec)) {
    if (entry.is_directory() && entry.path().filename() != "data") packs.push_back(entry.path().filename().string());
  }
  std::sort(packs.begin(), packs.end());
  return packs;
}

Result<RuleSet> load_rule_packs(const fs::path& rules_dir, const std::vector<std::string>& packs,
                                const KindRegistry& registry, ExampleLoading examples) {
  if (!fs::is_directory(rules_dir)) return Status::error(rules_dir.string() + ": rules folder not found");
  std::vector<std::string> names = packs.empty() ? list_packs(rules_dir) : packs;
  RuleSet rules;
  std::string errors;
  for (const std::string& pack : names) {
    fs::path dir = rules_dir / pack;
    if (!fs::is_directory(dir)) {
      errors += (errors.empty() ? "" : "\n") + dir.string() + ": rule pack not found";
      continue;
    }
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.is_regular_file() && entry.path().extension() == ".yaml") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
      auto rule = load_rule_file(file, pack, registry, examples);
      if (!rule.ok()) errors += (errors.empty() ? "" : "\n") + rule.status().message();
      else rules.push_back(std::move(rule.value()));
    }
  }
  // The unit catalog is data every quantity rule reads: a broken one would
  // silently lose their findings.
  if (const Status& units = UnitCatalog::builtin_status(); !units.ok()) {
    errors += (errors.empty() ? "" : "\n") + units.message();
  }
  if (!errors.empty()) return Status::error(errors);
  std::sort(rules.begin(), rules.end(), [](const auto& a, const auto& b) { return a->spec().id < b->spec().id; });
  return rules;
}

fs::path default_rules_dir(const std::string& given) {
  if (!given.empty()) return given;
  if (const char* env = std::getenv("COPYDESK_RULES"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "copydesk" / "rules";
    if (fs::is_directory(installed)) return installed;
  }
  return COPYDESK_SOURCE_RULES_DIR;
}

}  // namespace copydesk
