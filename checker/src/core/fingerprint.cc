#include "core/fingerprint.h"

#include <algorithm>
#include <unordered_map>

#include "core/utf8.h"

namespace copydesk {

uint64_t stable_hash(std::string_view data, uint64_t seed) {
  uint64_t h = seed;
  for (unsigned char c : data) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

namespace {

// White space is dropped so that re-wrapping a paragraph keeps its fingerprints.
void append_normalised(std::string& out, std::string_view text) {
  size_t run = 0;  // start of the characters not yet appended: appended in runs
  for (Utf8Iterator it(text); !it.done(); it.next()) {
    if (!is_space(it.code_point())) continue;
    out.append(text.substr(run, it.offset() - run));
    run = it.next_offset();
  }
  out.append(text.substr(run));
}

// Appends up to `n` code points of context before and after the span,
// whitespace-free, as "before|after".
void append_context(std::string& out, std::string_view text, Span span, size_t n) {
  size_t begin = span.begin;
  for (size_t i = 0; i < n && begin > 0; ++i) begin = previous_offset(text, begin);
  size_t end = span.end;
  for (size_t i = 0; i < n && end < text.size(); ++i) end += utf8_sequence_length(text[end]);
  end = std::min(end, text.size());
  append_normalised(out, text.substr(begin, span.begin - begin));
  out += '|';
  append_normalised(out, text.substr(span.end, end - span.end));
}

// The evidence of a finding: its matched text without white space. A long span
// (a whole-document finding that covers every occurrence it counts) is
// identified by its two ends, so that an edit in between keeps the fingerprint.
std::string evidence(std::string_view matched) {
  constexpr size_t kEnds = 24;
  // The first 3 * kEnds + 1 non-space code points decide: short evidence is
  // kept whole; otherwise only the two ends are read, not the whole span
  // (a whole-document finding spans megabytes).
  // The characters kept are appended in runs, between the spaces.
  std::string head;
  size_t kept = 0, head_bytes = 0, run = 0;
  Utf8Iterator it(matched);
  for (; !it.done() && kept <= 3 * kEnds; it.next()) {
    if (is_space(it.code_point())) {
      head.append(matched.substr(run, it.offset() - run));
      run = it.next_offset();
    } else if (++kept == kEnds) {
      head_bytes = head.size() + (it.next_offset() - run);
    }
  }
  head.append(matched.substr(run, (it.done() ? matched.size() : it.offset()) - run));
  if (kept <= 3 * kEnds) return head;
  std::string tail;
  size_t end = matched.size();
  for (size_t n = 0; n < kEnds && end > 0;) {
    size_t p = previous_offset(matched, end);
    if (!is_space(code_point_at(matched, p))) {
      tail.insert(0, matched.substr(p, end - p));
      ++n;
    }
    end = p;
  }
  return head.substr(0, head_bytes) + "\u2026" + tail;
}

}  // namespace

void assign_fingerprints(std::vector<Finding>& findings, std::string_view text) {
  std::unordered_map<uint64_t, int> seen;
  seen.reserve(findings.size());
  std::string key;
  for (Finding& f : findings) {
    key.assign(f.rule_id).append(1, '\0').append(f.location.path).append(1, '\0');
    key.append(evidence(f.location.span.of(text))).append(1, '\0');
    append_context(key, text, f.location.span, 4);
    const uint64_t h = stable_hash(key);
    const int occurrence = ++seen[h];
    // "{:016x}:{}", written by hand: this runs for every finding.
    static const char kHex[] = "0123456789abcdef";
    char digits[16];
    for (int i = 0; i < 16; ++i) digits[i] = kHex[(h >> (60 - 4 * i)) & 0xF];
    f.fingerprint.assign(digits, 16).append(1, ':').append(std::to_string(occurrence));
  }
}

}  // namespace copydesk
