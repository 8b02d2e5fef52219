#include "kinds/temperature_conversion.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

namespace copydesk {

namespace {

// A figure and its scale. The scale group is F, C or a longer spelling;
// the words before the second figure are those of a conversion.
// A figure below zero: -5, −5, minus 5, 零下5.
constexpr const char* kFigure = "(-|−|minus\\s+|零下)?(\\d+(?:\\.\\d+)?)\\s*";
constexpr const char* kScale =
    "(?:°\\s*|degrees?\\s+)?(Fahrenheit|fahrenheit|Celsius|celsius|F|C)\\b|(℉|℃|华氏度|摄氏度)";

int decimals_of(std::string_view figure) {
  const size_t point = figure.find('.');
  return point == std::string_view::npos ? 0 : static_cast<int>(figure.size() - point - 1);
}

bool is_fahrenheit(std::string_view scale) {
  return scale == "F" || scale == "Fahrenheit" || scale == "fahrenheit" || scale == "℉" || scale == "华氏度";
}

}  // namespace

bool TemperaturePair::agrees(double slack) const {
  const double ratio = first_is_fahrenheit ? 5.0 / 9 : 9.0 / 5;
  const double rounding = 0.5 * std::pow(10.0, -second_decimals) + 0.5 * std::pow(10.0, -first_decimals) * ratio;
  return std::fabs(expected() - converted) <= rounding + slack;
}

std::vector<TemperaturePair> find_temperature_pairs(std::string_view text) {
  static const RE2 pair(std::string(kFigure) + "(?:" + kScale + ")\\s*[(（]\\s*" +
                        "(?:about|around|roughly|nearly|approximately|or|约合|约|合|即)?\\s*" + kFigure + "(?:" + kScale +
                        ")\\s*[)）]");
  std::vector<TemperaturePair> found;
  // Only around a bracket that follows a scale: brackets are few, and the
  // expression runs on a short stretch before each.
  // The next bracket of each form, each looked for again only once passed.
  size_t ascii = text.find('('), wide = text.find("（");
  while (ascii != std::string_view::npos || wide != std::string_view::npos) {
    const size_t open = std::min(ascii, wide);
    if (open == ascii) ascii = text.find('(', open + 1);
    if (open == wide) wide = text.find("（", open + 1);
    // The scale ends right before the bracket: F, C, Fahrenheit, Celsius, ℉, ℃, 华氏度, 摄氏度.
    size_t last = open;
    while (last > 0 && (text[last - 1] == ' ' || text[last - 1] == '\n')) --last;  // a hard-wrapped line may end there
    if (last == 0) continue;
    const unsigned char end_byte = static_cast<unsigned char>(text[last - 1]);
    if (end_byte != 'F' && end_byte != 'C' && end_byte != 't' && end_byte != 's' && end_byte != 0x89 &&
        end_byte != 0x83 && end_byte != 0xA6) {
      continue;
    }
    size_t from = open > 40 ? open - 40 : 0;
    while (from > 0 && (std::isdigit(static_cast<unsigned char>(text[from - 1])) || text[from - 1] == '.' ||
                        (static_cast<unsigned char>(text[from - 1]) & 0xC0) == 0x80)) {
      --from;  // not inside a figure or a character
    }
    const size_t to = std::min(text.size(), open + 48);
    re2::StringPiece window(text.data() + from, to - from);
    re2::StringPiece n1, v1, s1, w1, n2, v2, s2, w2;
    re2::StringPiece input = window;
    // The pair whose bracket is this one: the first match that reaches it.
    while (RE2::FindAndConsume(&input, pair, &n1, &v1, &s1, &w1, &n2, &v2, &s2, &w2)) {
      const size_t begin = static_cast<size_t>((n1.empty() ? v1 : n1).data() - text.data());
      const size_t end = static_cast<size_t>(input.data() - text.data());
      if (end <= open) continue;
      if (begin > open) break;
      const std::string_view first_scale = s1.empty() ? std::string_view(w1.data(), w1.size()) : std::string_view(s1.data(), s1.size());
      const std::string_view second_scale = s2.empty() ? std::string_view(w2.data(), w2.size()) : std::string_view(s2.data(), s2.size());
      if (is_fahrenheit(first_scale) == is_fahrenheit(second_scale)) break;
      TemperaturePair p;
      p.first = {begin, static_cast<size_t>(first_scale.data() + first_scale.size() - text.data())};
      p.second = {static_cast<size_t>((n2.empty() ? v2 : n2).data() - text.data()),
                  static_cast<size_t>(second_scale.data() + second_scale.size() - text.data())};
      p.value = (n1.empty() ? 1 : -1) * std::stod(std::string(v1.data(), v1.size()));
      p.converted = (n2.empty() ? 1 : -1) * std::stod(std::string(v2.data(), v2.size()));
      p.first_is_fahrenheit = is_fahrenheit(first_scale);
      p.first_decimals = decimals_of({v1.data(), v1.size()});
      p.second_decimals = decimals_of({v2.data(), v2.size()});
      found.push_back(p);
      break;
    }
  }
  return found;
}

}  // namespace copydesk
