#include "segment/block_splitter.h"

#include <algorithm>
#include <cstdint>
#include <optional>

#include "core/utf8.h"
#include "segment/block_patterns.h"
#include "segment/text_shape.h"

namespace copydesk {

namespace {

constexpr size_t kUnmeasured = SIZE_MAX;

struct Line {
  Span content;                // trimmed; empty when the line is blank
  size_t width = kUnmeasured;  // in columns, measured when first needed (see width_of)
  bool ends_sentence = false;
  bool ends_wide = false;  // its last character is East Asian wide
};

// The width of `line`. Long lines are paragraphs whatever their width:
// measuring them is wasted work, their width is their length in bytes.
size_t width_of(std::string_view text, Line& line) {
  if (line.width == kUnmeasured) {
    std::string_view c = line.content.of(text);
    line.width = c.size() > 600 ? c.size() : line_columns(c);
  }
  return line.width;
}

// Whether width_of(line) <= 100, measuring only what that needs: a character
// takes one or two columns and one to four bytes.
bool is_narrow(std::string_view text, Line& line) {
  if (line.width != kUnmeasured) return line.width <= 100;
  size_t bytes = line.content.size();
  if (bytes <= 50) return true;
  if (bytes > 400 || !has_at_most_code_points(line.content.of(text), 100)) return false;
  return width_of(text, line) <= 100;
}

Span trimmed_span(std::string_view text, Span s) {
  std::string_view t = trim_text(s.of(text));
  if (t.empty()) return {s.begin, s.begin};
  size_t begin = static_cast<size_t>(t.data() - text.data());
  return {begin, begin + t.size()};
}

std::vector<Line> read_lines(std::string_view text) {
  std::vector<Line> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    Line line;
    line.content = trimmed_span(text, {start, end});
    if (!line.content.empty()) {
      std::string_view c = line.content.of(text);
      line.ends_sentence = ends_sentence(c);
      line.ends_wide = line_columns(std::string_view(c).substr(previous_offset(c, c.size()))) == 2;
    }
    lines.push_back(line);
    if (end == text.size()) break;
    start = end + 1;
  }
  return lines;
}

bool hard_wrapped_lines(std::string_view text, std::vector<Line>& lines) {
  size_t non_blank = 0, narrow = 0, inside = 0, inside_open = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].content.empty()) continue;
    ++non_blank;
    bool is_narrow_line = is_narrow(text, lines[i]);
    if (is_narrow_line) ++narrow;
    if (i + 1 < lines.size() && !lines[i + 1].content.empty()) {
      ++inside;
      if (!lines[i].ends_sentence && is_narrow_line) ++inside_open;
    }
  }
  return inside >= 5 && inside_open * 2 >= inside && narrow * 10 >= non_blank * 7;
}

// The column width of the run of lines [first, last]: the median width of the
// lines that break mid-sentence (they were broken at the column's edge), or the
// widest line when there are too few of them.
size_t column_width(std::string_view text, std::vector<Line>& lines, size_t first, size_t last) {
  std::vector<size_t> open;
  size_t widest = 0;
  for (size_t i = first; i <= last; ++i) {
    size_t width = width_of(text, lines[i]);
    widest = std::max(widest, width);
    if (i < last && !lines[i].ends_sentence) open.push_back(width);
  }
  if (open.size() < 2) return widest;
  std::nth_element(open.begin(), open.begin() + open.size() / 2, open.end());
  return open[open.size() / 2];
}


struct Unit {
  Span span;
  size_t line = 0;
  bool fixed = false;
  bool first_of_line = true;
};

// Cuts a line into its continuation markers and the text around them.
void add_units(std::string_view text, size_t line_index, Span content, std::vector<Unit>& units) {
  std::string_view c = content.of(text);
  bool short_line = c.size() <= 600;  // fixed forms are short; skip the recognisers on long paragraphs
  size_t lead = leading_continuation_length(c);
  if (lead > 0) {
    units.push_back({{content.begin, content.begin + lead}, line_index, true, true});
    Span rest = trimmed_span(text, {content.begin + lead, content.end});
    if (rest.empty()) return;
    size_t first_rest = units.size();
    add_units(text, line_index, rest, units);
    for (size_t i = first_rest; i < units.size(); ++i) units[i].first_of_line = false;
    return;
  }
  size_t trail = trailing_continuation_offset(c);
  if (trail != std::string_view::npos && trail > 0) {
    Span before = trimmed_span(text, {content.begin, content.begin + trail});
    if (!before.empty()) units.push_back({before, line_index, short_line && is_fixed_form_line(before.of(text)), true});
    units.push_back({{content.begin + trail, content.end}, line_index, true, before.empty()});
    return;
  }
  units.push_back({content, line_index, short_line && is_fixed_form_line(c), true});
}

}  // namespace


bool is_hard_wrapped(std::string_view text) {
  std::vector<Line> lines = read_lines(text);
  return hard_wrapped_lines(text, lines);
}

BlockSplit split_blocks(std::string_view text) {
  BlockSplit out;
  std::vector<Line> lines = read_lines(text);
  out.hard_wrapped = hard_wrapped_lines(text, lines);

  std::vector<Unit> units;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].content.empty()) add_units(text, i, lines[i].content, units);
  }

  // Column widths of each run of non-blank lines, for hard-wrapped text.
  std::vector<size_t> column(lines.size(), 0);
  if (out.hard_wrapped) {
    for (size_t i = 0; i < lines.size();) {
      if (lines[i].content.empty()) {
        ++i;
        continue;
      }
      size_t last = i;
      while (last + 1 < lines.size() && !lines[last + 1].content.empty()) ++last;
      size_t width = column_width(text, lines, i, last);
      for (size_t j = i; j <= last; ++j) column[j] = width;
      i = last + 1;
    }
  }

  auto blank_before = [&](const Unit& u) {
    return u.first_of_line && (u.line == 0 || lines[u.line - 1].content.empty());
  };
  // Whether line `prev` runs on into the next line of the same paragraph.
  auto runs_on = [&](size_t prev) {
    Line& l = lines[prev];
    if (!l.ends_sentence) return true;
    size_t col = column[prev];
    size_t slack = l.ends_wide ? 3 : std::max<size_t>(4, col / 4);
    return width_of(text, l) + slack >= col;
  };

  std::optional<RawBlock> open;
  size_t open_last_line = 0;
  auto close = [&] {
    if (open) out.blocks.push_back(*open);
    open.reset();
  };
  for (size_t k = 0; k < units.size(); ++k) {
    const Unit& u = units[k];
    std::string_view ut = u.span.of(text);
    if (u.fixed) {
      close();
      RawBlock b{u.span, true, blank_before(u)};
      // A bare role (本报记者) takes the names on the next line.
      if (is_byline_role_only(ut) && k + 1 < units.size() && units[k + 1].line == u.line + 1 &&
          units[k + 1].first_of_line && is_byline_names(units[k + 1].span.of(text))) {
        b.span.end = units[k + 1].span.end;
        ++k;
      }
      out.blocks.push_back(b);
      continue;
    }
    bool joins = open && out.hard_wrapped && u.first_of_line && u.line == open_last_line + 1 &&
                 runs_on(open_last_line) && !leading_dateline(ut);
    if (joins) {
      open->span.end = u.span.end;
      open_last_line = u.line;
      continue;
    }
    close();
    open = RawBlock{u.span, false, blank_before(u)};
    open_last_line = u.line;
  }
  close();
  return out;
}

}  // namespace copydesk
