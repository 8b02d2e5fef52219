#include "kinds/price_conversion.h"

#include <re2/re2.h>

#include <cmath>
#include <string>

#include "core/document.h"
#include "extract/numbers.h"
#include "extract/quantities.h"
#include "extract/unit_catalog.h"

namespace copydesk {
namespace {

// Half the last written place of q's figure, in its written unit (1.2元: 0.05; 60元: 0.5).
double half_written_place(const Document& doc, const Quantity& q) {
  if (q.number < 0) return 0.5;
  const NumberMention& m = doc.analysis<Numbers>().mentions[q.number];
  return 0.5 * std::pow(10.0, -m.decimals) * (m.value != 0 ? std::fabs(q.amount / m.value) : 1);
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

std::vector<PriceConversion> find_wrong_price_conversions(const Document& doc, const Quantities& all,
                                                          const std::vector<const Quantity*>& quantities,
                                                          double slack) {
  const std::string_view text = doc.text();
  std::vector<PriceConversion> found;
  // 每公斤3.6元 / 每斤售价40元: the unit the first price is per, before it.
  static const RE2 per_before("每(\\p{Han}{1,3}?)(?:售价|收购价|销售价|价格|单价|均价|价)?(?:为|是|约|达)?$");
  // ，折合每斤1.2元: the word of conversion, then the second unit.
  static const RE2 converted_per("^[，,]\\s*(?:折合|约合|合|相当于|即)约?每(\\p{Han}{1,3})$");
  for (size_t k = 0; k + 1 < quantities.size(); ++k) {
    const Quantity& a = *quantities[k];
    const Quantity& b = *quantities[k + 1];
    const UnitDef& ua = all.unit_of(a);
    if (ua.dimension.rfind("currency-", 0) != 0 || all.unit_of(b).dimension != ua.dimension) continue;
    if (b.extent.begin < a.extent.end || b.extent.begin - a.extent.end > 40) continue;
    // Most amounts of money are per nothing: 每 is looked for before any expression runs.
    const size_t from = a.extent.begin > 24 ? a.extent.begin - 24 : 0;
    const std::string_view before = text.substr(from, a.extent.begin - from);
    if (before.find("每") == std::string_view::npos) continue;
    re2::StringPiece first_name, second_name;
    if (!RE2::PartialMatch(before, per_before, &first_name)) continue;
    const std::string_view between = text.substr(a.extent.end, b.extent.begin - a.extent.end);
    if (!RE2::FullMatch(between, converted_per, &second_name)) continue;
    const UnitDef* first = per_unit(*all.catalog, std::string_view(first_name.data(), first_name.size()));
    const UnitDef* second = per_unit(*all.catalog, std::string_view(second_name.data(), second_name.size()));
    if (!first || !second || first->dimension != second->dimension || first == second) continue;
    // A price per unit scales with the unit's size: 3.6元 a 公斤 is 1.8元 a 斤.
    const double expected = a.amount * second->factor / first->factor;
    const double half_a = half_written_place(doc, a) * second->factor / first->factor;
    const double half_b = half_written_place(doc, b);
    if (std::fabs(b.amount - expected) <= half_a + half_b + slack * expected) continue;
    const size_t first_at = static_cast<size_t>(first_name.data() - text.data());
    const size_t second_at = static_cast<size_t>(second_name.data() - text.data());
    found.push_back({&a, &b, expected, {first_at, first_at + first_name.size()}, {second_at, second_at + second_name.size()}});
  }
  return found;
}

}  // namespace copydesk
