#include "rules/required_literals.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "core/utf8.h"
#include "rules/literal_anchors.h"

namespace copydesk {

namespace {

constexpr size_t kMaxStrings = 64;    // the largest set of strings kept for one piece of a pattern
constexpr size_t kMaxRequired = 256;  // the largest set of required literals (alternatives add up)
constexpr char32_t kMaxCodePoint = 0x10FFFF;
constexpr size_t kMaxProbedLead = 16;  // bytes before a literal probed one by one

using Strings = std::vector<std::string>;  // sorted, without repeats

// A set of literals every match of a piece of the pattern contains.
struct Literals {
  Strings strings;
  size_t lead = 0;  // the most bytes of a match before the literal
  double cost = 0;  // what looking for them is expected to cost; lower is better
};

// What the analysis knows of a piece of the pattern.
struct Info {
  std::optional<Strings> exact;     // every string the piece matches, when they are few
  std::optional<Strings> prefixes;  // every match begins with one of these (may hold "")
  size_t min_length = 0;
  std::optional<size_t> max_length;  // nullopt: unbounded
  std::optional<Literals> required;
  bool assertion = false;  // holds ^, $, \b, \B, \A or \z
};

// How often a code point is expected per character of news copy (Chinese or
// English): only the order of magnitude matters, to prefer rare literals.
double character_rate(char32_t c) {
  if (c >= '0' && c <= '9') return 3e-3;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return 4e-3;
  if (c < 0x80) return 2e-3;
  if (c >= 0x4E00 && c <= 0x9FFF) return 1e-3;
  if ((c >= 0x2000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)) return 4e-3;
  return 1e-4;
}

double occurrence_rate(std::string_view s) {
  double rate = 1;
  for (Utf8Iterator it(s); !it.done(); it.next()) rate *= character_rate(it.code_point());
  return rate;
}

// Expected cost per byte of text: the anchor bytes found with memchr, plus
// running the expression at each occurrence (at more places when the match
// may begin before it).
double cost_of(const Strings& strings, size_t lead) {
  double occurrences = 0;
  for (const std::string& s : strings) occurrences += occurrence_rate(s);
  return LiteralAnchors::hit_rate_of(strings) + 20 * occurrences * (1.0 + static_cast<double>(lead) / 3);
}

bool has_empty(const Strings& strings) { return !strings.empty() && strings.front().empty(); }

Strings sorted(Strings strings) {
  std::sort(strings.begin(), strings.end());
  strings.erase(std::unique(strings.begin(), strings.end()), strings.end());
  return strings;
}

std::optional<Strings> product(const Strings& a, const Strings& b, size_t limit = kMaxStrings) {
  if (a.size() * b.size() > limit) return std::nullopt;
  Strings out;
  out.reserve(a.size() * b.size());
  for (const std::string& x : a) {
    for (const std::string& y : b) out.push_back(x + y);
  }
  return sorted(std::move(out));
}

std::optional<Strings> merged(const Strings& a, const Strings& b, size_t limit) {
  Strings out = a;
  out.insert(out.end(), b.begin(), b.end());
  out = sorted(std::move(out));
  if (out.size() > limit) return std::nullopt;
  return out;
}

std::optional<size_t> add(std::optional<size_t> a, std::optional<size_t> b) {
  if (!a || !b) return std::nullopt;
  return *a + *b;
}

// Keeps the cheaper of `current` and the literals `strings` at `lead`.
void consider(std::optional<Literals>& current, const Strings& strings, size_t lead) {
  if (strings.empty() || has_empty(strings)) return;
  double cost = cost_of(strings, lead);
  if (!current || cost < current->cost) current = Literals{strings, lead, cost};
}

void consider(std::optional<Literals>& current, const std::optional<Literals>& candidate) {
  if (candidate && (!current || candidate->cost < current->cost)) current = candidate;
}

using Ranges = std::vector<std::pair<char32_t, char32_t>>;

Ranges normalized(Ranges ranges) {
  std::sort(ranges.begin(), ranges.end());
  Ranges out;
  for (auto [lo, hi] : ranges) {
    if (!out.empty() && lo <= out.back().second + 1) out.back().second = std::max(out.back().second, hi);
    else out.push_back({lo, hi});
  }
  return out;
}

Ranges complement(const Ranges& ranges) {
  Ranges out;
  char32_t next = 0;
  for (auto [lo, hi] : normalized(ranges)) {
    if (lo > next) out.push_back({next, lo - 1});
    next = hi + 1;
  }
  if (next <= kMaxCodePoint) out.push_back({next, kMaxCodePoint});
  return out;
}

const Ranges kDigits = {{'0', '9'}};
const Ranges kSpaces = {{'\t', '\n'}, {'\f', '\r'}, {' ', ' '}};
const Ranges kWordCharacters = {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}};

// One character out of `ranges` (`unknown`: out of a set the analysis cannot list).
Info character_set(const Ranges& ranges, bool unknown = false) {
  Info info;
  if (unknown) {
    info.min_length = 1;
    info.max_length = 4;
    return info;
  }
  Ranges set = normalized(ranges);
  size_t count = 0;
  bool surrogates = false;
  for (auto [lo, hi] : set) {
    count += hi - lo + 1;
    surrogates = surrogates || (lo <= 0xDFFF && hi >= 0xD800);
  }
  info.min_length = set.empty() ? 0 : utf8_length(set.front().first);
  info.max_length = set.empty() ? 0 : utf8_length(set.back().second);
  if (count <= kMaxStrings && !surrogates && count > 0) {
    Strings strings;
    for (auto [lo, hi] : set) {
      for (char32_t c = lo; c <= hi; ++c) {
        std::string s;
        append_utf8(s, c);
        strings.push_back(std::move(s));
      }
    }
    info.exact = sorted(std::move(strings));
    info.prefixes = info.exact;
    consider(info.required, *info.exact, 0);
  }
  return info;
}

Info assertion() {
  Info info;
  info.exact = Strings{""};
  info.prefixes = info.exact;
  info.max_length = 0;
  info.assertion = true;
  return info;
}

// `x` repeated at least `min` and at most `max` times (nullopt: unbounded).
Info repeat(const Info& x, size_t min, std::optional<size_t> max) {
  Info info;
  info.assertion = x.assertion;
  info.min_length = x.min_length * min;
  if (max && x.max_length) info.max_length = *x.max_length * *max;
  if (max && *max == 0) info.max_length = 0;
  if (x.exact && max && *max <= kMaxStrings) {
    // The union of x^min ... x^max, while it stays small.
    std::optional<Strings> all = Strings{};
    std::optional<Strings> power = Strings{""};
    for (size_t n = 0; n <= *max && all && power; ++n) {
      if (n >= min) all = merged(*all, *power, kMaxStrings);
      if (n < *max) power = product(*power, *x.exact);
    }
    if (all && power) info.exact = all;
  }
  if (info.exact) {
    info.prefixes = info.exact;
  } else if (min == 0) {
    if (x.prefixes) info.prefixes = merged(*x.prefixes, Strings{""}, kMaxStrings);
  } else {
    // Every match begins with x^min (when x is exact and the product small), or with a match of x.
    std::optional<Strings> power = x.exact ? std::optional<Strings>(Strings{""}) : std::nullopt;
    for (size_t n = 0; n < min && power; ++n) power = product(*power, *x.exact);
    info.prefixes = power ? power : x.prefixes;
  }
  if (min >= 1) consider(info.required, x.required);
  if (info.prefixes) consider(info.required, *info.prefixes, 0);
  if (info.exact) consider(info.required, *info.exact, 0);
  return info;
}

Info concatenation(const std::vector<Info>& items) {
  Info info;
  info.exact = Strings{""};
  info.max_length = 0;
  for (const Info& item : items) {
    info.min_length += item.min_length;
    info.max_length = add(info.max_length, item.max_length);
    info.assertion = info.assertion || item.assertion;
    info.exact = info.exact && item.exact ? product(*info.exact, *item.exact) : std::nullopt;
  }
  // Prefixes: the exact items from the start, then the prefixes of the first other item.
  std::optional<Strings> prefixes = Strings{""};
  for (const Info& item : items) {
    const std::optional<Strings>& next = item.exact ? item.exact : item.prefixes;
    std::optional<Strings> longer = next ? product(*prefixes, *next) : std::nullopt;
    if (!longer) break;
    prefixes = longer;
    if (!item.exact) break;
  }
  info.prefixes = info.exact ? info.exact : prefixes;
  // Required literals: those of an item, or runs of adjacent exact items
  // (ending, maybe, in the prefixes of the next item), at the most bytes the
  // items before them can take.
  std::optional<size_t> lead = 0;
  for (size_t i = 0; i < items.size() && lead; ++i) {
    if (items[i].required) {
      Literals inner = *items[i].required;
      consider(info.required, inner.strings, inner.lead + *lead);
    }
    std::optional<Strings> run = Strings{""};
    for (size_t j = i; j < items.size() && run; ++j) {
      const std::optional<Strings>& next = items[j].exact ? items[j].exact : items[j].prefixes;
      run = next ? product(*run, *next) : std::nullopt;
      if (run) consider(info.required, *run, *lead);
      if (!items[j].exact) break;
    }
    lead = add(lead, items[i].max_length);
  }
  return info;
}

Info alternation(const std::vector<Info>& alternatives) {
  Info info = alternatives.front();
  for (size_t i = 1; i < alternatives.size(); ++i) {
    const Info& other = alternatives[i];
    info.min_length = std::min(info.min_length, other.min_length);
    info.max_length = info.max_length && other.max_length ? std::optional(std::max(*info.max_length, *other.max_length))
                                                          : std::nullopt;
    info.assertion = info.assertion || other.assertion;
    info.exact = info.exact && other.exact ? merged(*info.exact, *other.exact, kMaxStrings) : std::nullopt;
    info.prefixes = info.prefixes && other.prefixes ? merged(*info.prefixes, *other.prefixes, kMaxStrings)
                                                    : std::nullopt;
    if (info.required && other.required) {
      std::optional<Strings> strings = merged(info.required->strings, other.required->strings, kMaxRequired);
      size_t lead = std::max(info.required->lead, other.required->lead);
      info.required = strings ? std::optional(Literals{*strings, lead, cost_of(*strings, lead)}) : std::nullopt;
    } else {
      info.required.reset();
    }
  }
  if (info.prefixes) consider(info.required, *info.prefixes, 0);
  if (info.exact) consider(info.required, *info.exact, 0);
  return info;
}

// A recursive-descent reader of RE2 syntax that computes Info as it goes.
// Anything it does not understand makes the whole analysis fail.
class Reader {
 public:
  explicit Reader(std::string_view pattern) : p_(pattern) {}

