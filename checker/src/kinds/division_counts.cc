#include "kinds/division_counts.h"

#include <algorithm>
#include <map>

#include "core/document.h"
#include "extract/numbers.h"

namespace copydesk {

namespace {

constexpr std::string_view kWhole = "全";

// The place of "全县" right before byte `at` (县), or "" when there is none.
std::string_view place_before(std::string_view text, size_t at) {
  static constexpr std::string_view kPlaces[] = {"县", "市", "省", "区", "旗", "州", "盟", "镇", "乡"};
  if (at < kWhole.size() + 3) return {};
  const std::string_view place = text.substr(at - 3, 3);
  if (text.substr(at - 3 - kWhole.size(), kWhole.size()) != kWhole) return {};
  for (std::string_view p : kPlaces) {
    if (place == p) return place;
  }
  return {};
}

// True when what follows a subdivision noun says the count is of those that
// did something (全县28个行政村已完成改造), or picks some among them (中). 都,
// 均 and 全部 say it is all of them.
bool counts_only_some(std::string_view after) {
  static constexpr std::string_view kWords[] = {"已", "完成", "实现", "建成", "通", "开通", "有", "中", "率先"};
  for (std::string_view w : kWords) {
    if (after.starts_with(w)) return true;
  }
  return false;
}

}  // namespace

std::vector<DivisionCountConflict> find_division_count_conflicts(const Document& doc, std::span<const NumberMention> ms,
                                                                 const std::vector<std::string>& nouns) {
  std::vector<DivisionCountConflict> found;
  const std::string_view text = doc.text();
  std::map<std::string, const NumberMention*> first_of;  // place and noun -> the first count
  for (const NumberMention& m : ms) {
    if (m.form != NumberForm::kCardinal || m.bound != Bound::kExact || m.is_range() || m.value < 2 ||
        m.extent.begin != m.span.begin) {
      continue;
    }
    const std::string_view place = place_before(text, m.span.begin);
    if (place.empty()) continue;
    size_t at = m.span.end;
    if (text.substr(at).starts_with("个")) at += std::string_view("个").size();
    std::string_view noun;
    for (const std::string& n : nouns) {  // the longest that fits
      if (n.size() > noun.size() && text.substr(at).starts_with(n)) noun = n;
    }
    if (noun.empty() || counts_only_some(text.substr(at + noun.size(), 6))) continue;
    const std::string key = std::string(place) + "|" + std::string(noun);
    auto [it, inserted] = first_of.emplace(key, &m);
    if (inserted || it->second->value == m.value) continue;
    found.push_back({it->second, &m, Span{m.span.begin - place.size() - kWhole.size(), at + noun.size()}});
  }
  return found;
}

}  // namespace copydesk
