// Number mentions in running text: Arabic figures (1,234.5 · －3 · ２０２６ · 30%),
// Chinese numerals (二十六 · 三万五 · 壹佰), mixed forms (1.14万 · 10亿零817万),
// fractions and percentages (1/6 · 三分之一 · 百分之三十), ranges (5%—7% · 10～20万),
// approximations and bounds (约 · 近 · 超 · 突破 · 余 · 多 · 以上 · 左右 · 不到), ordinals
// (第25 · 第三), and English figures (12,000 · 1.35 million · two-thirds).
//
// find_numbers() scans any text; Numbers is the per-document analysis shared by
// rules and by `copydesk extract`: doc.analysis<Numbers>(). Scanning is linear
// in the text (runs of digits are consumed whole; Chinese numeral runs are
// bounded), so arbitrary input never hangs.
#pragma once

#include <cstdint>
#include <cmath>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace copydesk {

class Document;

enum class NumberForm : uint8_t {
  kCardinal,  // 26, 二十六, 1.35 million
  kOrdinal,   // 第25, 第三, 21st, third
  kPercent,   // 30%, 百分之三十, 5‰ (value in percent)
  kFraction,  // 1/6, 三分之一, two-thirds (value is the quotient)
};

// What the wording promises about the figure.
enum class Bound : uint8_t {
  kExact,
  kApprox,  // 约, 大约, 左右, 上下, 几
  kOver,    // 超, 超过, 逾, 突破, 余, 多, 以上, 开外, 至少, more than
  kUnder,   // 近, 将近, 接近, 不到, 不足, 以下, 未满, nearly, less than
};

std::string_view number_form_name(NumberForm form);
std::string_view bound_name(Bound bound);

// A document holds a mention for every figure (a long text, millions): the
// fields are ordered so that none is padded, and the flags are bits.
struct NumberMention {
  Span span;            // the figure itself: sign, digits, 万/亿, %, 分之 (ordinals include 第)
  Span extent;          // the figure with its bound words (约…, …左右), for display
  double value = 0;              // percent: in percent; range: the low end
  double high_end = 0;           // the high end of a range (10～20万: 1e5, 2e5), when is_range()
  double magnitude = 1;          // trailing scale word: 1e4 for 万, 1e8 for 亿, 1e6 for million
  uint16_t range_low_length = 0; // bytes of the first figure of a range, from span.begin (0: no such figure)
  uint8_t decimals = 0;          // digits after the decimal point, for rounding tolerance (at most 255 counted)
  uint8_t integer_digits = 0;    // Arabic digits before the decimal point (0 for Chinese; at most 255 counted)
  NumberForm form = NumberForm::kCardinal;
  Bound bound = Bound::kExact;
  bool arabic : 1 = false;       // written with Arabic digits (possibly with 万/亿)
  bool chinese : 1 = false;      // written with Chinese numeral characters (not counting 万/亿)
  bool english_words : 1 = false;  // written with English number words
  bool grouped : 1 = false;      // has grouping commas (12,000)
  bool arabic_with_small_unit : 1 = false;  // Arabic digits followed by 十/百/千 (4千): GB/T 15835 §5.3
  bool range_drops_scale : 1 = false;       // 9～16亿, 15～30%: the first figure lost its 亿/万/%
  bool measured : 1 = false;     // a unit or measure word follows (1200元, 1500吨), or a currency sign leads: no year
  bool ranged : 1 = false;       // high_end is set

  bool is_range() const { return ranged; }
  std::optional<double> high() const { return ranged ? std::optional<double>(high_end) : std::nullopt; }
  void set_high(double value) {
    high_end = value;
    ranged = true;
  }
  // The first figure of a range (9 in 9～16亿), when it has one.
  std::optional<Span> range_low() const {
    return range_low_length ? std::optional<Span>(Span{span.begin, span.begin + range_low_length}) : std::nullopt;
  }
};