  std::optional<Info> read() {
    Info info = alternatives();
    if (failed_ || pos_ != p_.size()) return std::nullopt;
    return info;
  }

 private:
  bool done() const { return pos_ >= p_.size(); }
  char peek() const { return done() ? '\0' : p_[pos_]; }
  Info fail() {
    failed_ = true;
    pos_ = p_.size();
    return Info{};
  }

  char32_t take_code_point() {
    Utf8Iterator it(p_, pos_);
    pos_ = it.next_offset();
    return it.code_point();
  }

  Info alternatives() {
    std::vector<Info> options{sequence()};
    while (!failed_ && peek() == '|') {
      ++pos_;
      options.push_back(sequence());
    }
    return alternation(options);
  }

  Info sequence() {
    std::vector<Info> items;
    while (!failed_ && !done() && peek() != '|' && peek() != ')') {
      Info item = atom();
      while (!failed_ && !done()) {
        size_t min = 0;
        std::optional<size_t> max;
        if (!quantifier(min, max)) break;
        if (peek() == '?') ++pos_;  // non-greedy: the same strings
        item = repeat(item, min, max);
      }
      items.push_back(std::move(item));
    }
    return concatenation(items);
  }

  // Reads *, +, ?, {n}, {n,} or {n,m}; false (and nothing read) when none is next.
  bool quantifier(size_t& min, std::optional<size_t>& max) {
    char c = peek();
    if (c == '*' || c == '+' || c == '?') {
      ++pos_;
      min = c == '+' ? 1 : 0;
      max = c == '?' ? std::optional<size_t>(1) : std::nullopt;
      return true;
    }
    if (c != '{') return false;
    size_t p = pos_ + 1;
    auto number = [&](size_t& value) {
      size_t start = p;
      value = 0;
      while (p < p_.size() && p_[p] >= '0' && p_[p] <= '9' && p - start < 5) value = value * 10 + (p_[p++] - '0');
      return p > start;
    };
    size_t lo = 0, hi = 0;
    if (!number(lo)) return false;  // a literal {
    hi = lo;
    bool bounded = true;
    if (p < p_.size() && p_[p] == ',') {
      ++p;
      bounded = number(hi);
    }
    std::optional<size_t> upper = bounded ? std::optional<size_t>(hi) : std::nullopt;
    if (p >= p_.size() || p_[p] != '}') return false;
    if (upper && *upper < lo) {
      fail();  // RE2 refuses {2,1}
      return false;
    }
    pos_ = p + 1;
    min = lo;
    max = upper;
    return true;
  }

