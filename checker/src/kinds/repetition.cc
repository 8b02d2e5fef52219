#include "kinds/repetition.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "core/utf8.h"
#include "kinds/word_segmenter.h"
#include "segment/structure.h"

namespace copydesk {

namespace {

// Stands between blocks a repeat must not reach across; never equal to text.
constexpr char32_t kBarrier = 0x7FFFFFFF;
constexpr size_t kShortMax = 8;   // units up to this length are compared in place
constexpr size_t kHashGram = 6;   // longer units are found through 6-gram hashes
constexpr size_t kWindow = 10;    // characters of context given to the segmenter

bool is_numeral(char32_t c) {
  static const std::u32string kNumerals = U"〇一二三四五六七八九十百千万亿零两";
  return is_digit(c) || kNumerals.find(c) != std::u32string::npos;
}

// The text as characters without white space, with their byte offsets: 8
// bytes per character, sized before it is filled (it covers the whole
// document). Blocks are looked up from the offsets when a check needs them.
struct Stream {
  std::u32string chars;
  std::vector<uint32_t> begin;  // byte offset of each character (documents stay under 4 GB)

  size_t size() const { return chars.size(); }
  void reserve(size_t n) {
    chars.reserve(n);
    begin.reserve(n);
  }
  void push(char32_t c, size_t b) {
    chars.push_back(c);
    begin.push_back(static_cast<uint32_t>(b));
  }
  // The byte offset after character i (a barrier is empty).
  size_t end(size_t i) const { return chars[i] == kBarrier ? begin[i] : begin[i] + utf8_length(chars[i]); }
};

// Body paragraphs join (a repeat may cross the break between them); every
// other block is fenced off by a barrier.
Stream han_stream(const Document& doc) {
  const Structure& s = doc.analysis<Structure>();
  Stream st;
  const std::string& text = doc.text();
  size_t n = 0;
  for (const Block& block : s.blocks) n += code_point_count(block.span.of(text)) + 1;
  st.reserve(n);
  for (size_t b = 0; b < s.blocks.size(); ++b) {
    const Block& block = s.blocks[b];
    // A paragraph broken in two is often misread as a headline and a paragraph.
    BlockKind before = b > 0 ? s.blocks[b - 1].kind : BlockKind::kPageHeader;
    bool joins = block.kind == BlockKind::kParagraph &&
                 (before == BlockKind::kParagraph || before == BlockKind::kHeadline || before == BlockKind::kSubtitle);
    if (!joins && st.size() > 0) st.push(kBarrier, block.span.begin);
    for (Utf8Iterator it(text, block.span.begin); !it.done() && it.offset() < block.span.end; it.next()) {
      if (!is_space(it.code_point())) st.push(it.code_point(), it.offset());
    }
  }
  return st;
}

// Everything the checks of one document share.
class HanScan {
 public:
  HanScan(const Document& doc, const ReduplicationLexicon& lex, size_t line_min, size_t max_period, Reporter& out)
      : doc_(doc), lex_(lex), line_min_(line_min), max_period_(max_period), out_(out), s_(han_stream(doc)),
        covered_(s_.size(), 0) {}

  void run() {
    find_long_repeats();
    find_short_repeats();
  }

 private:
  char32_t at(size_t i) const { return i < s_.size() ? s_.chars[i] : kBarrier; }

  bool same(size_t a, size_t b, size_t len) const {
    for (size_t k = 0; k < len; ++k) {
      if (at(a + k) == kBarrier || at(a + k) != at(b + k)) return false;
    }
    return true;
  }

  size_t han_count(size_t a, size_t len) const {
    size_t n = 0;
    for (size_t k = 0; k < len; ++k) n += is_han(at(a + k)) ? 1 : 0;
    return n;
  }

  // The block holding stream character i (-1 for a barrier).
  int block_of(size_t i) const {
    return s_.chars[i] == kBarrier ? -1 : doc_.analysis<Structure>().block_index_at(s_.begin[i]);
  }

