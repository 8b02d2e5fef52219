#include "kinds/repetition.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "core/utf8.h"
#include "kinds/char_window.h"
#include "kinds/repeat_filters.h"
#include "kinds/word_segmenter.h"
#include "segment/structure.h"

namespace copydesk {

namespace {

// Stands between blocks a repeat must not reach across; never equal to text.
constexpr char32_t kBarrier = 0x7FFFFFFF;
constexpr size_t kShortMax = 8;   // units up to this length are compared in place
constexpr size_t kHashGram = 6;   // longer units are found through 6-gram hashes
constexpr size_t kWindow = 10;    // characters of context given to the segmenter
constexpr size_t kChunk = 4096;   // characters read from the text at a time

// A verb's particle, then the same word as a preposition: switched on on
// Monday, handed in in May, come in in a suit. The verb before ends in -ed
// (not -eed: borrow seed in in small amounts) or is one of the common verbs
// that take these particles.
template <typename Words>
bool particle_then_preposition(const Words& run) {
  const size_t size = run.size();
  if (size < 3) return false;
  const std::string& verb = run[size - 3].lower;
  static constexpr std::string_view kPhrasalVerbs[] = {
      "come", "comes", "coming", "came", "go", "goes", "going", "went", "gone", "get", "gets", "getting", "got",
      "move", "moves", "moving", "check", "checks", "checking", "sign", "signs", "signing", "log", "logs",
      "logging", "turn", "turns", "turning", "set", "sets", "setting", "put", "puts", "putting", "bring",
      "brings", "bringing", "brought", "hand", "hands", "handing", "fill", "fills", "filling", "pitch",
      "pitches", "pitching", "step", "steps", "stepping", "break", "breaks", "breaking", "broke", "stay",
      "stays", "staying", "kick", "kicks", "kicking", "settle", "settles", "settling"};
  const bool common = std::find(std::begin(kPhrasalVerbs), std::end(kPhrasalVerbs), verb) != std::end(kPhrasalVerbs);
  if (!common && (verb.size() < 5 || !verb.ends_with("ed") || verb.ends_with("eed"))) return false;
  const std::string& word = run[size - 1].lower;
  return word == "on" || word == "in" || word == "up" || word == "off" || word == "out" || word == "over" ||
         word == "down" || word == "back";
}

bool is_numeral(char32_t c) {
  static const std::u32string kNumerals = U"〇一二三四五六七八九十百千万亿零两";
  return is_digit(c) || kNumerals.find(c) != std::u32string::npos;
}

// The text as characters without white space, read on demand: body
// paragraphs join (a repeat may cross the break between them); every other
// block is fenced off by a barrier.
class HanStreamReader {
 public:
  HanStreamReader(std::string_view text, const Structure& s) : text_(text), s_(s) {}

  // Appends characters to `w` until it ends at `until` or later, or the text
  // is done. Returns false when nothing is left to read.
  bool read(CharWindow& w, size_t until) {
    while (w.end() < until) {
      if (at_ == end_) {
        if (block_ == s_.blocks.size()) return false;
        start_block(w);
        continue;
      }
      // A character takes at least one byte.
      CharWindow::Appender out = w.append(std::min(until - w.end(), end_ - at_));
      at_ = append_without_space<false>(text_, at_, end_, out);
      w.commit(out);
    }
    return true;
  }

  // Stream positions of the barriers read so far, in order.
  const std::vector<size_t>& barriers() const { return barriers_; }

 private:
  void start_block(CharWindow& w) {
    const Block& block = s_.blocks[block_];
    // A paragraph broken in two is often misread as a headline and a paragraph.
    BlockKind before = block_ > 0 ? s_.blocks[block_ - 1].kind : BlockKind::kPageHeader;
    bool joins = block.kind == BlockKind::kParagraph &&
                 (before == BlockKind::kParagraph || before == BlockKind::kHeadline || before == BlockKind::kSubtitle);
    if (!joins && w.end() > 0) {
      barriers_.push_back(w.end());
      w.push(kBarrier, block.span.begin);
    }
    at_ = block.span.begin;
    end_ = std::max(at_, std::min(block.span.end, text_.size()));
    ++block_;
  }

  std::string_view text_;
  const Structure& s_;
  size_t block_ = 0;         // the next block to start
  size_t at_ = 0, end_ = 0;  // bytes of the current block still to read
  std::vector<size_t> barriers_;
};

// Positions covered by findings, as sorted, disjoint intervals.
class Coverage {
 public:
  void add(size_t a, size_t b) { intervals_.push_back({a, b}); }
  // True when [a, b) overlaps a covered interval.
  bool overlaps(size_t a, size_t b) const {
    auto it = std::upper_bound(intervals_.begin(), intervals_.end(), a,
                               [](size_t x, const Interval& v) { return x < v.end; });
    return it != intervals_.end() && it->begin < b;
  }
  // The same, for a caller whose `a` never decreases from one call to the
  // next and who adds intervals only beyond its `a`: the intervals it has
  // passed are not looked at again.
  bool overlaps_ahead(size_t a, size_t b) {
    while (passed_ < intervals_.size() && intervals_[passed_].end <= a) ++passed_;
    return passed_ < intervals_.size() && intervals_[passed_].begin < b;
  }

