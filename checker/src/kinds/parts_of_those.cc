#include "kinds/parts_of_those.h"

#include "core/document.h"
#include "extract/numbers.h"
#include "segment/sentences.h"
#include "segment/text_shape.h"

namespace copydesk {

namespace {

// A plain count: exact, whole, no scale word or unit, not a year, the day of
// a date or a share ("75\npercent", hard-wrapped, is read as a figure alone).
bool is_count(std::string_view text, const NumberMention& m) {
  if (!is_exact_amount(m) || m.decimals != 0 || m.magnitude != 1 || m.measured || after_english_month(text, m.span.begin)) {
    return false;
  }
  const std::string_view after = text.substr(m.extent.end);
  return !starts_with_words(after, " percent") && !starts_with_words(after, " per cent");
}

}  // namespace

std::vector<ListedParts> find_parts_above_whole(const Document& doc, Span unit) {
  std::vector<ListedParts> found;
  if (doc.language() != Language::kEnglish) return found;
  const std::string_view text = doc.text();
  const std::string_view body = doc.slice(unit);
  const Sentences& sentences = doc.analysis<Sentences>();
  const Numbers& numbers = doc.analysis<Numbers>();
  // One pass for what the openers share ("Of th"), then which one it is.
  constexpr std::string_view kShared = "Of th";
  for (size_t at = find_text(body, kShared); at != std::string_view::npos; at = find_text(body, kShared, at + 1)) {
    std::string_view opener;
    for (std::string_view o : {"Of those, ", "Of them, ", "Of these, "}) {
      if (body.substr(at).starts_with(o)) opener = o;
    }
    if (opener.empty()) continue;
    const size_t begin = unit.begin + at;
    const std::optional<Sentence> own = sentences.at(begin);
    // "Of those" opens its sentence (after white space at most).
    if (!own || own->span.begin == 0 || own->span.begin > begin ||
        text.substr(own->span.begin, begin - own->span.begin).find_first_not_of(" \t\n") != std::string_view::npos) {
      continue;
    }
    size_t end_before = own->span.begin;  // the sentence before ends before the white space
    while (end_before > 0 && (text[end_before - 1] == ' ' || text[end_before - 1] == '\n')) --end_before;
    if (end_before == 0) continue;
    const std::optional<Sentence> before = sentences.at(end_before - 1);
    if (!before || before->block != own->block) continue;  // the whole is told in the same paragraph
    ListedParts list;
    for (const NumberMention& m : numbers.within(before->span)) {
      if (!is_count(text, m)) continue;
      if (list.total) {
        list.total = nullptr;  // two counts: which one is the whole is not clear
        break;
      }
      list.total = &m;
    }
    if (!list.total) continue;
    bool all_counts = true;
    double sum = 0;
    for (const NumberMention& m : numbers.within(own->span)) {
      all_counts = all_counts && is_count(text, m);
      list.parts.push_back(&m);
      sum += m.value;
    }
    if (!all_counts || list.parts.size() < 2 || sum <= list.total->value) continue;
    found.push_back(std::move(list));
  }
  return found;
}

}  // namespace copydesk
