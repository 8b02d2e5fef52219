// Searching with a regular expression without running it over every byte.
//
// RE2's DFA costs some 17 instructions per byte of text, and most units of a
// document hold no match of a given punctuation or number pattern. The
// literals every match contains (rules/required_literals.h) are found first,
// through their anchor bytes (rules/literal_anchors.h) and memchr; RE2 then
// runs only where a match could begin: at an occurrence, or in the few bytes
// before it that the pattern allows, on a window of text as long as the
// longest match. The matches found are exactly those of a plain scan.
//
//   LiteralPrefilter prefilter(*regex);                       // when the rule loads
//   PrefilteredSearch search(*regex, prefilter, doc.text());  // per document
//   if (search.set_span(unit.span)) {
//     while (search.find(unit.span.begin, from, match, n)) ...
//   }
#pragma once

#include <re2/re2.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "rules/literal_anchors.h"
#include "rules/required_literals.h"

namespace copydesk {

class Document;

// What a rule keeps of its expression's literals: worked out once, when it loads.
class LiteralPrefilter {
 public:
  explicit LiteralPrefilter(const RE2& regex);

  // False when the expression has no literals to look for: it is run on every unit.
  bool active() const { return literals_.has_value(); }
  // Whether an anchor byte is one of PunctuationAnchors::kBytes.
  bool uses_punctuation_anchors() const;
  const RequiredLiterals& literals() const { return *literals_; }
  const std::vector<unsigned char>& anchor_bytes() const { return anchor_bytes_; }

  // The literals anchored on `byte` at `offset`, all `length` bytes long:
  // each as a key of its first eight bytes (sorted), then the rest.
  struct Group {
    size_t offset = 0;
    size_t length = 0;
    uint64_t mask = 0;  // the bits of a key that hold its first `length` bytes
    std::vector<uint64_t> keys;
    std::vector<std::string> tails;  // when longer than eight bytes, in the order of keys
    // One bit per hash of a key (filter_bit): most anchor bytes in a text
    // begin no literal (，is EF like the full-width digits), and a clear bit
    // turns one away before the keys are searched.
    std::array<uint64_t, 16> filter{};

    static size_t filter_bit(uint64_t key) { return (key * 0x9E3779B97F4A7C15ULL) >> 54; }
    bool may_hold(uint64_t key) const {
      const size_t bit = filter_bit(key);
      return (filter[bit / 64] >> (bit % 64)) & 1;
    }
  };
  const std::vector<Group>& groups(unsigned char byte) const { return groups_[byte]; }

  // Two bytes next to an anchor byte in the literals anchored on it: the two
  // after it, or when a literal ends sooner the two before it, as a set of
  // twelve-bit indices. An anchor byte in a text whose neighbours are in no
  // literal there (the ， among full-width digits, the 。 before a Han
  // character, the 0x88 that ends 众 rather than 月) is passed over before its
  // groups are looked at.
  class NeighbourBytes {
   public:
    static size_t index(unsigned char b1, unsigned char b2) { return (b1 & 0x3Fu) | (b2 & 0x3Fu) << 6; }
    // Where the two bytes are, from the anchor byte: +1 (after it) or -2 (before it).
    void set_from(int from) { from_ = from; }
    int from() const { return from_; }
    void add(unsigned char b1, unsigned char b2) { set(index(b1, b2)); }
    void add_all() { bits_.fill(~uint64_t{0}); }
    // False when the bytes next to the anchor byte at `hit` of `text` begin no literal anchored there.
    bool may_begin(std::string_view text, size_t hit) const {
      if ((from_ < 0 && hit < static_cast<size_t>(-from_)) || hit + from_ + 1 >= text.size()) return true;
      const size_t i = index(static_cast<unsigned char>(text[hit + from_]), static_cast<unsigned char>(text[hit + from_ + 1]));
      return (bits_[i / 64] >> (i % 64)) & 1;
    }

   private:
    void set(size_t i) { bits_[i / 64] |= uint64_t{1} << (i % 64); }
    int from_ = 1;
    std::array<uint64_t, 64> bits_{};
  };
  // The neighbour bytes of the literals anchored on anchor_bytes()[i].
  const NeighbourBytes& neighbour_bytes(size_t i) const { return neighbour_bytes_[i]; }

