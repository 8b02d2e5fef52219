// A Chinese average per day, month or year that its total and the number of
// periods do not give. Used by numeric-inconsistency (with average).
//
//   试运行120天，累计完成配送4.2万单，日均约500单          42,000 ÷ 120 = 350
//   一年来，医院共救治动物1428例，平均每月约150例         1428 ÷ 12 = 119
//
// In one sentence: the number of periods (120天, 18个月, 3年; 一年来 and 全年
// are twelve months), then the total in the average's measure word (4.2万单),
// then 日均, 月均, 年均 or 平均每天, 平均每月, 平均每年 and the average. The
// average may be rounded as it is written and be off by the rule's tolerance
// more; a total or a count of periods that is about so much is no basis.
#pragma once

#include <string_view>
#include <vector>

#include "core/span.h"

namespace copydesk {

class Document;
struct NumberMention;

struct ChinesePeriodAverage {
  const NumberMention* total = nullptr;
  Span periods;  // 120天, 一年来
  double periods_count = 0;     // 120, 12
  std::string_view period_word;  // 天, 个月, 年
  const NumberMention* average = nullptr;
  double expected = 0;       // total ÷ periods
  std::string_view measure;  // the measure word of the total and the average: 单
};

// The averages in `unit` (of a Chinese document) that disagree with their
// total and number of periods by more than `tolerance` (a share) beyond rounding.
std::vector<ChinesePeriodAverage> find_wrong_chinese_period_averages(const Document& doc, Span unit, double tolerance);

}  // namespace copydesk