 private:
  struct Interval {
    size_t begin, end;
  };
  std::vector<Interval> intervals_;
  size_t passed_ = 0;  // intervals before this end at or before the last `a` of overlaps_ahead
};

// Everything the checks of one document share. Two scans run together over
// the stream: doubled long units (find_long_repeats) and short repeats
// (find_short_repeats). The second trails the first far enough that every
// long finding it must step around is known when it gets there, and both
// read the stream through a window that holds only the stretch they are in.
class HanScan {
 public:
  HanScan(const Document& doc, const ReduplicationLexicon& lex, size_t line_min, size_t max_period, size_t passage_min,
          size_t sentence_min, Reporter& out)
      : doc_(doc), structure_(doc.analysis<Structure>()), lex_(lex), line_min_(line_min), max_period_(max_period),
        passage_min_(passage_min), sentence_min_(sentence_min),
        out_(out), reader_(doc.text(), structure_), last_(kTable, 0) {
    // Room for what the scans hold and many chunks ahead, so that the held
    // part is seldom moved.
    window_.reserve(16 * kChunk);
  }

  void run() {
    // A long finding starting at r is made while the long scan is short of
    // r + 2 * max_period; the short scan at i looks at coverage up to i + 2 * kShortMax.
    const size_t lag = 2 * max_period_ + 2 * kShortMax + 1;
    // The short scan looks back at most this far (lexicon words, the segmenter's context).
    const size_t short_back = std::max(lex_.longest_word, kWindow) + 2;
    size_t j = 0, i = 0;
    while (true) {
      // The 6-grams starting in [j, stop), all within the stream.
      exists(j + kChunk + kHashGram - 1);
      size_t stop = std::min(j + kChunk, window_.end() >= kHashGram - 1 ? window_.end() - (kHashGram - 1) : 0);
      if (stop <= j) break;
      find_long_repeats(j, stop);
      j = stop;
      i = find_short_repeats(i, j > lag ? j - lag : 0);
      size_t keep = std::min(i > short_back ? i - short_back : 0, j > 2 * max_period_ + 1 ? j - 2 * max_period_ - 1 : 0);
      window_.release_before(keep);
    }
    find_short_repeats(i, SIZE_MAX);
  }

 private:
  static constexpr size_t kTable = 1 << 16;

  // Read for every character the scan looks at: kept inline whatever else the file holds.
  [[gnu::always_inline]] char32_t at(size_t i) { return i < window_.end() ? window_[i] : at_slow(i); }
  [[gnu::noinline]] char32_t at_slow(size_t i) {
    reader_.read(window_, i + kChunk);
    return i < window_.end() ? window_[i] : kBarrier;
  }
  // True when the stream has a position i (reading up to it if need be).
  bool exists(size_t i) { return i < window_.end() || (reader_.read(window_, i + kChunk), i < window_.end()); }
  std::u32string_view view(size_t i, size_t len) {
    exists(i + len - 1);
    return {window_.data(i), len};
  }

  // The byte offset of character i, and the one after it (a barrier is empty).
  size_t begin_of(size_t i) const { return window_.offset(i); }
  size_t end_of(size_t i) const {
    return window_[i] == kBarrier ? window_.offset(i) : window_.offset(i) + utf8_length(window_[i]);
  }

  bool same(size_t a, size_t b, size_t len) {
    for (size_t k = 0; k < len; ++k) {
      if (at(a + k) == kBarrier || at(a + k) != at(b + k)) return false;
    }
    return true;
  }

  size_t han_count(size_t a, size_t len) {
    size_t n = 0;
    for (size_t k = 0; k < len; ++k) n += is_han(at(a + k)) ? 1 : 0;
    return n;
  }

  // The block holding stream character i (-1 for a barrier).
  int block_of(size_t i) const {
    return window_[i] == kBarrier ? -1 : structure_.block_index_at(window_.offset(i));
  }

  // A block that opens with the whole of the block before it restates it
  // (a headline and a lead that begins with the headline's words): that is a
  // repeat across the break, but not a doubled unit.
  bool restates_previous_block(size_t i, size_t len) {
    size_t j = i + len;
    return block_of(j) != block_of(j - 1) && exists(j + len) && block_of(j + len) == block_of(j);
  }

