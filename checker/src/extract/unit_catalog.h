// The unit catalog: rules/data/units.yaml (see the comment at its top). Each
// unit has a dimension, a factor to the dimension's base unit and a notation
// (legal Chinese name, colloquial name, symbol, English word).
#pragma once

#include <array>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace copydesk {

enum class YamlReading;  // rules/yaml_file.h

enum class UnitNotation { kLegal, kColloquial, kSymbol, kEnglish };
std::string_view unit_notation_name(UnitNotation notation);

struct UnitDef {
  std::string name;               // the catalog name (万千瓦时)
  std::string dimension;          // energy
  double factor = 1;              // base units per unit (1 万千瓦时 = 3.6e10 J)
  UnitNotation notation = UnitNotation::kLegal;
  std::string base_name;          // the name without its magnitude word (千瓦时); == name otherwise
  double times = 1;               // the magnitude word's value (1e4 for 万千瓦时)
  std::vector<std::string> context;  // words that must be near for the unit to count
  bool english = false;           // an English word: needs word boundaries, may follow a space
  bool prefix = false;            // written before the figure ($4.2, ¥100)
  std::vector<std::string> not_before;  // 人 does not count in 人民
  std::vector<std::string> not_after;   // words right before the figure: 分 is no score in 8时30分
};

class UnitCatalog {
 public:
  // Loads a catalog file. Errors name the file and the entry.
  static Result<UnitCatalog> load(const std::filesystem::path& file);
  static Result<UnitCatalog> load(const std::filesystem::path& file, YamlReading reading);

  // The catalog in default_rules_dir()/data/units.yaml, loaded once; empty
  // when it cannot be loaded, and builtin_status() then says why. Rule loading
  // reports that status, so that no run goes on without its units.
  static const UnitCatalog& builtin();
  static const Status& builtin_status();

  const std::vector<UnitDef>& units() const { return units_; }

  struct Spelling {
    std::string text;    // a name or alias as written
    int unit;            // index into units()
    bool ascii = false;  // text is plain ASCII (may follow the figure after a space)
  };
  // Every name and alias, longest first.
  const std::vector<Spelling>& spellings() const { return spellings_; }

  // The spellings of units written after the figure whose first character is
  // `first` (ASCII letters folded to lower case), as indices into spellings()
  // in its order. Matching a unit at some position only needs to try these
  // instead of the whole catalog.
  const std::vector<int>& suffix_spellings_starting_with(char32_t first) const;
  // The spellings of units written before the figure ($, US$, ¥), as indices into spellings() in its order.
  const std::vector<int>& prefix_spellings() const { return prefix_spellings_; }
  // Whether some prefix spelling ends in `byte`: most figures follow none.
  bool ends_prefix_spelling(char byte) const { return prefix_last_bytes_[static_cast<unsigned char>(byte)]; }

 private:
  static char32_t fold_ascii(char32_t c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }
  void index_spellings();

  std::vector<UnitDef> units_;
  std::vector<Spelling> spellings_;
  std::unordered_map<char32_t, std::vector<int>> suffix_by_first_;
  std::vector<int> prefix_spellings_;
  std::array<bool, 256> prefix_last_bytes_{};
};

}  // namespace copydesk