  // A block that opens with the whole of the block before it restates it
  // (a headline and a lead that begins with the headline's words): that is a
  // repeat across the break, but not a doubled unit.
  bool restates_previous_block(size_t i, size_t len) const {
    size_t j = i + len;
    return block_of(j) != block_of(j - 1) && j + len < s_.size() && block_of(j + len) == block_of(j);
  }

  bool is_covered(size_t a, size_t len) const {
    for (size_t k = a; k < a + len && k < covered_.size(); ++k) {
      if (covered_[k]) return true;
    }
    return false;
  }
  void cover(size_t a, size_t len) {
    for (size_t k = a; k < a + len && k < covered_.size(); ++k) covered_[k] = 1;
  }

  std::string text_of(size_t a, size_t len) const {
    return std::string(doc_.slice({s_.begin[a], s_.end(a + len - 1)}));
  }

  // True when a lexicon word, where it stands in the text, covers [a, b).
  bool lexicon_covers(size_t a, size_t b) const {
    size_t longest = lex_.longest_word;
    size_t first = b > longest ? b - longest : 0;
    for (size_t start = first; start <= a; ++start) {
      for (size_t len = std::max<size_t>(b - start, 2); len <= longest && start + len <= s_.size(); ++len) {
        if (lex_.words.count(s_.chars.substr(start, len))) return true;
      }
    }
    return false;
  }

  // True when a lexicon word of two or more characters starts at `at` or ends
  // just before it: 和|和林格尔, where the lexicon knows a name the segmenter does not.
  bool lexicon_word_meets(size_t at) const {
    for (size_t len = 2; len <= lex_.longest_word; ++len) {
      if (at + len <= s_.size() && lex_.words.count(s_.chars.substr(at, len))) return true;
      if (at >= len && lex_.words.count(s_.chars.substr(at - len, len))) return true;
    }
    return false;
  }

  // Word boundaries (stream indices) in a window around [a, b).
  std::vector<size_t> boundaries_around(size_t a, size_t b) {
    size_t lo = a, hi = b;
    while (lo > 0 && a - lo < kWindow && at(lo - 1) != kBarrier) --lo;
    while (hi < s_.size() && hi - b < kWindow && at(hi) != kBarrier) ++hi;
    std::vector<size_t> bounds = segmenter_.boundaries(std::u32string_view(s_.chars).substr(lo, hi - lo));
    for (size_t& x : bounds) x += lo;
    return bounds;
  }

  static bool has(const std::vector<size_t>& bounds, size_t x) {
    return std::binary_search(bounds.begin(), bounds.end(), x);
  }
  // Start of the word that contains stream index x.
  static size_t word_start(const std::vector<size_t>& bounds, size_t x) {
    auto it = std::upper_bound(bounds.begin(), bounds.end(), x);
    return it == bounds.begin() ? x : *(it - 1);
  }
  // Length of the word that contains stream index x.
  static size_t word_length(const std::vector<size_t>& bounds, size_t x) {
    auto it = std::upper_bound(bounds.begin(), bounds.end(), x);
    if (it == bounds.begin() || it == bounds.end()) return 1;
    return *it - *(it - 1);
  }

  void report(size_t a, size_t len, const char* variant, const std::string& unit, std::string suggestion = "",
              bool fix = false) {
    Report r;
    r.span = {s_.begin[a], s_.end(a + len - 1)};
    r.variant = variant;
    r.args = {{"unit", unit}, {"suggestion", suggestion}};
    if (fix && !unit.empty()) r.fix = unit;
    out_.report(std::move(r));
    cover(a, len);
  }

