#include "extract/chinese_numeral.h"

#include <vector>

#include "core/utf8.h"

namespace copydesk {

int chinese_digit_value(char32_t c) {
  switch (c) {
    case U'零': case U'〇': case U'○': return 0;
    case U'一': case U'壹': case U'幺': return 1;
    case U'二': case U'两': case U'兩': case U'倆': case U'俩': case U'贰': case U'貳': return 2;
    case U'三': case U'叁': case U'參': return 3;
    case U'四': case U'肆': return 4;
    case U'五': case U'伍': return 5;
    case U'六': case U'陆': case U'陸': return 6;
    case U'七': case U'柒': return 7;
    case U'八': case U'捌': return 8;
    case U'九': case U'玖': return 9;
    default: return -1;
  }
}

double chinese_unit_value(char32_t c) {
  switch (c) {
    case U'十': case U'拾': return 10;
    case U'百': case U'佰': return 100;
    case U'千': case U'仟': return 1000;
    case U'万': case U'萬': return 1e4;
    case U'亿': case U'億': return 1e8;
    default: return 0;
  }
}

namespace {

struct Token {
  enum Kind { kDigit, kUnit, kArabic } kind;
  double value;
};

// Splits into digits, unit characters and Arabic numbers (1.14 in 1.14万).
std::optional<std::vector<Token>> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  for (Utf8Iterator it(text); !it.done();) {
    char32_t c = it.code_point();
    if (is_digit(c)) {
      double value = 0, scale = 0;
      bool any = false;
      while (!it.done()) {
        char32_t d = it.code_point();
        if (is_digit(d)) {
          int v = d >= 0xFF10 ? static_cast<int>(d - 0xFF10) : static_cast<int>(d - '0');
          if (scale > 0) value += v * (scale /= 10);
          else value = value * 10 + v;
          any = true;
        } else if ((d == '.' || d == U'．') && scale == 0) {
          scale = 1;
        } else if (d == ',' && scale == 0) {
          // grouping comma
        } else {
          break;
        }
        if (value > 1e18) return std::nullopt;
        it.next();
      }
      if (!any) return std::nullopt;
      tokens.push_back({Token::kArabic, value});
      continue;
    }
    if (int d = chinese_digit_value(c); d >= 0) tokens.push_back({Token::kDigit, static_cast<double>(d)});
    else if (double u = chinese_unit_value(c); u > 0) tokens.push_back({Token::kUnit, u});
    else return std::nullopt;
    it.next();
  }
  if (tokens.empty()) return std::nullopt;
  return tokens;
}

}  // namespace

std::optional<double> parse_chinese_numeral(std::string_view text) {
  auto parsed = tokenize(text);
  if (!parsed) return std::nullopt;
  const std::vector<Token>& tokens = *parsed;

  // A digit string without units: 二〇二六 -> 2026.
  bool has_unit = false;
  for (const Token& t : tokens) has_unit |= t.kind == Token::kUnit;
  if (!has_unit) {
    if (tokens.size() == 1) return tokens[0].value;
    double v = 0;
    for (const Token& t : tokens) {
      if (t.kind != Token::kDigit) return std::nullopt;
      v = v * 10 + t.value;
      if (v > 1e18) return std::nullopt;
    }
    return v;
  }

  double total = 0;    // completed 亿 sections
  double section = 0;  // completed 万 part below 亿
  double group = 0;    // below 万
  double pending = -1; // a digit (or Arabic number) waiting for its unit
  double last_unit = 0;
  bool zero_seen = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind == Token::kDigit || t.kind == Token::kArabic) {
      if (t.kind == Token::kDigit && t.value == 0) {
        zero_seen = true;
        continue;
      }
      if (pending >= 0) return std::nullopt;  // two digits in a row inside a positional numeral
      pending = t.value;
      continue;
    }
    double unit = t.value;
    if (unit < 1e4) {
      // 十二 = 12; 一万零十二 = 10012 (十 after 零 stands for 一十).
      double digit = pending >= 0 ? pending : ((group == 0 && section == 0 && total == 0) || (zero_seen && unit == 10) ? 1 : -1);
      if (digit < 0) return std::nullopt;
      group += digit * unit;
      pending = -1;
      last_unit = unit;
    } else if (unit == 1e4) {
      if (pending < 0 && group == 0 && last_unit >= 1e4) return std::nullopt;  // 十万万
      group += pending >= 0 ? pending : 0;
      pending = -1;
      if (group == 0 && section == 0 && total == 0) return std::nullopt;
      section += group * 1e4;
      group = 0;
      last_unit = 1e4;
    } else {  // 亿
      group += pending >= 0 ? pending : 0;
      pending = -1;
      double value = section + group;
      if (value == 0 && total == 0) return std::nullopt;
      total = (total + value) * 1e8;
      section = group = 0;
      last_unit = 1e8;
    }
    zero_seen = false;
    if (total + section + group > 1e18) return std::nullopt;
  }
  if (pending >= 0) {
    // A trailing digit after a unit without 零 is colloquial: 三万五 = 35000, 一百五 = 150.
    if (!zero_seen && last_unit >= 10 && tokens[tokens.size() - 1].kind == Token::kDigit) {
      double scale = last_unit >= 1e8 ? 1e7 : last_unit == 1e4 ? 1e3 : last_unit / 10;
      group += pending * scale;
    } else {
      group += pending;
    }
  }
  return total + section + group;
}

}  // namespace copydesk
