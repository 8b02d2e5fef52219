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

Span trimmed_span(std::string_view text, Span s) {
  std::string_view t = trim_text(s.of(text));
  if (t.empty()) return {s.begin, s.begin};
  size_t begin = static_cast<size_t>(t.data() - text.data());
  return {begin, begin + t.size()};
}

// Calls visit(content) for each line of `text`, in order, with the line's
// trimmed span (empty for a blank line).
template <typename Visit>
void for_each_line(std::string_view text, Visit visit) {
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    visit(trimmed_span(text, {start, end}));
    if (end == text.size()) break;
    start = end + 1;
  }
}

// The width of a line in columns. Long lines are paragraphs whatever their
// width: measuring them is wasted work, their width is their length in bytes.
size_t line_width(std::string_view line) { return line.size() > 600 ? line.size() : line_columns(line); }

// Whether line_columns(line) <= 100 (a narrow line), measuring only when its
// length leaves it open. A character takes at least one column and never more
// columns than it has bytes (line_columns counts one for ASCII and two-byte
// sequences, at most two for longer ones), so a line of at most 100 bytes is
// narrow and one of more than 100 code points is not.
enum class Narrow : unsigned char { kYes, kNo, kUnknown };

Narrow narrow_by_length(std::string_view line) {
  if (line.size() <= 100) return Narrow::kYes;
  if (line.size() > 400) return Narrow::kNo;
  return Narrow::kUnknown;
}

bool is_narrow(std::string_view line) {
  Narrow n = narrow_by_length(line);
  if (n != Narrow::kUnknown) return n == Narrow::kYes;
  return has_at_most_code_points(line, 100) && line_width(line) <= 100;
}

// The counts is_hard_wrapped() weighs. Lines that are followed by another
// line are `inside` a run; `open` ones among them break mid-sentence and are
// narrow. With `exact` false, lines whose length leaves their width open are
// counted apart, unmeasured.
struct WrapTally {
  size_t non_blank = 0, narrow = 0, inside = 0, inside_open = 0;
  size_t narrow_unknown = 0, inside_open_unknown = 0;

  // The verdict when the unmeasured lines are narrow or not as `unknown_narrow` says.
  bool wrapped(bool unknown_narrow) const {
    size_t n = narrow + (unknown_narrow ? narrow_unknown : 0);
    size_t open = inside_open + (unknown_narrow ? inside_open_unknown : 0);
    return inside >= 5 && open * 2 >= inside && n * 10 >= non_blank * 7;
  }
};

WrapTally tally_lines(std::string_view text, bool exact) {
  WrapTally t;
  // The last non-blank line, counted once the next line tells whether it is inside a run.
  std::optional<Span> pending;
  auto count = [&](Span line, bool followed) {
    std::string_view c = line.of(text);
    ++t.non_blank;
    Narrow n = exact ? (is_narrow(c) ? Narrow::kYes : Narrow::kNo) : narrow_by_length(c);
    t.narrow += n == Narrow::kYes;
    t.narrow_unknown += n == Narrow::kUnknown;
    if (!followed) return;
    ++t.inside;
    if (ends_sentence(c)) return;
    t.inside_open += n == Narrow::kYes;
    t.inside_open_unknown += n == Narrow::kUnknown;
  };
  for_each_line(text, [&](Span content) {
    if (pending) count(*pending, !content.empty());
    pending = content.empty() ? std::nullopt : std::optional<Span>(content);
  });
  if (pending) count(*pending, false);
  return t;
}