  Info atom() {
    char c = peek();
    switch (c) {
      case '(': return group();
      case '[': return bracket();
      case '.':
        ++pos_;
        return character_set({}, true);
      case '^':
      case '$':
        ++pos_;
        return assertion();
      case '\\': return escape();
      case '*':
      case '+':
      case '?':
        return fail();  // a repetition of nothing: RE2 refuses it
      default: {
        char32_t cp = take_code_point();
        return character_set({{cp, cp}});
      }
    }
  }

  Info group() {
    ++pos_;  // (
    if (peek() == '?') {
      if (p_.substr(pos_, 2) == "?:") {
        pos_ += 2;
      } else if (p_.substr(pos_, 3) == "?P<" || p_.substr(pos_, 2) == "?<") {
        size_t close = p_.find('>', pos_);
        if (close == std::string_view::npos) return fail();
        pos_ = close + 1;
      } else {
        return fail();  // flags such as (?i) change what the rest matches
      }
    }
    Info inner = alternatives();
    if (failed_ || peek() != ')') return fail();
    ++pos_;
    return inner;
  }

  // Reads an escape outside a class: an assertion or a set of characters.
  Info escape() {
    ++pos_;  // backslash
    if (done()) return fail();
    char c = p_[pos_];
    switch (c) {
      case 'b':
      case 'B':
      case 'A':
      case 'z':
        ++pos_;
        return assertion();
      default: break;
    }
    Ranges ranges;
    bool unknown = false;
    if (!class_escape(ranges, unknown)) return fail();
    return character_set(ranges, unknown);
  }

