// recognizers_conformance [SPECS_DIR]: measures the number and quantity
// extractors against the Chinese and English Number and NumberWithUnit cases of
// Microsoft Recognizers-Text (../shared/peer-specs/recognizers-text).
//
// A case passes when the extractor finds exactly the expected items: the same
// span (UTF-16 Start..End) and the same value (and, for NumberWithUnit, a unit
// of the same dimension), and nothing else of that model's type. Cases outside
// the scope of a news-copy checker are counted apart, with the reason:
//   peer-unsupported  flagged NotSupported for the .NET reference implementation
//   range-model       NumberRange*: comparison phrases (大于二十, between 20 and 30); the
//                     extractor handles range forms (10～20万, 5%—7%), not inequalities
//   spaced            a numeral with spaces inside (四百 点 五, 7 万5 千4 百): speech-transcript
//                     style; joining figures across spaces would merge separate figures in PDF text
//   notation          exponents and powers (1.1^+23, 12.32e+14)
//   quantity-word     dozens, pairs, halves and discounts (十打, 兩雙, 半百, 打对折, 七成 六)
//   unit-not-in-catalog  a unit the catalog does not carry (瑞士法郎, bits, kcal, mph)
//   unit-only         an expected unit name without a figure (人民币 美元, "to fahrenheit"):
//                     a bare unit is not a quantity
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/line_index.h"
#include "extract/numbers.h"
#include "extract/quantities.h"
#include "extract/unit_catalog.h"

namespace fs = std::filesystem;
using copydesk::NumberForm;
using copydesk::NumberMention;
using copydesk::Quantity;
using nlohmann::json;

namespace {

struct Item {
  long start = 0;  // UTF-16, inclusive
  long end = 0;
  double value = 0;
  std::string dimension;
};

enum class Model { kNumber, kOrdinal, kPercent, kRange, kUnit };

long utf16_at(const std::string& text, size_t byte) { return static_cast<long>(copydesk::utf16_length(std::string_view(text).substr(0, byte))); }

double parse_value(std::string v) {
  if (!v.empty() && v.back() == '%') v.pop_back();
  try {
    return std::stod(v);
  } catch (...) {
    return NAN;
  }
}

// A string field of `node`, or "" when it is missing or not a string.
std::string field(const json& node, const char* key) {
  if (!node.is_object() || !node.contains(key) || !node[key].is_string()) return "";
  return node[key].get<std::string>();
}

bool same_value(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) return false;
  return std::fabs(a - b) <= 1e-6 * std::max(1.0, std::max(std::fabs(a), std::fabs(b)));
}

std::string dimension_of_peer_unit(const std::string& unit, const std::string& file) {
  static const std::map<std::string, std::string> kUnits = {
      {"Year", "age"},
      {"Chinese yuan", "currency-CNY"},
      {"United States dollar", "currency-USD"},
      {"Dollar", "currency-USD"},
      {"Euro", "currency-EUR"},
      {"Japanese yen", "currency-JPY"},
      {"Hong Kong dollar", "currency-HKD"},
      {"British pound", "currency-GBP"},
      {"Kilogram", "mass"},
      {"Gram", "mass"},
      {"Ton", "mass"},
      {"Metric ton", "mass"},
      {"Jin", "mass"},
      {"Ounce", "mass"},
      {"Centimeter", "length"},
      {"Meter", "length"},
      {"Kilometer", "length"},
      {"Millimeter", "length"},
      {"Foot", "length"},
      {"Mile", "length"},
      {"Inch", "length"},
      {"Mu", "area"},
      {"Square meter", "area"},
      {"Square kilometer", "area"},
      {"Acre", "area"},
      {"Kilowatt", "power"},
      {"Gallon", "volume"},
      {"Milliliter", "volume"},
      {"C", "temperature-C"},
      {"F", "temperature-F"},
  };
  if (unit == "Pound") return file.find("Currency") != std::string::npos ? "currency-GBP" : "mass";
  if (unit == "Degree" && file.find("Temperature") != std::string::npos) return "temperature-C";
  auto it = kUnits.find(unit);
  return it == kUnits.end() ? "" : it->second;
}

// The family of dimensions a NumberWithUnit model extracts.
bool in_family(const std::string& dimension, const std::string& file) {
  if (file.find("Currency") != std::string::npos) return dimension.starts_with("currency");
  if (file.find("Temperature") != std::string::npos) return dimension.starts_with("temperature");
  if (file.find("Age") != std::string::npos) return dimension == "age";
  return dimension == "mass" || dimension == "length" || dimension == "area" || dimension == "power" ||
         dimension == "volume" || dimension == "energy";
}

std::string out_of_scope(const json& c, Model model, const std::string& file) {
  if (field(c, "NotSupported").find("dotnet") != std::string::npos) {
    return "peer-unsupported";
  }
  if (model == Model::kRange) return "range-model";
  for (const json& r : c["Results"]) {
    std::string text = field(r, "Text");
    if (text.find(' ') != std::string::npos && model != Model::kUnit) return "spaced";
    if (text.find('^') != std::string::npos || text.find("e+") != std::string::npos || text.find("e-") != std::string::npos ||
        text.find("E+") != std::string::npos)
      return "notation";
    for (const char* w : {"打", "对", "双", "雙", "半", "折", "dozen", "成 "}) {
      if (text.find(w) != std::string::npos) return "quantity-word";
    }
    if (model == Model::kUnit && field(r["Resolution"], "value").empty()) return "unit-only";
    if (model == Model::kUnit && dimension_of_peer_unit(field(r["Resolution"], "unit"), file).empty()) {
      return "unit-not-in-catalog";
    }
  }
  return "";
}

