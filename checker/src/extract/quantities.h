// Quantities: a number with its unit (900亿度, 720亿千瓦时, $4.2 million, 5 km),
// resolved against the unit catalog (rules/data/units.yaml) to a value in the
// dimension's base unit. Shared per document: doc.analysis<Quantities>().
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "extract/numbers.h"
#include "extract/unit_catalog.h"

namespace copydesk {

class Document;

struct Quantity {
  Span span;          // figure and unit: 720亿千瓦时, $4.2 million
  Span unit_span;     // the unit as written: 亿千瓦时, $
  Span extent;        // with bound words (约…, …以上)
  int number = -1;    // index into the numbers it was built from
  int unit = -1;      // index into UnitCatalog::units()
  double amount = 0;  // the figure in the written unit: 720 for 720亿千瓦时
  double base = 0;    // in the dimension's base unit (low end of a range)
  std::optional<double> base_high;
  Bound bound = Bound::kExact;
  bool rate = false;  // per some other unit: 每小时120公里, 时速80公里, 5公里/小时, 60 miles per hour
};

// Finds the quantities among `numbers` (mentions of `text`).
std::vector<Quantity> find_quantities(std::string_view text, const std::vector<NumberMention>& numbers,
                                      const UnitCatalog& catalog);

struct Quantities {
  std::vector<Quantity> items;  // in text order; Quantity::number indexes Numbers::mentions
  const UnitCatalog* catalog = nullptr;

  const UnitDef& unit_of(const Quantity& q) const { return catalog->units()[q.unit]; }
  std::vector<const Quantity*> within(Span span) const;

  static constexpr std::string_view kName = "quantities";

  static Quantities compute(const Document& doc);
};

}  // namespace copydesk
