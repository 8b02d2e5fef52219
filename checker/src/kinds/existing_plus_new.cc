#include "kinds/existing_plus_new.h"

#include <cmath>
#include <string_view>

#include "core/document.h"
#include "extract/numbers.h"
#include "extract/quantities.h"
#include "segment/sentences.h"
#include "segment/text_shape.h"

namespace copydesk {

namespace {

// True when the text before byte `at` ends with one of `words`, maybe with 了
// or 的 after it (新建了, 原有的).
bool after_word(std::string_view text, size_t at, std::initializer_list<std::string_view> words) {
  std::string_view before = text.substr(0, at);
  for (std::string_view particle : {"了", "的"}) {
    if (before.ends_with(particle)) {
      before.remove_suffix(particle.size());
      break;
    }
  }
  for (std::string_view w : words) {
    if (before.ends_with(w)) return true;
  }
  return false;
}

bool exact_count(const Document& doc, const Quantity& q) {
  const NumberMention& m = doc.analysis<Numbers>().mentions[q.number];
  return q.bound == Bound::kExact && !q.base_high && !q.rate && m.decimals == 0 && m.magnitude == 1 && m.value > 0;
}

}  // namespace

std::vector<ExistingPlusNew> find_wrong_existing_plus_new(const Document& doc, Span unit) {
  std::vector<ExistingPlusNew> found;
  const std::string_view text = doc.text();
  const std::string_view body = doc.slice(unit);
  constexpr std::string_view kExisting = "原有";
  if (find_text(body, kExisting) == std::string_view::npos) return found;  // most articles
  const Quantities& all = doc.analysis<Quantities>();
  const std::vector<const Quantity*> qs = all.within(unit);
  const Sentences& sentences = doc.analysis<Sentences>();
  for (size_t i = 0; i + 2 < qs.size(); ++i) {
    const Quantity& existing = *qs[i];
    if (!after_word(text, existing.extent.begin, {kExisting}) || !exact_count(doc, existing)) continue;
    const std::optional<Sentence> sentence = sentences.at(existing.span.begin);
    if (!sentence) continue;
    const Quantity& added = *qs[i + 1];
    const Quantity& total = *qs[i + 2];
    if (total.span.begin >= sentence->span.end || added.unit != existing.unit || total.unit != existing.unit ||
        !exact_count(doc, added) || !exact_count(doc, total)) {
      continue;
    }
    if (!after_word(text, added.extent.begin, {"新建", "新增", "新上", "新开", "新购", "新配", "新添", "增建", "增加", "又建"}) ||
        !after_word(text, total.extent.begin,
                    {"总数达到", "总数达", "总数为", "总量达到", "总量为", "总计", "共计", "合计", "总共", "共有", "共", "增至",
                     "增加到", "达到"})) {
      continue;
    }
    if (std::fabs(existing.amount + added.amount - total.amount) < 1e-9) continue;
    found.push_back({&existing, &added, &total});
  }
  return found;
}

}  // namespace copydesk