  // Two copies of a passage that run across a break between blocks of text
  // (a paragraph printed twice): a duplicated passage, which duplicate-passage
  // reports; a doubled byline or marker stays this rule's.
  bool doubled_text_blocks(size_t a, size_t len) const {
    const int first = block_of(a), last = block_of(a + len - 1);
    if (first < 0 || last < 0 || first == last) return false;
    for (int b = first; b <= last; ++b) {
      switch (structure_.blocks[b].kind) {
        case BlockKind::kParagraph: case BlockKind::kCaption: case BlockKind::kHeadline:
        case BlockKind::kSubtitle: case BlockKind::kHeading: break;
        default: return false;
      }
    }
    return true;
  }

  // Long findings are all the long scan sees; the short scan sees its own too,
  // which all start at or before where it is, so their furthest end says it all.
  bool covered_by_long(size_t a, size_t len) const { return long_covered_.overlaps(a, a + len); }
  // REQUIRES: `a` never smaller than in the call before.
  bool covered(size_t a, size_t len) {
    return short_covered_until_ > a || long_covered_.overlaps_ahead(a, a + len);
  }

  std::string text_of(size_t a, size_t len) const { return std::string(doc_.slice({begin_of(a), end_of(a + len - 1)})); }

  bool is_word(size_t start, size_t len) { return lex_.words.count(view(start, len)) > 0; }

  // True when a lexicon word, where it stands in the text, covers [a, b).
  bool lexicon_covers(size_t a, size_t b) {
    size_t longest = lex_.longest_word;
    size_t first = b > longest ? b - longest : 0;
    for (size_t start = first; start <= a; ++start) {
      for (size_t len = std::max<size_t>(b - start, 2); len <= longest && exists(start + len - 1); ++len) {
        if (is_word(start, len)) return true;
      }
    }
    return false;
  }

  // True when a lexicon word of two or more characters starts at `at` or ends
  // just before it: 和|和林格尔, where the lexicon knows a name the segmenter does not.
  bool lexicon_word_meets(size_t at) {
    for (size_t len = 2; len <= lex_.longest_word; ++len) {
      if (exists(at + len - 1) && is_word(at, len)) return true;
      if (at >= len && is_word(at - len, len)) return true;
    }
    return false;
  }

