// Where in a paragraph a regular expression can match, found with one byte
// scan instead of running the expression over the whole paragraph.
//
// A pattern's *alphabet* is every character a match of it can contain
// (pattern_alphabet() reads it from the source). A match lies inside one
// maximal run of alphabet characters, and the matches that start at a given
// place are the same in the run as in the whole text, so searching each run
// on its own, in order, finds exactly the matches one search of the paragraph
// finds, in the same order. A pattern also names *keys*: sets of characters
// of which every match holds at least one (年 for 2026年, a digit for 16日).
// Only the runs holding all of them are searched, and those runs are found
// from the places of one key set (the trigger) that the paragraph scan
// recorded. Most paragraphs of news copy hold a few such places and most
// runs are a few characters long.
//
//   PatternRuns runs(keys, {RunPattern{alphabet, trigger, {need, ...}}, ...});
//   PatternRuns::Paragraph paragraph;
//   paragraph.scan(runs, text, span);          // once per paragraph
//   for (Span run : paragraph.runs(runs, 0))   // per pattern: search only these
//
// The text must be valid UTF-8 (malformed bytes never widen a match, so they
// only end runs).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace copydesk {

// Bit k stands for the k-th key set of a PatternRuns (at most 64).
using KeyMask = uint64_t;

struct RunPattern {
  // Every character a match can contain; nullopt: any (the run is the paragraph).
  std::optional<std::u32string> alphabet;
  // Every match holds a character of one of these keys; a run is looked for
  // around each place of one.
  KeyMask trigger = 0;
  // Every match also holds a character of one of the keys of each mask.
  std::vector<KeyMask> needs;
  // When not empty: every match holds a trigger character right after one of
  // these (9点: 点 after a number), so a run is looked for only around such
  // a place. None of them may be a trigger character (which makes each such
  // place the start of a stretch the scan marks). Not used with a shared
  // alphabet.
  std::u32string after;
};

// The characters a match of RE2 pattern `source` can contain: every character
// the source spells out, the ten digits for 0-9, and, when the source has a
// letter (a word, \s, (?i)), all of ASCII with ſ and K (which fold to s and k)
// and the dashes – and —.
// Returns nullopt when the source can match characters it does not spell out
// (a dot, a negated class, an escape such as \S or \pN, a range other than
// ASCII), or folds case on characters outside ASCII and punctuation.
std::optional<std::u32string> pattern_alphabet(std::string_view source);

class PatternRuns {
 public:
  // keys[k]: the characters of key bit k. Code points above U+FFFF cannot be
  // keys or alphabet characters (none of the patterns needs one).
  // REQUIRES: at most 64 keys, patterns and distinct alphabets, 32 distinct
  // triggers and three needs a pattern; throws std::logic_error otherwise.
  // `common`: keys whose characters are so common in the text searched
  // (numerals in Chinese) that the paragraph scan does not look for them and
  // takes every paragraph to hold them; runs are still checked for them.
  PatternRuns(const std::vector<std::u32string>& keys, std::vector<RunPattern> patterns, KeyMask common = 0);

  size_t size() const { return patterns_.size(); }
  // The alphabet of pattern `p` (-1: any character), and whether other
  // patterns have the same.
  int alphabet(size_t p) const { return patterns_[p].alphabet; }
  bool shares_alphabet(size_t p) const { return patterns_[p].shared; }
  // The offset of the first character at or after `from` (rounded up to a
  // character) in no pattern's alphabet, or `end`: no match crosses it, so a
  // long paragraph may be searched in pieces cut there. `end` too when a
  // pattern may match any character.
  size_t cut_at_or_after(std::string_view text, size_t from, size_t end) const;
  // True when characters with `keys` hold a trigger and every need of `p`.
  bool holds_needs(size_t p, KeyMask keys) const { return patterns_[p].holds_needs(keys); }

  // False when text[span] lacks a key pattern `p` needs, so that no match of
  // it lies there (used on what is left of a run after a match).
  bool may_match(size_t p, std::string_view text, Span span) const;

  // A run of the characters of one alphabet.
  struct Run {
    Span span;
    KeyMask keys;  // the keys of its characters
  };

