#include "extract/pattern_runs.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <map>
#include <set>
#include <stdexcept>
#include <utility>

#include "core/utf8.h"

namespace copydesk {

std::optional<std::u32string> pattern_alphabet(std::string_view source) {
  std::u32string cps;
  for (Utf8Iterator it(source); !it.done(); it.next()) cps.push_back(it.code_point());
  auto at = [&](size_t i) -> char32_t { return i < cps.size() ? cps[i] : 0; };
  auto is_ascii_letter = [](char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  std::set<char32_t> chars;
  bool latin = false;     // letters: words, flags, \s
  bool folds = false;     // (?i...): case folding
  bool in_class = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    if (c == '\\') {
      char32_t e = at(++i);
      if (e == 's') {
        latin = true;  // [\t\n\f\r ]
      } else if (e < 0x80 && e > ' ' && !is_ascii_letter(e) && !(e >= '0' && e <= '9')) {
        if (in_class && at(i + 1) == '-' && at(i + 2) != ']') return std::nullopt;  // a range from an escape
        chars.insert(e);
      } else {
        return std::nullopt;  // \S \d \w \pN \x{..} \Q \b ...: not read here
      }
      continue;
    }
    if (in_class) {
      if (c == '[' && at(i + 1) == ':') return std::nullopt;  // [[:alpha:]] and friends
      if (c == ']') {
        in_class = false;
        continue;
      }
      if (at(i + 1) == '-' && at(i + 2) != ']' && at(i + 2) != 0) {
        char32_t hi = at(i + 2);
        if (c >= 0x80 || hi >= 0x80 || hi < c || hi == '\\') return std::nullopt;
        for (char32_t x = c; x <= hi; ++x) chars.insert(x);
        i += 2;
        continue;
      }
      chars.insert(c);
      continue;
    }
    if (c == '[') {
      if (at(i + 1) == '^') return std::nullopt;
      in_class = true;
      continue;
    }
    if (c == '.') return std::nullopt;
    if (c == '(' && at(i + 1) == '?') {
      for (size_t j = i + 2; j < cps.size() && is_ascii_letter(cps[j]); ++j) folds = folds || cps[j] == 'i';
    }
    if (is_ascii_letter(c)) latin = true;
    chars.insert(c);
  }
  if (folds) {
    // Only ASCII letters are known to fold within the alphabet (to ſ and K).
    for (char32_t c : chars) {
      if (c >= 0x80 && !(c >= 0x2000 && c <= 0x206F)) return std::nullopt;
    }
  }
  if (latin) {
    // All of English copy's characters, so that the English patterns share one
    // alphabet and their runs are found once.
    for (char32_t c = 0; c < 0x80; ++c) chars.insert(c);
    for (char32_t c : std::u32string_view(U"ſK–—")) chars.insert(c);
  }
  return std::u32string(chars.begin(), chars.end());
}

PatternRuns::PatternRuns(const std::vector<std::u32string>& keys, std::vector<RunPattern> patterns, KeyMask common)
    : common_(common) {
  if (keys.size() > 64) throw std::logic_error("PatternRuns: more than 64 keys");
  if (patterns.size() > 64) throw std::logic_error("PatternRuns: more than 64 patterns");
  std::vector<std::u32string> alphabets;
  std::vector<int> users;
  for (RunPattern& p : patterns) {
    Compiled c;
    c.trigger = p.trigger;
    auto group = std::find(triggers_.begin(), triggers_.end(), p.trigger);
    c.trigger_group = static_cast<int>(group - triggers_.begin());
    if (group == triggers_.end()) triggers_.push_back(p.trigger);
    if (p.needs.size() > 3) throw std::logic_error("PatternRuns: more than three needs");
    std::copy(p.needs.begin(), p.needs.end(), c.needs);
    for (char32_t a : p.after) c.after[after_hash(a) / 64] |= uint64_t{1} << (after_hash(a) % 64);
    c.has_after = !p.after.empty();
    if (p.alphabet) {
      std::u32string a = *p.alphabet;
      std::sort(a.begin(), a.end());
      a.erase(std::unique(a.begin(), a.end()), a.end());
      auto it = std::find(alphabets.begin(), alphabets.end(), a);
      c.alphabet = static_cast<int>(it - alphabets.begin());
      if (it == alphabets.end()) {
        alphabets.push_back(std::move(a));
        users.push_back(0);
      }
      ++users[c.alphabet];
    }
    patterns_.push_back(std::move(c));
  }
  if (alphabets.size() > 64) throw std::logic_error("PatternRuns: more than 64 alphabets");
  if (triggers_.size() > 32) throw std::logic_error("PatternRuns: more than 32 triggers");
  alphabet_count_ = alphabets.size();
  for (Compiled& c : patterns_) c.shared = c.alphabet >= 0 && users[c.alphabet] > 1;
  shared_triggers_.assign(alphabets.size(), 0);
  for (const Compiled& c : patterns_) {
    if (c.shared) shared_triggers_[c.alphabet] |= c.trigger;
  }

  // Characters with the same alphabets and keys form one class.
  std::map<char32_t, std::pair<uint64_t, KeyMask>> signature;
  auto note = [&](char32_t c) -> std::pair<uint64_t, KeyMask>& {
    if (c > 0xFFFF) throw std::logic_error("PatternRuns: a character above U+FFFF");
    return signature[c];
  };
  for (size_t a = 0; a < alphabets.size(); ++a) {
    for (char32_t c : alphabets[a]) note(c).first |= uint64_t{1} << a;
  }
  for (size_t k = 0; k < keys.size(); ++k) {
    for (char32_t c : keys[k]) note(c).second |= KeyMask{1} << k;
  }
  for (size_t i = 0; i < patterns.size(); ++i) {
    for (char32_t a : patterns[i].after) {
      auto it = signature.find(a);
      if (it != signature.end() && (it->second.second & patterns_[i].trigger) != 0)
        throw std::logic_error("PatternRuns: a character a trigger must follow is a trigger character");
    }
  }
  // The keys whose places the scan marks: the triggers of the patterns.
  KeyMask marked = 0;
  for (const Compiled& c : patterns_) marked |= c.trigger;
  marked_ = marked;
  class_of_.assign(0x10000, 0);
  class_alphabets_ = {0};
  class_keys_ = {0};
  // Classes holding a trigger first (1..marked_classes_), then those holding
  // a key the scan looks for (to scanned_classes_), then the others.
  auto order = [&](KeyMask k) { return (k & marked) != 0 ? 0 : (k & ~common_) != 0 ? 1 : 2; };
  std::map<std::pair<uint64_t, KeyMask>, uint8_t> ids;
  for (int pass : {0, 1, 2}) {
    for (const auto& [c, sig] : signature) {
      if (order(sig.second) != pass || (sig.first == 0 && sig.second == 0)) continue;
      auto [it, added] = ids.try_emplace(sig, static_cast<uint8_t>(class_keys_.size()));
      if (added) {
        if (class_keys_.size() > 255) throw std::logic_error("PatternRuns: more than 255 character classes");
        class_alphabets_.push_back(sig.first);
        class_keys_.push_back(sig.second);
      }
      class_of_[c] = it->second;
    }
    if (pass == 0) marked_classes_ = class_keys_.size() - 1;
    if (pass == 1) scanned_classes_ = class_keys_.size() - 1;
  }
  // Marks are filed by trigger for the patterns that look for their runs
  // themselves (those of a shared alphabet go through all marks once).
  uint32_t filed = 0;
  for (const Compiled& c : patterns_) {
    if (c.alphabet >= 0 && !c.shared) filed |= uint32_t{1} << c.trigger_group;
  }
  class_triggers_.assign(class_keys_.size(), 0);
  for (size_t c = 0; c < class_keys_.size(); ++c) {
    for (size_t t = 0; t < triggers_.size(); ++t) {
      if ((class_keys_[c] & triggers_[t]) != 0 && ((filed >> t) & 1)) class_triggers_[c] |= uint32_t{1} << t;
    }
  }
  // The same classes by the folded bytes of a three-byte character.
  class_of_three_.assign(0x10000, 0);
  std::vector<bool> taken(0x10000, false);
  for (uint32_t c = 0; c < 0x10000; ++c) {
    uint32_t w = (0xE0 | (c >> 12)) | ((0x80 | ((c >> 6) & 0x3F)) << 8) | ((0x80 | (c & 0x3F)) << 16);
    uint32_t i = fold_three(w);
    if (taken[i]) throw std::logic_error("PatternRuns: fold_three is not one to one");
    taken[i] = true;
    class_of_three_[i] = class_of_[c];
  }
  // What the scan reads: the classes holding a key it looks for, every other
  // character 0.
  auto scanned = [&](uint8_t cls) -> uint8_t { return cls <= scanned_classes_ ? cls : 0; };
  for (uint32_t c = 0; c < 0x80; ++c) scan_class_of_ascii_[c] = scanned(class_of_[c]);
  scan_class_of_three_.resize(0x10000);
  for (uint32_t i = 0; i < 0x10000; ++i) scan_class_of_three_[i] = scanned(class_of_three_[i]);
}

// Inline in the scan loops: one call per character of a paragraph.
inline uint8_t PatternRuns::class_at(const unsigned char* p, const unsigned char* end, size_t* len) const {
  uint32_t w;
  if (std::endian::native == std::endian::little && end - p >= 4 &&
      (std::memcpy(&w, p, 4), (w & 0xC0C0F0) == 0x8080E0)) {
    // A three-byte character (most of Chinese text), decoded from one load
    // with its lead byte lowest. (An overlong form reads as a lower
    // character: that can only widen a run or add a mark, never lose a match.)
    *len = 3;
    return class_of_three_[fold_three(w)];
  }
  return other_class_at(p, end, len);
}

uint8_t PatternRuns::other_class_at(const unsigned char* p, const unsigned char* end, size_t* len) const {
  unsigned b = p[0];
  if (b < 0x80) {
    *len = 1;
    return class_of_[b];
  }
  auto continues = [&](size_t k) { return p + k < end && (p[k] & 0xC0) == 0x80; };
  if (b >= 0xE0 && b < 0xF0 && continues(1) && continues(2)) {
    *len = 3;
    return class_of_[((b & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F)];
  }
  if (b >= 0xC2 && b < 0xE0 && continues(1)) {
    *len = 2;
    return class_of_[((b & 0x1F) << 6) | (p[1] & 0x3F)];
  }
  if (b >= 0xF0 && b < 0xF5 && continues(1) && continues(2) && continues(3)) {
    *len = 4;
    return 0;
  }
  *len = 1;
  return 0;
}

bool PatternRuns::may_follow(std::string_view text, Span within, size_t offset, const Compiled& p) {
  if (offset <= within.begin) return false;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  char32_t c;
  if (s[offset - 1] < 0x80) {
    c = s[offset - 1];
  } else if (offset - within.begin >= 3 && (s[offset - 3] & 0xF0) == 0xE0) {
    c = ((s[offset - 3] & 0x0F) << 12) | ((s[offset - 2] & 0x3F) << 6) | (s[offset - 1] & 0x3F);
  } else {
    std::string_view inside = text.substr(within.begin, offset - within.begin);
    c = code_point_at(inside, previous_offset(inside, inside.size()));
  }
  unsigned h = after_hash(c);
  return (p.after[h / 64] >> (h % 64)) & 1;
}

PatternRuns::Run PatternRuns::run_around(std::string_view text, Span within, size_t offset,
                                         uint64_t alphabet_bit) const {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* end = s + within.end;
  const uint8_t* class_of_ascii = class_of_.data();
  const uint64_t* alphabets = class_alphabets_.data();
  const KeyMask* keys = class_keys_.data();
  Run run{{offset, offset}, 0};
  auto in_run = [&](uint8_t cls) {
    if ((alphabets[cls] & alphabet_bit) == 0) return false;
    run.keys |= keys[cls];
    return true;
  };
  size_t i = offset;
  while (i < within.end) {
    size_t len = 1;
    if (!in_run(s[i] < 0x80 ? class_of_ascii[s[i]] : class_at(s + i, end, &len))) break;
    i += len;
  }
  run.span.end = i;
  size_t b = offset;
  while (b > within.begin) {
    size_t q = b - 1;
    if (s[q] < 0x80) {  // ASCII: English copy, digits
      if (!in_run(class_of_ascii[s[q]])) break;
      b = q;
      continue;
    }
    uint32_t w;
    if (std::endian::native == std::endian::little && b >= within.begin + 3 &&
        (std::memcpy(&w, s + b - 3, 4), (w & 0xC0C0F0) == 0x8080E0)) {
      q = b - 3;  // a three-byte character, the usual case (text[b] exists: b <= offset)
    } else {
      while (q > within.begin && (s[q] & 0xC0) == 0x80 && b - q < 4) --q;
    }
    size_t len;
    uint8_t cls = class_at(s + q, end, &len);
    if (q + len != b || !in_run(cls)) break;
    b = q;
  }
  run.span.begin = b;
  return run;
}

size_t PatternRuns::cut_at_or_after(std::string_view text, size_t from, size_t end) const {
  for (const Compiled& c : patterns_) {
    if (c.alphabet < 0) return end;
  }
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t i = from;
  while (i < end && (s[i] & 0xC0) == 0x80) ++i;  // to the next character
  while (i < end) {
    size_t len;
    if (class_alphabets_[class_at(s + i, s + end, &len)] == 0) return i;
    i += len;
  }
  return end;
}

bool PatternRuns::may_match(size_t p, std::string_view text, Span span) const {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  KeyMask keys = 0;
  for (size_t i = span.begin; i < span.end;) {
    size_t len;
    keys |= class_keys_[class_at(s + i, s + span.end, &len)];
    i += len;
  }
  return patterns_[p].holds_needs(keys);
}

void PatternRuns::Paragraph::scan(const PatternRuns& runs, std::string_view text, Span span) {
  text_ = text;
  span_ = span;
  keys_ = 0;
  possible_ = 0;
  marks_.clear();
  shared_.resize(runs.alphabet_count_);
  shared_ready_ = 0;
  triggered_.resize(runs.triggers_.size());
  for (auto& marks : triggered_) marks.clear();
  // Marks hold 32-bit offsets: a longer paragraph (not met in practice) is
  // searched whole by every pattern.
  whole_ = span.size() > UINT32_MAX;
  if (whole_) {
    possible_ = ~uint64_t{0};
    return;
  }
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* begin = s + span.begin;
  const unsigned char* end = s + span.end;
  const uint8_t* class_of = runs.scan_class_of_three_.data();
  const uint8_t* class_of_ascii = runs.scan_class_of_ascii_.data();
  const KeyMask* class_keys = runs.class_keys_.data();
  const uint32_t* class_triggers = runs.class_triggers_.data();
  const unsigned marked_classes = runs.marked_classes_;
  const unsigned scanned_classes = runs.scanned_classes_;
  // Up to here a character can be read with one four-byte load, two with one
  // eight-byte load.
  const unsigned char* end4 = end - begin >= 4 ? end - 3 : begin;
  const unsigned char* end8 = end - begin >= 8 ? end - 7 : begin;
  // The scan reads every character as its class if that holds a key it
  // looks for (not a common one), else as 0, and marks where a class holding
  // a trigger begins: a run holding one character of a class holds the whole
  // stretch of that class before it (same alphabets). Most characters of
  // Chinese text read 0, so the class seldom changes, and the loops seldom
  // leave their few instructions.
  KeyMask keys = 0;
  auto note = [&](const unsigned char* at, uint8_t cls) {
    keys |= class_keys[cls];
    if (cls > marked_classes) return;
    for (uint32_t t = class_triggers[cls]; t != 0; t &= t - 1)
      triggered_[std::countr_zero(t)].push_back(static_cast<uint32_t>(marks_.size()));
    marks_.push_back(Mark{static_cast<uint32_t>(at - begin), cls});
  };
  // The class before the next character, kept out of the lambdas so that it
  // stays in a register.
  uint8_t previous = 0;
  auto change = [&note](const unsigned char* at, uint8_t cls) {
    if (cls != 0) note(at, cls);
    return cls;
  };
  const unsigned char* p = begin;
  while (p < end) {
    // ASCII (English copy, digits), then three-byte characters (most of
    // Chinese text), each in a tight loop; other characters one at a time.
    while (p < end && *p < 0x80) {
      uint8_t cls = class_of_ascii[*p];
      if (cls != previous) previous = change(p, cls);
      ++p;
    }
    if (std::endian::native == std::endian::little) {
      // class_at() spelled out: two characters a load while both have three
      // bytes, then one a load. The two are folded at once: fold_three() of
      // the six bytes leaves the first character's index in the low sixteen
      // bits and the second's from bit 24 (the shift brings nothing of the
      // second below bit 18). Most characters, and the class before them,
      // read 0: one test tells.
      uint64_t w8;
      while (p < end8 && (std::memcpy(&w8, p, 8), (w8 & 0xC0C0F0C0C0F0) == 0x8080E08080E0)) {
        uint64_t x = w8 & 0x3F3F0F3F3F0F;
        x ^= x >> 6;
        uint8_t first = class_of[x & 0xFFFF];
        uint8_t second = class_of[(x >> 24) & 0xFFFF];
        if ((first | second | previous) != 0) {
          if (first != previous) previous = change(p, first);
          if (second != previous) previous = change(p + 3, second);
        }
        p += 6;
      }
      uint32_t w;
      while (p < end4 && (std::memcpy(&w, p, 4), (w & 0xC0C0F0) == 0x8080E0)) {
        uint8_t cls = class_of[fold_three(w)];
        if (cls != previous) previous = change(p, cls);
        p += 3;
      }
    }
    if (p == end) break;
    if (*p < 0x80) continue;
    size_t len;
    uint8_t cls = runs.class_at(p, end, &len);
    if (cls > scanned_classes) cls = 0;
    if (cls != previous) previous = change(p, cls);
    p += len;
  }
  keys_ = keys;
  if ((keys_ & runs.marked_) == 0) return;
  keys |= runs.common_;
  for (size_t i = 0; i < runs.patterns_.size(); ++i) {
    if (runs.patterns_[i].holds_needs(keys)) possible_ |= uint64_t{1} << i;
  }
}

const std::vector<Span>& PatternRuns::Paragraph::runs(const PatternRuns& runs, size_t p) {
  out_.clear();
  const Compiled& c = runs.patterns_[p];
  if (!may_match(p)) return out_;
  if (c.alphabet < 0 || whole_) {
    out_.push_back(span_);
    return out_;
  }
  if (c.shared) {
    for (const Run& r : shared_runs(runs, p)) {
      if (c.holds_needs(r.keys)) out_.push_back(r.span);
    }
    return out_;
  }
  uint64_t bit = uint64_t{1} << c.alphabet;
  size_t done = span_.begin;
  for (uint32_t i : triggered_[c.trigger_group]) {
    const Mark& m = marks_[i];
    size_t offset = span_.begin + m.offset;
    if (offset < done || (runs.class_alphabets_[m.cls] & bit) == 0) continue;
    // A trigger not after one of the characters a match has before it: no
    // match holds it (another place of the same run may).
    if (c.has_after && !may_follow(text_, span_, offset, c)) continue;
    Run r = runs.run_around(text_, span_, offset, bit);
    done = r.span.end;
    if (c.holds_needs(r.keys)) out_.push_back(r.span);
  }
  return out_;
}

const std::vector<PatternRuns::Run>& PatternRuns::Paragraph::shared_runs(const PatternRuns& runs, size_t p) {
  const Compiled& c = runs.patterns_[p];
  std::vector<Run>& shared = shared_[c.alphabet];
  uint64_t bit = uint64_t{1} << c.alphabet;
  if ((shared_ready_ & bit) == 0) {
    // Every run of the alphabet that holds a trigger of one of its patterns.
    shared.clear();
    size_t done = span_.begin;
    KeyMask triggers = runs.shared_triggers_[c.alphabet];
    for (const Mark& m : marks_) {
      size_t offset = span_.begin + m.offset;
      if (offset < done || (runs.class_keys_[m.cls] & triggers) == 0 || (runs.class_alphabets_[m.cls] & bit) == 0)
        continue;
      shared.push_back(runs.run_around(text_, span_, offset, bit));
      done = shared.back().span.end;
    }
    shared_ready_ |= bit;
  }
  return shared;
}

}  // namespace copydesk
