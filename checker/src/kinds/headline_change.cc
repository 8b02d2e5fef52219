#include "kinds/headline_change.h"

#include <cctype>
#include <cmath>
#include <optional>
#include <string>

#include "extract/numbers.h"

namespace copydesk {

namespace {

// The words of a headline that give a change its direction.
constexpr std::string_view kUpWords[] = {"raise", "raises", "lift", "lifts", "boost", "boosts", "hike", "hikes",
                                         "rise", "rises", "jump", "jumps", "climb", "climbs", "grow", "grows",
                                         "up", "increase", "increases", "gain", "gains", "surge", "surges"};
constexpr std::string_view kDownWords[] = {"cut", "cuts", "slash", "slashes", "reduce", "reduces", "lower",
                                           "lowers", "trim", "trims", "fall", "falls", "drop", "drops", "down",
                                           "decline", "declines", "sink", "sinks", "reduction", "slide", "slides"};

bool one_of(std::string_view word, std::span<const std::string_view> words) {
  for (std::string_view w : words) {
    if (word == w) return true;
  }
  return false;
}

std::optional<bool> direction_of(std::string_view word) {
  if (one_of(word, kUpWords)) return true;
  if (one_of(word, kDownWords)) return false;
  return std::nullopt;
}

// The lower-cased words of `text`, in order.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// The direction of a headline's percentage: the last verb before it on its
// line (cuts Gulf of St. Lawrence herring quota by 20%), or the word right
// after it (a 12% rise).
std::optional<bool> headline_direction(std::string_view text, const NumberMention& p) {
  const size_t line = text.rfind('\n', p.extent.begin);
  const size_t from = line == std::string_view::npos ? 0 : line + 1;
  std::vector<std::string> before = words_of(text.substr(from, p.extent.begin - from));
  for (; !before.empty(); before.pop_back()) {
    if (auto up = direction_of(before.back())) return up;
  }
  const std::vector<std::string> after = words_of(text.substr(p.extent.end, 20));
  if (!after.empty()) return direction_of(after.front());
  return std::nullopt;
}

}  // namespace

std::vector<ContradictedChange> find_contradicted_headline_changes(std::string_view text,
                                                                  std::span<const NumberMention> ms,
                                                                  const std::vector<PercentChange>& body_changes,
                                                                  const std::function<bool(size_t)>& in_headline) {
  std::vector<ContradictedChange> found;
  for (const NumberMention& h : ms) {
    if (h.form != NumberForm::kPercent || h.bound != Bound::kExact || h.is_range() || h.value <= 0 ||
        !in_headline(h.span.begin)) {
      continue;
    }
    const std::optional<bool> up = headline_direction(text, h);
    if (!up) continue;
    const double half = half_last_decimal(h);
    // A body percentage the headline's rounds settles it.
    bool given = false;
    for (const NumberMention& b : ms) {
      given = given || (b.form == NumberForm::kPercent && !in_headline(b.span.begin) && std::fabs(b.value - h.value) <= half);
    }
    if (given) continue;
    // The one body change in the headline's direction that its own figures bear out.
    const PercentChange* only = nullptr;
    double only_change = 0;
    int count = 0;
    for (const PercentChange& c : body_changes) {
      if (c.up != *up || in_headline(c.percent->span.begin) || c.from->value <= 0) continue;
      if (c.from->bound != Bound::kExact || c.to->bound != Bound::kExact) continue;  // too loose to settle it
      const double change = std::fabs(c.to->value - c.from->value) / c.from->value * 100;
      const double slack = half_last_decimal(*c.percent) + 0.05 * c.percent->value;
      if (std::fabs(change - c.percent->value) > slack) continue;  // wrong itself: the change check's to report
      ++count;
      only = &c;
      only_change = change;
    }
    if (count != 1) continue;
    if (std::fabs(only_change - h.value) <= half + 0.05 * h.value) continue;
    found.push_back({&h, *only, only_change});
  }
  return found;
}

}  // namespace copydesk
