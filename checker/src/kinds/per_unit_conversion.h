// An amount per unit given again per another unit of the same kind, with a
// word of conversion between: a price (每公斤3.6元，折合每斤1.8元; 每斤售价40元，
// 折合每公斤80元) or a yield (亩产150公斤，折合每公顷约2250公斤; 亩产鲜草约1.2吨
// （合每公顷18吨）). The quantity extractor reads both figures as amounts; the
// units they are per are read here, and the second amount must be the first
// scaled by the units' sizes. Used by unit-mismatch.
#pragma once

#include <string_view>
#include <vector>

#include "core/span.h"

namespace copydesk {

class Document;
struct Quantity;
struct Quantities;

struct PerUnitConversion {
  const Quantity* amount = nullptr;     // 3.6元 (每公斤), 150公斤 (亩产)
  const Quantity* converted = nullptr;  // 1.2元 (每斤), 1500公斤 (每公顷)
  double expected = 0;                  // the first amount per the second's unit, in the second's written unit: 1.8
  Span per_first, per_second;           // 公斤, 斤: the units the amounts are per
};

// The pairs among `quantities` (in text order) of `doc` whose second amount
// is not the first converted, within the rounding of both and `slack` (a
// share of the expected amount).
std::vector<PerUnitConversion> find_wrong_per_unit_conversions(const Document& doc, const Quantities& all,
                                                               const std::vector<const Quantity*>& quantities,
                                                               double slack);

}  // namespace copydesk
