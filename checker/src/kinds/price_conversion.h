// A price per unit given again per another unit of the same kind, with a word
// of conversion between: 每公斤3.6元，折合每斤1.8元; 每斤售价40元，折合每公斤80元.
// The quantity extractor reads both figures as amounts of money; the units
// they are per are read here, and the second price must be the first scaled
// by the units' sizes. Used by unit-mismatch.
#pragma once

#include <string_view>
#include <vector>

#include "core/span.h"

namespace copydesk {

class Document;
struct Quantity;
struct Quantities;

struct PriceConversion {
  const Quantity* price = nullptr;      // 3.6元 (每公斤)
  const Quantity* converted = nullptr;  // 1.2元 (每斤)
  double expected = 0;                  // the first price per the second's unit: 1.8
  Span per_first, per_second;           // 公斤, 斤: the units the prices are per
};

// The price pairs among `quantities` (in text order) of `doc` whose second
// price is not the first converted, within the rounding of both and `slack`
// (a share of the expected price).
std::vector<PriceConversion> find_wrong_price_conversions(const Document& doc, const Quantities& all,
                                                          const std::vector<const Quantity*>& quantities,
                                                          double slack);

}  // namespace copydesk