  // Reads an escape standing for characters (\d, \n, \x41, \., \pL...) after the backslash.
  bool class_escape(Ranges& ranges, bool& unknown) {
    char c = p_[pos_++];
    switch (c) {
      case 'd': ranges = kDigits; return true;
      case 'D': ranges = complement(kDigits); return true;
      case 's': ranges = kSpaces; return true;
      case 'S': ranges = complement(kSpaces); return true;
      case 'w': ranges = kWordCharacters; return true;
      case 'W': ranges = complement(kWordCharacters); return true;
      case 'n': ranges = {{'\n', '\n'}}; return true;
      case 't': ranges = {{'\t', '\t'}}; return true;
      case 'r': ranges = {{'\r', '\r'}}; return true;
      case 'f': ranges = {{'\f', '\f'}}; return true;
      case 'v': ranges = {{'\v', '\v'}}; return true;
      case 'a': ranges = {{'\a', '\a'}}; return true;
      case 'p':
      case 'P':
        // A Unicode class: some set of single characters.
        if (peek() == '{') {
          size_t close = p_.find('}', pos_);
          if (close == std::string_view::npos) return false;
          pos_ = close + 1;
        } else if (!done()) {
          ++pos_;
        }
        unknown = true;
        return true;
      case 'x': {
        char32_t value = 0;
        auto hex = [](char h) {
          if (h >= '0' && h <= '9') return h - '0';
          if (h >= 'a' && h <= 'f') return h - 'a' + 10;
          if (h >= 'A' && h <= 'F') return h - 'A' + 10;
          return -1;
        };
        if (peek() == '{') {
          size_t close = p_.find('}', pos_);
          if (close == std::string_view::npos || close == pos_ + 1 || close - pos_ > 9) return false;
          for (size_t i = pos_ + 1; i < close; ++i) {
            if (hex(p_[i]) < 0) return false;
            value = value * 16 + hex(p_[i]);
          }
          pos_ = close + 1;
        } else {
          if (pos_ + 2 > p_.size() || hex(p_[pos_]) < 0 || hex(p_[pos_ + 1]) < 0) return false;
          value = hex(p_[pos_]) * 16 + hex(p_[pos_ + 1]);
          pos_ += 2;
        }
        if (value > kMaxCodePoint) return false;
        ranges = {{value, value}};
        return true;
      }
      default:
        // Escaped punctuation stands for itself; letters, digits (octal) and
        // \Q, \C, \E are not read.
        if (static_cast<unsigned char>(c) < 0x80 && !std::isalnum(static_cast<unsigned char>(c)) && c != '_') {
          ranges = {{static_cast<char32_t>(c), static_cast<char32_t>(c)}};
          return true;
        }
        return false;
    }
  }

