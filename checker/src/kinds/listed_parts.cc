#include "kinds/listed_parts.h"

#include <optional>
#include <span>

#include "core/document.h"
#include "extract/numbers.h"
#include "segment/sentences.h"

namespace copydesk {

namespace {

// A count a list can add up: exact, whole, not a percentage, not a year.
bool is_plain_count(const NumberMention& m) {
  if (m.form != NumberForm::kCardinal || m.bound != Bound::kExact || m.is_range() || m.decimals > 0) return false;
  return !reads_as_year(m) && m.value > 0;
}

constexpr const char* kWords = "(?:[ \\t]+[A-Za-z'’-]+)";

}  // namespace

ListedPartsFinder::ListedPartsFinder()
    : to_colon_(std::string(kWords) + "{0,8}[ \\t]*:[ \\t]*\\$?"),
      between_(std::string(kWords) + "*[ \\t]*(?:,[ \\t]*(and[ \\t]+)?|[ \\t]+(and)[ \\t]+)\\$?"),
      to_end_(std::string(kWords) + "*[ \\t]*\\.[\"”’]?[ \\t\\n]*") {}

std::vector<ListedParts> ListedPartsFinder::find(const Document& doc, Span span) const {
  std::vector<ListedParts> found;
  std::string_view text = doc.text();
  std::span<const NumberMention> ms = doc.analysis<Numbers>().within(span);
  auto gap = [&](size_t from, size_t to) { return text.substr(from, to > from ? to - from : 0); };
  for (size_t t = 0; t + 2 < ms.size(); ++t) {
    const NumberMention& total = ms[t];
    if (!is_plain_count(total) || !is_plain_count(ms[t + 1])) continue;
    if (gap(total.extent.end, ms[t + 1].extent.begin).find(':') == std::string_view::npos) continue;  // most pairs
    if (!RE2::FullMatch(gap(total.extent.end, ms[t + 1].extent.begin), to_colon_)) continue;
    std::optional<Sentence> sentence = doc.analysis<Sentences>().at(total.span.begin);
    if (!sentence || (t > 0 && ms[t - 1].span.begin >= sentence->span.begin)) continue;  // the only figure before the colon
    ListedParts list{&total, {&ms[t + 1]}};
    bool last_after_and = false, broken = false;
    size_t k = t + 2;
    for (; k < ms.size() && ms[k].span.begin < sentence->span.end; ++k) {
      re2::StringPiece comma_and, plain_and;
      if (!is_plain_count(ms[k]) || last_after_and ||
          !RE2::FullMatch(gap(ms[k - 1].extent.end, ms[k].extent.begin), between_, &comma_and, &plain_and)) {
        broken = true;
        break;
      }
      last_after_and = !comma_and.empty() || !plain_and.empty();
      list.parts.push_back(&ms[k]);
    }
    if (broken || !last_after_and) continue;
    if (!RE2::FullMatch(gap(list.parts.back()->extent.end, sentence->span.end), to_end_)) continue;
    found.push_back(std::move(list));
    t = k - 1;  // the parts are no totals of their own
  }
  return found;
}

}  // namespace copydesk
