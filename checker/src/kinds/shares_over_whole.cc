#include "kinds/shares_over_whole.h"

#include <algorithm>
#include <string_view>

#include "core/document.h"
#include "extract/numbers.h"
#include "segment/sentences.h"
#include "segment/text_shape.h"

namespace copydesk {

std::vector<SharesOverWhole> find_shares_over_whole(const Document& doc, Span unit) {
  std::vector<SharesOverWhole> found;
  if (doc.language() != Language::kEnglish) return found;
  const std::string_view text = doc.text();
  const Sentences& sentences = doc.analysis<Sentences>();
  const std::span<const NumberMention> ms = doc.analysis<Numbers>().within(unit);
  size_t last_sentence_end = 0;
  for (size_t i = 0; i < ms.size(); ++i) {
    if (ms[i].form != NumberForm::kPercent || ms[i].span.begin < last_sentence_end) continue;
    const std::optional<Sentence> sentence = sentences.at(ms[i].span.begin);
    if (!sentence) continue;
    last_sentence_end = sentence->span.end;
    const std::string_view words = sentence->span.of(text);
    if (!contains_text(words, "accounted for") && !contains_text(words, "of the total") && !contains_text(words, " share") &&
        !contains_text(words, "made up")) {
      continue;
    }
    // The sentence's percentages, one list: commas between, "and" before the last.
    SharesOverWhole list;
    double slack = 0;
    bool listed = true;
    for (size_t k = i; k < ms.size() && ms[k].span.begin < sentence->span.end; ++k) {
      if (ms[k].form != NumberForm::kPercent) continue;
      if (ms[k].bound != Bound::kExact || ms[k].is_range()) listed = false;
      if (!list.shares.empty()) {
        const std::string_view gap = text.substr(list.shares.back()->extent.end,
                                                 ms[k].extent.begin - list.shares.back()->extent.end);
        if (gap.find(',') == std::string_view::npos && gap.find(" and ") == std::string_view::npos) listed = false;
      }
      list.shares.push_back(&ms[k]);
      list.sum += ms[k].value;
      slack += half_last_decimal(ms[k]);
    }
    if (!listed || list.shares.size() < 3 || list.sum <= 100 + slack + 1e-9) continue;
    found.push_back(std::move(list));
  }
  return found;
}

}  // namespace copydesk
