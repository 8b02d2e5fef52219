#include "kinds/per_unit_conversion.h"

#include <re2/re2.h>

#include <cmath>
#include <string>

#include "core/document.h"
#include "extract/numbers.h"
#include "extract/quantities.h"
#include "extract/unit_catalog.h"

namespace copydesk {
namespace {

// Half the last written place of q's figure, in base units (1.2元: 0.05; 60元: 0.5).
double half_written_place(const Document& doc, const Quantity& q) {
  const double to_base = q.amount != 0 ? q.base / q.amount : 1;
  if (q.number < 0) return 0.5 * to_base;
  const NumberMention& m = doc.analysis<Numbers>().mentions[q.number];
  return 0.5 * std::pow(10.0, -m.decimals) * (m.value != 0 ? std::fabs(q.amount / m.value) : 1) * to_base;
}

// The catalog unit named `name` of a dimension a price may be per (mass,
// length, area, volume), or nullptr.
const UnitDef* per_unit(const UnitCatalog& catalog, std::string_view name) {
  for (const UnitDef& u : catalog.units()) {
    if (u.name == name && (u.dimension == "mass" || u.dimension == "length" || u.dimension == "area" ||
                           u.dimension == "volume")) {
      return &u;
    }
  }
  return nullptr;
}

}  // namespace

std::vector<PerUnitConversion> find_wrong_per_unit_conversions(const Document& doc, const Quantities& all,
                                                               const std::vector<const Quantity*>& quantities,
                                                               double slack) {
  const std::string_view text = doc.text();
  std::vector<PerUnitConversion> found;
  // 每公斤3.6元 / 每斤售价40元: the unit the first amount is per, before it.
  static const RE2 per_before("每(\\p{Han}{1,3}?)(?:售价|收购价|销售价|价格|单价|均价|价)?(?:为|是|约|达)?$");
  // 亩产150公斤 / 亩产鲜草约1.2吨: a yield per unit of area, the unit before 产.
  static const RE2 yield_before("(亩|公顷)产(?:量)?\\p{Han}{0,3}?(?:达到|达|为|是|约)?$");
  // ，折合每斤1.2元 / （合每公顷18吨）: the word of conversion, then the second unit.
  static const RE2 converted_per("^(?:[，,]\\s*|[（(])(?:折合|约合|合|相当于|即)约?每(\\p{Han}{1,3})$");
  for (size_t k = 0; k + 1 < quantities.size(); ++k) {
    const Quantity& a = *quantities[k];
    const Quantity& b = *quantities[k + 1];
    const UnitDef& ua = all.unit_of(a);
    if (all.unit_of(b).dimension != ua.dimension || a.base_high || b.base_high || a.base <= 0) continue;
    if (b.extent.begin < a.extent.end || b.extent.begin - a.extent.end > 40) continue;
    // Most amounts are per nothing: 每 or 产 is looked for before any expression runs.
    const size_t from = a.extent.begin > 24 ? a.extent.begin - 24 : 0;
    const std::string_view before = text.substr(from, a.extent.begin - from);
    const bool money = ua.dimension.rfind("currency-", 0) == 0;
    re2::StringPiece first_name, second_name;
    if (money) {
      if (before.find("每") == std::string_view::npos || !RE2::PartialMatch(before, per_before, &first_name)) continue;
    } else if (ua.dimension == "mass") {
      if (before.find("产") == std::string_view::npos || !RE2::PartialMatch(before, yield_before, &first_name)) continue;
    } else {
      continue;
    }
    const std::string_view between = text.substr(a.extent.end, b.extent.begin - a.extent.end);
    if (!RE2::FullMatch(between, converted_per, &second_name)) continue;
    const UnitDef* first = per_unit(*all.catalog, std::string_view(first_name.data(), first_name.size()));
    const UnitDef* second = per_unit(*all.catalog, std::string_view(second_name.data(), second_name.size()));
    if (!first || !second || first->dimension != second->dimension || first == second) continue;
    // An amount per unit scales with the unit's size: 3.6元 a 公斤 is 1.8元 a 斤.
    const double scale = second->factor / first->factor;
    const double expected = a.base * scale;
    const double half_a = half_written_place(doc, a) * scale;
    const double half_b = half_written_place(doc, b);
    if (std::fabs(b.base - expected) <= half_a + half_b + slack * expected) continue;
    const size_t first_at = static_cast<size_t>(first_name.data() - text.data());
    const size_t second_at = static_cast<size_t>(second_name.data() - text.data());
    found.push_back({&a, &b, b.base != 0 ? expected * b.amount / b.base : expected,
                     {first_at, first_at + first_name.size()}, {second_at, second_at + second_name.size()}});
  }
  return found;
}

}  // namespace copydesk
