// A count that 这 points back at, which the article gave otherwise for the
// same thing: 目前，街道共配置AED 36台 …… 街道还为这28台AED建立了电子地图; in
// English, "all" and a count followed by the word an earlier count was
// ("the city's 23 licensed parlors … all 27 licensed shops"). Used by
// numeric-inconsistency (option restated_count).
//
// The later figure follows 这, 该 or 上述 and a measure word (台, 个, 座 …)
// with the thing counted after it (AED, 设备); an earlier figure counts with
// the same measure word and names the same thing right before or after it.
// It is reported when the article gives no figure of that measure word equal
// to it, nor one that is the sum or difference of two of them (36台 … 其中8台
// 待检修 … 这28台正常运行), and the last earlier figure of the thing differs.
#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace copydesk {

struct NumberMention;

struct RestatedCount {
  const NumberMention* earlier;  // 36 (台AED)
  const NumberMention* later;    // 28 in 这28台AED
};

// `ms`: the number mentions of one article, in order; `english` for English copy.
std::vector<RestatedCount> find_restated_counts(std::string_view text, std::span<const NumberMention> ms,
                                               bool english);

}  // namespace copydesk