  Info bracket() {
    ++pos_;  // [
    bool negated = false;
    if (peek() == '^') {
      negated = true;
      ++pos_;
    }
    Ranges ranges;
    bool unknown = false;
    bool first = true;
    while (!done() && (peek() != ']' || first)) {
      first = false;
      if (p_.substr(pos_, 2) == "[:") return fail();  // POSIX classes
      Ranges item;
      bool single = false;
      char32_t lo = 0;
      if (peek() == '\\') {
        ++pos_;
        if (done() || !class_escape(item, unknown)) return fail();
        single = item.size() == 1 && item[0].first == item[0].second;
        lo = single ? item[0].first : 0;
      } else {
        lo = take_code_point();
        single = true;
        item = {{lo, lo}};
      }
      // A range lo-hi (a '-' before ']' is a literal).
      if (single && peek() == '-' && pos_ + 1 < p_.size() && p_[pos_ + 1] != ']') {
        ++pos_;
        char32_t hi = 0;
        if (peek() == '\\') {
          ++pos_;
          Ranges end;
          bool end_unknown = false;
          if (done() || !class_escape(end, end_unknown) || end_unknown || end.size() != 1 ||
              end[0].first != end[0].second) {
            return fail();
          }
          hi = end[0].first;
        } else {
          hi = take_code_point();
        }
        if (hi < lo) return fail();
        item = {{lo, hi}};
      }
      ranges.insert(ranges.end(), item.begin(), item.end());
    }
    if (peek() != ']') return fail();
    ++pos_;
    if (unknown) return character_set({}, true);
    if (negated) ranges = complement(ranges);
    if (ranges.empty()) return fail();  // matches nothing
    return character_set(ranges);
  }

  std::string_view p_;
  size_t pos_ = 0;
  bool failed_ = false;
};

}  // namespace

std::optional<RequiredLiterals> required_literals(std::string_view pattern, const RE2::Options& options) {
  if (options.encoding() != RE2::Options::EncodingUTF8 || !options.case_sensitive() || options.literal() ||
      options.never_nl()) {
    return std::nullopt;
  }
  std::optional<Info> info = Reader(pattern).read();
  if (!info || info->min_length == 0) return std::nullopt;
  RequiredLiterals out;
  out.max_match = info->max_length;
  if (info->exact && !has_empty(*info->exact) && !info->assertion &&
      std::all_of(info->exact->begin(), info->exact->end(),
                  [&](const std::string& s) { return s.size() == info->exact->front().size(); })) {
    out.strings = *info->exact;
    out.matches_are_literals = true;
    return out;
  }
  if (!info->required) return std::nullopt;
  // A match of unbounded length that may begin well before its literal is
  // looked for with a probe at every character before each occurrence: past
  // a few characters, a plain scan costs less.
  if (!out.max_match && info->required->lead > kMaxProbedLead) return std::nullopt;
  out.strings = info->required->strings;
  out.max_lead = info->required->lead;
  return out;
}

}  // namespace copydesk
