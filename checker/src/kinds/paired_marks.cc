#include "kinds/paired_marks.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/byte_set.h"
#include "core/utf8.h"
#include "extract/code_point_set.h"
#include "kinds/layout_text.h"
#include "kinds/mark_finder.h"
#include "rules/literal_prefilter.h"
#include "segment/structure.h"
#include "segment/text_shape.h"

namespace copydesk {

namespace {

// The opener a closer pairs with, or 0 when `c` is no closer.
char32_t opener_of(char32_t c) {
  switch (c) {
    case U'”': return U'“';
    case U'’': return U'‘';
    case U'》': return U'《';
    case U'〉': return U'〈';
    case U'）': case ')': return U'（';
    case U'】': return U'【';
    case U'〕': return U'〔';
    case U'」': return U'「';
    case U'』': return U'『';
    default: return 0;
  }
}

// The opener `c` is (half-width parentheses fold into the full-width ones), or 0.
char32_t as_opener(char32_t c) {
  switch (c) {
    case U'“': case U'‘': case U'《': case U'〈': case U'（': case U'【': case U'〔': case U'「': case U'『':
      return c;
    case '(': return U'（';
    default: return 0;
  }
}

// Length of the UTF-8 character a byte starts (as utf8_sequence_length).
constexpr std::array<uint8_t, 256> kLength = [] {
  std::array<uint8_t, 256> length{};
  for (int b = 0; b < 256; ++b) length[b] = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  return length;
}();

bool is_quote(char32_t c) { return c == U'“' || c == U'‘'; }

// Characters that legitimately follow a quoted term: particles and suffixes.
bool is_suffix(char32_t c) {
  static const std::u32string kSuffixes = U"的地得了着过们中上下里内外后前间时等者式型类化性和与及或是为在从向对把被将也都就还又";
  return kSuffixes.find(c) != std::u32string::npos;
}

struct Open {
  char32_t mark;
  Span span;
};

// A closing quote between a quote's last character and the next one: a cut
// word when the text uses the two characters together elsewhere.
struct InsideWord {
  Span span;  // the quote's last character, the closing mark and the next character
  char32_t last = 0, next = 0;
};

uint64_t pair_key(char32_t a, char32_t b) { return (static_cast<uint64_t>(a) << 21) | b; }

// Returns the offset of the first character at or after `at` that has a
// successor and may be the first of a wanted pair: a four-byte character, or
// a three-byte one in `maybe_first`; else text.size(). `at` is a character
// boundary. The lead bytes of such characters (0xE0 and above, which never
// occur inside a character) are found sixteen at a time, so that the set
// lookups (an 8 KB bitmap, read from the bytes without decoding them) do not
// wait on one another as a walk from character to character would.
size_t next_maybe_pair(std::string_view text, size_t at, const CodePointSet& maybe_first) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  auto may_start_pair = [&](size_t lead) {
    const size_t length = kLength[p[lead]];
    return lead + length < size && (length == 4 || maybe_first.contains(p[lead], p[lead + 1], p[lead + 2]));
  };
  for (; at + 16 <= size; at += 16) {
    for (unsigned mask = wide_lead_byte_mask(p + at); mask != 0; mask &= mask - 1) {
      const size_t lead = at + static_cast<size_t>(std::countr_zero(mask));
      if (may_start_pair(lead)) return lead;
    }
  }
  for (; at < size; ++at) {
    if (p[at] >= 0xE0 && may_start_pair(at)) return at;
  }
  return size;
}

// Reports the candidates whose two characters stand together somewhere in
// the text. A few pairs are each looked for with contains_text; many are looked up
// together in one pass over the text (one search of the whole text per quote
// would make a long document quadratic), which stops once every pair has been
// seen: a cut word is two Han characters, so only a character of three or
// four bytes can start a pair, and a pair is looked up only when both its
// characters are wanted ones (tables by code point, for three-byte ones).
void report_inside_words(std::string_view text, const std::vector<InsideWord>& candidates, Reporter& out) {
  if (candidates.empty()) return;
  constexpr size_t kSearchedOneByOne = 16;
  std::unordered_set<uint64_t> wanted, used;
  for (const InsideWord& c : candidates) wanted.insert(pair_key(c.last, c.next));
  if (wanted.size() <= kSearchedOneByOne) {
    std::unordered_set<uint64_t> looked_for;
    for (const InsideWord& c : candidates) {
      const uint64_t key = pair_key(c.last, c.next);
      if (!looked_for.insert(key).second) continue;
      std::string needle;
      append_utf8(needle, c.last);
      append_utf8(needle, c.next);
      if (contains_text(text, needle)) used.insert(key);
    }
  } else {
    // The wanted first and second characters of three bytes: most
    // characters of the text are passed over with a set lookup.
    CodePointSet maybe_first, maybe_second;
    for (const InsideWord& c : candidates) {
      if (c.last < 0x10000) maybe_first.add(c.last);
      if (c.next < 0x10000) maybe_second.add(c.next);
    }
    const size_t size = text.size();
    for (size_t at = 0, second_at = 0; (at = next_maybe_pair(text, at, maybe_first)) < size; at = second_at) {
      second_at = at + kLength[static_cast<unsigned char>(text[at])];
      const char32_t second = code_point_at(text, second_at);
      if (second < 0x10000 && !maybe_second.contains(second)) continue;
      uint64_t key = pair_key(code_point_at(text, at), second);
      if (wanted.count(key) && used.insert(key).second && used.size() == wanted.size()) break;
    }
  }
  for (const InsideWord& c : candidates) {
    if (!used.count(pair_key(c.last, c.next))) continue;  // the word is not used elsewhere
    std::string word;
    append_utf8(word, c.last);
    append_utf8(word, c.next);
    Report r;
    r.span = c.span;
    r.variant = "inside-word";
    r.args.emplace_back("word", word);
    out.report(std::move(r));
  }
}

// A mark that does not pair up: `variant` "" (closes nothing) or "unclosed".
void report_mark(Reporter& out, Span span, const std::string& variant) {
  Report r;
  r.span = span;
  r.variant = variant;
  r.args.emplace_back("word", "");
  out.report(std::move(r));
}

class Matcher {
 public:
  Matcher(const Document& doc, bool chinese, Reporter& out, std::vector<InsideWord>& inside_word, MarkFinder& marks,
          const std::set<size_t>& paired_elsewhere)
      : text_(doc.text()),
        chinese_(chinese),
        out_(out),
        inside_word_(inside_word),
        marks_(marks),
        paired_elsewhere_(paired_elsewhere) {}

