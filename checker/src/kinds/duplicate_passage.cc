#include "kinds/duplicate_passage.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/utf8.h"
#include "kinds/char_window.h"
#include "kinds/paragraph_overlap.h"
#include "kinds/shingle_counter.h"
#include "segment/structure.h"

namespace copydesk {

namespace {

constexpr size_t kShingle = 8;
constexpr size_t kWindow = 400000;
constexpr size_t kStep = kWindow / 2;
constexpr size_t kChunkSlack = 1 << 12;    // characters a read may go past what was asked
constexpr char32_t kBarrier = 0x7FFFFFFF;  // between blocks a passage must not cross
constexpr size_t kConfirm = 4;             // matches that must follow a changed character
constexpr size_t kPrefetchAhead = 16;      // shingles whose slot is fetched ahead of the one looked at

// Full-width forms compare equal to their ASCII twins (，and , in one page).
char32_t fold(char32_t c) { return fold_width(c); }

bool is_clause_break(char32_t c) { return c == ',' || c == '.' || c == ';' || c == '!' || c == '?'; }

bool is_headline_like(BlockKind k) {
  return k == BlockKind::kHeadline || k == BlockKind::kSubtitle || k == BlockKind::kHeading;
}

// A block that reads as a headline even when the segmenter called it body
// text: one short line without sentence punctuation at its end.
bool reads_as_headline(std::string_view text, const Block& block) {
  if (block.kind == BlockKind::kHeadline || block.kind == BlockKind::kSubtitle || block.kind == BlockKind::kHeading) {
    return true;
  }
  if (block.kind != BlockKind::kParagraph) return false;
  std::string_view body = block.span.of(text);
  if (body.find('\n') != std::string_view::npos || !has_at_most_code_points(body, 64)) return false;
  size_t last = body.find_last_not_of(" \t\r");
  if (last == std::string_view::npos) return false;
  char32_t c = fold(code_point_at(body, previous_offset(body, last + 1)));
  return !(c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == ',' || c == U'”' || c == ')');
}

bool excluded(BlockKind k) {
  return k == BlockKind::kByline || k == BlockKind::kContinuation || k == BlockKind::kPageHeader;
}

// Datelines with the reporter credit that follows them (本报12月14日讯（记者
// 某某）): the same for every story a reporter files that day.
std::vector<Span> dateline_spans(const Document& doc, const Structure& s) {
  std::vector<Span> spans;
  const std::string& text = doc.text();
  for (const Article& a : s.articles) {
    if (!a.dateline) continue;
    Span span = *a.dateline;
    size_t at = span.end;
    while (at < text.size() && (text[at] == ' ' || text[at] == '\n')) ++at;
    for (std::string_view open : {"（", "("}) {
      if (text.compare(at, open.size(), open) != 0) continue;
      size_t close = text.find(open == "（" ? "）" : ")", at);
      if (close != std::string::npos && close - at < 120) span.end = close + (open == "（" ? 3 : 1);
    }
    spans.push_back(span);
  }
  return spans;
}

// The compared text, read on demand: folded characters without white space;
// blocks other than consecutive body paragraphs are fenced off from each
// other by a barrier, and so are datelines and the blocks left out.
class PassageStreamReader {
 public:
  PassageStreamReader(const Document& doc, const Structure& s)
      : text_(doc.text()), s_(s), skip_(dateline_spans(doc, s)) {}

