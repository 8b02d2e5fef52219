#include "extract/quantities.h"

#include <algorithm>

#include "core/document.h"
#include "core/utf8.h"
#include "extract/chinese_numeral.h"

namespace copydesk {

namespace {

constexpr size_t kContextWindow = 16;  // code points looked at before a figure for context words

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool equals_ignore_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// Whether `s` is written at `pos` of `text`: its last byte is tested first,
// without a call (after a figure the lead byte of 余 or 以上 is that of most
// characters, its last byte seldom the same).
bool written_at(std::string_view text, size_t pos, std::string_view s) {
  if (pos + s.size() > text.size()) return false;
  return s.empty() || (text[pos + s.size() - 1] == s.back() && text.compare(pos, s.size(), s) == 0);
}

// The text of the clause before `pos` (up to a sentence end or line break), at most kContextWindow code points.
std::string_view context_before(std::string_view text, size_t pos) {
  size_t begin = pos;
  for (size_t n = 0; n < kContextWindow && begin > 0; ++n) {
    size_t prev = previous_offset(text, begin);
    char32_t c = code_point_at(text, prev);
    if (c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == '\n' || c == ';') break;
    begin = prev;
  }
  return text.substr(begin, pos - begin);
}

bool context_ok(const UnitDef& unit, std::string_view text, size_t number_begin, size_t unit_end) {
  for (const std::string& w : unit.not_before) {
    if (text.substr(unit_end, w.size()) == w) return false;
  }
  for (const std::string& w : unit.not_after) {
    if (text.substr(0, number_begin).ends_with(w)) return false;
  }
  if (unit.context.empty()) return true;
  std::string_view before = context_before(text, number_begin);
  std::string_view after = text.substr(unit_end, std::min<size_t>(6, text.size() - unit_end));
  for (const std::string& w : unit.context) {
    if (before.find(w) != std::string_view::npos || after.substr(0, w.size()) == w) return true;
  }
  return false;
}

// A unit spelling found in the text: the catalog unit and where the spelling is written.
// The span is that of the spelling matched, which can be longer or shorter than the
// unit's catalog name (￥ for ¥, US$ for $, m2 for m²).
struct UnitMatch {
  int unit = -1;
  Span span;
};

// Whether spelling `index` of the catalog is written at `pos` (after a figure, maybe after
// a space); returns where.
std::optional<Span> spelling_after(std::string_view text, size_t pos, size_t number_begin, const UnitCatalog& catalog,
                                   int index, double required_times) {
  const UnitCatalog::Spelling& spelling = catalog.spellings()[index];
  const UnitDef& unit = catalog.units()[spelling.unit];
  if (required_times != 0 && unit.times != required_times) return std::nullopt;
  size_t p = pos;
  bool ascii = spelling.ascii;
  // 5 km; a 3-inch pipe, a six-mile trip, a 2.5-km tunnel (adjectives take a hyphen).
  // A hard-wrapped English line may break between the two (4.4\npounds).
  if (ascii && p < text.size() && required_times == 0 &&
      (text[p] == ' ' || text[p] == '-' ||
       (unit.english && text[p] == '\n' && p + 1 < text.size() && text[p + 1] >= 'a' && text[p + 1] <= 'z'))) {
    ++p;
  }
  if (p + spelling.text.size() > text.size()) return std::nullopt;
  std::string_view candidate = text.substr(p, spelling.text.size());
  // (The spellings tried begin with the character at `p`: their last bytes
  // tell most apart without a compare call.)
  if (unit.english ? !equals_ignore_case(candidate, spelling.text)
                   : !written_at(text, p, spelling.text))
    return std::nullopt;
  size_t end = p + spelling.text.size();
  if (ascii) {
    // 5 km but not 5 kmh; "t" in "5 tons" is not tonnes.
    // and not a code such as 24703m212 or L-202.
    if (end < text.size() && is_ascii_alnum(text[end])) return std::nullopt;
    if (end + 1 < text.size() && text[end] == '-' && is_ascii_alnum(text[end + 1])) return std::nullopt;
  }
  if (!context_ok(unit, text, number_begin, end)) return std::nullopt;
  return Span{p, end};
}

// Matches a unit spelling written at `pos` (after a figure).
// A spelling starts at `pos`, or one byte later after a space, hyphen or line break, so only the
// spellings starting with one of those two characters are tried, in catalog order (longest first).
std::optional<UnitMatch> unit_after(std::string_view text, size_t pos, size_t number_begin, const UnitCatalog& catalog,
                                    double required_times) {
  if (pos >= text.size()) return std::nullopt;
  static const std::vector<int> kNone;
  const std::vector<int>& here = catalog.suffix_spellings_starting_with(code_point_at(text, pos));
  const std::vector<int>* after_gap = &kNone;
  if ((text[pos] == ' ' || text[pos] == '-' || text[pos] == '\n') && pos + 1 < text.size()) {
    after_gap = &catalog.suffix_spellings_starting_with(code_point_at(text, pos + 1));
    if (after_gap == &here) after_gap = &kNone;
  }
  // Merge the two index lists, which are sorted, to keep the catalog's order.
  auto a = here.begin(), b = after_gap->begin();
  while (a != here.end() || b != after_gap->end()) {
    int index = (b == after_gap->end() || (a != here.end() && *a < *b)) ? *a++ : *b++;
    if (auto span = spelling_after(text, pos, number_begin, catalog, index, required_times)) {
      return UnitMatch{catalog.spellings()[index].unit, *span};
    }
  }
  return std::nullopt;
}

// Matches a prefix unit ($, US$, ¥) ending at `pos` (before a figure), allowing one space.
std::optional<UnitMatch> unit_before(std::string_view text, size_t pos, const UnitCatalog& catalog) {
  // A spelling ends right before the figure or before one space: most figures have neither.
  bool adjacent = pos >= 1 && catalog.ends_prefix_spelling(text[pos - 1]);
  bool spaced = pos >= 2 && text[pos - 1] == ' ' && catalog.ends_prefix_spelling(text[pos - 2]);
  if (!adjacent && !spaced) return std::nullopt;
  for (int index : catalog.prefix_spellings()) {
    const UnitCatalog::Spelling& spelling = catalog.spellings()[index];
    for (size_t gap : {size_t{0}, size_t{1}}) {
      if (pos < gap + spelling.text.size()) continue;
      if (gap == 1 && text[pos - 1] != ' ') continue;
      if (text[pos - gap - 1] != spelling.text.back()) continue;  // one byte before the whole spelling
      size_t begin = pos - gap - spelling.text.size();
      if (text.substr(begin, spelling.text.size()) == spelling.text) {
        return UnitMatch{spelling.unit, {begin, begin + spelling.text.size()}};
      }
    }
  }
  return std::nullopt;
}

// Whether the quantity at `extent` is a rate: 每 up to three characters before
// the figure (每小时120公里, 每人500元) or 时速 right before it, or "/", 每 or
// "per" right after its unit (5公里/小时, 60 miles per hour). A rate measures
// speed, price or yield: it is no amount of its unit to add up or compare.
bool is_rate(std::string_view text, Span extent, Span span) {
  size_t p = extent.begin;
  for (int n = 0; n < 3 && p > 0; ++n) {
    p = previous_offset(text, p);
    if (code_point_at(text, p) == U'每') return true;
  }
  if (extent.begin >= 6 && text.substr(extent.begin - 6, 6) == "时速") return true;
  std::string_view after = text.substr(span.end, 5);
  return after.starts_with("/") || after.starts_with("每") || after.starts_with(" per ");
}

}  // namespace

std::vector<Quantity> find_quantities(std::string_view text, const std::vector<NumberMention>& numbers,
                                      const UnitCatalog& catalog) {
  std::vector<Quantity> out;
  if (catalog.units().empty()) return out;
  for (size_t i = 0; i < numbers.size(); ++i) {
    const NumberMention& m = numbers[i];
    if (m.form == NumberForm::kOrdinal || m.form == NumberForm::kPercent) continue;
    Quantity q;
    q.number = static_cast<int>(i);
    double amount = m.value;
    // A unit written with the figure's magnitude word: 720亿千瓦时, 387万亩.
    size_t magnitude_start = m.span.end;
    while (magnitude_start > m.span.begin) {
      size_t prev = previous_offset(text, magnitude_start);
      if (chinese_unit_value(code_point_at(text, prev)) < 1e4) break;
      magnitude_start = prev;
    }
    std::optional<UnitMatch> match;
    if (magnitude_start < m.span.end && m.magnitude > 1 && !m.is_range()) {
      match = unit_after(text, magnitude_start, m.span.begin, catalog, m.magnitude);
      if (match) {
        amount = m.value / m.magnitude;
        q.unit_span = {magnitude_start, match->span.end};
      }
    }
    if (!match) {
      // 500余人, 二十多岁: the unit follows the approximation marker.
      size_t unit_from = m.span.end;
      for (std::string_view marker : {"余", "多", "几"}) {
        if (written_at(text, unit_from, marker)) unit_from += marker.size();
      }
      match = unit_after(text, unit_from, m.span.begin, catalog, 0);
      if (match) q.unit_span = match->span;
    }
    if (match) {
      q.unit = match->unit;
      q.span = {m.span.begin, match->span.end};
    } else if (auto prefix = unit_before(text, m.span.begin, catalog);
               prefix && !m.chinese && (out.empty() || out.back().span.end <= prefix->span.begin)) {
      q.unit = prefix->unit;
      q.span = {prefix->span.begin, m.span.end};
      q.unit_span = prefix->span;
    } else {
      continue;
    }
    const UnitDef& unit = catalog.units()[q.unit];
    q.amount = amount;
    q.base = amount * unit.factor;
    if (m.is_range()) q.base_high = m.high_end * unit.factor;
    q.bound = m.bound;
    q.extent = {std::min(m.extent.begin, q.span.begin), std::max(m.extent.end, q.span.end)};
    // Bound words after the unit: 300人以上, 20吨左右.
    struct After {
      std::string_view text;
      Bound bound;
    };
    static constexpr After kAfter[] = {{"以上", Bound::kOver}, {"以下", Bound::kUnder}, {"左右", Bound::kApprox},
                                       {"上下", Bound::kApprox}, {"开外", Bound::kOver},  {"有余", Bound::kOver}};
    for (const After& a : kAfter) {
      if (written_at(text, q.span.end, a.text)) {
        if (q.bound == Bound::kExact || a.bound == Bound::kApprox) q.bound = a.bound;
        q.extent.end = q.span.end + a.text.size();
        break;
      }
    }
    q.rate = is_rate(text, q.extent, q.span);
    out.push_back(q);
  }
  return out;
}

std::vector<const Quantity*> Quantities::within(Span span) const {
  // Items are in text order and never overlap, so their starts are sorted.
  std::vector<const Quantity*> out;
  auto it = std::lower_bound(items.begin(), items.end(), span.begin,
                             [](const Quantity& q, size_t begin) { return q.span.begin < begin; });
  for (; it != items.end() && it->span.begin < span.end; ++it) {
    if (span.contains(it->span)) out.push_back(&*it);
  }
  return out;
}

Quantities Quantities::compute(const Document& doc) {
  Quantities q;
  q.catalog = &UnitCatalog::builtin();
  q.items = find_quantities(doc.text(), doc.analysis<Numbers>().mentions, *q.catalog);
  q.items.shrink_to_fit();  // kept for the document's life: no doubling slack
  return q;
}

}  // namespace copydesk