  // Doubled units longer than kShortMax: a 6-gram seen again at distance L is
  // the start of a check for a tandem repeat of period L.
  void find_long_repeats() {
    constexpr size_t kTable = 1 << 16;
    std::vector<int64_t> last(kTable, -1);
    size_t n = s_.size();
    if (n < 2 * (kShortMax + 1)) return;
    size_t resume = 0;
    for (size_t j = 0; j + kHashGram <= n; ++j) {
      uint64_t h = 1469598103934665603ULL;
      bool fenced = false;
      for (size_t k = 0; k < kHashGram; ++k) {
        fenced |= s_.chars[j + k] == kBarrier;
        h = (h ^ s_.chars[j + k]) * 1099511628211ULL;
      }
      if (fenced) continue;
      int64_t p = last[h & (kTable - 1)];
      last[h & (kTable - 1)] = static_cast<int64_t>(j);
      if (p < 0 || j < resume) continue;
      size_t period = j - static_cast<size_t>(p);
      if (period <= kShortMax || period > max_period_ || !same(p, j, kHashGram)) continue;
      // The run of text that repeats at this period, looked at once: walks are
      // bounded by the period, and a rejected run is skipped as a whole, so
      // periodic junk (the same sentence a thousand times) stays linear.
      size_t r = static_cast<size_t>(p);
      while (r > resume && static_cast<size_t>(p) - r < period && at(r - 1) != kBarrier &&
             at(r - 1) == at(r - 1 + period)) {
        --r;
      }
      size_t e = static_cast<size_t>(p);
      while (e + period < n && at(e) != kBarrier && at(e) == at(e + period)) ++e;
      if (e - r < period) continue;
      resume = e;
      if (han_count(r, period) * 2 < period || is_covered(r, 2 * period) || restates_previous_block(r, period)) continue;
      // A run of one repeated character or a shorter period is not a doubled line.
      bool shorter = false;
      for (size_t q = 1; q <= kShortMax && !shorter; ++q) shorter = period % q == 0 && same(r, r + q, period - q);
      if (shorter) continue;
      // Three or more copies in a row are one finding for the whole run.
      size_t copies = (e - r) / period + 1;
      std::string unit = text_of(r, period);
      bool contiguous = copies == 2 && s_.end(r + period - 1) == s_.begin[r + period];
      report(r, copies * period, "line", unit, "", contiguous);
      resume = r + copies * period;
    }
  }

  bool legal_unit(size_t i, size_t len) {
    bool numerals = true, spoken = true;
    for (size_t k = 0; k < len; ++k) {
      numerals &= is_numeral(at(i + k));
      spoken &= lex_.spoken.count(at(i + k)) > 0;
    }
    if (numerals || spoken) return true;
    if (lexicon_covers(i, i + 2 * len)) return true;
    if (len == 2 && (lex_.numeral_prefixes.count(at(i)) || at(i + 1) == U'着' || at(i + 1) == U'了')) return true;
    std::vector<size_t> bounds = boundaries_around(i, i + 2 * len);
    return !has(bounds, i + len);  // one word reaches across the middle
  }