 private:
  std::optional<RequiredLiterals> literals_;
  std::vector<unsigned char> anchor_bytes_;
  std::vector<NeighbourBytes> neighbour_bytes_;  // one per anchor byte
  std::array<std::vector<Group>, 256> groups_;
};

// The offsets of the lead bytes of CJK punctuation and full-width forms in a
// text (E2: “”…—, E3: 、。《》「」, EF: ，：（）！？０-９). Most punctuation
// patterns anchor their literals on these bytes, which come every 30 to 100
// bytes of Chinese copy: found once per document and shared by its searches
// (doc.analysis<PunctuationAnchors>()), they are visited without a memchr
// call at each one.
class PunctuationAnchors {
 public:
  static constexpr std::array<unsigned char, 3> kBytes = {0xE2, 0xE3, 0xEF};
  static bool holds(unsigned char byte) { return byte == 0xE2 || byte == 0xE3 || byte == 0xEF; }

  // The offsets of `byte` in the text, in order: nullptr when `byte` is not
  // one of kBytes, or the text is too long for 32-bit offsets.
  const std::vector<uint32_t>* offsets(unsigned char byte) const;

  static PunctuationAnchors find(std::string_view text);
  static constexpr std::string_view kName = "punctuation-anchors";
  static PunctuationAnchors compute(const Document& doc);

 private:
  std::array<std::vector<uint32_t>, kBytes.size()> offsets_;
  bool kept_ = false;
};

// The matches of one expression in one document. Spans are given in text
// order as a rule visits its units; memchr positions carry over from one span
// to the next, so each anchor byte of the document is found once.
class PrefilteredSearch {
 public:
  // `regex`, `prefilter`, `text` and `shared` must outlive the search.
  // `shared`, when given, holds the punctuation anchors of `text`, which the
  // search then reads instead of looking for those bytes itself.
  PrefilteredSearch(const RE2& regex, const LiteralPrefilter& prefilter, std::string_view text,
                    const PunctuationAnchors* shared = nullptr);

  // Searches `span` next (the text a match may take); false when the span
  // holds none of the literals, so that it cannot hold a match.
  bool set_span(Span span);

  // True when `span`, after the spans searched so far, holds none of the
  // anchor bytes, as their last search showed: set_span() would return false.
  // A rule with rare literals passes over most units with this one test.
  bool passes_over(Span span) const { return span.begin >= quiet_from_ && span.end <= quiet_to_; }

  // The first min(length, 8) bytes at `at` as a key, the rest of the word zero.
  static uint64_t key_at(std::string_view text, size_t at, size_t length);

  // Finds the match that regex.Match(context, from - context_begin,
  // context.size(), RE2::UNANCHORED, match, nmatch) finds, where context is
  // the text from `context_begin` to the end of the span. REQUIRES:
  // span.begin <= context_begin <= from, and `from` never decreasing within a span.
  bool find(size_t context_begin, size_t from, re2::StringPiece* match, int nmatch);

 private:
  // The first anchor byte `byte` at or after `from`, or npos.
  size_t next_anchor(unsigned char byte, size_t from) const;
  // Notes the literals written around the anchor byte at `hit` of the span.
  void check_anchor(size_t hit);
  // check_anchor(), when the bytes next to the anchor byte may be those of a literal.
  void check_anchor_if_neighbours(size_t hit, const LiteralPrefilter::NeighbourBytes& neighbours) {
    if (neighbours.may_begin(text_, hit)) check_anchor(hit);
  }
  // Whether a match begins at `at` of the context (probed anchored).
  bool probe(re2::StringPiece context, size_t context_begin, size_t at, re2::StringPiece* match, int nmatch) const;

  struct Cursor {
    size_t from = std::string::npos;   // where the last memchr began (npos: never)
    size_t next = std::string::npos;   // what it found
    const std::vector<uint32_t>* shared = nullptr;  // the byte's offsets, when shared: then read at
    size_t index = 0;                               // the first not before the last span
  };

  const RE2& regex_;
  const LiteralPrefilter& prefilter_;
  std::string_view text_;
  Span span_;
  std::vector<Cursor> cursors_;       // one per anchor byte
  std::vector<size_t> occurrences_;   // of the literals in the span, sorted
  // No anchor byte lies in [quiet_from_, quiet_to_), as far as the cursors know (passes_over).
  size_t quiet_from_ = std::string::npos, quiet_to_ = 0;  // nothing known yet
  size_t next_occurrence_ = 0;        // the first occurrence not before the last `from`
};

}  // namespace copydesk
