#include "kinds/item_average.h"

#include "core/utf8.h"

#include <cmath>
#include <optional>
#include <string_view>

#include "core/document.h"
#include "extract/numbers.h"
#include "extract/quantities.h"
#include "segment/sentences.h"
#include "segment/structure.h"
#include "segment/text_shape.h"

namespace copydesk {

namespace {

constexpr std::string_view kAverageEach = "平均每";
constexpr size_t kMaxBytesBefore = 16 * 3;  // from 平均每 to the average: 平均每条邮路长

// The classifier after 平均每 in the clause before `pos` (条 in 平均每条邮路长75公里),
// or "" when the clause has none.
std::string_view classifier_before(std::string_view text, size_t pos) {
  const size_t from = pos > kMaxBytesBefore ? pos - kMaxBytesBefore : 0;
  std::string_view before = text.substr(from, pos - from);
  const size_t at = before.rfind(kAverageEach);
  if (at == std::string_view::npos) return {};
  const std::string_view rest = before.substr(at + kAverageEach.size());
  for (std::string_view mark : {"，", "。", "；", "：", ",", ";"}) {
    if (rest.find(mark) != std::string_view::npos) return {};
  }
  // A classifier is one Han character (three bytes in UTF-8).
  if (rest.size() < 3 || !is_han_script(first_code_point(rest))) return {};
  return rest.substr(0, 3);
}

bool per_time(std::string_view classifier) {
  for (std::string_view time : {"天", "日", "月", "年", "周", "小", "季", "分", "秒"}) {
    if (classifier == time) return true;
  }
  return false;
}

bool is_item_count(const NumberMention& m) {
  return m.form == NumberForm::kCardinal && m.bound == Bound::kExact && !m.is_range() && m.decimals == 0 &&
         m.magnitude == 1 && m.value >= 2 && !reads_as_year(m);
}

// Whether the count at `m` counts what `classifier` names: 8条, or 个 and a
// noun ending in it (6个班组 for 平均每组).
bool counted_by(std::string_view text, const NumberMention& m, std::string_view classifier) {
  const std::string_view after = text.substr(m.span.end);
  if (after.starts_with(classifier)) return true;
  if (!after.starts_with("个")) return false;
  // The noun is the run of Han characters after 个, up to three: 班组 in 6个班组，.
  return han_run_after(text, m.span.end + std::string_view("个").size(), 3).ends_with(classifier);
}

// The one count in `span` that `classifier` follows (8条), or null when none or several.
const NumberMention* count_in(const Document& doc, Span span, std::string_view classifier) {
  return only_mention(doc.analysis<Numbers>().within(span), [&](const NumberMention& m) {
    return counted_by(doc.text(), m, classifier) && is_item_count(m);
  });
}

// Half the last written digit of `q` in its base unit (75公里: 0.5 km).
double rounding(const Document& doc, const Quantity& q) {
  if (q.amount == 0) return 0;
  return half_last_decimal(doc.analysis<Numbers>().mentions[q.number]) * q.base / q.amount;
}

}  // namespace

std::vector<ItemAverage> find_wrong_item_averages(const Document& doc, Span unit, double tolerance) {
  std::vector<ItemAverage> found;
  const std::string& text = doc.text();
  if (!contains_text(doc.slice(unit), kAverageEach)) return found;  // most paragraphs
  const Quantities& all = doc.analysis<Quantities>();
  const std::vector<const Quantity*> qs = all.within(unit);
  for (size_t i = 1; i < qs.size(); ++i) {
    const Quantity& avg = *qs[i];
    if (avg.base_high || (avg.bound != Bound::kExact && avg.bound != Bound::kApprox)) continue;
    const std::string_view classifier = classifier_before(text, avg.extent.begin);
    if (classifier.empty()) continue;
    // 平均每条80公里 reads as a rate (每 just before it) and is the average per
    // item; per a time (平均每天, 每小时) it is a period's average, read elsewhere.
    if (per_time(classifier)) continue;
    const std::optional<Sentence> sentence = doc.analysis<Sentences>().at(avg.span.begin);
    if (!sentence) continue;
    const Structure& structure = doc.analysis<Structure>();
    const Span paragraph = structure.blocks[sentence->block].span;
    // The nearest quantity before it in its dimension, in its sentence, is the total.
    const Quantity* total = nullptr;
    for (size_t j = i; j-- > 0 && qs[j]->span.begin >= sentence->span.begin;) {
      if (all.unit_of(*qs[j]).dimension == all.unit_of(avg).dimension) {
        total = qs[j];
        break;
      }
    }
    if (!total || total->bound != Bound::kExact || total->base_high || total->rate || total->base <= 0 ||
        !classifier_before(text, total->extent.begin).empty()) {
      continue;
    }
    // The count before the total (8条乡村邮路总长520公里) or after it (480人，分为6个班组).
    const NumberMention* count = count_in(doc, {sentence->span.begin, avg.extent.begin}, classifier);
    if (!count && paragraph.begin < sentence->span.begin) {
      count = count_in(doc, {paragraph.begin, sentence->span.begin}, classifier);
    }
    if (!count) continue;
    const double expected = total->base / count->value;
    const double allowed = (avg.bound == Bound::kExact ? 1 : 2) * tolerance * expected + rounding(doc, avg);
    if (std::fabs(avg.base - expected) <= allowed) continue;
    found.push_back({total, count, &avg, expected});
  }
  return found;
}

}  // namespace copydesk
