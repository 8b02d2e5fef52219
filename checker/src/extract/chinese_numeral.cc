#include "extract/chinese_numeral.h"

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

// Reads a numeral as digits, unit characters and Arabic numbers (1.14 in
// 1.14万), one token at a time: numerals are parsed for every figure of a
// document, and a vector of tokens would cost an allocation each.
class TokenReader {
 public:
  explicit TokenReader(std::string_view text) : it_(text) {}

  // Reads the next token into `token`; false at the end, or on text that is
  // not a numeral (then failed() is true).
  bool next(Token& token) {
    if (it_.done()) return false;
    char32_t c = it_.code_point();
    if (is_digit(c)) {
      double value = 0, scale = 0;
      bool any = false;
      while (!it_.done()) {
        char32_t d = it_.code_point();
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
        if (value > 1e18) return fail();
        it_.next();
      }
      if (!any) return fail();
      token = {Token::kArabic, value};
      return true;
    }
    if (int d = chinese_digit_value(c); d >= 0) token = {Token::kDigit, static_cast<double>(d)};
    else if (double u = chinese_unit_value(c); u > 0) token = {Token::kUnit, u};
    else return fail();
    it_.next();
    return true;
  }

  bool failed() const { return failed_; }

 private:
  bool fail() {
    failed_ = true;
    return false;
  }

  Utf8Iterator it_;
  bool failed_ = false;
};

}  // namespace

std::optional<double> parse_chinese_numeral(std::string_view text) {
  // Most figures in Chinese copy are one character (一, 五, 十): its value
  // straight away, as the general reading below gives it.
  if (!text.empty() && utf8_sequence_length(static_cast<unsigned char>(text[0])) == text.size() &&
      static_cast<unsigned char>(text[0]) >= 0x80) {
    char32_t c = code_point_at(text, 0);
    if (int d = chinese_digit_value(c); d >= 0) return d;
    if (double u = chinese_unit_value(c); u > 0) return u < 1e4 ? std::optional<double>(u) : std::nullopt;
  }
  // A first reading checks that all of the text is a numeral and notes its shape.
  Token token{};
  Token first{}, last{};
  size_t count = 0;
  bool has_unit = false;
  TokenReader check(text);
  while (check.next(token)) {
    if (count++ == 0) first = token;
    last = token;
    has_unit |= token.kind == Token::kUnit;
  }
  if (check.failed() || count == 0) return std::nullopt;

  // A digit string without units: 二〇二六 -> 2026.
  if (!has_unit) {
    if (count == 1) return first.value;
    double v = 0;
    TokenReader digits(text);
    while (digits.next(token)) {
      if (token.kind != Token::kDigit) return std::nullopt;
      v = v * 10 + token.value;
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
  TokenReader tokens(text);
  for (Token t{}; tokens.next(t);) {
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
    if (!zero_seen && last_unit >= 10 && last.kind == Token::kDigit) {
      double scale = last_unit >= 1e8 ? 1e7 : last_unit == 1e4 ? 1e3 : last_unit / 10;
      group += pending * scale;
    } else {
      group += pending;
    }
  }
  return total + section + group;
}

}  // namespace copydesk
