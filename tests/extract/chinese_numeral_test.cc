#include <catch2/catch.hpp>

#include <optional>
#include <random>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "extract/chinese_numeral.h"

using copydesk::parse_chinese_numeral;

namespace {

using namespace copydesk;

// The parser as it was with a vector of tokens, kept to check the one that reads them in place.
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

std::optional<double> reference_parse(std::string_view text) {
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


}  // namespace

TEST_CASE("Chinese numerals have their values", "[extract][numeral]") {
  struct Case {
    const char* text;
    double value;
  };
  const Case cases[] = {
      {"一", 1},          {"十", 10},          {"十二", 12},           {"二十六", 26},
      {"一百零五", 105},  {"两百", 200},       {"一千三百四十", 1340}, {"三万五", 35000},
      {"一百五", 150},    {"二〇二六", 2026},  {"壹佰贰拾叁", 123},    {"1.14万", 11400},
      {"3506.8万", 35068000}, {"10亿零817万", 1008170000}, {"七十一", 71}, {"十万", 100000},
      {"一亿", 1e8},      {"五千零一", 5001},  {"零", 0},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    auto v = parse_chinese_numeral(c.text);
    REQUIRE(v.has_value());
    CHECK(*v == Approx(c.value));
  }
}

TEST_CASE("Things that are not numerals give nothing", "[extract][numeral]") {
  for (const char* text : {"", "万", "abc", "一二三十十", "十万万", "第三"}) {
    INFO(text);
    CHECK_FALSE(parse_chinese_numeral(text).has_value());
  }
  CHECK_FALSE(parse_chinese_numeral(std::string(10000, '9')).has_value());
}

TEST_CASE("Numerals read token by token parse as with a vector of tokens", "[extract][numeral]") {
  const std::vector<std::string> pieces = {"零", "〇", "一", "二", "两", "三", "五", "九", "十", "百", "千", "万", "亿",
                                           "壹", "拾", "佰", "1", "2", "0", ".", "．", ",", "３", "x", "点"};
  std::mt19937 random(7);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    int length = static_cast<int>(random() % 8);
    for (int i = 0; i < length; ++i) text += pieces[random() % pieces.size()];
    INFO(text);
    std::optional<double> expected = reference_parse(text);
    std::optional<double> got = parse_chinese_numeral(text);
    REQUIRE(got.has_value() == expected.has_value());
    if (got) CHECK(*got == *expected);
  }
}