  // Word boundaries (stream indices) in a window around [a, b).
  std::vector<size_t> boundaries_around(size_t a, size_t b) {
    size_t lo = a, hi = b;
    while (lo > 0 && a - lo < kWindow && at(lo - 1) != kBarrier) --lo;
    while (exists(hi) && hi - b < kWindow && at(hi) != kBarrier) ++hi;
    std::vector<size_t> bounds = segmenter_.boundaries(view(lo, hi - lo));
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

  Report make_report(size_t a, size_t len, const char* variant, const std::string& unit, std::string suggestion,
                     bool fix) const {
    Report r;
    r.span = {begin_of(a), end_of(a + len - 1)};
    r.variant = variant;
    r.args = {{"unit", unit}, {"suggestion", suggestion}};
    if (fix && !unit.empty()) r.fix = unit;
    return r;
  }
  void report_long(size_t a, size_t len, const std::string& unit, bool fix) {
    out_.report(make_report(a, len, "line", unit, "", fix));
    long_covered_.add(a, a + len);
  }
  void report(size_t a, size_t len, const char* variant, const std::string& unit, std::string suggestion = "",
              bool fix = false) {
    out_.report(make_report(a, len, variant, unit, std::move(suggestion), fix));
    short_covered_until_ = std::max(short_covered_until_, a + len);
  }

  // Doubled units longer than kShortMax: a 6-gram seen again at distance L is
  // the start of a check for a tandem repeat of period L. Called for the
  // 6-grams starting at j in [from, stop), in order; `last_` holds, per 16 bits
  // of a 6-gram's hash, the latest start of one plus one. 6-grams that hold a
  // barrier are left out.
  void find_long_repeats(size_t from, size_t stop) {
    hashes_.resize(stop - from);
    hash_6grams_low16(window_.low16(from), stop - from, hashes_.data());
    const std::vector<size_t>& barriers = reader_.barriers();
    uint32_t* last = last_.data();
    const uint16_t* hashes = hashes_.data();
    for (size_t j = from; j < stop;) {
      // The 6-grams from j up to the first that holds the next barrier.
      while (next_barrier_ < barriers.size() && barriers[next_barrier_] < j) ++next_barrier_;
      size_t fence = stop;
      if (next_barrier_ < barriers.size()) {
        const size_t b = barriers[next_barrier_];
        fence = std::min(stop, b >= kHashGram - 1 ? b - (kHashGram - 1) : 0);
        if (fence <= j) {  // the 6-grams up to b hold it
          j = b + 1;
          continue;
        }
      }
      for (Sighting seen; (seen = enter_6grams(last, hashes, from, j, fence, max_period_, resume_)).at < fence;) {
        check_long_repeat(seen.before, seen.at);
        j = seen.at + 1;
      }
      j = std::max(j, fence);
    }
  }

  // A 6-gram worth a look: where it starts, and where the last one with the
  // same hash started.
  struct Sighting {
    size_t at = 0, before = 0;
  };

  // Enters the 6-grams starting at [j, fence) in the table, in order, and
  // stops after the first that is worth a look: the last 6-gram with the same
  // hash starts kShortMax + 1 to max_period characters before it, and it is
  // not in a stretch already looked at. Returns it, or {fence} when there is
  // none. A loop of its own, so that it keeps its variables in registers.
  [[gnu::noinline]] static Sighting enter_6grams(uint32_t* last, const uint16_t* hashes, size_t from, size_t j,
                                                 size_t fence, size_t max_period, size_t resume) {
    for (; j < fence; ++j) {
      uint32_t& slot = last[hashes[j - from]];
      const size_t seen = slot;  // the start plus one, or 0
      slot = static_cast<uint32_t>(j + 1);
      const size_t period = j + 1 - seen;
      if (period - (kShortMax + 1) < max_period - kShortMax && seen != 0 && j >= resume) return {j, seen - 1};
    }
    return {fence, 0};
  }

  void check_long_repeat(size_t p, size_t j) {
    const size_t period = j - p;
    if (!same(p, j, kHashGram)) return;
    // The run of text that repeats at this period, looked at once: walks are
    // bounded by the period, and a rejected run is skipped as a whole, so
    // periodic junk (the same sentence a thousand times) stays linear.
    size_t r = p;
    while (r > resume_ && p - r < period && at(r - 1) != kBarrier && at(r - 1) == at(r - 1 + period)) --r;
    size_t e = p;
    while (exists(e + period) && at(e) != kBarrier && at(e) == at(e + period)) ++e;
    if (e - r < period) return;
    resume_ = e;
    if (han_count(r, period) * 2 < period || covered_by_long(r, 2 * period) || restates_previous_block(r, period)) {
      return;
    }
    // A run of one repeated character or a shorter period is not a doubled line.
    bool shorter = false;
    for (size_t q = 1; q <= kShortMax && !shorter; ++q) shorter = period % q == 0 && same(r, r + q, period - q);
    if (shorter) return;
    // Three or more copies in a row are one finding for the whole run.
    size_t copies = (e - r) / period + 1;
    if (copies == 2 && (doubled_text_blocks(r, 2 * period) || doubled_passage(r, period))) {
      resume_ = r + 2 * period;
      return;
    }
    std::string unit = text_of(r, period);
    bool contiguous = copies == 2 && end_of(r + period - 1) == begin_of(r + period);
    report_long(r, copies * period, unit, contiguous);
    resume_ = r + copies * period;
  }

  // One or more clauses ending a sentence, printed twice in a row inside a
  // paragraph (…统一配送，保证食品安全。…统一配送，保证食品安全。): a duplicated
  // passage, which duplicate-passage reports when it holds passage_min
  // characters (its min_chars) and a clause break, or twice as many.
  bool doubled_passage(size_t r, size_t period) {
    if (passage_min_ == 0) return false;
    auto ends_sentence = [](char32_t c) { return c == U'。' || c == U'！' || c == U'？' || c == '!' || c == '?'; };
    // The run may start one mark early, at the end of the sentence before
    // (。托育…选择 twice): the copies are still whole sentences.
    const bool whole = ends_sentence(at(r + period - 1)) || ends_sentence(at(r));
    size_t content = 0, breaks = 0;
    for (size_t k = 0; k < period; ++k) {
      const char32_t c = at(r + k);
      if (is_han(c) || (c < 0x80 && std::isalnum(static_cast<int>(c)))) {
        ++content;
      } else if (content >= 2 && k + 3 < period && (c == U'，' || c == U'；' || c == U'。' || ends_sentence(c))) {
        ++breaks;
      }
    }
    if (whole && content >= passage_min_ && (breaks > 0 || content >= 2 * passage_min_)) return true;
    // A sentence, or the clause that ends one, printed twice in a row
    // (健康管理，每位老人都有专属的健康档案和护理计划。每位老人…计划。): duplicate-passage
    // reports it from sentence_min characters.
    auto opens_clause = [](char32_t c) {
      return c == U'。' || c == U'！' || c == U'？' || c == U'，' || c == U'；' || c == U'：' || c == kBarrier;
    };
    // The run may start a few characters early, where the sentence before
    // ends as the copy does (…系统工程。乌梁素海…系统工程。乌梁素海…系统): a sentence end
    // inside the period is a whole sentence's end.
    if (sentence_min_ == 0 || content < sentence_min_) return false;
    // The copies end a sentence: the second is a sentence of its own, the
    // first a whole sentence, a clause or the tail of one (…，并责令使用单位限期
    // 申报检验。责令使用单位限期申报检验。).
    if (ends_sentence(at(r + period - 1))) return true;
    for (size_t k = 0; k + 1 < period; ++k) {
      if (ends_sentence(at(r + k))) return true;
    }
    return false;
  }

  static bool opens_sentence(char32_t c) {
    return c == U'。' || c == U'！' || c == U'？' || c == U'，' || c == U'；' || c == U'：' || c == kBarrier;
  }

  bool legal_unit(size_t i, size_t len) {
    // Spoken units are one sound said over (哈哈哈哈); two words of spoken
    // characters are not (加快加快): those that are said so are listed words (加油加油).
    bool numerals = true, spoken = true;
    for (size_t k = 0; k < len; ++k) {
      numerals &= is_numeral(at(i + k));
      spoken &= lex_.spoken.count(at(i + k)) > 0 && at(i + k) == at(i);
    }
    if (numerals || spoken) return true;
    // 监察支队|支队长: the lexicon knows a word the segmenter lacks, starting at the second copy.
    if (lexicon_covers(i, i + 2 * len) || lexicon_word_meets(i + len)) return true;
    if (len == 2 && (lex_.numeral_prefixes.count(at(i)) || at(i + 1) == U'着' || at(i + 1) == U'了')) return true;
    // 一个词一个词地教, 一个项目一个项目推进: one, a measure word and its noun, said over.
    if (len <= 4 && at(i) == U'一' && lex_.measure_words.count(at(i + 1))) return true;
    std::vector<size_t> bounds = boundaries_around(i, i + 2 * len);
    return !has(bounds, i + len);  // one word reaches across the middle
  }

  // Whether the pair at i (AA) is half of an AABB word: 祖祖辈辈, 热热闹闹,
  // 来来回回. Two doubled characters in a row are one reduplicated word, listed
  // or not; a garble doubles one character, not two neighbours. Three or more
  // doubled in a row (专专项项资资金金) is text extracted twice from a
  // fake-bold font, not a word.
  bool in_aabb(size_t i) {
    auto doubled_han = [&](size_t k) {
      return at(k) == at(k + 1) && is_han(at(k)) && !is_numeral(at(k)) && at(k + 2) != at(k) &&
             (k == 0 || at(k - 1) != at(k));
    };
    // A doubled pair at k and k + 2, written together (许静静 摄摄 is a name and
    // a garble), and none on either side.
    auto aabb_at = [&](size_t k) {
      return doubled_han(k) && at(k + 2) != at(k) && doubled_han(k + 2) && end_of(k + 1) == begin_of(k + 2) &&
             !(k >= 2 && doubled_han(k - 2)) && !doubled_han(k + 4);
    };
    return aabb_at(i) || (i >= 2 && aabb_at(i - 2));
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
    // The segmenter is the costly part: it is asked only when the cheaper
    // tests leave the answer open.
    std::u32string aa(2, c);
    std::optional<std::vector<size_t>> bounds;
    auto segmented = [&]() -> const std::vector<size_t>& {
      if (!bounds) bounds = boundaries_around(i, i + 2);
      return *bounds;
    };
    char32_t b = at(i + 2);
    if (in_aabb(i)) return 2;
    // A listed word around the pair and the characters on either side (有的的确:
    // 有的|的确) before the garble test; not the pair alone (高高 in 高高兴地).
    if (i > 0 && lexicon_covers(i - 1, i + 3)) return 2;
    // A name in quotation marks (名叫“果果”的长颈鹿, “乐乐”): a pet name doubles a character.
    if (i > 0 && at(i - 1) == U'“' && b == U'”') return 2;
    // 高高兴地 for 高高兴兴: A, then AB as one word (高|高兴), and no second B.
    // Not when the first A ends a word (目的|的确立) or AA is a word (明明|白天).
    if (is_han(b) && b != c && at(i + 3) != b) {
      std::u32string want = aa + std::u32string(2, b);
      if (lex_.words.count(want) && word_start(segmented(), i) == i && word_start(segmented(), i + 2) == i + 1) {
        report(i, 3, "garble", to_utf8(aa.substr(0, 1)), to_utf8(want));
        return 3;
      }
    }
    if (lexicon_covers(i, i + 2) || lexicon_word_meets(i + 1)) return 2;
    if (lex_.abb_tails.count(aa) && i > 0 && is_han(at(i - 1))) return 2;
    if (lex_.measure_words.count(c) && i > 0 && lex_.numeral_prefixes.count(at(i - 1))) return 2;
    // 全县县域, 本村村民, 该校校长: a body named by one character, then a word
    // that starts with it.
    if (lex_.bodies.count(c) && i > 0 && lex_.body_prefixes.count(at(i - 1)) && is_han(b)) return 2;
    // 图书馆馆长, 卫生院院长, 派出所所长: a body's name, then its head's title.
    if (lex_.bodies.count(c) && b == U'长' && i > 0 && is_han(at(i - 1))) return 2;
    // 陈晨晨, 王丹丹: a surname, then a given name of one character doubled.
    if (i > 0 && at(i - 1) != c && lex_.surnames.count(at(i - 1))) return 2;
    if (!has(segmented(), i + 1)) return 2;  // the segmenter knows AA as a word
    bool left_alone = word_length(segmented(), i) == 1;
    bool right_alone = word_length(segmented(), i + 1) == 1;
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
    if (!lex_.titles.count(view(i, 2))) return false;
    std::vector<size_t> bounds = boundaries_around(i, i + 3);
    if (!has(bounds, i + 2) || !has(bounds, i + 3)) return false;
    std::u32string title(view(i, 2));
    report(i, 3, "stutter", to_utf8(title.substr(0, 1)), to_utf8(title));
    return true;
  }

  // Returns the first position from i on (and before `limit`) where a short
  // unit may repeat, a character be doubled or a title stutter (see
  // find_possible_repeat): anywhere else the checks would find nothing. Past
  // the end of the stream nothing comes back.
  size_t next_candidate(size_t i, size_t limit) {
    static_assert(kRecurDistance == kShortMax);
    constexpr size_t kReach = kShortMax + 1;  // the filter reads this far past a position
    while (i < limit && exists(i + kReach)) {
      const size_t count = std::min(limit, window_.end() - kReach) - i;
      const size_t x = find_possible_repeat(window_.low16(i), count);
      if (x < count) return i + x;
      i += count;
    }
    // The last characters of the stream.
    for (; i < limit && exists(i); ++i) {
      if (at(i + 1) == at(i) || at(i + 2) == at(i)) return i;
      for (size_t k = 3; k <= kShortMax; ++k) {
        if (at(i + k) == at(i) && at(i + k + 1) == at(i + 1)) return i;
      }
    }
    return std::min(i, limit);
  }

  // Checks the positions from i on, before `limit` (or to the end of the
  // stream); returns where the next call goes on.
  size_t find_short_repeats(size_t i, size_t limit) {
    while ((i = next_candidate(i, limit)) < limit && exists(i)) i = check_short_repeats_at(i);
    return i;
  }

  // The checks at a position where a character comes back; returns the
  // next position to look at.
  [[gnu::noinline]] size_t check_short_repeats_at(size_t i) {
    if (at(i) == kBarrier || covered(i, 1)) return i + 1;
    size_t consumed = 0;
    const bool room = exists(i + 2 * kShortMax - 1);  // for every len below
    for (size_t len = 2; len <= kShortMax && consumed == 0; ++len) {
      if (room) {
        // The first two characters of the two copies, compared in place.
        const char32_t* p = window_.data(i);
        if (p[len] != p[0] || p[len + 1] != p[1]) continue;
      } else if (!exists(i + 2 * len - 1)) {
        break;
      }
      // Han characters only, or a short sentence with its full stop
      // (古树是活的文物。古树是活的文物。), shorter than the long scan looks for.
      if (!same(i, i + len, len)) continue;
      const size_t han = han_count(i, len);
      const char32_t last = at(i + len - 1);
      const bool sentence = len >= 5 && han == len - 1 && (last == U'。' || last == U'！' || last == U'？');
      if (han != len && !sentence) continue;
      // A whole sentence from sentence_min characters is duplicate-passage's
      // (its doubled_min_chars), and so is a sentence's tail printed again as
      // a sentence of its own (…让村民用上了高速网络。用上了高速网络。).
      if (sentence && sentence_min_ > 0 && han >= sentence_min_) {
        consumed = 2 * len;
        break;
      }
      if (covered(i, 2 * len)) break;
      if (!restates_previous_block(i, len) && !legal_unit(i, len)) {
        size_t e = i + len;  // further copies in a row belong to the same finding
        while (exists(e + len) && at(e + len) != kBarrier && at(e + len) == at(e)) ++e;
        size_t copies = (e - i) / len + 1;
        bool contiguous = copies == 2 && end_of(i + len - 1) == begin_of(i + len);
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
    return i + (consumed > 0 && covered(i, 1) ? consumed : 1);
  }

  static std::string to_utf8(const std::u32string& s) {
    std::string out;
    for (char32_t c : s) append_utf8(out, c);
    return out;
  }

  const Document& doc_;
  const Structure& structure_;
  const ReduplicationLexicon& lex_;
  size_t line_min_;
  size_t max_period_;
  size_t passage_min_;  // 0: doubled sentences are reported here too
  size_t sentence_min_;  // 0: whole sentences printed twice in a row are reported here too
  Reporter& out_;
  HanStreamReader reader_;
  CharWindow window_{/*keep_low16=*/true};
  std::vector<uint32_t> last_;     // the long scan's 6-gram table
  std::vector<uint16_t> hashes_;   // of the 6-grams of the stretch being scanned
  size_t next_barrier_ = 0;        // the first barrier the long scan has not passed
  size_t resume_ = 0;              // the long scan passes over what it has looked at
  Coverage long_covered_;
  size_t short_covered_until_ = 0;
  WordSegmenter segmenter_;
};

bool is_word_char(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '\''; }

// True when `before` (a paragraph's text up to a point) leaves a quotation
// open: more opening curly quotes than closing ones, or an odd number of
// straight double quotes.
bool inside_quotation(std::string_view before) {
  size_t opened = 0, closed = 0, straight = 0;
  for (size_t at = before.find_first_of("\"\xE2"); at != std::string_view::npos;
       at = before.find_first_of("\"\xE2", at + 1)) {
    if (before[at] == '"') {
      ++straight;
    } else if (before.substr(at, 3) == "\u201C") {
      ++opened;
    } else if (before.substr(at, 3) == "\u201D") {
      ++closed;
    }
  }
  return opened > closed || straight % 2 == 1;
}

// A short sentence set twice in a row (It jammed. It jammed.): two to four
// words and their full stop, then the same again after a space, outside
// quotation marks (where a speaker may say "No. No." on purpose). Calls
// report(first, end) with the first copy's start and the second's end.
template <typename Report>
void find_doubled_sentences(std::string_view text, Report report) {
  constexpr size_t kLongest = 40;  // bytes in a sentence short enough to be set twice by a slip
  for (size_t stop = text.find(". "); stop != std::string_view::npos; stop = text.find(". ", stop + 1)) {
    size_t begin = stop;
    while (begin > 0 && stop - begin < kLongest && (is_word_char(text[begin - 1]) || text[begin - 1] == ' ')) --begin;
    while (begin < stop && text[begin] == ' ') ++begin;
    // The sentence opens after a sentence's end, at a line's start or at the text's.
    const bool opens = begin == 0 || text[begin - 1] == '\n' ||
                       (text[begin - 1] == ' ' && begin >= 2 && (text[begin - 2] == '.' || text[begin - 2] == '!' ||
                                                                  text[begin - 2] == '?'));
    if (!opens || begin == stop || !std::isupper(static_cast<unsigned char>(text[begin]))) continue;
    const std::string_view sentence = text.substr(begin, stop + 1 - begin);  // with its full stop
    const size_t words = static_cast<size_t>(std::count(sentence.begin(), sentence.end(), ' ')) + 1;
    if (words < 2 || words > 4 || sentence.find("  ") != std::string_view::npos) continue;
    const size_t second = stop + 2;
    if (text.substr(second, sentence.size()) != sentence) continue;
    const size_t end = second + sentence.size();
    if (end < text.size() && is_word_char(text[end])) continue;
    const size_t paragraph = begin == 0 ? 0 : text.rfind("\n\n", begin - 1);
    const size_t from = paragraph == std::string_view::npos ? 0 : paragraph;
    if (inside_quotation(text.substr(from, begin - from))) continue;
    report(begin, end);
    stop = end - 1;
  }
}

// A name or phrase set twice with no space between, as PDF extraction glues a
// byline's copies (By Dana WhitfieldDana Whitfield, SmithSmith): at a lower-case
// letter followed by a capital, the one to four words after it equal the
// text before it, from a word's start. Calls report(first, end) with the
// first copy's start and the second's end.
template <typename Report>
void find_glued_doubles(std::string_view text, Report report) {
  constexpr size_t kLongestPhrase = 4;  // words
  constexpr size_t kShortest = 4;       // bytes in a copy (SmithSmith, not McMc)
  for (size_t at = 1; at < text.size(); ++at) {
    if (!std::isupper(static_cast<unsigned char>(text[at])) || !std::islower(static_cast<unsigned char>(text[at - 1]))) {
      continue;
    }
    size_t end = at;
    for (size_t words = 0; words < kLongestPhrase && end < text.size();) {
      while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
      ++words;
      const size_t length = end - at;
      // The copy ends a word and the first copy starts one.
      const bool whole = (end == text.size() || !std::isalpha(static_cast<unsigned char>(text[end]))) && length <= at &&
                         (length == at || !std::isalpha(static_cast<unsigned char>(text[at - length - 1])));
      if (length >= kShortest && whole && text.compare(at - length, length, text, at, length) == 0) {
        report(at - length, end);
        break;
      }
      if (end >= text.size() || text[end] != ' ' || end + 1 >= text.size() ||
          !std::isalpha(static_cast<unsigned char>(text[end + 1]))) {
        break;
      }
      ++end;
    }
  }
}

}  // namespace

RepetitionKind::RepetitionKind(RuleSpec spec, RuleOptions& options) : Rule(std::move(spec)) {
  std::string mode = options.get<std::string>("mode", "han");
  if (mode != "han" && mode != "words") options.add_error(options.node("mode"), "mode must be 'han' or 'words'");
  words_mode_ = mode == "words";
  line_min_ = static_cast<size_t>(std::max(2, options.get<int>("line_min", 8)));
  max_period_ = static_cast<size_t>(std::max(9, options.get<int>("max_period", 400)));
  passage_min_ = static_cast<size_t>(std::max(0, options.get<int>("passage_min_chars", 0)));
  sentence_min_ = static_cast<size_t>(std::max(0, options.get<int>("sentence_min_chars", 0)));
  auto path = options.path("lexicon", "../data/reduplication.yaml");
  auto lexicon = ReduplicationLexicon::shared(path);
  if (!lexicon.ok()) {
    options.add_error(options.node("lexicon"), "cannot read the lexicon: " + lexicon.status().message());
  } else {
    lexicon_ = std::move(lexicon.value());
  }
}

void RepetitionKind::check(const Document& doc, const std::vector<Unit>&, Reporter& out) const {
  if (!lexicon_) return;
  if (words_mode_) {
    check_words(doc, out);
  } else {
    HanScan(doc, *lexicon_, line_min_, max_period_, passage_min_, sentence_min_, out).run();
  }
}

void RepetitionKind::check_words(const Document& doc, Reporter& out) const {
  constexpr size_t kLongestPhrase = 4;  // words in a repeated phrase (in the in the)
  const std::string& text = doc.text();
  struct Word {
    size_t begin = 0, end = 0;
    std::string lower;
  };
  // The words since the last mark that parts them, at most 2 * kLongestPhrase.
  std::vector<Word> run;
  auto report = [&](size_t first, size_t n) {  // run[first, first + n) repeated right after itself
    const Word& a = run[first];
    const Word& b = run[first + n];
    Report r;
    r.span = {a.begin, run.back().end};
    r.variant = n == 1 ? "word" : "phrase";
    r.args = {{"unit", text.substr(a.begin, run[first + n - 1].end - a.begin)}, {"suggestion", ""}};
    if (b.begin == run[first + n - 1].end + 1 && text[b.begin - 1] == ' ') r.fix = r.args[0].second;
    out.report(std::move(r));
    run.clear();
  };
  find_doubled_sentences(text, [&](size_t begin, size_t end) {
    Report r;
    r.span = {begin, end};
    r.variant = "sentence";
    const size_t half = (end - begin - 1) / 2;  // the first copy with its full stop
    r.args = {{"unit", text.substr(begin, half)}, {"suggestion", ""}};
    out.report(std::move(r));
  });
  find_glued_doubles(text, [&](size_t begin, size_t end) {
    Report r;
    r.span = {begin, end};
    const std::string_view copy = std::string_view(text).substr(begin, (end - begin) / 2);
    r.variant = copy.find(' ') == std::string_view::npos ? "word" : "phrase";
    r.args = {{"unit", std::string(copy)}, {"suggestion", ""}};
    r.fix = std::string(copy);
    out.report(std::move(r));
  });
  size_t i = 0;
  while (i < text.size()) {
    if (!is_word_char(text[i]) || text[i] == '\'') {
      // Anything but spaces and single line breaks between two words parts them.
      if (!run.empty() && text[i] != ' ' && text[i] != '\t' && text[i] != '\n' && text[i] != '\'') run.clear();
      if (!run.empty() && text[i] == '\n' && i > run.back().end && text.find('\n', run.back().end) < i) run.clear();
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
    if (glued) {
      run.clear();
      continue;
    }
    for (size_t k = w.begin; k < w.end; ++k) w.lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text[k]))));
    if (run.size() == 2 * kLongestPhrase) run.erase(run.begin());
    run.push_back(std::move(w));
    const size_t size = run.size();
    if (size >= 2 && run[size - 2].lower == run[size - 1].lower) {
      if (!lexicon_->english_exceptions.count(run.back().lower) && !particle_then_preposition(run)) report(size - 2, 1);
      continue;
    }
    // A phrase set twice (in the in the, at the end of at the end of): no
    // phrase of two words or more is correct when doubled without a comma.
    for (size_t n = 2; n <= kLongestPhrase && 2 * n <= size; ++n) {
      bool same = true;
      for (size_t k = 0; k < n && same; ++k) same = run[size - 2 * n + k].lower == run[size - n + k].lower;
      if (same) {
        report(size - 2 * n, n);
        break;
      }
    }
  }
}

}  // namespace copydesk