std::vector<Item> ours(const std::string& input, Model model, const std::string& file) {
  std::vector<Item> items;
  std::vector<NumberMention> numbers = copydesk::find_numbers(input);
  if (model == Model::kUnit) {
    const auto& catalog = copydesk::UnitCatalog::builtin();
    for (const Quantity& q : copydesk::find_quantities(input, numbers, catalog)) {
      const auto& unit = catalog.units()[q.unit];
      if (!in_family(unit.dimension, file)) continue;
      items.push_back({utf16_at(input, q.span.begin), utf16_at(input, q.span.end) - 1, numbers[q.number].value, unit.dimension});
    }
    return items;
  }
  for (const NumberMention& m : numbers) {
    bool wanted = model == Model::kOrdinal ? m.form == NumberForm::kOrdinal
                  : model == Model::kPercent ? m.form == NumberForm::kPercent
                                             : (m.form == NumberForm::kCardinal || m.form == NumberForm::kFraction);
    if (!wanted) continue;
    if (m.is_range() && model == Model::kNumber && m.range_low()) {
      // The peer reports the two figures of a range separately. (An
      // approximate range such as 三四 has no first figure of its own.)
      items.push_back({utf16_at(input, m.range_low()->begin), utf16_at(input, m.range_low()->end) - 1, m.value, ""});
      continue;
    }
    items.push_back({utf16_at(input, m.span.begin), utf16_at(input, m.span.end) - 1, m.value, ""});
  }
  return items;
}

Model model_of(const std::string& name) {
  if (name.find("NumberWithUnit") != std::string::npos) return Model::kUnit;
  if (name.find("Range") != std::string::npos) return Model::kRange;
  if (name.find("Ordinal") != std::string::npos) return Model::kOrdinal;
  if (name.find("Percent") != std::string::npos) return Model::kPercent;
  return Model::kNumber;
}

}  // namespace

int main(int argc, char** argv) {
  fs::path specs = argc > 1 ? fs::path(argv[1]) : fs::path(COPYDESK_PEER_SPECS);
  bool verbose = argc > 2 && std::string(argv[2]) == "-v";
  std::vector<fs::path> files;
  for (const char* group : {"Number/Chinese", "Number/English", "NumberWithUnit/Chinese", "NumberWithUnit/English"}) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(specs / group, ec)) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    std::cerr << "recognizers_conformance: no spec files under " << specs << "\n";
    return 2;
  }
  std::map<std::string, std::pair<int, int>> totals;  // group -> passed, in scope
  std::printf("%-52s %6s %6s %6s %7s  out of scope\n", "file", "cases", "scope", "pass", "share");
  for (const fs::path& path : files) {
    std::string rel = fs::relative(path, specs).string();
    std::ifstream in(path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string content = buffer.str();
    if (content.starts_with("\xEF\xBB\xBF")) content.erase(0, 3);
    json cases = json::parse(content, nullptr, false);
    if (cases.is_discarded()) continue;
    Model model = model_of(rel);
    int in_scope = 0, passed = 0;
    std::map<std::string, int> skipped;
    for (const json& c : cases) {
      std::string reason = out_of_scope(c, model, rel);
      if (!reason.empty()) {
        ++skipped[reason];
        continue;
      }
      ++in_scope;
      std::string input = c["Input"].get<std::string>();
      std::vector<Item> got = ours(input, model, rel);
      std::vector<Item> want;
      for (const json& r : c["Results"]) {
        Item item{r.value("Start", 0L), r.value("End", 0L), parse_value(field(r["Resolution"], "value")), ""};
        if (model == Model::kUnit) item.dimension = dimension_of_peer_unit(field(r["Resolution"], "unit"), rel);
        want.push_back(item);
      }
      bool ok = got.size() == want.size();
      for (size_t i = 0; ok && i < want.size(); ++i) {
        bool found = false;
        for (const Item& g : got) {
          if (g.start == want[i].start && g.end == want[i].end && same_value(g.value, want[i].value) &&
              g.dimension == want[i].dimension) {
            found = true;
          }
        }
        ok = found;
      }
      if (ok) ++passed;
      else if (verbose) {
        std::printf("  FAIL %s: %s  want", rel.c_str(), input.c_str());
        for (const Item& w : want) std::printf(" [%ld-%ld %g %s]", w.start, w.end, w.value, w.dimension.c_str());
        std::printf("  got");
        for (const Item& g : got) std::printf(" [%ld-%ld %g %s]", g.start, g.end, g.value, g.dimension.c_str());
        std::printf("\n");
      }
    }
    std::string reasons;
    for (const auto& [reason, n] : skipped) reasons += reason + " " + std::to_string(n) + "  ";
    std::printf("%-52s %6zu %6d %6d %6.1f%%  %s\n", rel.c_str(), cases.size(), in_scope, passed,
                in_scope ? 100.0 * passed / in_scope : 0.0, reasons.c_str());
    std::string group = rel.substr(0, rel.rfind('/'));
    totals[group].first += passed;
    totals[group].second += in_scope;
  }
  std::printf("\n");
  for (const auto& [group, t] : totals) {
    std::printf("%-52s in scope %4d  passed %4d  %6.1f%%\n", group.c_str(), t.second, t.first,
                t.second ? 100.0 * t.first / t.second : 0.0);
  }
  return 0;
}