  // Appends characters to `w` until it ends at `until` or later, or the text
  // is done. Returns false when nothing is left to read.
  bool read(CharWindow& w, size_t until) {
    while (w.end() < until) {
      if (at_ == end_) {
        if (block_ == s_.blocks.size()) return false;
        start_block(w);
        continue;
      }
      // Characters before the next dateline are read in one go; at and in
      // one, a character at a time, as the stream was first built.
      size_t stop = end_;
      if (next_skip_ < skip_.size()) stop = std::max(at_, std::min({stop, skip_[next_skip_].begin, skip_[next_skip_].end}));
      if (at_ < stop) {
        CharWindow::Appender out = w.append(std::min(until - w.end(), stop - at_));
        at_ = append_without_space<true>(text_, at_, stop, out);
        w.commit(out);
        last_is_barrier_ = last_is_barrier_ && out.count == 0;
        continue;
      }
      while (next_skip_ < skip_.size() && skip_[next_skip_].end <= at_) ++next_skip_;
      const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
      if (next_skip_ < skip_.size() && skip_[next_skip_].contains(at_)) {
        barrier(w, at_);
        at_ += utf8_sequence_length(p[at_]);
      } else {
        char32_t c;
        if (size_t length = decode_unless_space(p, at_, c)) {
          w.push(fold(c), at_);
          last_is_barrier_ = false;
          at_ += length;
        } else {
          at_ += utf8_sequence_length(p[at_]);
        }
      }
    }
    return true;
  }

 private:
  void barrier(CharWindow& w, size_t at) {
    if (w.end() > 0 && last_is_barrier_) return;
    w.push(kBarrier, at);
    last_is_barrier_ = true;
  }

  void start_block(CharWindow& w) {
    const size_t b = block_++;
    const Block& block = s_.blocks[b];
    bool joins = b > 0 && block.kind == BlockKind::kParagraph && s_.blocks[b - 1].kind == BlockKind::kParagraph;
    if (!joins) barrier(w, block.span.begin);
    if (excluded(block.kind)) return;
    at_ = block.span.begin;
    end_ = std::max(at_, std::min(block.span.end, text_.size()));
  }