  void scan(Span span) {
    const size_t end = std::min(span.end, text_.size());
    scanned_end_ = end;
    for (size_t at = span.begin; (at = marks_.next(at, end)) < end;) {
      Utf8Iterator it(text_, at);
      char32_t c = it.code_point();
      Span here{it.offset(), it.next_offset()};
      at = here.end;
      if (paired_elsewhere_.count(here.begin)) continue;
      if (!chinese_ && (c == U'‘' || c == U'’')) continue;
      if (c == U'’' && is_apostrophe(here)) continue;
      if (char32_t o = as_opener(c)) {
        stack_.push_back({o, here});
      } else if (char32_t o = opener_of(c)) {
        close(o, here);
      }
    }
  }

  // Ends a paragraph: reports what is still open, except quotations continued
  // by the next paragraph's opening quote. A quotation whose own text names
  // its speaker (“We had to rebuild the wheel, he said. Only the axle…) is
  // not continued: its closing mark is missing before the attribution.
  void end_paragraph(bool next_opens_quote) {
    for (const Open& open : stack_) {
      if (next_opens_quote && is_quote(open.mark) && opens_quotation(open.span) &&
          !names_speaker(text_.substr(open.span.end, scanned_end_ - std::min(scanned_end_, open.span.end)))) {
        continue;
      }
      report_open(open);
    }
    stack_.clear();
  }

