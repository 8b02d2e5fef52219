#include "kinds/number_style.h"

#include <vector>

#include "core/document.h"
#include "core/utf8.h"
#include "extract/numbers.h"

namespace copydesk {

namespace {

// True when most lines of the document end in the middle of a sentence: the
// text was hard-wrapped at a column width.
bool hard_wrapped(std::string_view text) {
  int long_lines = 0, open_lines = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!has_at_most_code_points(line, 14)) {  // 15 code points or more
      ++long_lines;
      char32_t last = code_point_at(line, previous_offset(line, line.size()));
      if (!is_cjk_punctuation(last) && last != '.' && last != '!' && last != '?' && last != '"' && last != ':') ++open_lines;
    }
    start = end + 1;
  }
  return long_lines >= 10 && open_lines * 2 > long_lines;
}

// hard_wrapped() of a document's text, read once however many units ask.
struct HardWrappedText {
  bool value = false;
  static constexpr std::string_view kName = "hard-wrapped-text";
  static HardWrappedText compute(const Document& doc) { return {hard_wrapped(doc.text())}; }
};

bool is_unit_start(char32_t c) {
  static constexpr std::u32string_view kStarts = U"年月日时万亿元人个户家%％吨米千公亩平立度岁名位项件次倍";
  return kStarts.find(c) != std::u32string_view::npos;
}

}  // namespace

NumberStyleKind::NumberStyleKind(RuleSpec spec, RuleOptions& options) : Rule(std::move(spec)) {
  std::string check = options.require<std::string>("check");
  if (check == "small-unit") check_ = Check::kSmallUnit;
  else if (check == "range-scale") check_ = Check::kRangeScale;
  else if (check == "line-break") check_ = Check::kLineBreak;
  else if (check == "grouping") check_ = Check::kGrouping;
  else options.add_error(options.node("check"), "check must be small-unit, range-scale, line-break or grouping");
  min_digits_ = options.get<int>("min_digits", 5);
}

void NumberStyleKind::check(const Document& doc, const std::vector<Unit>& units, Reporter& out) const {
  const std::vector<NumberMention>& mentions = doc.analysis<Numbers>().mentions;
  // Units come in text order: the mentions of each are found by walking on
  // from those of the unit before, not by a search per unit.
  auto first = mentions.begin();
  size_t previous_begin = 0;
  for (const Unit& unit : units) {
    if (unit.span.begin < previous_begin) first = mentions.begin();
    previous_begin = unit.span.begin;
    while (first != mentions.end() && first->span.begin < unit.span.begin) ++first;
    // Mentions never overlap: those inside the unit are a run, as in Numbers::within.
    auto last = first;
    while (last != mentions.end() && last->span.begin < unit.span.end && last->span.end <= unit.span.end) ++last;
    check_mentions(doc, {first, last}, out);
  }
}

void NumberStyleKind::check_unit(const Document& doc, const Unit& unit, Reporter& out) const {
  check_mentions(doc, doc.analysis<Numbers>().within(unit.span), out);
}

void NumberStyleKind::check_mentions(const Document& doc, std::span<const NumberMention> numbers, Reporter& out) const {
  const std::string& text = doc.text();
  switch (check_) {
    case Check::kSmallUnit:
      for (const NumberMention& m : numbers) {
        if (!m.arabic_with_small_unit || m.form == NumberForm::kOrdinal) continue;
        Report r;
        r.span = m.span;
        r.args = {{"replacement", format_value(m.value)}};
        out.report(std::move(r));
      }
      break;
    case Check::kRangeScale:
      for (const NumberMention& m : numbers) {
        std::optional<Span> range_low = m.range_low();
        if (!m.range_drops_scale || !range_low) continue;
        // 9～16亿 -> 9亿～16亿: repeat what follows the second figure's digits.
        std::string_view whole = doc.slice(m.span);
        std::string_view low = doc.slice(*range_low);
        size_t high_start = range_low->end - m.span.begin;
        // Skip the connector.
        high_start += utf8_sequence_length(static_cast<unsigned char>(whole[high_start]));
        if (high_start < whole.size() && (whole[high_start] == '-' || code_point_at(whole, high_start) == U'—')) {
          high_start += utf8_sequence_length(static_cast<unsigned char>(whole[high_start]));
        }
        std::string_view high = whole.substr(high_start);
        size_t suffix = high.size();
        while (suffix > 0) {
          size_t prev = previous_offset(high, suffix);
          char32_t c = code_point_at(high, prev);
          if (c == U'万' || c == U'亿' || c == '%' || c == U'％') suffix = prev;
          else break;
        }
        std::string scale(high.substr(suffix));
        std::string connector(whole.substr(low.size(), high_start - low.size()));
        Report r;
        r.span = m.span;
        std::string replacement = std::string(low) + scale + connector + std::string(high);
        r.args = {{"replacement", replacement}};
        r.fix = replacement;
        out.report(std::move(r));
      }
      break;
    case Check::kLineBreak: {
      // Figures split from a unit are rare: the whole page is read for hard
      // wrapping only when there is one.
      std::vector<Span> split;
      for (const NumberMention& m : numbers) {
        if (m.form == NumberForm::kOrdinal) continue;
        // A scale word on the next line is read with its figure (2⏎万亩): the line break is inside.
        if (const size_t inside = doc.slice(m.span).find('\n'); inside != std::string_view::npos) {
          const size_t after = m.span.begin + inside + 1;
          split.push_back({m.span.begin, after + utf8_sequence_length(static_cast<unsigned char>(text[after]))});
          continue;
        }
        size_t e = m.span.end;
        if (e >= text.size() || text[e] != '\n') continue;
        size_t next = e + 1;
        if (next >= text.size() || text[next] == '\n') continue;  // a paragraph break is layout's business
        if (!is_unit_start(code_point_at(text, next))) continue;
        split.push_back({m.span.begin, next + utf8_sequence_length(static_cast<unsigned char>(text[next]))});
      }
      if (split.empty() || doc.analysis<HardWrappedText>().value) return;
      for (Span span : split) {
        Report r;
        r.span = span;
        out.report(std::move(r));
      }
      break;
    }
    case Check::kGrouping: {
      const NumberMention* first_grouped = nullptr;
      const NumberMention* first_plain = nullptr;
      int grouped = 0, plain = 0;
      for (const NumberMention& m : numbers) {
        if (!m.arabic || m.integer_digits < min_digits_ || m.form == NumberForm::kOrdinal || m.chinese) continue;
        // Years, codes and phone numbers are never grouped: only figures with a magnitude or unit-like use.
        if (m.integer_digits > 9) continue;
        if (m.grouped) {
          if (!grouped++) first_grouped = &m;
        } else {
          if (!plain++) first_plain = &m;
        }
      }
      if (!grouped || !plain) return;
      const NumberMention* minority = grouped < plain ? first_grouped : first_plain;
      const NumberMention* majority = grouped < plain ? first_plain : first_grouped;
      Report r;
      r.span = minority->span;
      r.args = {{"count", std::to_string(std::min(grouped, plain))}, {"other_count", std::to_string(std::max(grouped, plain))}};
      r.related.push_back({majority->span, "the other form"});
      out.report(std::move(r));
      break;
    }
  }
}

}  // namespace copydesk
