#include "kinds/broken_paragraph.h"

#include <algorithm>

#include "core/utf8.h"
#include "kinds/layout_text.h"
#include "segment/structure.h"

namespace copydesk {

namespace {

bool is_unit_start(char32_t c) { return is_han(c) || c == '%' || c == U'％' || c == U'‰'; }

}  // namespace

BrokenParagraphKind::BrokenParagraphKind(RuleSpec spec, RuleOptions& options)
    : Rule(std::move(spec)), context_(static_cast<size_t>(std::max(1, options.get<int>("context", 4)))) {}

void BrokenParagraphKind::check(const Document& doc, const std::vector<Unit>& units, Reporter& out) const {
  std::string_view text = doc.text();
  const Structure& s = doc.analysis<Structure>();
  for (const Unit& unit : units) {
    for (size_t i = 0; i + 1 < s.blocks.size(); ++i) {
      const Block& a = s.blocks[i];
      const Block& b = s.blocks[i + 1];
      if (!unit.span.contains(a.span)) continue;
      if (!is_body_block(a, text) || ends_paragraph(a.span.of(text))) continue;
      if (starts_story(b.span.of(text))) continue;
      Span tail = tail_span(text, a.span, context_);
      Span head = head_span(text, b.span, context_);
      Report r;
      r.span = {tail.begin, head.end};
      if (is_body_block(b, text)) {
        std::string_view before = tail.of(text);
        char32_t last = code_point_at(before, previous_offset(before, before.size()));
        char32_t first = code_point_at(text, head.begin);
        if (is_digit(last) && is_unit_start(first)) r.variant = "number";
        r.fix = join_fragments(before, head.of(text));
        r.args.emplace_back("joined", *r.fix);
      } else if (b.kind == BlockKind::kHeadline || b.kind == BlockKind::kSubtitle || b.kind == BlockKind::kHeading) {
        r.variant = "headline";
        r.args.emplace_back("joined", std::string(tail.of(text)));
      } else {
        continue;  // a caption, byline or marker follows: nothing shows the sentence was cut
      }
      out.report(std::move(r));
    }
  }
}

}  // namespace copydesk
