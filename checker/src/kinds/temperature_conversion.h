// Temperatures given in both scales, one in brackets after the other:
// 95 F (35 C), 110 degrees Fahrenheit (43 Celsius), 38℃（100℉）. The two are
// related by an offset as well as a factor, so the catalog keeps Celsius and
// Fahrenheit apart (no figure in one is a use of the other) and the
// conversion is checked here. A bare F or C counts as a scale only in such a
// pair, where a degree sign, the other scale or the word degrees is next to it.
// Used by unit-mismatch.
#pragma once

#include <string_view>
#include <vector>

#include "core/span.h"

namespace copydesk {

struct TemperaturePair {
  Span first, second;      // the two figures with their scales
  double value = 0;        // the first figure
  double converted = 0;    // the second figure
  bool first_is_fahrenheit = true;
  int first_decimals = 0, second_decimals = 0;

  // The first figure in the second's scale.
  double expected() const { return first_is_fahrenheit ? (value - 32) * 5 / 9 : value * 9 / 5 + 32; }
  // Whether the second figure is the first converted, within the rounding of
  // both figures and `slack` degrees (of the second's scale) for an "about".
  bool agrees(double slack) const;
};

// The pairs in `text` (any language), in order.
std::vector<TemperaturePair> find_temperature_pairs(std::string_view text);

}  // namespace copydesk