  // Returns how many characters the check at i consumed (0: nothing found).
  size_t check_doubled_character(size_t i) {
    char32_t c = at(i);
    if (at(i + 1) != c || !is_han(c) || is_numeral(c)) return 0;  // cheapest test first
    size_t run = 2;
    while (at(i + run) == c) ++run;
    if (run >= 3) {
      if (lex_.spoken.count(c) || lexicon_covers(i, i + run)) return run;
      std::u32string cc(2, c);
      if (i > 0 && is_han(at(i - 1))) {  // 实在在在 for 实实在在
        std::u32string want = std::u32string(2, at(i - 1)) + cc;
        if (lex_.words.count(want)) {
          report(i - 1, run + 1, "garble", to_utf8(cc.substr(0, 1)), to_utf8(want));
          return run;
        }
      }
      if (is_han(at(i + run))) {  // 认认认真 for 认认真真
        std::u32string want = cc + std::u32string(2, at(i + run));
        if (lex_.words.count(want)) {
          report(i, run + 1, "garble", to_utf8(cc.substr(0, 1)), to_utf8(want));
          return run;
        }
      }
      report(i, run, "character", to_utf8(cc.substr(0, 1)));
      return run;
    }
    std::u32string aa(2, c);
    std::vector<size_t> bounds = boundaries_around(i, i + 2);
    char32_t b = at(i + 2);
    // 高高兴地 for 高高兴兴: A, then AB as one word (高|高兴), and no second B.
    // Not when the first A ends a word (目的|的确立) or AA is a word (明明|白天).
    if (is_han(b) && b != c && at(i + 3) != b && word_start(bounds, i) == i && word_start(bounds, i + 2) == i + 1) {
      std::u32string want = aa + std::u32string(2, b);
      if (lex_.words.count(want)) {
        report(i, 3, "garble", to_utf8(aa.substr(0, 1)), to_utf8(want));
        return 3;
      }
    }
    if (lexicon_covers(i, i + 2) || lexicon_word_meets(i + 1)) return 2;
    if (lex_.abb_tails.count(aa) && i > 0 && is_han(at(i - 1))) return 2;
    if (lex_.measure_words.count(c) && i > 0 && lex_.numeral_prefixes.count(at(i - 1))) return 2;
    if (!has(bounds, i + 1)) return 2;  // the segmenter knows AA as a word
    bool left_alone = word_length(bounds, i) == 1;
    bool right_alone = word_length(bounds, i + 1) == 1;
    // Both halves standing alone: 摄|摄, 的|的. When the first half ends a word
    // (目的|的确切, 现在|在北京) the text is usually right, so it is left alone.
    if (left_alone && right_alone) {
      report(i, 2, "character", to_utf8(aa.substr(0, 1)));
      return 2;
    }
    return 2;  // two words meet: 党委|委员, 实现|现行
  }

  // 书记书冯某: a title, its first character again, then no word goes on.
  bool check_stutter(size_t i) {
    if (at(i + 2) != at(i) || at(i + 1) == at(i) || !is_han(at(i)) || !is_han(at(i + 3))) return false;
    if (!lex_.titles.count(s_.chars.substr(i, 2))) return false;
    std::vector<size_t> bounds = boundaries_around(i, i + 3);
    if (!has(bounds, i + 2) || !has(bounds, i + 3)) return false;
    report(i, 3, "stutter", to_utf8(s_.chars.substr(i, 1)), to_utf8(s_.chars.substr(i, 2)));
    return true;
  }

  // True when the character at i comes back 2 to kShortMax characters later:
  // without that no short unit can repeat at i, and most positions are
  // passed with this one test.
  bool comes_back(size_t i) const {
    const size_t n = s_.size();
    if (i + 2 * kShortMax >= n) return true;  // near the end: let the bounded checks decide
    const char32_t* p = s_.chars.data() + i;
    bool found = false;
    for (size_t len = 2; len <= kShortMax; ++len) found |= p[len] == p[0];
    return found;
  }

  void find_short_repeats() {
    size_t n = s_.size();
    for (size_t i = 0; i < n;) {
      if (covered_[i] || at(i) == kBarrier) {
        ++i;
        continue;
      }
      size_t consumed = 0;
      const bool may_repeat = comes_back(i);
      for (size_t len = 2; may_repeat && len <= kShortMax && i + 2 * len <= n && consumed == 0; ++len) {
        if (at(i) != at(i + len) || han_count(i, len) != len || !same(i, i + len, len)) continue;
        if (is_covered(i, 2 * len)) break;
        if (!restates_previous_block(i, len) && !legal_unit(i, len)) {
          size_t e = i + len;  // further copies in a row belong to the same finding
          while (e + len < n && at(e + len) != kBarrier && at(e + len) == at(e)) ++e;
          size_t copies = (e - i) / len + 1;
          bool contiguous = copies == 2 && s_.end(i + len - 1) == s_.begin[i + len];
          report(i, copies * len, len >= line_min_ ? "line" : "word", text_of(i, len), "", contiguous);
          consumed = copies * len;
        } else {
          consumed = 2 * len;
        }
      }
      if (consumed == 0) consumed = check_doubled_character(i);
      if (consumed == 0 && check_stutter(i)) consumed = 3;
      // Step one character on when nothing was reported, so that overlapping
      // forms (一排排 inside 这一排排) are each looked at from their start.
      i += consumed > 0 && covered_[i] ? consumed : 1;
    }
  }

