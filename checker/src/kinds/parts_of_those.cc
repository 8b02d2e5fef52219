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

// The first 46 hires include 28 machine operators, 11 maintenance staff and 9
// office workers: the sentence's one count before "include" (includes,
// included, including) is the whole, every figure after it a part, three or
// more, all counts, listed ("and" before the last). ("include" may list some of the whole only, so again only
// a sum above it is wrong; two parts may be two ways of counting the same
// people, 28 women and 30 under 30, so three are asked for.)
void find_included_parts_above_whole(const Document& doc, Span unit, std::vector<ListedParts>& found) {
  const std::string_view text = doc.text();
  const std::string_view body = doc.slice(unit);
  const Sentences& sentences = doc.analysis<Sentences>();
  const Numbers& numbers = doc.analysis<Numbers>();
  constexpr std::string_view kInclud = " includ";
  size_t last_sentence_end = 0;
  for (size_t at = find_text(body, kInclud); at != std::string_view::npos; at = find_text(body, kInclud, at + 1)) {
    const size_t verb = unit.begin + at + 1;
    if (verb < last_sentence_end) continue;  // one list a sentence
    const std::optional<Sentence> own = sentences.at(verb);
    if (!own) continue;
    last_sentence_end = own->span.end;
    ListedParts list;
    bool all_counts = true;
    double sum = 0;
    for (const NumberMention& m : numbers.within(own->span)) {
      if (m.span.begin < verb) {
        if (m.form == NumberForm::kOrdinal) continue;  // The first 46 hires
        if (!is_count(text, m) || list.total) {  // the whole must be the one figure before the verb
          list.total = nullptr;
          all_counts = false;
          break;
        }
        list.total = &m;
        continue;
      }
      if (m.form == NumberForm::kOrdinal) continue;  // … and for the first time
      all_counts = all_counts && is_count(text, m);
      list.parts.push_back(&m);
      sum += m.value;
    }
    if (!list.total || !all_counts || list.parts.size() < 3 || sum <= list.total->value) continue;
    // A list: the parts apart by commas, "and" before the last, words between
    // (not 11,000 feet (3,350 meters)).
    bool listed = true;
    for (size_t k = 1; k < list.parts.size() && listed; ++k) {
      const std::string_view gap = text_between(text, *list.parts[k - 1], *list.parts[k]);
      const bool last = k + 1 == list.parts.size();
      listed = gap.size() <= 60 && gap.find_first_of("();:") == std::string_view::npos &&
               (last ? gap.find(" and ") != std::string_view::npos : gap.find(", ") != std::string_view::npos);
    }
    if (!listed) continue;
    found.push_back(std::move(list));
  }
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
    const std::optional<Sentence> before = sentences.before(*own);
    if (!before || before->block != own->block) continue;  // the whole is told in the same paragraph
    ListedParts list;
    for (const NumberMention& m : numbers.within(before->span)) {
      // "one of only a handful" counts nothing a list could break down.
      if (!is_count(text, m) || (m.english_words && m.value == 1)) continue;
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
  find_included_parts_above_whole(doc, unit, found);
  return found;
}

}  // namespace copydesk