  std::string_view text_;
  const Structure& s_;
  std::vector<Span> skip_;
  size_t next_skip_ = 0;
  size_t block_ = 0;         // the next block to start
  size_t at_ = 0, end_ = 0;  // bytes of the current block still to read
  bool last_is_barrier_ = false;
};

// True when `text` holds fewer than n line breaks (it stops looking at the nth).
bool has_fewer_breaks_than(std::string_view text, size_t n) {
  size_t at = 0;
  for (size_t found = 0; found < n; ++found) {
    at = text.find('\n', at);
    if (at == std::string_view::npos) return true;
    ++at;
  }
  return false;
}

// Marks that may open a line before its text: dashes, bullets and squares.
bool is_leading_mark(char32_t c) {
  return c == U'—' || c == '-' || c == U'·' || c == U'•' || c == U'■' || c == U'□' || c == U'●' || c == '#';
}

// The key a line is compared by: its folded characters without white space,
// after any leading marks (the characters its hash is taken over).
std::u32string line_key(std::string_view text, Span line) {
  std::u32string key;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  for (size_t at = line.begin; at < line.end;) {
    char32_t c;
    const size_t length = decode_unless_space(bytes, at, c);
    if (length == 0) {
      at += utf8_sequence_length(bytes[at]);
      continue;
    }
    at += length;
    c = fold(c);
    if (key.empty() && is_leading_mark(c)) continue;
    key.push_back(c);
  }
  return key;
}

struct Pair {
  size_t first = 0, second = 0, length = 0;  // stream indices of the two copies
};

}  // namespace

DuplicatePassageKind::DuplicatePassageKind(RuleSpec spec, RuleOptions& options) : Rule(std::move(spec)) {
  min_chars_ = static_cast<size_t>(std::max(kShingle, static_cast<size_t>(std::max(1, options.get<int>("min_chars", 20)))));
  line_min_chars_ = static_cast<size_t>(std::max(2, options.get<int>("line_min_chars", 8)));
  headline_min_chars_ = std::min(line_min_chars_, static_cast<size_t>(std::max(2, options.get<int>("headline_min_chars", 4))));
  caption_min_chars_ = static_cast<size_t>(std::max(0, options.get<int>("caption_min_chars", 0)));
  overlap_min_chars_ = static_cast<size_t>(std::max(1, options.get<int>("overlap_min_chars", 8)));
  doubled_min_chars_ = static_cast<size_t>(std::max(0, options.get<int>("doubled_min_chars", 0)));
  if (caption_min_chars_ > 0) caption_min_chars_ = std::max(kShingle, caption_min_chars_);
  max_mismatches_ = std::max(0, options.get<int>("max_mismatches", 3));
  min_unique_share_ = options.get<double>("min_unique_share", 0.5);
  const std::string doubled = options.get<std::string>("doubled_copies", "none");
  if (doubled == "blocks") {
    doubled_copies_ = DoubledCopies::kBlocks;
  } else if (doubled == "sentences") {
    doubled_copies_ = DoubledCopies::kSentences;
  } else if (doubled == "all") {
    doubled_copies_ = DoubledCopies::kAll;
  } else if (doubled != "none") {
    options.add_error(options.node("doubled_copies"), "doubled_copies must be none, blocks, sentences or all");
  }
  std::string caption = options.get<std::string>("caption_severity", "note");
  if (caption == "off") {
    caption_severity_.reset();
  } else if (auto sev = parse_severity(caption)) {
    caption_severity_ = *sev;
  } else {
    options.add_error(options.node("caption_severity"), "caption_severity must be note, warning, error or off");
  }
}

// Decides how a repeat between these blocks is reported; false: not at all.
// Whole lines compare across kinds: a subtitle line is often classified as
// body text, but a line equal to a headline is never the lead restating it.
bool DuplicatePassageKind::classify(BlockKind a, BlockKind b, Report& r, bool whole_lines) const {
  if (!whole_lines && (a == BlockKind::kSourceNote || b == BlockKind::kSourceNote)) return false;
  if (!whole_lines && is_headline_like(a) != is_headline_like(b)) return false;  // headline restated in the body
  if (is_headline_like(a) || is_headline_like(b)) {
    r.variant = "headline";
  } else if (a == BlockKind::kCaption || b == BlockKind::kCaption) {
    if (a == b) return true;
    if (!caption_severity_) return false;
    r.variant = "caption";
    r.severity = *caption_severity_;
  }
  return true;
}

void DuplicatePassageKind::check(const Document& doc, const std::vector<Unit>&, Reporter& out) const {
  DisjointSpans reported;  // later copies already reported
  check_lines(doc, reported, out);
  check_overlaps(doc, reported, out);
  check_passages(doc, reported, out);
}

// 2. The tail of a body paragraph printed again at the start of the next.
void DuplicatePassageKind::check_overlaps(const Document& doc, DisjointSpans& reported, Reporter& out) const {
  const Structure& s = doc.analysis<Structure>();
  std::string_view text = doc.text();
  for (size_t i = 0; i + 1 < s.blocks.size(); ++i) {
    const Block& a = s.blocks[i];
    const Block& b = s.blocks[i + 1];
    if (a.kind != BlockKind::kParagraph || b.kind != BlockKind::kParagraph) continue;
    const size_t length = paragraph_overlap(a.span.of(text), b.span.of(text), overlap_min_chars_);
    if (length == 0) continue;
    Report r;
    r.span = {b.span.begin, b.span.begin + length};
    if (reported.overlaps(r.span)) continue;
    r.variant = "overlap";
    r.related.push_back({{a.span.end - length, a.span.end}, "the end of the paragraph before"});
    reported.add(r.span);
    out.report(std::move(r));
  }
}

// 1. Whole lines repeated exactly twice (a line found three or more times is
// a recurring label, not a slip). A line is compared by its key: its folded
// characters without white space or leading dashes and bullets. Keys are
// first only hashed; the lines whose hash comes back are keyed in full (a
// line whose hash is unique has a unique key, and is seen once).
void DuplicatePassageKind::check_lines(const Document& doc, DisjointSpans& reported, Reporter& out) const {
  const Structure& s = doc.analysis<Structure>();
  const std::string& text = doc.text();
  auto kind_of = [&](int block) { return block >= 0 ? s.blocks[block].kind : BlockKind::kParagraph; };
  struct Line {
    uint64_t hash;
    Span line;  // the whole line, without its '\n'
    Span span;  // from its first to its last key character
    int block;
    bool short_headline;  // shorter than line_min_chars_: counts only doubled as the next line
  };
  std::vector<Line> lines;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  for (size_t b = 0; b < s.blocks.size(); ++b) {
    const Block& block = s.blocks[b];
    if (excluded(block.kind)) continue;
    // In hard-wrapped body text a line is a fragment, not a unit of its own.
    std::string_view body = block.span.of(text);
    if (!is_headline_like(block.kind) && block.kind != BlockKind::kCaption && !has_fewer_breaks_than(body, 3)) continue;
    // On a hard-wrapped page a short body block is the tail of a wrapped
    // paragraph (a recurring title broken at the column's edge), not a line of its own.
    if (s.hard_wrapped && block.kind == BlockKind::kParagraph) continue;
    size_t start = block.span.begin;
    while (start < block.span.end) {
      size_t stop = std::min<size_t>(text.find('\n', start), block.span.end);
      uint64_t hash = 1469598103934665603ULL;
      size_t content = 0;
      bool empty = true;
      Span span{stop, stop};
      for (size_t at = start; at < stop;) {
        char32_t c;
        const size_t length = decode_unless_space(bytes, at, c);
        if (length == 0) {
          at += utf8_sequence_length(bytes[at]);
          continue;
        }
        c = fold(c);
        if (empty && is_leading_mark(c)) {
          at += length;
          continue;
        }
        if (empty) span.begin = at;
        empty = false;
        span.end = at + length;
        hash = (hash ^ c) * 1099511628211ULL;
        content += is_text_content(c) ? 1 : 0;
        at += length;
      }
      const bool short_headline = content < line_min_chars_ && is_headline_like(block.kind);
      if (content >= line_min_chars_ || (short_headline && content >= headline_min_chars_)) {
        lines.push_back({hash, {start, stop}, span, static_cast<int>(b), short_headline});
      }
      start = stop + 1;
    }
  }
  std::unordered_map<uint64_t, int> hash_count;
  for (const Line& line : lines) ++hash_count[line.hash];
  std::unordered_map<std::u32string, int> line_count;
  std::vector<std::pair<std::u32string, const Line*>> keyed;
  for (const Line& line : lines) {
    if (hash_count[line.hash] < 2) continue;
    std::u32string key = line_key(text, line.line);
    ++line_count[key];
    keyed.emplace_back(std::move(key), &line);
  }
  std::unordered_map<std::u32string, const Line*> first_line;
  for (const auto& [key, line] : keyed) {
    if (line_count[key] != 2) continue;
    auto [it, fresh] = first_line.emplace(key, line);
    if (fresh) continue;
    const Line& first = *it->second;
    bool adjacent = true;  // nothing but white space between: a doubled line
    for (size_t k = first.span.end; k < line->span.begin && adjacent; ++k) {
      adjacent = text[k] == ' ' || text[k] == '\n' || text[k] == '\t' || text[k] == '\r';
    }
    // A short headline counts only printed again as the next line, its
    // subtitle (小土豆“变身”记 twice): short labels recur across a page.
    if (first.short_headline && !(adjacent && first.block != line->block && is_headline_like(kind_of(line->block)))) {
      continue;
    }
    const bool by_blocks = doubled_copies_ == DoubledCopies::kBlocks || doubled_copies_ == DoubledCopies::kSentences;
    if (adjacent && (doubled_copies_ == DoubledCopies::kNone || (by_blocks && first.block == line->block))) {
      continue;
    }
    Report r;
    r.span = line->span;
    if (classify(kind_of(first.block), kind_of(line->block), r, true)) {
      if (adjacent && r.variant.empty()) r.variant = "doubled";
      r.related.push_back({first.span, "first copy"});
      reported.add(line->span);
      out.report(std::move(r));
    }
  }
}

void DuplicatePassageKind::check_passages(const Document& doc, DisjointSpans& reported, Reporter& out) const {
  const Structure& s = doc.analysis<Structure>();
  const std::string& text = doc.text();
  auto kind_of = [&](int block) { return block >= 0 ? s.blocks[block].kind : BlockKind::kParagraph; };

  // 3. Passages, window by window: only the window being looked at is read.
  PassageStreamReader reader(doc, s);
  CharWindow window;
  // Room for a window and the half after it: every other window moves the
  // half it keeps to the front, the others find room after it.
  window.reserve(kWindow + kStep + kChunkSlack);
  // The table's size depends on the stream's length up to a window.
  while (window.end() < kWindow && reader.read(window, kWindow)) {
  }
  static_assert(kWindow < (1u << 30), "a position must fit in 30 bits");
  static_assert(ShingleCounter::kShingle == kShingle);
  ShingleCounter shingles(std::max<size_t>(16, std::min(window.end(), kWindow) * 3 / 2));  // at most two thirds full
  for (size_t ws = 0;; ws += kStep) {
    // A change confirmed leftwards looks up to kConfirm characters before ws.
    window.release_before(ws > kConfirm ? ws - kConfirm : 0);
    // The window [ws, we); one character more is read to know whether it is the last.
    while (window.end() <= ws + kWindow && reader.read(window, ws + kWindow + 1)) {
    }
    if (window.end() <= ws) break;
    const size_t we = std::min(window.end(), ws + kWindow);
    const bool last_window = we == window.end();
    if (we - ws < kShingle) break;
    const char32_t* c = window.data(ws);  // c[k] is stream character ws + k
    const size_t grams = we - ws - kShingle + 1;
    shingles.count(c, grams, kBarrier, ws > 0 ? kStep : 0);  // windows follow each other by kStep
    // Shingles found exactly twice in the window, and where the first of the two starts.
    auto twice = [&](size_t g) { return g < grams && shingles.twice(g); };

    std::unordered_map<size_t, size_t> done_until;  // distance -> stream index covered
    // The entry written last, looked at before the map: the seconds of one
    // passage come one after another, all at its distance.
    size_t last_distance = SIZE_MAX, last_done_until = 0;
    // The second of each pair, in order (the first of a pair starts no passage).
    const std::span<const uint32_t> seconds = shingles.seconds();
    for (size_t k = 0; k < seconds.size(); ++k) {
      // Most seconds are followed by a third: their slot, in a table larger
      // than the cache, is fetched ahead.
      if (k + kPrefetchAhead < seconds.size()) shingles.prefetch(seconds[k + kPrefetchAhead]);
      const size_t g = seconds[k];
      if (!twice(g)) continue;
      size_t p = ws + shingles.first(g), j = ws + g;
      size_t distance = j - p;
      if (distance == last_distance) {
        if (j < last_done_until) continue;
      } else if (auto it = done_until.find(distance); it != done_until.end() && j < it->second) {
        continue;
      }
      if (!std::equal(c + (p - ws), c + (p - ws) + kShingle, c + g)) continue;  // hash collision
      auto at = [&](size_t i) { return window[i]; };

      // Extend right, then left, allowing a few confirmed changes.
      auto extend = [&](int dir, size_t& a, size_t& b) {
        int mismatches = 0;
        while (true) {
          size_t na = dir > 0 ? a : a - 1, nb = dir > 0 ? b : b - 1;
          if ((dir < 0 && (a == ws || b == ws)) || (dir > 0 && nb >= we)) break;
          if (dir > 0 && na >= j) break;  // the first copy ends where the second begins
          char32_t ca = at(na), cb = at(nb);
          if (ca == kBarrier || cb == kBarrier) break;
          if (ca != cb) {
            if (mismatches >= max_mismatches_) break;
            bool confirmed = true;
            for (size_t k = 1; k <= kConfirm && confirmed; ++k) {
              size_t xa = dir > 0 ? na + k : na - k, xb = dir > 0 ? nb + k : nb - k;
              if ((dir < 0 && k > na) || (dir > 0 && (xb >= we || xa >= j))) confirmed = false;
              else confirmed = at(xa) == at(xb) && at(xa) != kBarrier;
            }
            if (!confirmed) break;
            ++mismatches;
          }
          if (dir > 0) { ++a; ++b; } else { --a; --b; }
        }
      };
      size_t a_end = p, b_end = j;
      extend(+1, a_end, b_end);
      size_t a_begin = p, b_begin = j;
      extend(-1, a_begin, b_begin);
      done_until[distance] = b_end;
      last_distance = distance;
      last_done_until = b_end;
      // The content characters of [from, from + length) outside 《》: a copy
      // may begin inside a title (a 》 before any 《) or end inside one.
      auto content_outside_titles = [&](size_t from, size_t length) {
        size_t outside = 0;
        int depth = 0;
        for (size_t k = 0; k < length; ++k) {
          const char32_t ch = at(from + k);
          if (ch == U'《') {
            ++depth;
          } else if (ch == U'》') {
            if (depth > 0) --depth;
            else outside = 0;  // what came before was the tail of a title
          } else if (depth == 0 && is_text_content(ch)) {
            ++outside;
          }
        }
        return outside;
      };
      // A sentence end, or a block's (not the point in 113.66).
      auto ends_sentence = [&](size_t i) {
        const char32_t ch = at(i);
        if (ch == U'.') return !(i > ws && is_digit(at(i - 1)) && i + 1 < we && is_digit(at(i + 1)));
        return ch == kBarrier || ch == U'!' || ch == U'?' || ch == U'。' || ch == U'！' || ch == U'？';
      };
      // A sentence end, or the closing quote after one (…‘铁杆庄稼’。”, …your hands.").
      auto ends_quoted_sentence = [&](size_t i) {
        const char32_t ch = at(i);
        if ((ch == U'”' || ch == U'’' || ch == U'」' || ch == U'』' || ch == U'"') && i > ws) return ends_sentence(i - 1);
        return ends_sentence(i);
      };
      // An English copy that starts with the tail of another sentence (…ed.
      // Surveillance video…, where the sentences before both copies happen to
      // end alike) starts after that sentence's end.
      if (b_begin > ws && !ends_sentence(b_begin - 1)) {
        for (size_t k = 0; k < kShingle && b_begin + k < b_end; ++k) {
          const char32_t folded = at(b_begin + k);
          if (folded == kBarrier) break;
          if (folded != '.' && folded != '!' && folded != '?') continue;
          // Read from the text only at such a mark (a random access): '.', not a folded '。'.
          const char written = text[window.offset(b_begin + k)];
          if ((written == '.' || written == '!' || written == '?') && ends_sentence(b_begin + k)) {
            a_begin += k + 1;
            b_begin += k + 1;
            break;
          }
        }
      }
      // Start at a character, not at the punctuation that ended the sentence before.
      bool trimmed = false;
      while (a_begin < a_end && !is_text_content(at(a_begin))) {
        ++a_begin;
        ++b_begin;
        trimmed = true;
      }
      // The first copy, which stopped where the second began, may now run on
      // to the second's new start (.古树是活的文物.古树是活的文物.: the copies are
      // 古树是活的文物. twice, their last full stop included).
      while (trimmed && a_end < b_begin && b_end < we && at(a_end) == at(b_end) && at(b_end) != kBarrier) {
        ++a_end;
        ++b_end;
      }
      Pair pair{a_begin, b_begin, b_end > b_begin ? b_end - b_begin : 0};
      if (pair.length < kShingle) continue;
      if (pair.first + pair.length >= pair.second && doubled_copies_ != DoubledCopies::kAll &&
          doubled_copies_ != DoubledCopies::kSentences) {
        continue;  // the copies touch
      }
      if (ws > 0 && pair.second < ws + kStep) continue;      // the previous window had it
      // Content and clause breaks.
      size_t content = 0, breaks = 0, content_seen = 0;
      for (size_t k = 0; k < pair.length; ++k) {
        char32_t ch = at(pair.second + k);
        if (is_text_content(ch)) {
          ++content;
          ++content_seen;
        } else if (is_clause_break(ch) && content_seen >= 2 && k + 3 < pair.length) {
          ++breaks;
        }
      }
      // One or more whole sentences (a sentence end before both copies and at
      // the passage's end) count as running across a break: no name or title
      // is a sentence of its own.
      if (breaks == 0 && pair.first > ws && ends_quoted_sentence(pair.first - 1) && ends_quoted_sentence(pair.second - 1) &&
          at(pair.second + pair.length - 1) != kBarrier && ends_sentence(pair.second + pair.length - 1)) {
        ++breaks;
      }
      // A whole sentence printed twice in a row, read from the wrong place:
      // the sentence before ends as the copy does (修复工程。乌梁…系统工程。乌梁…
      // 系统工程。市里), so the copies begin before a sentence end inside them,
      // and the text after the second copy goes on as the copy began.
      auto turned_sentence = [&] {
        if (pair.first + pair.length != pair.second) return false;
        for (size_t k = 0; k < kShingle && k + 1 < pair.length; ++k) {
          if (at(pair.first + k) == kBarrier || !ends_sentence(pair.first + k)) continue;
          for (size_t i = 0; i <= k; ++i) {
            const size_t after = pair.second + pair.length + i;
            if (after >= we || at(after) == kBarrier || at(after) != at(pair.second + i)) return false;
          }
          return true;
        }
        return false;
      };
      // A whole sentence printed twice in a row, nothing but white space
      // between the copies (A new splash pad … shallow end. A new splash pad
      // … shallow end.), is a slip at any length from doubled_min_chars on.
      auto doubled_sentence = [&] {
        if (doubled_min_chars_ == 0 || content < doubled_min_chars_ || doubled_copies_ == DoubledCopies::kNone) return false;
        // The stream holds no white space: between the copies, only the marks
        // that end the first, one of them a sentence's end (a caption doubled
        // by a fake-bold font, 机收现场万亩…, is a repeated fragment's).
        if (pair.first <= ws || pair.second < pair.first + pair.length) return false;
        if (turned_sentence()) return true;
        size_t opens = pair.first - 1;  // back over the marks that open the sentence (“)
        while (opens > ws && at(opens) != kBarrier && !is_text_content(at(opens)) && !ends_sentence(opens) &&
               !is_clause_break(at(opens))) {
          --opens;
        }
        // The first copy may be the clause that ends its sentence (健康管理，每位老人…计划。每位老人…计划。).
        // ... or, copies side by side, the tail of one printed again as a
        // sentence of its own (…，并责令使用单位限期申报检验。责令使用单位限期申报检验。).
        if (!ends_sentence(opens) && !is_clause_break(at(opens)) && pair.second != pair.first + pair.length) return false;
        bool first_ends = ends_quoted_sentence(pair.first + pair.length - 1);
        for (size_t k = pair.first + pair.length; k < pair.second; ++k) {
          if (at(k) == kBarrier || is_text_content(at(k))) return false;
          first_ends = first_ends || ends_sentence(k);
        }
        if (!first_ends) return false;
        const size_t last = pair.second + pair.length - 1;
        return (at(last) != kBarrier && ends_quoted_sentence(last)) ||
               (last + 1 < we && at(last + 1) != kBarrier && ends_sentence(last + 1));
      };
      const bool long_enough =
          (content >= min_chars_ && (breaks > 0 || content >= 2 * min_chars_)) || doubled_sentence();
      // A caption and a body passage: a whole sentence of the caption is enough.
      auto caption_pair = [&] {
        return s.blocks[s.block_index_at(window.offset(pair.first))].kind == BlockKind::kCaption ||
               s.blocks[s.block_index_at(window.offset(pair.second))].kind == BlockKind::kCaption;
      };
      // ... but not the title of a book or an exhibition the caption names as the
      // body does (翻阅《鹰嘴岛灯塔日志（1915—2015）》): a name, not a sentence.
      // Nor the name in a credit bracketed after the caption's sentence
      // ((Photo: Inland Northwest Museum of Natural History) over a body that
      // names the museum).
      auto in_brackets = [&](size_t i) {
        for (size_t k = i; k > ws && at(k - 1) != kBarrier && !ends_sentence(k - 1); --k) {
          const char32_t ch = at(k - 1);
          if (ch == U')' || ch == U'）') return false;
          // A bracket that opens the block holds the whole caption (（图为…。记者 摄）), not a credit.
          if (ch == U'(' || ch == U'（') return k - 1 > ws && at(k - 2) != kBarrier;
        }
        return false;
      };
      auto caption_sentence = [&] {
        for (size_t copy : {pair.first, pair.second}) {
          if (s.blocks[s.block_index_at(window.offset(copy))].kind == BlockKind::kCaption && in_brackets(copy)) return false;
        }
        return content_outside_titles(pair.second, pair.length) >= caption_min_chars_;
      };
      // A whole sentence of a caption printed again as a whole sentence of the
      // body (图为档案员在整理老磁带。 as a paragraph of its own): no name or
      // title is a sentence, so a shingle's length is enough.
      auto caption_whole_sentence = [&] {
        auto opens = [&](size_t i) { return i > ws && (at(i - 1) == kBarrier || ends_sentence(i - 1)); };
        auto ends = [&](size_t last) { return at(last) != kBarrier && ends_quoted_sentence(last); };
        return opens(pair.first) && opens(pair.second) && ends(pair.first + pair.length - 1) &&
               ends(pair.second + pair.length - 1) && caption_pair();
      };
      if (!long_enough && !(caption_min_chars_ > 0 && content >= caption_min_chars_ && caption_pair() && caption_sentence()) &&
          !caption_whole_sentence()) {
        continue;
      }
      // The share that occurs only in these two places: the characters of its
      // shingles found exactly twice.
      size_t unique = 0, last_twice = SIZE_MAX;
      for (size_t k = 0; k < pair.length; ++k) {
        const size_t gi = pair.second + k - ws;
        if (k + kPrefetchAhead + kShingle <= pair.length) shingles.prefetch(gi + kPrefetchAhead);
        if (k + kShingle <= pair.length && twice(gi)) last_twice = k;
        if (last_twice != SIZE_MAX && k < last_twice + kShingle) ++unique;
      }
      if (static_cast<double>(unique) < min_unique_share_ * static_cast<double>(pair.length)) continue;
      // The byte offset after character i (not a barrier).
      auto end_of = [&](size_t i) {
        return window.offset(i) + utf8_sequence_length(static_cast<unsigned char>(text[window.offset(i)]));
      };
      Report r;
      r.span = {window.offset(pair.second), end_of(pair.second + pair.length - 1)};
      if (reported.overlaps(r.span)) continue;
      int first_block = s.block_index_at(window.offset(pair.first));
      int second_block = s.block_index_at(window.offset(pair.second));
      // Nothing but punctuation, white space and paragraph breaks between the copies.
      bool doubled = doubled_copies_ != DoubledCopies::kNone;
      for (size_t k = pair.first + pair.length; k < pair.second && doubled; ++k) doubled = !is_text_content(at(k));
      if (doubled && doubled_copies_ == DoubledCopies::kBlocks && first_block == second_block) continue;
      // Inside one block, only whole clauses that end a sentence (the mark may
      // follow the copy, which starts after the one before it), long enough
      // without a caption's allowance; shorter doubles are a repetition rule's.
      if (doubled && doubled_copies_ == DoubledCopies::kSentences && first_block == second_block) {
        const size_t last = pair.second + pair.length - 1;
        const bool ends = (at(last) != kBarrier && ends_quoted_sentence(last)) ||
                          (last + 1 < we && at(last + 1) != kBarrier && ends_sentence(last + 1));
        if (!long_enough || !(ends || turned_sentence())) continue;
      }
      BlockKind first_kind = kind_of(first_block), second_kind = kind_of(second_block);
      if (reads_as_headline(text, s.blocks[first_block])) first_kind = BlockKind::kHeadline;
      if (reads_as_headline(text, s.blocks[second_block])) second_kind = BlockKind::kHeadline;
      if (!classify(first_kind, second_kind, r, false)) continue;
      if (doubled && r.variant.empty()) r.variant = "doubled";
      const Span first_copy{window.offset(pair.first), end_of(pair.first + pair.length - 1)};
      // A caption printed after its copy in the body: the body's copy is the
      // one to delete.
      if (second_kind == BlockKind::kCaption && first_kind != BlockKind::kCaption) {
        if (reported.overlaps(first_copy)) continue;
        r.related.push_back({r.span, "the caption"});
        r.span = first_copy;
        reported.add(r.span);
        out.report(std::move(r));
        continue;
      }
      r.related.push_back({first_copy, "first copy"});
      reported.add(r.span);
      out.report(std::move(r));
    }
    shingles.clear();
    if (last_window) break;
  }
}

}  // namespace copydesk