  static std::string to_utf8(const std::u32string& s) {
    std::string out;
    for (char32_t c : s) append_utf8(out, c);
    return out;
  }

  const Document& doc_;
  const ReduplicationLexicon& lex_;
  size_t line_min_;
  size_t max_period_;
  Reporter& out_;
  Stream s_;
  std::vector<char> covered_;
  WordSegmenter segmenter_;
};

bool is_word_char(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '\''; }

}  // namespace

RepetitionKind::RepetitionKind(RuleSpec spec, RuleOptions& options) : Rule(std::move(spec)) {
  std::string mode = options.get<std::string>("mode", "han");
  if (mode != "han" && mode != "words") options.add_error(options.node("mode"), "mode must be 'han' or 'words'");
  words_mode_ = mode == "words";
  line_min_ = static_cast<size_t>(std::max(2, options.get<int>("line_min", 8)));
  max_period_ = static_cast<size_t>(std::max(9, options.get<int>("max_period", 400)));
  auto path = options.path("lexicon", "../data/reduplication.yaml");
  auto lexicon = ReduplicationLexicon::load(path);
  if (!lexicon.ok()) {
    options.add_error(options.node("lexicon"), "cannot read the lexicon: " + lexicon.status().message());
  } else {
    lexicon_ = std::make_shared<const ReduplicationLexicon>(std::move(lexicon.value()));
  }
}

void RepetitionKind::check(const Document& doc, const std::vector<Unit>&, Reporter& out) const {
  if (!lexicon_) return;
  if (words_mode_) {
    check_words(doc, out);
  } else {
    HanScan(doc, *lexicon_, line_min_, max_period_, out).run();
  }
}

void RepetitionKind::check_words(const Document& doc, Reporter& out) const {
  const std::string& text = doc.text();
  struct Word {
    size_t begin = 0, end = 0;
    std::string lower;
  };
  std::optional<Word> previous;
  size_t i = 0;
  while (i < text.size()) {
    if (!is_word_char(text[i]) || text[i] == '\'') {
      // Anything but spaces and single line breaks between two words parts them.
      if (previous && text[i] != ' ' && text[i] != '\t' && text[i] != '\n' && text[i] != '\'') previous.reset();
      if (previous && text[i] == '\n' && i > previous->end && text.find('\n', previous->end) < i) previous.reset();
      ++i;
      continue;
    }
    Word w;
    w.begin = i;
    while (i < text.size() && is_word_char(text[i])) ++i;
    w.end = i;
    // A word glued to digits or non-ASCII letters (R2D2, café) is not a plain word.
    bool glued = (w.begin > 0 && static_cast<unsigned char>(text[w.begin - 1]) >= 0x80) ||
                 (i < text.size() && (static_cast<unsigned char>(text[i]) >= 0x80 || text[i] == '-' ||
                                      std::isdigit(static_cast<unsigned char>(text[i]))));
    for (size_t k = w.begin; k < w.end; ++k) w.lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text[k]))));
    if (previous && !glued && previous->lower == w.lower && !lexicon_->english_exceptions.count(w.lower)) {
      Report r;
      r.span = {previous->begin, w.end};
      r.variant = "word";
      r.args = {{"unit", text.substr(previous->begin, previous->end - previous->begin)}, {"suggestion", ""}};
      if (w.begin == previous->end + 1 && text[previous->end] == ' ') r.fix = r.args[0].second;
      out.report(std::move(r));
      previous.reset();
      continue;
    }
    previous = glued ? std::nullopt : std::optional<Word>(std::move(w));
  }
}

}  // namespace copydesk