 private:
  // Whether the quote mark at `mark` opens a quotation, which may run over
  // several paragraphs: at a paragraph's or sentence's start, or after a
  // colon, a comma or a verb of saying (他说：“…, she said, “…). A quote after
  // other words names a term (改造成“邻里客厅) and closes in its paragraph.
  bool opens_quotation(Span mark) const {
    size_t p = mark.begin;
    while (p > 0 && (text_[p - 1] == ' ' || text_[p - 1] == '\t')) --p;
    if (p == 0 || text_[p - 1] == '\n') return true;
    const std::string_view before = text_.substr(0, p);
    for (std::string_view intro : {"：", ":", "，", ",", "。", "！", "？", ".", "!", "?", "”", "说", "道", "称", "表示",
                                   "指出", "介绍", "认为", "强调"}) {
      if (before.ends_with(intro)) return true;
    }
    return false;
  }

  // An attribution after a comma (", he said", ", she added", ", said Amy
  // Corder") or, in Chinese, a sentence about the speaker after a sentence's
  // end (“冬泳我坚持了30年，…不得劲。他表示，明年还会…).
  static bool names_speaker(std::string_view quoted) {
    if (names_speaker_zh(quoted)) return true;
    static constexpr std::array<std::string_view, 6> kWho = {"he ", "she ", "they ", "we ", "I ", "said "};
    static constexpr std::array<std::string_view, 5> kVerbs = {"said", "says", "added", "recalled", "explained"};
    for (size_t at = quoted.find(", "); at != std::string_view::npos; at = quoted.find(", ", at + 1)) {
      const std::string_view after = quoted.substr(at + 2);
      for (std::string_view who : kWho) {
        if (!after.starts_with(who)) continue;
        if (who == "said ") return true;
        const std::string_view verb = after.substr(who.size());
        for (std::string_view v : kVerbs) {
          if (verb.starts_with(v) && (verb.size() == v.size() || !std::isalpha(static_cast<unsigned char>(verb[v.size()])))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  static bool names_speaker_zh(std::string_view quoted) {
    static constexpr std::array<std::string_view, 4> kWho = {"他们", "她们", "他", "她"};
    static constexpr std::array<std::string_view, 10> kVerbs = {"表示", "说", "介绍", "告诉", "坦言", "感慨",
                                                                "补充", "透露", "强调", "笑着说"};
    for (std::string_view end : {"。", "！", "？"}) {
      for (size_t at = quoted.find(end); at != std::string_view::npos; at = quoted.find(end, at + end.size())) {
        std::string_view after = quoted.substr(at + end.size());
        const auto who = std::find_if(kWho.begin(), kWho.end(), [&](std::string_view w) { return after.starts_with(w); });
        if (who == kWho.end()) continue;
        after.remove_prefix(who->size());
        for (std::string_view adverb : {"还", "也", "又"}) {
          if (after.starts_with(adverb)) after.remove_prefix(adverb.size());
        }
        if (std::any_of(kVerbs.begin(), kVerbs.end(), [&](std::string_view v) { return after.starts_with(v); })) return true;
      }
    }
    return false;
  }

  // An opener left open, or a parenthesis closed by a square bracket later in
  // its paragraph ((roughly 760,000 pounds]: one mismatched pair, not two marks
  // astray; square brackets are not paired otherwise, as English copy rarely
  // uses them).
  void report_open(const Open& open) {
    if (open.mark == U'（') {
      const size_t end = std::max(open.span.end, std::min(scanned_end_, text_.size()));
      const std::string_view rest = text_.substr(open.span.end, end - open.span.end);
      const size_t square = rest.find(']');
      const size_t closed = rest.find_first_of(")[");
      if (square != std::string_view::npos && (closed == std::string_view::npos || closed > square)) {
        report_mark(out_, {open.span.begin, open.span.end + square + 1}, "mismatched");
        return;
      }
    }
    report_mark(out_, open.span, "unclosed");
  }

  bool is_apostrophe(Span here) const {
    if (here.begin == 0 || here.end >= text_.size()) return false;
    char32_t prev = code_point_at(text_, previous_offset(text_, here.begin));
    char32_t next = code_point_at(text_, here.end);
    return prev < 0x80 && std::isalpha(static_cast<int>(prev)) && next < 0x80 && std::isalpha(static_cast<int>(next));
  }

  void close(char32_t opener, Span here) {
    for (size_t i = stack_.size(); i-- > 0;) {
      if (stack_[i].mark != opener) continue;
      for (size_t j = i + 1; j < stack_.size(); ++j) report_open(stack_[j]);
      Span content{stack_[i].span.end, here.begin};
      stack_.resize(i);
      if (opener == U'“' || opener == U'‘') check_inside_word(content, here);
      return;
    }
    if (opener == U'（' && is_list_marker(here)) return;
    report_mark(out_, here, "");
  }

  // 1) a) 一） at the start of a line or after a mark: an item number, not half a pair.
  bool is_list_marker(Span closer) const {
    size_t p = closer.begin;
    int chars = 0;
    while (p > 0 && chars < 3) {
      size_t prev = previous_offset(text_, p);
      char32_t c = code_point_at(text_, prev);
      bool ordinal = (c < 0x80 && std::isalnum(static_cast<int>(c))) || std::u32string_view(U"一二三四五六七八九十").find(c) != std::u32string_view::npos;
      if (!ordinal) break;
      p = prev;
      ++chars;
    }
    if (chars == 0) return false;
    if (p == 0) return true;
    char32_t before = code_point_at(text_, previous_offset(text_, p));
    return before == '\n' || is_space(before) || is_cjk_punctuation(before) || before == ',' || before == ';';
  }

  // “五大产业集”群: the next character completes the last word of the quote.
  void check_inside_word(Span content, Span closer) {
    if (closer.end >= text_.size()) return;
    Utf8Iterator it(text_, closer.end);
    char32_t next = it.code_point();
    if (!is_han(next) || is_suffix(next)) return;
    it.next();
    if (!it.done() && is_han(it.code_point())) return;  // a word of its own follows
    std::string_view quoted = content.of(text_);
    if (code_point_count(quoted) < 2) return;
    size_t last = previous_offset(quoted, quoted.size());
    if (!is_han(code_point_at(quoted, last))) return;
    inside_word_.push_back({{content.begin + last, it.offset()}, code_point_at(quoted, last), next});
  }

  std::string_view text_;
  bool chinese_;
  Reporter& out_;
  std::vector<Open> stack_;
  size_t scanned_end_ = 0;  // the end of the text scanned last
  std::vector<InsideWord>& inside_word_;  // shared by the matchers of a document
  MarkFinder& marks_;                     // likewise
  const std::set<size_t>& paired_elsewhere_;  // marks paired across styles (find_mixed_quotes)
};

bool opens_with_quote(std::string_view s) {
  s = trim_blanks(s);
  return !s.empty() && (code_point_at(s, 0) == U'“' || code_point_at(s, 0) == U'‘');
}

// A straight double quote after a word or a sentence's punctuation, and
// before white space or the end: it closes a quotation.
bool straight_quote_closes(std::string_view text, size_t at) {
  if (at == 0) return false;
  const char before = text[at - 1];
  if (before == ' ' || before == '\n' || before == '\t' || before == '(' || before == '[') return false;
  if (static_cast<unsigned char>(before) >= 0x80) return false;  // — “ and the like open quotations
  const char after = at + 1 < text.size() ? text[at + 1] : '\n';
  return after == ' ' || after == '\n' || after == '\t' || after == '\r';
}

// “We had a mill …," said the chair: a curly quote closed by a straight one,
// as happens when copy pasted from a word processor is edited with straight
// quotes. The pair is reported once, at its opening mark, and both marks are
// left out of the two matchers (which would report each as unpaired).
std::set<size_t> find_mixed_quotes(std::string_view text, Span span, Reporter& out) {
  std::set<size_t> paired;
  std::optional<size_t> curly;  // the last “ not closed yet
  for (size_t at = span.begin; at < span.end && at < text.size(); ++at) {
    const std::string_view rest = text.substr(at);
    if (rest.starts_with("“")) {
      curly = at;
      at += std::string_view("“").size() - 1;
    } else if (rest.starts_with("”")) {
      curly.reset();
      at += std::string_view("”").size() - 1;
    } else if (text[at] == '"') {
      if (curly && straight_quote_closes(text, at)) {
        paired.insert(*curly);
        paired.insert(at);
        report_mark(out, {*curly, *curly + std::string_view("“").size()}, "mixed-quotes");
      }
      curly.reset();
    } else if (text[at] == '\n' && rest.starts_with("\n\n")) {
      curly.reset();  // a paragraph's end
    }
  }
  return paired;
}

bool opens_with_straight_quote(std::string_view s) {
  s = trim_blanks(s);
  return !s.empty() && s[0] == '"';
}

// Straight double quotes ("), which do not say whether they open or close a
// quotation: they take turns, so one left open at the end of a paragraph was
// never closed, unless the next paragraph opens with a quote (a quotation over
// several paragraphs). With none open, a " right after a digit is an inch
// mark (a 12" pipe, 5'11"), and one that stands like a closer (after a word,
// before a space or the end) closes a quotation that was never opened.
class StraightQuotes {
 public:
  StraightQuotes(std::string_view text, Reporter& out, const std::set<size_t>& paired_elsewhere)
      : text_(text), out_(out), paired_elsewhere_(paired_elsewhere) {}

  void scan(Span span) {
    const size_t end = std::min(span.end, text_.size());
    for (size_t at = span.begin; (at = text_.find('"', at)) < end; ++at) {
      if (paired_elsewhere_.count(at)) continue;
      if (open_ && stands_as_opener(at)) {
        // A quotation opens while one is open: the first was never closed
        // ("Rents went up faster than that, said Delgado. "People…).
        report_unclosed(*open_, at);
        open_ = Span{at, at + 1};
        continue;
      }
      if (open_) {
        open_.reset();
        continue;
      }
      const char before = at > 0 ? text_[at - 1] : '\n';
      if (before >= '0' && before <= '9') continue;  // an inch mark
      const Span here{at, at + 1};
      if (stands_as_closer(at)) {
        report_mark(out_, here, "");
      } else {
        open_ = here;
      }
    }
  }

  void end_paragraph(bool next_opens_quote) {
    if (open_ && !next_opens_quote) report_mark(out_, *open_, "unclosed");
    open_.reset();
  }

 private:
  // After white space or an opening bracket, and before a letter or digit:
  // "People are…, never "…" or …," at the end of a quotation.
  bool stands_as_opener(size_t at) const {
    const char before = at > 0 ? text_[at - 1] : '\n';
    if (!(before == ' ' || before == '\n' || before == '\t' || before == '(' || before == '[')) return false;
    const char after = at + 1 < text_.size() ? text_[at + 1] : '\n';
    return std::isalnum(static_cast<unsigned char>(after)) != 0;
  }

  // An open quotation that a later one shows was never closed: reported where
  // the closing mark was left out when an attribution (, said Maria Delgado)
  // follows the quoted words, else at its opening mark.
  void report_unclosed(Span open, size_t next) {
    static const RE2 attribution(
        "(,[ \\t]+(?:[A-Z][A-Za-z.'’-]*[ \\t]+){0,3}(?:said|says|told|added|asked|explained|wrote)\\b)");
    re2::StringPiece found;
    if (RE2::PartialMatch(re2::StringPiece(text_.data() + open.end, next - open.end), attribution, &found)) {
      const size_t begin = static_cast<size_t>(found.data() - text_.data());
      report_mark(out_, {begin, begin + found.size()}, "unclosed-before");
      return;
    }
    report_mark(out_, open, "unclosed");
  }

  bool stands_as_closer(size_t at) const { return straight_quote_closes(text_, at); }

  std::string_view text_;
  Reporter& out_;
  const std::set<size_t>& paired_elsewhere_;
  std::optional<Span> open_;
};

}  // namespace

PairedMarksKind::PairedMarksKind(RuleSpec spec, RuleOptions& options)
    : Rule(std::move(spec)), straight_quotes_(options.get<bool>("straight_quotes", false)) {}

void PairedMarksKind::check(const Document& doc, const std::vector<Unit>& units, Reporter& out) const {
  std::string_view text = doc.text();
  const Structure& s = doc.analysis<Structure>();
  std::vector<InsideWord> inside_word;
  MarkFinder marks(text, doc.analysis<PunctuationAnchors>());
  // Curly quotes closed by straight ones: reported here, skipped below.
  std::set<size_t> mixed;
  if (straight_quotes_ && text.find('"') != std::string_view::npos && text.find("“") != std::string_view::npos) {
    for (const Unit& unit : units) {
      std::set<size_t> found = find_mixed_quotes(text, unit.span, out);
      mixed.insert(found.begin(), found.end());
    }
  }
  Matcher body(doc, doc.language() == Language::kChinese, out, inside_word, marks, mixed);
  std::optional<StraightQuotes> straight;
  if (straight_quotes_ && text.find('"') != std::string_view::npos) straight.emplace(text, out, mixed);
  // Each block is asked about twice (as itself and as the next block): the
  // answer is kept. 0: not asked yet, 1: body text, 2: not.
  std::vector<uint8_t> body_block(s.blocks.size(), 0);
  auto is_body = [&](size_t i) {
    if (body_block[i] == 0) body_block[i] = is_body_block(s.blocks[i], text) ? 1 : 2;
    return body_block[i] == 1;
  };
  // A block the one before ran on into, on the next line (a photo credit
  // broken across lines: "(Staff photo by Marcus" / "Lee)"): one paragraph.
  auto on_next_line = [&](const Block& a, const Block& b) {
    if (b.span.begin < a.span.end) return false;
    const std::string_view between = text.substr(a.span.end, b.span.begin - a.span.end);
    return std::count(between.begin(), between.end(), '\n') == 1 &&
           between.find_first_not_of(" \t\r\n") == std::string_view::npos;
  };
  bool carried = false;  // the block before runs on into this one
  for (const Unit& unit : units) {
    // The unit's blocks, not every block of the document.
    for (size_t i = s.first_block_from(unit.span.begin); i < s.blocks.size() && s.blocks[i].span.begin <= unit.span.end; ++i) {
      const Block& b = s.blocks[i];
      if (!unit.span.contains(b.span)) continue;
      if (!carried && !is_body(i)) {
        Matcher own(doc, doc.language() == Language::kChinese, out, inside_word, marks, mixed);
        own.scan(b.span);
        own.end_paragraph(false);
        if (straight) {
          StraightQuotes own_straight(text, out, mixed);
          own_straight.scan(b.span);
          own_straight.end_paragraph(false);
        }
        continue;
      }
      body.scan(b.span);
      if (straight) straight->scan(b.span);
      const Block* next = i + 1 < s.blocks.size() ? &s.blocks[i + 1] : nullptr;
      const bool open_end = !ends_paragraph(b.span.of(text));
      bool continues = next && open_end && (is_body(i + 1) || on_next_line(b, *next));
      carried = continues;
      if (!continues) {
        body.end_paragraph(next && opens_with_quote(next->span.of(text)));
        if (straight) straight->end_paragraph(next && opens_with_straight_quote(next->span.of(text)));
      }
    }
  }
  body.end_paragraph(false);
  if (straight) straight->end_paragraph(false);
  report_inside_words(text, inside_word, out);
}

}  // namespace copydesk
