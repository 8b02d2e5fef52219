#include "kinds/point_change.h"

#include <initializer_list>
#include <optional>
#include <span>
#include <string_view>

#include "core/document.h"
#include "extract/numbers.h"
#include "segment/sentences.h"

namespace copydesk {

namespace {

bool is_percentage(const NumberMention& m) {
  return m.form == NumberForm::kPercent && m.bound == Bound::kExact && !m.is_range();
}

bool ends_with_any(std::string_view s, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (s.ends_with(w)) return true;
  }
  return false;
}

// The direction word right before the points: 提高了, 下降, up, a drop of.
std::optional<bool> direction_before(std::string_view before) {
  if (before.ends_with("了")) before.remove_suffix(std::string_view("了").size());
  if (ends_with_any(before, {"提高", "上升", "增加", "增长", "提升", "上涨", "扩大", "高出", " up ", " rose ", " rise of ",
                             " increase of ", " gain of ", " jump of ", " climbed ", " increased ", " grew "})) {
    return true;
  }
  if (ends_with_any(before, {"下降", "降低", "减少", "回落", "缩小", "下滑", "低于", " down ", " fell ", " drop of ",
                             " decline of ", " fall of ", " decrease of ", " dropped ", " declined ", " slipped "})) {
    return false;
  }
  return std::nullopt;
}

}  // namespace

std::vector<PointChange> find_point_changes(const Document& doc, std::span<const NumberMention> ms) {
  std::vector<PointChange> found;
  const std::string_view text = doc.text();
  for (size_t i = 2; i < ms.size(); ++i) {
    const NumberMention& n = ms[i];
    if (n.bound != Bound::kExact || n.is_range()) continue;
    // The number reader takes 29个百分点 whole, as a percentage in points.
    const bool points = n.form == NumberForm::kPercent ? doc.slice(n.extent).ends_with("百分点")
                                                       : n.form == NumberForm::kCardinal &&
                                                             text.substr(n.extent.end).starts_with(" percentage point");
    if (!points) continue;
    // The two percentages before it, years between skipped (84% of its 2019 level).
    size_t j = i;
    auto previous = [&]() -> const NumberMention* {
      while (j > 0) {
        const NumberMention& m = ms[--j];
        if (!is_year_figure(m)) return &m;
      }
      return nullptr;
    };
    const NumberMention* second = previous();
    const NumberMention* first = second ? previous() : nullptr;
    if (!first || !is_percentage(*first) || !is_percentage(*second)) continue;
    const NumberMention& a = *first;
    const NumberMention& b = *second;
    std::optional<Sentence> sentence = doc.analysis<Sentences>().at(a.span.begin);
    if (!sentence || n.extent.end > sentence->span.end) continue;
    // Soon after the second percentage, past a comma: ，提高了 / , up / a year ago, a gain of.
    if (n.extent.begin < b.extent.end || n.extent.begin - b.extent.end > 32) continue;
    const std::string_view between = text.substr(b.extent.end, n.extent.begin - b.extent.end);
    if (between.find("，") == std::string_view::npos && between.find(',') == std::string_view::npos) continue;
    std::optional<bool> up = direction_before(text.substr(0, n.extent.begin));
    if (!up) continue;
    // The two percentages, one the old and one the new.
    const std::string_view gap = text.substr(a.extent.end, b.extent.begin - a.extent.end);
    const size_t clause = a.extent.begin > sentence->span.begin + 60 ? a.extent.begin - 60 : sentence->span.begin;
    const std::string_view lead = text.substr(clause, a.extent.begin - clause);
    const bool zh_from_to = (lead.find("由") != std::string_view::npos || lead.find("从") != std::string_view::npos) &&
                            (gap.find("到") != std::string_view::npos || gap.find("至") != std::string_view::npos) &&
                            gap.size() <= 40;
    // 反射率只有82%，镀膜后提升至94%: the old one, then a verb that moves it to the new.
    const bool zh_then_to = gap.size() <= 40 && gap.find("，") != std::string_view::npos &&
                            ends_with_any(gap, {"提升至", "提升到", "提高至", "提高到", "上升至", "上升到", "升至", "增至",
                                                "增加到", "降至", "降到", "下降至", "下降到", "降低至", "降低到", "回落至"});
    const bool en_from_to = lead.ends_with("from ") && (gap == " to " || gap.ends_with(" to "));
    // "84% …, up from 71%" or "76% of spending, down from 81%": the new one first.
    const bool en_to_from = (gap == " from " || gap.ends_with(" from ")) &&
                            (lead.ends_with("to ") || gap.find(" up from ") != std::string_view::npos ||
                             gap.find(" down from ") != std::string_view::npos);
    if (zh_from_to || zh_then_to || en_from_to) found.push_back({&n, &a, &b, *up});
    else if (en_to_from) found.push_back({&n, &b, &a, *up});
  }
  return found;
}

}  // namespace copydesk