// True when `m` may be a year rather than a count: four plain digits from
// 1000 to 2100 (2025, not 2,025, 2025万, 1200元 or $1500).
inline bool reads_as_year(const NumberMention& m) {
  return m.integer_digits == 4 && !m.grouped && m.magnitude == 1 && m.value >= 1000 && m.value <= 2100 && !m.measured;
}

// True when `m` is a cardinal that reads as a year: no decimals (2025.5 is
// an amount), four plain digits from 1000 to 2100.
inline bool is_year_figure(const NumberMention& m) {
  return m.form == NumberForm::kCardinal && m.decimals == 0 && reads_as_year(m);
}

// True when `m` is a positive amount, exact or not: a cardinal, not a range
// and not a year.
inline bool is_amount(const NumberMention& m) {
  return m.form == NumberForm::kCardinal && !m.is_range() && m.value > 0 && !is_year_figure(m);
}

// True when `m` is an exact positive amount a sum or a change can be worked
// from: a cardinal, not a range or an approximation, and not a year.
inline bool is_exact_amount(const NumberMention& m) { return m.bound == Bound::kExact && is_amount(m); }

// The currency sign written right before byte `pos` ($, £, € or ¥), or "".
std::string_view currency_sign_before(std::string_view text, size_t pos);

// The scale word `m` is written with, after its last digit (" million" in
// "10.4 million", "万" in "4.8万"); "" when none.
std::string_view written_scale_word(std::string_view text, const NumberMention& m);

// Whether the English figure ending at byte `end` counts time: 20 years, two days.
bool counts_time(std::string_view text, size_t end);

// Half a unit of a figure's last decimal place, in its own terms (38% stands
// for 37.5 to 38.5, 2.75 for 2.745 to 2.755): how far a percentage may be off.
inline double half_last_decimal(const NumberMention& m) { return 0.5 * std::pow(10.0, -m.decimals); }

// The one mention of `ms` that `accepts`, or null when none or several do
// (the count a total divides by must be the only one of its kind).
template <typename Accepts>
const NumberMention* only_mention(std::span<const NumberMention> ms, Accepts accepts) {
  const NumberMention* found = nullptr;
  for (const NumberMention& m : ms) {
    if (!accepts(m)) continue;
    if (found) return nullptr;
    found = &m;
  }
  return found;
}

// How far a written figure may be from the exact one it rounds: half a unit
// of its last non-zero digit (800 stands for 750 to 850, 8.5 for 8.45 to
// 8.55), in the figure's own terms (its value holds its scale word).
double rounding_of_written(const NumberMention& m);

// Returns the number mentions of `text` in order, with spans relative to `text`.
std::vector<NumberMention> find_numbers(std::string_view text);

// True when byte `pos` of `text` comes right after an English month's name or
// its abbreviation and a space (Jan. 1, March 4, Sept 30): a figure there is
// the day of a date. Words that merely begin like a month (Mayor) count too.
bool after_english_month(std::string_view text, size_t pos);

// True when `m` is part of a date or a time rather than a figure: 12月, 21日,
// 16时, 8时30分, June 21, 8:30 (not 25分钟 or 80分).
bool part_of_date_or_time(std::string_view text, const NumberMention& m);

// The English word right after figure `m` and one space ("juniors" in "178
// juniors"): its letters, and its hyphens too when `hyphens` ("in-state");
// "" when no word follows.
std::string_view english_word_after(std::string_view text, const NumberMention& m, bool hyphens = false);

// The value of a single numeral that spans all of `text` (Arabic, Chinese,
// mixed, percent, fraction or English words), or nullopt.
std::optional<double> parse_number(std::string_view text);

struct Numbers {
  std::vector<NumberMention> mentions;  // in text order, spans into Document::text()

  // Returns the mentions whose span lies inside `span`: a run of `mentions`,
  // as mentions never overlap.
  std::span<const NumberMention> within(Span span) const;

  static constexpr std::string_view kName = "numbers";

  static Numbers compute(const Document& doc);
};

// Formats a value for people and JSON: integers without a decimal point,
// others with up to 6 significant decimals ("35000", "0.333333", "1.35e+06" never).
std::string format_value(double value);

}  // namespace copydesk
