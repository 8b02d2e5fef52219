#include "kinds/headline_amounts.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string>

#include "extract/numbers.h"
#include "kinds/phrase_words.h"

namespace copydesk {

namespace {

constexpr size_t kWordsAfter = 6;

bool after_currency_sign(std::string_view text, const NumberMention& m) {
  // about $58 million: the sign is inside the extent, right before the figure.
  const std::string_view sign = currency_sign_before(text, m.span.begin);
  return sign == "$" || sign == "£" || sign == "€";
}

}  // namespace

std::vector<ContradictedAmount> find_contradicted_headline_amounts(std::string_view text,
                                                                   std::span<const NumberMention> ms,
                                                                   const std::function<bool(size_t)>& in_headline) {
  std::vector<ContradictedAmount> found;
  auto amount = [&](const NumberMention& m) {
    return m.form == NumberForm::kCardinal && !m.is_range() && m.value > 0 && after_currency_sign(text, m);
  };
  std::vector<const NumberMention*> body;
  for (const NumberMention& m : ms) {
    if (amount(m) && !in_headline(m.span.begin)) body.push_back(&m);
  }
  std::vector<double> values;  // the body's amounts, sorted, once a headline needs them
  for (const NumberMention& h : ms) {
    if (!amount(h) || h.bound != Bound::kExact || !in_headline(h.span.begin)) continue;
    const double half = rounding_of_written(h);
    const std::vector<std::string> words = content_words_after(text, h.extent.end, kWordsAfter);
    if (words.empty()) continue;
    bool honoured = false;
    const NumberMention* contradicting = nullptr;
    for (const NumberMention* b : body) {
      if (std::fabs(b->value - h.value) <= half * (1 + 1e-9)) {
        honoured = true;
        break;
      }
      if (!share_a_word(words, content_words_after(text, b->extent.end, kWordsAfter))) continue;
      if (b->bound != Bound::kExact) {
        honoured = true;  // the body gives it only roughly
        break;
      }
      if (!contradicting && b->value >= h.value / 2 && b->value <= h.value * 2) contradicting = b;
    }
    if (honoured || !contradicting) continue;
    // The headline may add up two of the body's amounts ($40 million … $22 million).
    if (values.empty()) {
      for (const NumberMention* b : body) values.push_back(b->value);
      std::sort(values.begin(), values.end());
    }
    for (size_t i = 0; i < values.size() && !honoured; ++i) {
      const double rest = h.value - values[i];
      auto other = std::lower_bound(values.begin(), values.end(), rest - half * (1 + 1e-9));
      if (other - values.begin() == static_cast<std::ptrdiff_t>(i)) ++other;  // not the same amount twice
      honoured = other != values.end() && *other <= rest + half * (1 + 1e-9);
    }
    if (!honoured) found.push_back({&h, contradicting});
  }
  return found;
}

}  // namespace copydesk
