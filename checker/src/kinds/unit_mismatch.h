// Kind `unit-mismatch`: one quantity written in different units within a scope
// (usually an article), found through the quantity analysis and the unit
// catalog (rules/data/units.yaml).
//
// Three checks:
//  * notation: units of one dimension with the same size but different names,
//    e.g. 900亿度 and later 720亿千瓦时, 公斤 and 千克, 公里 and km. The name used
//    most often is taken as the article's; the first use of each other name is
//    reported (variant: default message).
//  * confusable pairs: units of different size that should not both describe
//    one thing in an article (亩 and 公顷, miles and km), variant `pair`.
//  * magnitude: the same figure under the same label written with two
//    magnitudes, e.g. 总投资12亿元 … 投资1200万元 (same significant digits, at
//    least two of them, same two characters before the figure, a hundredfold
//    or more apart, no 其中 between them), variant `magnitude`.
//  * unit slip: the same figure under the same label in two units of one
//    dimension and different sizes, e.g. 网目不小于8厘米 … 网目小于8毫米, 平均降水量
//    52毫米 … 仅52厘米的降水 (the label: the two or three Han characters before
//    the figure, past a comparison word such as 不小于 or 仅, or the noun its 的
//    leads to), variant `slip`. Figures in a conversion are not compared.
//  * conversion: a figure followed by its conversion into another unit of the
//    dimension (5 inches of rain, or about 30 centimeters; 300亩（约20公顷）)
//    that does not match, variant `conversion`. Each figure is taken as exact
//    to half its last significant digit (30 is 25 to 35, 2.4 is 2.35 to 2.45),
//    and the conversion may be off by `conversion_slack` more.
// Different goods each in their customary unit (万吨 of grain, 斤 of pork) are
// different sizes or dimensions and are not compared.
//
// Options:
//   dimensions  catalog dimensions compared for notation (default: energy,
//               power, mass, length, area, volume, temperature-C, data, radon)
//   pairs       list of [unit, unit] catalog names that must not be mixed (default none)
//   interchangeable  lists of catalog names the notation check takes for one
//               name (度 beside 摄氏度: how a temperature is said) (default none)
//   magnitude   run the magnitude check (default true)
//   magnitude_dimensions  dimensions for the magnitude check (default: currency-CNY,
//               currency-USD, currency-EUR, currency-GBP, energy, mass, area, volume)
//   generic_labels  labels too vague to identify a thing in the magnitude check
//               (default: 达到, 超过, 突破, 增长, 完成, 共计, 合计, 累计, 其中, 分别, 约为, 增加, 减少, 下降)
//   slip        run the unit slip check (default true)
//   conversion  run the conversion check (default true)
//   conversion_slack  how far a conversion may be off beyond the figures'
//               rounding, as a share (default 0.1)
// Message arguments: {text}, {unit}, {other}, {count}, {other_count}, {other_text};
// for `conversion` also {expected}, the first figure in the second's unit.
#pragma once

#include <re2/re2.h>

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "rules/rule.h"
#include "rules/rule_options.h"

namespace copydesk {

struct Quantity;
struct Quantities;
class UnitCatalog;

// Where a figure stands in a conversion pair (300亩（约20公顷）): in none, the
// figure converted (300亩), or its conversion (20公顷).
enum class ConversionSide : uint8_t { kNone, kConverted, kConversion };

class UnitMismatchKind : public Rule {
 public:
  UnitMismatchKind(RuleSpec spec, RuleOptions& options);
  void check_unit(const Document& doc, const Unit& unit, Reporter& out) const override;

 private:
  std::set<std::string> dimensions_;
  std::vector<std::pair<std::string, std::string>> pairs_;
  std::map<std::string, std::string> spoken_as_;  // an interchangeable name -> the first of its list
  // Units written for each other (里 for 公里), both orders: the same figure in
  // both is taken for one figure with a wrong unit.
  std::set<std::pair<std::string, std::string>> mistaken_for_;
  void check_temperatures(const Document& doc, const Unit& unit, Reporter& out) const;
  void check_per_unit_conversions(const Document& doc, const Quantities& all, const std::vector<const Quantity*>& quantities,
                                  Reporter& out) const;
  // A figure and its conversion agree, within the rounding of both and the slack allowed.
  bool agrees(const Document& doc, const Quantity& a, const Quantity& b) const;
  bool is_conversion(const Document& doc, const Quantities& all, const Quantity& a, const Quantity& b) const;
  void check_conversion(const Document& doc, const Quantities& all, const Quantity& a, const Quantity& b,
                        Reporter& out) const;
  // Whether `q` restates `earlier` with 万 for 亿 (or another unit of a slipped magnitude).
  bool magnitude_slip(const Document& doc, const Quantities& all, const Quantity& earlier, const Quantity& q) const;
  // Whether `q` gives the figure of `earlier` in a unit often written for
  // its unit (`mistaken_for`), with two significant digits or more.
  bool unit_mistaken(const Quantities& all, const Quantity& earlier, const Quantity& q) const;
  void report_slip(const Document& doc, const Quantities& all, const Quantity& q, const Quantity& earlier,
                   Reporter& out) const;
  void check_restated_slips(const Document& doc, const Quantities& all, const std::vector<const Quantity*>& quantities,
                            const std::vector<ConversionSide>& converts, const std::set<const Quantity*>& confirmed,
                            Reporter& out) const;
  void check_slips(const Document& doc, const Quantities& all, const std::vector<const Quantity*>& quantities,
                   const std::vector<ConversionSide>& converts, const std::set<const Quantity*>& confirmed, Reporter& out) const;
  // Whether q's dimension is in `dimensions` / `magnitude_dimensions`: read
  // from flags per unit of the built-in catalog, worked out once.
  bool compared(const Quantities& all, const Quantity& q) const;
  bool magnitude_compared(const Quantities& all, const Quantity& q) const;

  bool magnitude_ = true;
  bool slip_ = true;
  bool conversion_ = true;
  double conversion_slack_ = 0.1;
  std::unique_ptr<RE2> conversion_joiner_;
  std::set<std::string> magnitude_dimensions_;
  std::set<std::string> generic_labels_;
  const UnitCatalog* catalog_ = nullptr;        // the built-in catalog the flags below are for
  std::vector<char> compared_units_;            // by catalog unit index: dimension in dimensions_
  std::vector<char> magnitude_compared_units_;  // by catalog unit index: in magnitude_dimensions_
};

}  // namespace copydesk