// Whether an English line ends with a word that never ends a sentence or a
// headline: an article, a preposition or a conjunction (… as many as, … led by).
bool ends_with_function_word(std::string_view line) {
  size_t begin = line.size();
  while (begin > 0 && line[begin - 1] >= 'a' && line[begin - 1] <= 'z') --begin;
  if (begin == line.size() || (begin > 0 && line[begin - 1] != ' ')) return false;
  static constexpr std::string_view kWords[] = {"a",    "an",   "the",  "of",   "to",   "in",     "at",  "by",
                                                "for",  "from", "with", "as",   "and",  "or",     "than", "into",
                                                "onto", "about", "nearly", "almost", "roughly", "some", "per", "its",
                                                "their", "his", "her", "our", "were", "was", "had", "been"};
  const std::string_view word = line.substr(begin);
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

// One non-blank line of a run, with the facts the splitter needs measured
// when first asked.
struct RunLine {
  Span content;                // trimmed, not empty
  size_t width = kUnmeasured;  // line_width(), when measured
  signed char ends_sentence = -1;  // ends_sentence(), when worked out
};

struct Unit {
  Span span;
  size_t line = 0;  // index in the run
  bool fixed = false;
  bool first_of_line = true;
  FixedForm form = FixedForm::kNone;  // see RawBlock::form
};

// Cuts a run of non-blank lines (between blank lines) into blocks. The lines
// of a run are all a block can join, so the splitter needs no more of the
// text at a time.
class RunSplitter {
 public:
  RunSplitter(std::string_view text, bool hard_wrapped, std::vector<RawBlock>& out)
      : text_(text), hard_wrapped_(hard_wrapped), out_(out) {}

  void add_line(Span content) { lines_.push_back({content}); }
  // Appends the blocks of the lines added since the last call.
  void finish_run();

 private:
  void add_units(size_t line, Span content);
  bool ends_sentence_at(size_t i);
  size_t width_at(size_t i);
  size_t column_width();
  bool runs_on(size_t prev);
  bool wrapped_on_its_own();

  std::string_view text_;
  bool hard_wrapped_;
  std::vector<RawBlock>& out_;
  // Of the current run, reused from run to run.
  std::vector<RunLine> lines_;
  std::vector<Unit> units_;
  std::vector<size_t> open_widths_;
  size_t column_ = kUnmeasured;
};

bool RunSplitter::ends_sentence_at(size_t i) {
  RunLine& l = lines_[i];
  if (l.ends_sentence < 0) l.ends_sentence = ends_sentence(l.content.of(text_)) ? 1 : 0;
  return l.ends_sentence == 1;
}

size_t RunSplitter::width_at(size_t i) {
  RunLine& l = lines_[i];
  if (l.width == kUnmeasured) l.width = line_width(l.content.of(text_));
  return l.width;
}

// The column width of the run: the median width of the lines that break
// mid-sentence (they were broken at the column's edge), or the widest line
// when there are too few of them. Measured only for runs where a line that
// ends a sentence may run on.
size_t RunSplitter::column_width() {
  if (column_ != kUnmeasured) return column_;
  size_t last = lines_.size() - 1;
  size_t open = 0;
  for (size_t i = 0; i < last; ++i) open += !ends_sentence_at(i);
  if (open < 2) {
    size_t widest = 0;
    for (size_t i = 0; i <= last; ++i) widest = std::max(widest, width_at(i));
    return column_ = widest;
  }
  open_widths_.clear();
  for (size_t i = 0; i < last; ++i) {
    if (!ends_sentence_at(i)) open_widths_.push_back(width_at(i));
  }
  std::nth_element(open_widths_.begin(), open_widths_.begin() + open_widths_.size() / 2, open_widths_.end());
  return column_ = open_widths_[open_widths_.size() / 2];
}

// Whether the run is one paragraph broken at a column width on a page that is
// not hard-wrapped as a whole: three lines or more, all but the last of one
// width (within a sixth: digits and Latin letters make widths uneven), most
// of them breaking mid-sentence, with a clause or sentence mark inside
// (prose, not a list or a table).
bool RunSplitter::wrapped_on_its_own() {
  if (lines_.size() < 3) return false;
  const size_t last = lines_.size() - 1;
  size_t open = 0, narrowest = SIZE_MAX, widest = 0;
  bool marks = false;
  for (size_t i = 0; i < last; ++i) {
    open += !ends_sentence_at(i);
    narrowest = std::min(narrowest, width_at(i));
    widest = std::max(widest, width_at(i));
    const std::string_view c = lines_[i].content.of(text_);
    marks = marks || c.find("，") != std::string_view::npos || c.find("。") != std::string_view::npos ||
            c.find(", ") != std::string_view::npos || c.find(". ") != std::string_view::npos;
  }
  const size_t tolerance = std::max<size_t>(4, widest / 6);
  return marks && open >= 2 && open * 2 >= last && narrowest >= 16 && widest - narrowest <= tolerance &&
         width_at(last) <= widest + tolerance;
}

// Whether line `prev` runs on into the next line of the same paragraph.
bool RunSplitter::runs_on(size_t prev) {
  if (!ends_sentence_at(prev)) return true;
  size_t col = column_width();
  std::string_view c = lines_[prev].content.of(text_);
  bool ends_wide = line_columns(c.substr(previous_offset(c, c.size()))) == 2;
  size_t slack = ends_wide ? 3 : std::max<size_t>(4, col / 4);
  return width_at(prev) + slack >= col;
}

// Cuts a line into its continuation markers and the text around them.
void RunSplitter::add_units(size_t line, Span content) {
  std::string_view c = content.of(text_);
  bool short_line = c.size() <= 600;  // fixed forms are short; skip the recognisers on long paragraphs
  size_t lead = leading_continuation_length(c);
  if (lead > 0) {
    units_.push_back({{content.begin, content.begin + lead}, line, true, true});
    Span rest = trimmed_span(text_, {content.begin + lead, content.end});
    if (rest.empty()) return;
    size_t first_rest = units_.size();
    add_units(line, rest);
    for (size_t i = first_rest; i < units_.size(); ++i) units_[i].first_of_line = false;
    return;
  }
  auto recognised = [&](Span span) {
    FixedForm form = short_line ? fixed_form_of(span.of(text_)) : FixedForm::kNone;
    return Unit{span, line, form != FixedForm::kNone, true, form};
  };
  size_t trail = trailing_continuation_offset(c);
  if (trail != std::string_view::npos && trail > 0) {
    Span before = trimmed_span(text_, {content.begin, content.begin + trail});
    if (!before.empty()) units_.push_back(recognised(before));
    units_.push_back({{content.begin + trail, content.end}, line, true, before.empty()});
    return;
  }
  units_.push_back(recognised(content));
}

void RunSplitter::finish_run() {
  if (lines_.empty()) return;
  units_.clear();
  for (size_t i = 0; i < lines_.size(); ++i) add_units(i, lines_[i].content);
  const bool wrapped = hard_wrapped_ || wrapped_on_its_own();

  // Only the run's first line follows a blank line (or the start of the text).
  auto blank_before = [](const Unit& u) { return u.first_of_line && u.line == 0; };
  std::optional<RawBlock> open;
  size_t open_last_line = 0;
  auto close = [&] {
    if (open) out_.push_back(*open);
    open.reset();
  };
  for (size_t k = 0; k < units_.size(); ++k) {
    const Unit& u = units_[k];
    std::string_view ut = u.span.of(text_);
    if (u.fixed) {
      close();
      RawBlock b{u.span, true, blank_before(u), u.form};
      // A bare role (本报记者) takes the names on the next line.
      if (is_byline_role_only(ut) && k + 1 < units_.size() && units_[k + 1].line == u.line + 1 &&
          units_[k + 1].first_of_line && is_byline_names(units_[k + 1].span.of(text_))) {
        b.span.end = units_[k + 1].span.end;
        b.form = FixedForm::kNone;
        ++k;
      }
      out_.push_back(b);
      continue;
    }
    // A word hyphenated at the end of a line (celebra- / tion) joins the next
    // line even where lines are paragraphs: its halves are one word.
    auto hyphenated_break = [&] {
      std::string_view before = open->span.of(text_);
      return before.size() >= 2 && before.back() == '-' && before[before.size() - 2] >= 'a' &&
             before[before.size() - 2] <= 'z' && !ut.empty() && ut[0] >= 'a' && ut[0] <= 'z';
    };
    // An English line that starts with a small letter after one that stops
    // mid-sentence (a rook / against Farkas) goes on with the same sentence:
    // no headline or fixed form starts so.
    auto lower_case_break = [&] {
      std::string_view before = open->span.of(text_);
      if (before.empty() || ut.empty() || ut[0] < 'a' || ut[0] > 'z') return false;
      const char last = before.back();
      return (last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z') || (last >= '0' && last <= '9') || last == ',';
    };
    // An English line that stops at a word no sentence or headline ends with
    // (as many as / 14 layers, led by / Tom Reilly) goes on in the next line,
    // whatever that starts with.
    auto function_word_break = [&] {
      return !ut.empty() && ends_with_function_word(open->span.of(text_)) &&
             (std::isalnum(static_cast<unsigned char>(ut[0])) || ut[0] == '$');
    };
    bool joins = open && u.first_of_line && u.line == open_last_line + 1 && !leading_dateline(ut) &&
                 ((wrapped && runs_on(open_last_line)) || hyphenated_break() || lower_case_break() ||
                  function_word_break());
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
  lines_.clear();
  column_ = kUnmeasured;
}

// Whether the text was broken at a column width: decided on the lengths of
// the lines where they settle it, else on their measured widths.
bool hard_wrapped_lines(std::string_view text) {
  WrapTally by_length = tally_lines(text, false);
  if (by_length.wrapped(false)) return true;   // even if no unmeasured line is narrow
  if (!by_length.wrapped(true)) return false;  // even if every one is
  return tally_lines(text, true).wrapped(false);
}

}  // namespace

bool is_hard_wrapped(std::string_view text) { return hard_wrapped_lines(text); }

BlockSplit split_blocks(std::string_view text) {
  BlockSplit out;
  out.hard_wrapped = hard_wrapped_lines(text);
  RunSplitter runs(text, out.hard_wrapped, out.blocks);
  for_each_line(text, [&](Span content) {
    if (content.empty()) runs.finish_run();
    else runs.add_line(content);
  });
  runs.finish_run();
  return out;
}

}  // namespace copydesk
