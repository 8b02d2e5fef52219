#include "kinds/amount_change.h"

#include <initializer_list>
#include <string_view>

#include "core/document.h"
#include "core/utf8.h"
#include "extract/numbers.h"
#include "segment/sentences.h"
#include "segment/text_shape.h"

namespace copydesk {

namespace {

// The words before a stated amount that say what it is: a rise, a fall, or
// a difference with no direction (a saving is the budget less the cost).
enum class Cue { kNone, kUp, kDown, kDifference };

Cue english_cue_before(std::string_view before) {
  // Every cue ends with "up ", "by ", "down " or "of ": most figures follow none.
  if (!(before.ends_with("up ") || before.ends_with("by ") || before.ends_with("down ") || before.ends_with("of "))) {
    return Cue::kNone;
  }
  for (std::string_view w : {", up ", ", up by ", " an increase of ", " a rise of ", " a gain of ", " a jump of ",
                             " a net gain of ", " an addition of "}) {
    if (ends_with_words(before, w)) return Cue::kUp;
  }
  for (std::string_view w : {", down ", ", down by ", " a drop of ", " a decline of ", " a decrease of ", " a fall of ",
                             " a reduction of ", " a loss of ", " a net loss of "}) {
    if (ends_with_words(before, w)) return Cue::kDown;
  }
  for (std::string_view w : {" a saving of ", " a savings of ", " savings of ", " a shortfall of ", " an overrun of ",
                             " a difference of "}) {
    if (ends_with_words(before, w)) return Cue::kDifference;
  }
  return Cue::kNone;
}

Cue chinese_cue_before(std::string_view before) {
  if (before.ends_with("了")) before.remove_suffix(std::string_view("了").size());
  // Every cue ends with one of these characters: most figures follow none.
  if (before.size() < 3) return Cue::kNone;
  static constexpr std::string_view kLast = "增加长高升出减少降低约省差短";
  const size_t at = kLast.find(before.substr(before.size() - 3));
  if (at == std::string_view::npos || at % 3 != 0) return Cue::kNone;
  for (std::string_view w : {"净增", "增加", "增长", "提高", "上升", "延长", "多出", "增"}) {
    if (before.ends_with(w)) return Cue::kUp;
  }
  for (std::string_view w : {"净减", "减少", "下降", "降低", "缩短", "减"}) {
    if (before.ends_with(w)) return Cue::kDown;
  }
  for (std::string_view w : {"节约", "节省", "相差"}) {
    if (before.ends_with(w)) return Cue::kDifference;
  }
  return Cue::kNone;
}

std::optional<bool> direction_of(Cue cue) {
  if (cue == Cue::kUp) return true;
  if (cue == Cue::kDown) return false;
  return std::nullopt;
}

// The Han characters right after a figure: its unit first (人增加到, 吨).
std::string_view han_run_after_figure(std::string_view text, const NumberMention& m) {
  return han_run_after(text, m.span.end, 4);
}

// Whether the three figures are of one kind. English: the same currency sign
// before each, or none. Chinese: the same unit (one Han character or more)
// after each.
bool one_kind(std::string_view text, bool english, const NumberMention& a, const NumberMention& b,
              const NumberMention& n) {
  if (english) {
    const std::string_view sign = currency_sign_before(text, a.extent.begin);
    return currency_sign_before(text, b.extent.begin) == sign && currency_sign_before(text, n.extent.begin) == sign;
  }
  const std::string_view ua = han_run_after_figure(text, a), ub = han_run_after_figure(text, b),
                         un = han_run_after_figure(text, n);
  if (ua.size() < 3 || ub.size() < 3 || un.size() < 3) return false;
  return ua.substr(0, 3) == ub.substr(0, 3) && ub.substr(0, 3) == un.substr(0, 3);
}

}  // namespace

std::vector<AmountChange> find_amount_changes(const Document& doc, std::span<const NumberMention> ms) {
  std::vector<AmountChange> found;
  const std::string_view text = doc.text();
  const bool english = doc.language() == Language::kEnglish;
  // A figure an amount may be worked from: exact, not a percentage, a year,
  // the day of a date or a time.
  auto amount = [&](const NumberMention& m) { return is_exact_amount(m) && !part_of_date_or_time(text, m); };
  // Mentions passed over between the figures: years, ordinal words (the first half of 2025).
  auto passed_over = [&](const NumberMention& m) {
    return is_year_figure(m) || (m.english_words && m.form == NumberForm::kOrdinal);
  };
  auto gap = [&](const NumberMention& a, const NumberMention& b) {
    return text.substr(a.extent.end, b.extent.begin > a.extent.end ? b.extent.begin - a.extent.end : 0);
  };
  // The text before a figure, its currency sign left out ("from $" reads "from ").
  auto before = [&](const NumberMention& m) {
    // (Only English text is looked at past a sign, and only when a sign's last byte comes first.)
    const bool sign = english && m.extent.begin > 0 &&
                      (text[m.extent.begin - 1] == '$' || static_cast<unsigned char>(text[m.extent.begin - 1]) >= 0x80);
    const size_t end = m.extent.begin - (sign ? currency_sign_before(text, m.extent.begin).size() : 0);
    const size_t begin = end > 60 ? end - 60 : 0;
    return text.substr(begin, end - begin);
  };
  auto same_sentence = [&](const NumberMention& first, const NumberMention& last) {
    std::optional<Sentence> sentence = doc.analysis<Sentences>().at(first.span.begin);
    return sentence && last.span.end <= sentence->span.end;
  };
  for (size_t i = 0; i < ms.size(); ++i) {
    const NumberMention& n = ms[i];
    const Cue cue = english ? english_cue_before(before(n)) : chinese_cue_before(before(n));
    // Between its figures, an English amount needs no cue before it, only
    // "than" after (2,600 more than the 9,200 tons). Most figures have neither.
    const bool than_after =
        english && cue == Cue::kNone && text.substr(n.extent.end, 24).find(" than ") != std::string_view::npos;
    if (cue == Cue::kNone && !than_after) continue;
    if (!amount(n)) continue;
    if (english && i > 0 && i + 1 < ms.size()) {
      // Between its figures: "4,500 units, up 300 from 4,200"; "11,800 tons,
      // 2,600 more than the 9,200 tons".
      const NumberMention& a = ms[i - 1];
      const NumberMention& b = ms[i + 1];
      const std::string_view after = before(b);
      std::optional<bool> up;
      const bool from_b = ends_with_words(after, " from ") || ends_with_words(after, " from the ") ||
                          ends_with_words(after, " from last year's ");
      if ((cue == Cue::kUp || cue == Cue::kDown) && from_b) {
        up = cue == Cue::kUp;
      } else if (cue == Cue::kNone && gap(a, n).find(',') != std::string_view::npos) {
        for (std::string_view w : {" more than the ", " more than ", " higher than the "}) {
          if (gap(n, b).size() <= 24 && ends_with_words(after, w)) up = true;
        }
        for (std::string_view w : {" fewer than the ", " less than the ", " fewer than ", " lower than the "}) {
          if (gap(n, b).size() <= 24 && ends_with_words(after, w)) up = false;
        }
      }
      if (up && amount(a) && amount(b) && same_sentence(a, b) && one_kind(text, english, a, b, n)) {
        found.push_back({&n, &b, &a, up});
        continue;
      }
    }
    if (cue == Cue::kNone) continue;
    // After both figures: the two before it in the sentence, years passed over.
    size_t j = i;
    auto previous = [&]() -> const NumberMention* {
      while (j > 0) {
        const NumberMention& m = ms[--j];
        if (!passed_over(m)) return &m;
      }
      return nullptr;
    };
    const NumberMention* second = previous();
    const NumberMention* first = second ? previous() : nullptr;
    if (!first || !amount(*first) || !amount(*second) || !same_sentence(*first, n)) continue;
    if (!one_kind(text, english, *first, *second, n)) continue;
    const std::string_view between = gap(*first, *second);
    const std::string_view last_gap = gap(*second, n);
    const std::string_view lead = before(*first);
    if (english) {
      // Soon after the second figure, past a comma.
      if (last_gap.size() > 80 || last_gap.find(',') == std::string_view::npos) continue;
      const std::string_view to_b = before(*second);
      if (ends_with_words(lead, "from ") && ends_with_words(to_b, " to ")) {
        found.push_back({&n, first, second, direction_of(cue)});
      } else if ((ends_with_words(lead, "to ") && ends_with_words(to_b, " from ")) ||
                 ends_with_words(to_b, ", up from ") || ends_with_words(to_b, ", down from ")) {
        found.push_back({&n, second, first, direction_of(cue)});
      } else if (cue == Cue::kDifference && between.size() <= 16) {
        // "$3.2 million, below the $3.6 million budget …, a saving of": the
        // cost measured against the budget.
        for (std::string_view w : {", below the ", ", under the ", ", over the ", ", above the ", ", short of the "}) {
          if (ends_with_words(to_b, w)) {
            found.push_back({&n, second, first, std::nullopt});
            break;
          }
        }
      }
      continue;
    }
    // Chinese: the amount right after the second figure's unit and the verb
    // (比去年的5100吨增加500吨, 增加到3800人，增加了600人).
    if (last_gap.size() > 3 * 10) continue;
    const size_t clause = first->extent.begin > 60 ? first->extent.begin - 60 : 0;
    std::string_view opening = text.substr(clause, first->extent.begin - clause);
    if (const size_t cut = opening.rfind("，"); cut != std::string_view::npos) opening = opening.substr(cut);
    const bool from_to = (opening.find("由") != std::string_view::npos || opening.find("从") != std::string_view::npos) &&
                         between.size() <= 3 * 12 && (between.ends_with("到") || between.ends_with("至"));
    // 5600吨，比去年的5100吨: the new figure, then the old one it is compared with.
    std::string_view compared = between;
    compared.remove_prefix(std::min(compared.size(), han_run_after_figure(text, *first).size()));
    const bool compared_with = (compared.starts_with("，比") || compared.starts_with("，较") || compared.starts_with("比") ||
                                compared.starts_with("较")) &&
                               compared.size() <= 3 * 14;
    if (from_to) found.push_back({&n, first, second, direction_of(cue)});
    else if (compared_with) found.push_back({&n, second, first, direction_of(cue)});
  }
  return found;
}

}  // namespace copydesk
