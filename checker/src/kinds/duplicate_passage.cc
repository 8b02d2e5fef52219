#include "kinds/duplicate_passage.h"

#include <cctype>
#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/utf8.h"
#include "segment/structure.h"

namespace copydesk {

namespace {

constexpr size_t kShingle = 8;
constexpr size_t kWindow = 400000;
constexpr size_t kStep = kWindow / 2;
constexpr char32_t kBarrier = 0x7FFFFFFF;  // between blocks a passage must not cross
constexpr size_t kConfirm = 4;             // matches that must follow a changed character

// Full-width forms compare equal to their ASCII twins (，and , in one page).
char32_t fold(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
  if (c == U'。') return U'.';
  return c;
}

bool is_content(char32_t c) {
  return is_han(c) || (c < 0x80 && std::isalnum(static_cast<int>(c)));
}

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

// The page as folded characters without white space; blocks other than
// consecutive body paragraphs are fenced off from each other.
// The compared text: folded characters without white space, 8 bytes a
// character (it covers the whole document). Byte ends and blocks are looked up
// only for the few passages reported.
struct Stream {
  std::u32string chars;
  std::vector<uint32_t> begin;  // byte offset of each character in the text

  size_t size() const { return chars.size(); }
  void reserve(size_t n) {
    chars.reserve(n);
    begin.reserve(n);
  }
  // The byte offset after character i (not a barrier) in `text`.
  size_t end(std::string_view text, size_t i) const {
    return begin[i] + utf8_sequence_length(static_cast<unsigned char>(text[begin[i]]));
  }
};

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

Stream build_stream(const Document& doc, const Structure& s) {
  std::vector<Span> skip = dateline_spans(doc, s);
  size_t next_skip = 0;
  Stream st;
  const std::string& text = doc.text();
  // Sized before it is filled: the stream covers the whole document.
  size_t n = 0;
  for (const Block& block : s.blocks) n += excluded(block.kind) ? 1 : code_point_count(block.span.of(text)) + 1;
  st.reserve(n + skip.size());
  auto barrier = [&](size_t at) {
    if (st.size() && st.chars.back() == kBarrier) return;
    st.chars.push_back(kBarrier);
    st.begin.push_back(static_cast<uint32_t>(at));
  };
  for (size_t b = 0; b < s.blocks.size(); ++b) {
    const Block& block = s.blocks[b];
    bool joins = b > 0 && block.kind == BlockKind::kParagraph && s.blocks[b - 1].kind == BlockKind::kParagraph;
    if (!joins) barrier(block.span.begin);
    if (excluded(block.kind)) continue;
    for (Utf8Iterator it(text, block.span.begin); !it.done() && it.offset() < block.span.end; it.next()) {
      while (next_skip < skip.size() && skip[next_skip].end <= it.offset()) ++next_skip;
      if (next_skip < skip.size() && skip[next_skip].contains(it.offset())) {
        barrier(it.offset());
        continue;
      }
      if (is_space(it.code_point())) continue;
      st.chars.push_back(fold(it.code_point()));
      st.begin.push_back(static_cast<uint32_t>(it.offset()));
    }
  }
  return st;
}

struct Pair {
  size_t first = 0, second = 0, length = 0;  // stream indices of the two copies
};

}  // namespace

DuplicatePassageKind::DuplicatePassageKind(RuleSpec spec, RuleOptions& options) : Rule(std::move(spec)) {
  min_chars_ = static_cast<size_t>(std::max(kShingle, static_cast<size_t>(std::max(1, options.get<int>("min_chars", 20)))));
  line_min_chars_ = static_cast<size_t>(std::max(2, options.get<int>("line_min_chars", 8)));
  max_mismatches_ = std::max(0, options.get<int>("max_mismatches", 3));
  min_unique_share_ = options.get<double>("min_unique_share", 0.5);
  std::string caption = options.get<std::string>("caption_severity", "note");
  if (caption == "off") {
    caption_severity_.reset();
  } else if (auto sev = parse_severity(caption)) {
    caption_severity_ = *sev;
  } else {
    options.add_error(options.node("caption_severity"), "caption_severity must be note, warning, error or off");
  }
}

void DuplicatePassageKind::check(const Document& doc, const std::vector<Unit>&, Reporter& out) const {
  const Structure& s = doc.analysis<Structure>();
  const std::string& text = doc.text();
  std::vector<Span> reported;  // later copies already reported

  auto kind_of = [&](int block) { return block >= 0 ? s.blocks[block].kind : BlockKind::kParagraph; };

  // Decides how a repeat between these blocks is reported; false: not at all.
  // Whole lines compare across kinds: a subtitle line is often classified as
  // body text, but a line equal to a headline is never the lead restating it.
  auto classify = [&](BlockKind a, BlockKind b, Report& r, bool whole_lines) {
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
  };

  // 1. Whole lines repeated exactly twice (a line found three or more times
  // is a recurring label, not a slip).
  struct Line {
    std::string key;
    Span span;
    int block;
  };
  std::vector<Line> lines;
  std::unordered_map<std::string, int> line_count;
  for (size_t b = 0; b < s.blocks.size(); ++b) {
    const Block& block = s.blocks[b];
    if (excluded(block.kind)) continue;
    // In hard-wrapped body text a line is a fragment, not a unit of its own.
    std::string_view body = block.span.of(text);
    bool short_block = std::count(body.begin(), body.end(), '\n') < 3;
    if (!short_block && !is_headline_like(block.kind) && block.kind != BlockKind::kCaption) continue;
    // On a hard-wrapped page a short body block is the tail of a wrapped
    // paragraph (a recurring title broken at the column's edge), not a line of its own.
    if (s.hard_wrapped && block.kind == BlockKind::kParagraph) continue;
    size_t start = block.span.begin;
    while (start < block.span.end) {
      size_t stop = std::min<size_t>(text.find('\n', start), block.span.end);
      std::string key;
      size_t content = 0;
      Span span{stop, stop};
      for (Utf8Iterator it(text, start); !it.done() && it.offset() < stop; it.next()) {
        char32_t c = fold(it.code_point());
        if (is_space(c)) continue;
        bool lead = key.empty() && (c == U'—' || c == '-' || c == U'·' || c == U'•' || c == U'■' || c == U'□' ||
                                    c == U'●' || c == '#');
        if (lead) continue;
        if (key.empty()) span.begin = it.offset();
        span.end = it.next_offset();
        append_utf8(key, c);
        content += is_content(c) ? 1 : 0;
      }
      if (content >= line_min_chars_) {
        ++line_count[key];
        lines.push_back({std::move(key), span, static_cast<int>(b)});
      }
      start = stop + 1;
    }
  }
  std::unordered_map<std::string, const Line*> first_line;
  for (const Line& line : lines) {
    if (line_count[line.key] != 2) continue;
    auto [it, fresh] = first_line.emplace(line.key, &line);
    if (fresh) continue;
    const Line& first = *it->second;
    bool adjacent = true;  // nothing but white space between: a doubled line
    for (size_t k = first.span.end; k < line.span.begin && adjacent; ++k) {
      adjacent = text[k] == ' ' || text[k] == '\n' || text[k] == '\t' || text[k] == '\r';
    }
    Report r;
    r.span = line.span;
    if (!adjacent && classify(kind_of(first.block), kind_of(line.block), r, true)) {
      r.related.push_back({first.span, "first copy"});
      reported.push_back(line.span);
      out.report(std::move(r));
    }
  }

  // 2. Passages, window by window.
  Stream st = build_stream(doc, s);
  const size_t n = st.size();
  constexpr uint32_t kNone = UINT32_MAX;
  // Shingle hashes are counted in an open-addressing table (linear probing,
  // at most half full): exact counts and first positions at a fraction of the
  // cost and memory of a node-based hash map. A slot is 8 bytes: the high 32
  // bits of the hash (the low bits chose the slot), the shingle's position and
  // a count that stops at 3. One table serves every window, cleared after each.
  struct Slot {
    uint32_t tag = 0;
    uint32_t first_and_count = 0;  // position << 2 | count; count 0: empty
    uint32_t count() const { return first_and_count & 3; }
    uint32_t first() const { return first_and_count >> 2; }
  };
  static_assert(kWindow < (1u << 30), "a position must fit in 30 bits");
  const size_t capacity = std::max<size_t>(16, std::min(n, kWindow) * 3 / 2);  // at most two thirds full
  std::vector<Slot> table(capacity);
  auto slot_of = [&](uint64_t h) -> Slot& {
    const uint32_t tag = static_cast<uint32_t>(h >> 32);
    // The mixed hash's high bits scaled to the table (no power-of-two size needed).
    size_t i = static_cast<size_t>((((h * 0x9E3779B97F4A7C15ULL) >> 32) * capacity) >> 32);
    while (table[i].count() != 0 && table[i].tag != tag) i = i + 1 == capacity ? 0 : i + 1;
    return table[i];
  };
  for (size_t ws = 0; ws < n; ws += kStep) {
    size_t we = std::min(n, ws + kWindow);
    if (we - ws < kShingle) break;
    size_t grams = we - ws - kShingle + 1;
    // Calls f(g, hash) for each shingle of the window without a barrier, with
    // a rolling polynomial hash updated by one character a step.
    auto for_each_shingle = [&](auto&& f) {
      constexpr uint64_t kBase = 0x100000001B3ULL;
      uint64_t top = 1;  // kBase^(kShingle - 1): the weight of a shingle's first character
      for (size_t k = 1; k < kShingle; ++k) top *= kBase;
      uint64_t h = 0;
      size_t barrier_until = 0;  // shingles starting before this hold a barrier
      for (size_t k = 0; k < kShingle; ++k) {
        h = h * kBase + st.chars[ws + k];
        if (st.chars[ws + k] == kBarrier) barrier_until = k + 1;
      }
      for (size_t g = 0; g < grams; ++g) {
        if (g > 0) {
          char32_t in = st.chars[ws + g + kShingle - 1];
          h = (h - st.chars[ws + g - 1] * top) * kBase + in;
          if (in == kBarrier) barrier_until = g + kShingle;
        }
        if (g >= barrier_until) f(g, h);
      }
    };
    for_each_shingle([&](size_t g, uint64_t h) {
      Slot& slot = slot_of(h);
      if (slot.count() == 0) {
        slot.tag = static_cast<uint32_t>(h >> 32);
        slot.first_and_count = static_cast<uint32_t>(g) << 2 | 1;
      } else if (slot.count() < 3) {
        ++slot.first_and_count;
      }
    });
    std::vector<uint32_t> first_of(grams, kNone);  // set only for shingles found exactly twice
    for_each_shingle([&](size_t g, uint64_t h) {
      const Slot& slot = slot_of(h);
      if (slot.count() == 2) first_of[g] = slot.first();
    });
    std::fill(table.begin(), table.end(), Slot{});
    auto twice = [&](size_t g) { return g < grams && first_of[g] != kNone; };

    std::unordered_map<size_t, size_t> done_until;  // distance -> stream index covered
    for (size_t g = 0; g < grams; ++g) {
      if (!twice(g)) continue;
      size_t p = ws + first_of[g], j = ws + g;
      if (p >= j) continue;
      size_t distance = j - p;
      if (auto it = done_until.find(distance); it != done_until.end() && j < it->second) continue;
      if (st.chars.compare(p, kShingle, st.chars, j, kShingle) != 0) continue;  // hash collision

      // Extend right, then left, allowing a few confirmed changes.
      auto extend = [&](int dir, size_t& a, size_t& b) {
        int mismatches = 0;
        while (true) {
          size_t na = dir > 0 ? a : a - 1, nb = dir > 0 ? b : b - 1;
          if ((dir < 0 && (a == ws || b == ws)) || (dir > 0 && nb >= we)) break;
          if (dir > 0 && na >= j) break;  // the first copy ends where the second begins
          char32_t ca = st.chars[na], cb = st.chars[nb];
          if (ca == kBarrier || cb == kBarrier) break;
          if (ca != cb) {
            if (mismatches >= max_mismatches_) break;
            bool confirmed = true;
            for (size_t k = 1; k <= kConfirm && confirmed; ++k) {
              size_t xa = dir > 0 ? na + k : na - k, xb = dir > 0 ? nb + k : nb - k;
              if ((dir < 0 && k > na) || (dir > 0 && (xb >= we || xa >= j))) confirmed = false;
              else confirmed = st.chars[xa] == st.chars[xb] && st.chars[xa] != kBarrier;
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
      // Start at a character, not at the punctuation that ended the sentence before.
      while (a_begin < a_end && !is_content(st.chars[a_begin])) {
        ++a_begin;
        ++b_begin;
      }
      Pair pair{a_begin, b_begin, b_end > b_begin ? b_end - b_begin : 0};
      if (pair.length < kShingle) continue;
      if (pair.first + pair.length >= pair.second) continue;  // adjacent copies: a doubled unit
      if (ws > 0 && pair.second < ws + kStep) continue;      // the previous window had it
      // Content, clause breaks and the share that occurs only in these two places.
      size_t content = 0, breaks = 0, unique = 0, content_seen = 0;
      for (size_t k = 0; k < pair.length; ++k) {
        char32_t c = st.chars[pair.second + k];
        if (is_content(c)) {
          ++content;
          ++content_seen;
        } else if (is_clause_break(c) && content_seen >= 2 && k + 3 < pair.length) {
          ++breaks;
        }
      }
      size_t last_twice = SIZE_MAX;
      for (size_t k = 0; k < pair.length; ++k) {
        size_t gi = pair.second + k - ws;
        if (k + kShingle <= pair.length && twice(gi)) last_twice = k;
        if (last_twice != SIZE_MAX && k < last_twice + kShingle) ++unique;
      }
      if (content < min_chars_) continue;
      if (breaks == 0 && content < 2 * min_chars_) continue;
      if (static_cast<double>(unique) < min_unique_share_ * static_cast<double>(pair.length)) continue;
      Report r;
      r.span = {st.begin[pair.second], st.end(text, pair.second + pair.length - 1)};
      if (std::any_of(reported.begin(), reported.end(), [&](Span x) { return x.overlaps(r.span); })) continue;
      int first_block = s.block_index_at(st.begin[pair.first]), second_block = s.block_index_at(st.begin[pair.second]);
      BlockKind first_kind = kind_of(first_block), second_kind = kind_of(second_block);
      if (reads_as_headline(text, s.blocks[first_block])) first_kind = BlockKind::kHeadline;
      if (reads_as_headline(text, s.blocks[second_block])) second_kind = BlockKind::kHeadline;
      if (!classify(first_kind, second_kind, r, false)) continue;
      r.related.push_back({{st.begin[pair.first], st.end(text, pair.first + pair.length - 1)}, "first copy"});
      reported.push_back(r.span);
      out.report(std::move(r));
    }
    if (we == n) break;
  }
}

}  // namespace copydesk
