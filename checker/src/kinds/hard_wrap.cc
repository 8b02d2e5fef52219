#include "kinds/hard_wrap.h"

#include <algorithm>
#include <string>

#include "core/utf8.h"
#include "kinds/layout_text.h"
#include "segment/structure.h"

namespace copydesk {

HardWrapKind::HardWrapKind(RuleSpec spec, RuleOptions& options)
    : Rule(std::move(spec)), min_count_(static_cast<size_t>(std::max(1, options.get<int>("min_count", 5)))) {}

void HardWrapKind::report_split_numbers(const Document& doc, const Unit& unit, std::span<const WrappedBreak> wrapped,
                                        Reporter& out) const {
  std::string_view text = doc.text();
  for (const Block& block : doc.analysis<Structure>().blocks) {
    if (block.kind != BlockKind::kParagraph || !unit.span.contains(block.span)) continue;
    for (size_t nl = text.find('\n', block.span.begin); nl < block.span.end; nl = text.find('\n', nl + 1)) {
      bool counted = false;
      for (const WrappedBreak& b : wrapped) counted = counted || b.newline() == nl;
      if (counted || nl == block.span.begin) continue;
      size_t line_begin = text.rfind('\n', nl - 1);
      line_begin = line_begin == std::string_view::npos ? 0 : line_begin + 1;
      size_t next_end = std::min(text.find('\n', nl + 1), block.span.end);
      Span before = tail_span(text, {line_begin, nl}, 4);
      Span after = head_span(text, {nl + 1, next_end}, 4);
      if (before.empty() || after.empty()) continue;
      std::string_view b = before.of(text);
      char32_t last = code_point_at(b, previous_offset(b, b.size()));
      char32_t first = code_point_at(text, after.begin);
      if (!is_digit(last) || !(is_han(first) || first == '%' || first == U'％')) continue;
      Report r;
      r.span = {before.begin, after.end};
      r.fix = join_fragments(b, after.of(text));
      r.variant = "number";
      r.args.emplace_back("count", "1");
      r.args.emplace_back("joined", *r.fix);
      out.report(std::move(r));
    }
  }
}

void HardWrapKind::check_unit(const Document& doc, const Unit& unit, Reporter& out) const {
  std::string_view text = doc.text();
  // The breaks are in text order: those of the unit are one run of them.
  const std::vector<WrappedBreak>& all = doc.analysis<WrappedBreaks>().breaks;
  auto first_in = std::lower_bound(all.begin(), all.end(), unit.span.begin,
                                   [](const WrappedBreak& b, size_t offset) { return b.newline() < offset; });
  auto end_in = std::lower_bound(first_in, all.end(), unit.span.end,
                                 [](const WrappedBreak& b, size_t offset) { return b.newline() < offset; });
  std::span<const WrappedBreak> breaks(first_in, end_in);
  auto line_after = [&](const WrappedBreak& b) {
    size_t end = text.find('\n', b.newline() + 1);
    return Span{b.newline() + 1, end == std::string_view::npos ? text.size() : end};
  };
  if (breaks.size() < min_count_) report_split_numbers(doc, unit, breaks, out);
  if (breaks.empty()) return;
  if (breaks.size() >= min_count_) {
    Span first = tail_span(text, breaks.front().line, 4);
    Span last = head_span(text, line_after(breaks.back()), 4);
    Report r;
    r.span = {first.begin, last.end};
    // A whole page's fix is usually over the report's limit: then only its size is worked out.
    UnwrappedSize fixed = unwrapped_size(text, r.span, breaks);
    if (fixed.changed && fixed.bytes > out.max_fix_bytes()) r.unbuilt_fix_bytes = fixed.bytes;
    else if (fixed.changed) r.fix = unwrap(text, r.span, breaks);
    r.args.emplace_back("count", std::to_string(breaks.size()));
    out.report(std::move(r));
    return;
  }
  // Fewer breaks: a paragraph with two or more is reported once, the others one by one.
  const Structure& structure = doc.analysis<Structure>();
  for (size_t i = 0; i < breaks.size();) {
    const int block = structure.block_index_at(breaks[i].newline());
    size_t j = i + 1;
    while (j < breaks.size() && block >= 0 && structure.block_index_at(breaks[j].newline()) == block) ++j;
    if (j - i < 2) {
      report_single(text, breaks[i], line_after(breaks[i]), out);
      ++i;
      continue;
    }
    std::span<const WrappedBreak> in_paragraph = breaks.subspan(i, j - i);
    Span first = tail_span(text, in_paragraph.front().line, 4);
    Span last = head_span(text, line_after(in_paragraph.back()), 4);
    Report r;
    r.span = {first.begin, last.end};
    if (unwrapped_size(text, r.span, in_paragraph).changed) r.fix = unwrap(text, r.span, in_paragraph);
    r.variant = "paragraph";
    r.args.emplace_back("count", std::to_string(in_paragraph.size()));
    out.report(std::move(r));
    i = j;
  }
}

void HardWrapKind::report_single(std::string_view text, const WrappedBreak& b, Span line_after, Reporter& out) const {
  Span before = tail_span(text, b.line, 4);
  Span after = head_span(text, line_after, 4);
  Report r;
  r.span = {before.begin, after.end};
  std::string joined = join_fragments(before.of(text), after.of(text));
  if (!joins_digits(before.of(text), after.of(text))) r.fix = joined;
  r.variant = "single";
  r.args.emplace_back("count", "1");
  r.args.emplace_back("joined", joined);
  out.report(std::move(r));
}

}  // namespace copydesk
