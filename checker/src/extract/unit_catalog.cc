#include "extract/unit_catalog.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>

#include "core/utf8.h"
#include "rules/rule_pack.h"
#include "rules/yaml_file.h"

namespace copydesk {

std::string_view unit_notation_name(UnitNotation notation) {
  switch (notation) {
    case UnitNotation::kLegal: return "legal";
    case UnitNotation::kColloquial: return "colloquial";
    case UnitNotation::kSymbol: return "symbol";
    case UnitNotation::kEnglish: return "english";
  }
  return "legal";
}

namespace {

std::vector<std::string> strings_of(const YAML::Node& node) {
  std::vector<std::string> out;
  if (node && node.IsSequence()) {
    for (const auto& item : node) out.push_back(item.as<std::string>());
  }
  return out;
}

}  // namespace

// Read quickly first; a catalog with an error is read again with yaml-cpp,
// whose nodes give the line the error names.
Result<UnitCatalog> UnitCatalog::load(const std::filesystem::path& file) {
  return load_fast_then_exact([&](YamlReading reading) { return load(file, reading); });
}

Result<UnitCatalog> UnitCatalog::load(const std::filesystem::path& file, YamlReading reading) {
  UnitCatalog catalog;
  std::string where = file.string();
  try {
    YAML::Node root = load_yaml_node(file, reading);
    YAML::Node dimensions = root["dimensions"];
    YAML::Node units = root["units"];
    if (!units || !units.IsSequence()) return Status::error(where + ": 'units' must be a list");
    std::map<std::string, size_t> by_name;
    std::vector<std::pair<YAML::Node, std::vector<std::string>>> aliases;
    for (const auto& entry : units) {
      std::string at = where + ":" + std::to_string(entry.Mark().line + 1) + ": ";
      if (!entry["name"]) return Status::error(at + "a unit needs a 'name'");
      UnitDef def;
      def.name = entry["name"].as<std::string>();
      if (entry["of"]) {
        std::string of = entry["of"].as<std::string>();
        auto it = by_name.find(of);
        if (it == by_name.end()) return Status::error(at + "'" + of + "' must be defined before '" + def.name + "'");
        const UnitDef& base = catalog.units_[it->second];
        def.dimension = base.dimension;
        def.notation = base.notation;
        def.base_name = base.name;
        def.context = base.context;
        def.times = entry["times"] ? entry["times"].as<double>() : 1;
        def.factor = base.factor * def.times;
      } else {
        if (!entry["dimension"] || !entry["factor"]) return Status::error(at + "'" + def.name + "' needs 'dimension' and 'factor'");
        def.dimension = entry["dimension"].as<std::string>();
        if (dimensions && !dimensions[def.dimension]) return Status::error(at + "unknown dimension '" + def.dimension + "'");
        def.factor = entry["factor"].as<double>();
        def.base_name = def.name;
        std::string notation = entry["notation"] ? entry["notation"].as<std::string>() : "legal";
        if (notation == "legal") def.notation = UnitNotation::kLegal;
        else if (notation == "colloquial") def.notation = UnitNotation::kColloquial;
        else if (notation == "symbol") def.notation = UnitNotation::kSymbol;
        else if (notation == "english") def.notation = UnitNotation::kEnglish;
        else return Status::error(at + "notation must be legal, colloquial, symbol or english");
        def.context = strings_of(entry["context"]);
      }
      if (entry["not_before"]) def.not_before = strings_of(entry["not_before"]);
      if (entry["not_after"]) def.not_after = strings_of(entry["not_after"]);
      def.english = entry["english"] && entry["english"].as<bool>();
      def.prefix = entry["prefix"] && entry["prefix"].as<bool>();
      if (!(def.factor > 0)) return Status::error(at + "factor must be positive");
      if (def.name.empty()) return Status::error(at + "a unit name must not be empty");
      int index = static_cast<int>(catalog.units_.size());
      if (!by_name.count(def.name)) by_name[def.name] = catalog.units_.size();
      catalog.spellings_.push_back({def.name, index});
      for (const std::string& alias : strings_of(entry["aliases"])) {
        if (alias.empty()) return Status::error(at + "an alias of '" + def.name + "' is empty");
        catalog.spellings_.push_back({alias, index});
      }
      catalog.units_.push_back(std::move(def));
    }
  } catch (const YAML::Exception& e) {
    return Status::error(where + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
  }
  std::stable_sort(catalog.spellings_.begin(), catalog.spellings_.end(),
                   [](const Spelling& a, const Spelling& b) { return a.text.size() > b.text.size(); });
  catalog.index_spellings();
  return catalog;
}

const std::vector<int>& UnitCatalog::suffix_spellings_starting_with(char32_t first) const {
  static const std::vector<int> kNone;
  auto it = suffix_by_first_.find(fold_ascii(first));
  return it == suffix_by_first_.end() ? kNone : it->second;
}

void UnitCatalog::index_spellings() {
  for (size_t i = 0; i < spellings_.size(); ++i) {
    Spelling& spelling = spellings_[i];
    spelling.ascii = std::all_of(spelling.text.begin(), spelling.text.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    int index = static_cast<int>(i);
    if (units_[spelling.unit].prefix) {
      prefix_spellings_.push_back(index);
      if (!spelling.text.empty()) prefix_last_bytes_[static_cast<unsigned char>(spelling.text.back())] = true;
    } else {
      suffix_by_first_[fold_ascii(code_point_at(spelling.text, 0))].push_back(index);
    }
  }
}

namespace {

struct LoadedCatalog {
  UnitCatalog catalog;
  Status status;
};

const LoadedCatalog& builtin_catalog() {
  static const LoadedCatalog loaded = [] {
    auto result = UnitCatalog::load(default_rules_dir() / "data" / "units.yaml");
    if (!result.ok()) return LoadedCatalog{UnitCatalog{}, result.status()};
    return LoadedCatalog{std::move(result.value()), Status()};
  }();
  return loaded;
}

}  // namespace

const UnitCatalog& UnitCatalog::builtin() { return builtin_catalog().catalog; }
const Status& UnitCatalog::builtin_status() { return builtin_catalog().status; }

}  // namespace copydesk