  // The key characters of one paragraph, and the runs of each pattern in it.
  // Keeps its buffers from one paragraph to the next.
  class Paragraph {
   public:
    // Records where key characters stand in text[span]. `span` must begin and
    // end on character boundaries.
    void scan(const PatternRuns& runs, std::string_view text, Span span);
    // False when the paragraph lacks a key pattern `p` needs (other than a
    // common one): it has no run.
    bool may_match(size_t p) const { return (possible_ >> p) & 1; }
    // Whether one of the patterns of `patterns` (bit p for pattern p) may match.
    bool may_match_any(uint64_t patterns) const { return (possible_ & patterns) != 0; }
    // The runs of the paragraph where pattern `p` can match, in text order:
    // maximal runs of its alphabet that hold a trigger and every need.
    // Valid until the next call.
    const std::vector<Span>& runs(const PatternRuns& runs, size_t p);
    // For a pattern of a shared alphabet: every run of the alphabet holding a
    // trigger of one of its patterns, found once for all of them, in text
    // order (runs() keeps those holding the pattern's keys). A caller may keep
    // something per run by its index here.
    const std::vector<Run>& shared_runs(const PatternRuns& runs, size_t p);

   private:
    struct Mark {
      uint32_t offset;  // from the paragraph's start: where a stretch of one class begins
      uint8_t cls;
    };
    std::string_view text_;
    Span span_;
    bool whole_ = false;         // too long for marks: every pattern searches it all
    KeyMask keys_ = 0;           // every key of the paragraph, but the common ones
    uint64_t possible_ = 0;      // bit p: pattern p may match
    std::vector<Mark> marks_;    // classes holding a trigger, where they begin
    std::vector<std::vector<uint32_t>> triggered_;  // by trigger: indices into marks_
    std::vector<Span> out_;
    // The runs of each alphabet that several patterns share, found once.
    std::vector<std::vector<Run>> shared_;
    uint64_t shared_ready_ = 0;  // bit per alphabet
  };

 private:
  struct Compiled {
    int alphabet = -1;  // index of the alphabet, -1: any character
    bool shared = false;
    int trigger_group = 0;  // patterns with the same trigger share a group
    KeyMask trigger = 0;
    KeyMask needs[3] = {~KeyMask{0}, ~KeyMask{0}, ~KeyMask{0}};  // unused: any key
    // RunPattern::after as a set of hashes (after_hash()): a character
    // outside it is none of them; one inside it may be (a false hit only
    // costs a run looked for). Empty: any character.
    bool has_after = false;
    std::array<uint64_t, 4> after = {};
    bool holds_needs(KeyMask keys) const {
      return (keys & trigger) != 0 && (keys & needs[0]) != 0 && (keys & needs[1]) != 0 && (keys & needs[2]) != 0;
    }
  };

  // The class of the character at p (its length in *len); class 0 for a
  // character in no alphabet and no key, and for malformed bytes.
  uint8_t class_at(const unsigned char* p, const unsigned char* end, size_t* len) const;
  uint8_t other_class_at(const unsigned char* p, const unsigned char* end, size_t* len) const;  // not 3 bytes
  static unsigned after_hash(char32_t c) { return (c ^ (c >> 8)) & 0xFF; }
  // Whether the character before text[offset] (after within.begin) may be
  // one of the pattern's `after` characters.
  static bool may_follow(std::string_view text, Span within, size_t offset, const Compiled& c);
  // The maximal run of alphabet `alphabet_bit` around `offset` within `within`.
  Run run_around(std::string_view text, Span within, size_t offset, uint64_t alphabet_bit) const;

  // The index of a three-byte character read as a little-endian word (lead
  // byte lowest) in class_of_three_: its sixteen bits of payload (four of the
  // lead byte, six of each other) folded together with one shift and one xor
  // instead of put back in order (a few instructions less on every character).
  static uint32_t fold_three(uint32_t w) {
    uint32_t x = w & 0x3F3F0F;
    return (x ^ (x >> 6)) & 0xFFFF;
  }

  std::vector<uint8_t> class_of_;         // code point up to U+FFFF -> class
  std::vector<uint8_t> class_of_three_;   // fold_three(bytes) -> class
  std::vector<uint64_t> class_alphabets_; // class -> bit per alphabet holding it
  std::vector<KeyMask> class_keys_;       // class -> keys holding it
  KeyMask marked_ = 0;                    // every trigger
  KeyMask common_ = 0;                    // keys taken to be in every paragraph
  size_t marked_classes_ = 0;             // classes 1..marked_classes_ hold a trigger
  size_t scanned_classes_ = 0;            // classes 1..scanned_classes_ hold a key not common
  // The same tables for the paragraph scan, with 0 for a class holding no
  // key the scan looks for.
  std::array<uint8_t, 0x80> scan_class_of_ascii_{};
  std::vector<uint8_t> scan_class_of_three_;
  std::vector<Compiled> patterns_;
  std::vector<KeyMask> triggers_;         // the distinct triggers (at most 32)
  std::vector<KeyMask> shared_triggers_;  // alphabet -> the triggers of its patterns
  std::vector<uint32_t> class_triggers_;  // class -> bit per trigger it holds a key of (if filed)
  size_t alphabet_count_ = 0;
};

}  // namespace copydesk
