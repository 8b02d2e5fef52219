#include "kinds/hard_wrap.h"

#include <algorithm>
#include <string>

#include "kinds/layout_text.h"

namespace copydesk {

HardWrapKind::HardWrapKind(RuleSpec spec, RuleOptions& options)
    : Rule(std::move(spec)), min_count_(static_cast<size_t>(std::max(1, options.get<int>("min_count", 5)))) {}

void HardWrapKind::check_unit(const Document& doc, const Unit& unit, Reporter& out) const {
  std::string_view text = doc.text();
  std::vector<WrappedBreak> breaks;
  for (const WrappedBreak& b : doc.analysis<WrappedBreaks>().breaks) {
    if (unit.span.contains(b.newline)) breaks.push_back(b);
  }
  if (breaks.empty()) return;
  auto line_after = [&](const WrappedBreak& b) {
    size_t end = text.find('\n', b.newline + 1);
    return Span{b.newline + 1, end == std::string_view::npos ? text.size() : end};
  };
  if (breaks.size() >= min_count_) {
    Span first = tail_span(text, breaks.front().line, 4);
    Span last = head_span(text, line_after(breaks.back()), 4);
    Report r;
    r.span = {first.begin, last.end};
    std::string fixed = unwrap(text, r.span, breaks);
    if (fixed != r.span.of(text)) r.fix = std::move(fixed);
    r.args.emplace_back("count", std::to_string(breaks.size()));
    out.report(std::move(r));
    return;
  }
  for (const WrappedBreak& b : breaks) {
    Span before = tail_span(text, b.line, 4);
    Span after = head_span(text, line_after(b), 4);
    Report r;
    r.span = {before.begin, after.end};
    std::string joined = join_fragments(before.of(text), after.of(text));
    if (!joins_digits(before.of(text), after.of(text))) r.fix = joined;
    r.variant = "single";
    r.args.emplace_back("count", "1");
    r.args.emplace_back("joined", joined);
    out.report(std::move(r));
  }
}

}  // namespace copydesk
