// Values of Chinese numerals: 二十六, 一千三百四十, 两百, 二〇二六, 壹贰叁, 10亿零817万 (with
// Arabic digits before a unit character), 三万五 (colloquial: 35000).
#pragma once

#include <optional>
#include <string_view>

namespace copydesk {

// Returns the value of a Chinese (or mixed Arabic/Chinese) numeral that spans
// all of `text`, or nullopt when `text` is not one. Handles positional
// 十百千 and sectional 万亿 forms, digit strings (二〇二六), financial forms
// (壹贰叁肆伍陆柒捌玖拾佰仟), 两 and 零/〇. Never throws; inputs of any length
// are fine (values beyond 1e18 give nullopt).
std::optional<double> parse_chinese_numeral(std::string_view text);

// Returns the digit value of a Chinese digit character (零〇一二两...九, 壹...玖), or -1.
int chinese_digit_value(char32_t c);

// Returns 10, 100, 1000, 1e4 or 1e8 for 十百千万亿 (and 拾佰仟), or 0.
double chinese_unit_value(char32_t c);

}  // namespace copydesk
