#include "extract/numbers.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <span>
#include <tuple>

#include "core/document.h"
#include "core/utf8.h"
#include "extract/chinese_numeral.h"
#include "extract/code_point_set.h"
#include "extract/english_numeral.h"
#include "extract/figure_starts.h"
#include "extract/rare_characters.h"

namespace copydesk {

std::string_view number_form_name(NumberForm form) {
  switch (form) {
    case NumberForm::kCardinal: return "cardinal";
    case NumberForm::kOrdinal: return "ordinal";
    case NumberForm::kPercent: return "percent";
    case NumberForm::kFraction: return "fraction";
  }
  return "cardinal";
}

std::string_view bound_name(Bound bound) {
  switch (bound) {
    case Bound::kExact: return "exact";
    case Bound::kApprox: return "approx";
    case Bound::kOver: return "over";
    case Bound::kUnder: return "under";
  }
  return "exact";
}

std::string format_value(double value) {
  if (!std::isfinite(value)) return "0";
  if (std::fabs(value - std::round(value)) < 1e-9 * std::max(1.0, std::fabs(value)) && std::fabs(value) < 1e18) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", std::round(value));
    return buf;
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6f", value);
  std::string s = buf;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

namespace {

constexpr size_t kMaxChineseRun = 40;  // code points; longer runs are split, never re-scanned
constexpr int kArabicDecimals = 12;    // decimals parse_arabic() adds to the value (it counts the rest)
constexpr size_t kMaxRangeLowBytes = 1024;  // a longer figure is no range's first (NumberMention keeps 16 bits)

// A count of digits as NumberMention keeps it: a byte, so at most 255.
uint8_t count_digits(int digits) { return static_cast<uint8_t>(std::clamp(digits, 0, 255)); }

int arabic_digit(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 0xFF10 && c <= 0xFF19) return static_cast<int>(c - 0xFF10);
  return -1;
}

bool is_financial(char32_t c) {
  switch (c) {
    case U'壹': case U'贰': case U'貳': case U'叁': case U'參': case U'肆': case U'伍': case U'陆':
    case U'陸': case U'柒': case U'捌': case U'玖': case U'拾': case U'佰': case U'仟':
      return true;
    default:
      return false;
  }
}


// Characters that make 千/百 after a figure a unit prefix (千米, 千克, 千瓦), not a numeral.
bool is_si_after_prefix(char32_t c) {
  switch (c) {
    case U'米': case U'克': case U'瓦': case U'伏': case U'帕': case U'卡': case U'焦': case U'赫': case U'兆':
    case U'字': case U'欧': case U'牛': case U'安': case U'升':
      return true;
    default:
      return false;
  }
}

// Words in which a numeral character is not a number (一切, 统一, 零售).
constexpr std::array<std::string_view, 72> kNotNumbers = {
    "一切", "一些", "一样", "一起", "一直", "一定", "一般", "一致", "一同", "一旦", "一道", "一边",
    "一方面", "一体", "一流", "一线", "一带一路", "一律", "一再", "一向", "一贯", "一时", "一味", "一举",
    "一心", "一下", "一番", "一点", "一经", "一概", "一手", "一齐", "统一", "唯一", "万一", "单一",
    "同一", "一一", "不一", "千万不", "千万别", "千万要", "百姓", "百货", "百花", "千方百计", "十分",
    "三农", "零下", "零售", "零星", "零件", "零部件", "零碳", "零距离", "零容忍", "零食", "零钱", "五金",
    "七夕", "九州", "四处", "四周", "四川", "一看", "十足", "两两", "百分点", "千家万户", "百家争鸣", "千千万万"};

// Where a character occurs inside the words of kNotNumbers: a word can only
// contain a numeral if it contains the numeral's first character, next to the
// neighbour the word has there.
struct WordOccurrence {
  char32_t c;
  bool neighbour_after;  // `neighbour` follows `c` in the word (else it precedes it: `c` ends the word)
  char32_t neighbour;
  std::string_view word;
  size_t offset;  // byte offset of `c` in `word`

  auto key() const { return std::tuple(c, neighbour_after, neighbour); }
};

// The occurrences of every character of every word, sorted by character and
// neighbour, and a filter of their keys: most figures are in no such word,
// which one bit tells before any search.
class NotNumberOccurrences {
 public:
  NotNumberOccurrences() {
    for (std::string_view word : kNotNumbers) {
      for (Utf8Iterator it(word); !it.done(); it.next()) {
        bool last = it.next_offset() == word.size();
        char32_t neighbour = last ? code_point_at(word, previous_offset(word, it.offset()))
                                  : code_point_at(word, it.next_offset());
        occurrences_.push_back({it.code_point(), !last, neighbour, word, it.offset()});
        const size_t bit = filter_bit(it.code_point(), !last, neighbour);
        filter_[bit / 64] |= uint64_t{1} << (bit % 64);
      }
    }
    std::stable_sort(occurrences_.begin(), occurrences_.end(),
                     [](const WordOccurrence& a, const WordOccurrence& b) { return a.key() < b.key(); });
  }

  // The occurrences of `c` with `neighbour` after (or before) it, in order.
  std::span<const WordOccurrence> of(char32_t c, bool neighbour_after, char32_t neighbour) const {
    const size_t bit = filter_bit(c, neighbour_after, neighbour);
    if (!((filter_[bit / 64] >> (bit % 64)) & 1)) return {};
    auto key = std::tuple(c, neighbour_after, neighbour);
    auto [first, last] = std::equal_range(occurrences_.begin(), occurrences_.end(), key, KeyLess{});
    return {first, last};
  }

 private:
  struct KeyLess {
    bool operator()(const WordOccurrence& o, const auto& key) const { return o.key() < key; }
    bool operator()(const auto& key, const WordOccurrence& o) const { return key < o.key(); }
  };
  static constexpr size_t kFilterBits = 4096;
  static size_t filter_bit(char32_t c, bool neighbour_after, char32_t neighbour) {
    uint64_t h = (uint64_t{c} << 22 | uint64_t{neighbour} << 1 | neighbour_after) * 0x9E3779B97F4A7C15ULL;
    return h >> (64 - 12);
  }

  std::vector<WordOccurrence> occurrences_;
  std::array<uint64_t, kFilterBits / 64> filter_{};
};

const NotNumberOccurrences& not_number_occurrences() {
  static const NotNumberOccurrences occurrences;
  return occurrences;
}

// The code point at `off` of `text`, decoded exactly as Utf8Iterator does but
// inline: the scanner looks at every character of the document.
inline char32_t decode_at(std::string_view text, size_t off) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[off + i]); };
  unsigned char lead = byte(0);
  if (lead < 0x80) return lead;
  size_t len = std::min(utf8_sequence_length(lead), text.size() - off);
  switch (len) {
    case 1: return lead;
    case 2: return ((lead & 0x1F) << 6) | (byte(1) & 0x3F);
    case 3: return ((lead & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
    default: return ((lead & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) | (byte(3) & 0x3F);
  }
}

// Chinese digits (零 to 九, 两, the financial forms; not 幺, which is a digit
// only inside a numeral read aloud), 十百千 and 万亿: chinese_digit_value()
// and chinese_unit_value() as one load each, as they are asked of nearly
// every character next to a figure.
constexpr CodePointSet kChineseDigits(U"零〇○一壹二两兩倆俩贰貳三叁參四肆五伍六陆陸七柒八捌九玖");
constexpr CodePointSet kSmallUnits(U"十拾百佰千仟");
constexpr CodePointSet kBigUnits(U"万萬亿億");

bool is_cn_digit(char32_t c) { return kChineseDigits.contains(c); }
bool is_small_unit(char32_t c) { return kSmallUnits.contains(c); }
bool is_big_unit(char32_t c) { return kBigUnits.contains(c); }
bool is_ascii_alpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The characters that may carry a numeral on once it has begun
// (Scanner::parse_plain): digits of either kind, 十百千万亿, 点 and the
// approximations inside a figure (500余万). Most figures are followed by none.
constexpr CodePointSet kContinuesNumeral(
    U"0123456789０１２３４５６７８９零〇○一壹二两兩倆俩贰貳三叁參四肆五伍六陆陸七柒八捌九玖"
    U"十拾百佰千仟万萬亿億点點余多几幾");

// A vector of at most N elements that never allocates.
template <typename T, size_t N>
class FixedVector {
 public:
  void push_back(const T& item) { items_[size_++] = item; }
  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }
  const T& operator[](size_t i) const { return items_[i]; }

 private:
  std::array<T, N> items_;  // only the first size_ are set
  size_t size_ = 0;
};

struct Core {
  size_t begin = 0;
  size_t end = 0;
  double value = 0;
  double magnitude = 1;
  int decimals = 0;
  int integer_digits = 0;
  bool arabic = false;
  bool chinese = false;
  bool english = false;
  bool grouped = false;
  bool small_unit = false;
  bool approx_inside = false;  // 500余万, 十几
  bool percent = false;
  bool fraction = false;
  std::optional<double> approx_high;  // 三四 -> 3..4
  bool valid = true;                  // false: a digit run too long to be a quantity (consumed whole)
};

class Scanner {
 public:
  explicit Scanner(std::string_view text) : t_(text) {}

  // The mentions of the text, tried at `starts`, the figure starts of the
  // text in order (figure_starts.h): the scanner never begins a figure
  // elsewhere.
  // A four-digit figure that a unit or measure word follows (1200元, 1500吨,
  // 2000多人) or a currency sign leads ($1500) is an amount, not a year.
  bool is_measured(const NumberMention& m) const {
    if (m.integer_digits != 4 || m.magnitude != 1) return false;
    static constexpr CodePointSet kUnits(U"元吨人个家户台辆头只件套名公千米亩斤克度次所座项张条间册位株棵架艘列块平立毫厘余多");
    return (m.span.end < t_.size() && kUnits.contains(code_point_at(t_, m.span.end))) ||
           !currency_sign_before(t_, m.span.begin).empty();
  }

  std::vector<NumberMention> scan(const std::vector<size_t>& starts) {
    // No room is reserved for a mention a start: with mimalloc's large OS
    // pages, room reserved is resident (6 MB more peak RSS on the 10 MB
    // benchmark corpus, where 70% of the starts begin a figure).
    std::vector<NumberMention> out;
    size_t pos = 0;
    for (size_t start : starts) {
      if (start < pos) continue;  // inside a figure found, or passed over by one
      pos = start;
      char32_t c = at(pos);
      if (!could_start(pos, c)) {
        pos = next(pos);
        continue;
      }
      size_t skip_to = next(pos);
      if (auto m = mention_at(pos, skip_to)) {
        m->measured = is_measured(*m);
        out.push_back(*m);
        pos = std::max(m->span.end, next(pos));
        continue;
      }
      pos = std::max(skip_to, next(pos));
    }
    return out;
  }

  std::optional<Core> core_at(size_t pos) {
    size_t skip = pos;
    return parse_core(pos, skip);
  }

 private:
  char32_t at(size_t off) const { return off < t_.size() ? decode_at(t_, off) : 0; }
  size_t next(size_t off) const {
    return off < t_.size() ? std::min(t_.size(), off + utf8_sequence_length(static_cast<unsigned char>(t_[off])))
                           : t_.size();
  }
  // The code point before `off` (0 at the start), found as previous_offset() does.
  char32_t before(size_t off) const {
    if (off == 0) return 0;
    size_t i = off - 1;
    while (i > 0 && (static_cast<unsigned char>(t_[i]) & 0xC0) == 0x80) --i;
    return decode_at(t_, i);
  }
  // Both compare bytes at the ends first: they are tried for many words at
  // every figure. (starts() tests the last byte too: 百分之 and 万分之 begin
  // with the lead byte of many characters.)
  bool starts(size_t off, std::string_view s) const {
    return off + s.size() <= t_.size() && t_[off] == s[0] && t_[off + s.size() - 1] == s.back() &&
           t_.compare(off, s.size(), s) == 0;
  }
  bool ends_at(size_t off, std::string_view s) const {
    return off >= s.size() && t_[off - 1] == s.back() && (s.size() < 2 || t_[off - 2] == s[s.size() - 2]) &&
           t_.substr(off - s.size(), s.size()) == s;
  }

  // Whether an English word starts at `off`, after at most one space: the
  // scale words and "percent" are looked up only then.
  bool word_follows(size_t off) const {
    if (off < t_.size() && t_[off] == ' ') ++off;
    return off < t_.size() && is_ascii_alpha(static_cast<unsigned char>(t_[off]));
  }

  bool could_start(size_t pos, char32_t c) const {
    if (arabic_digit(c) >= 0 || is_cn_digit(c) || is_small_unit(c) || c == U'第' || c == U'负' || c == U'負') return true;
    if (c == U'万' || c == U'萬') return starts(next(pos), "分之");
    if (c == '.' || c == U'．') return arabic_digit(at(next(pos))) >= 0 && arabic_digit(before(pos)) < 0;
    if (c == '-' || c == U'−' || c == U'－' || c == '+' || c == U'＋') {
      size_t n = next(pos);
      return arabic_digit(at(n)) >= 0 || ((at(n) == '.' || at(n) == U'．') && arabic_digit(at(next(n))) >= 0);
    }
    if (is_ascii_alpha(c)) return !is_ascii_alpha(before(pos));
    return false;
  }

  // Parses an Arabic figure: digits with valid grouping commas and a decimal part.
  // Sets `skip` past the whole run of digits when the figure is absurdly long.
  bool parse_arabic(size_t pos, Core& core, size_t& skip) {
    size_t p = pos;
    double value = 0;
    int int_digits = 0, group_len = 0;
    bool grouped = false;
    std::string digits;
    while (p < t_.size()) {
      // Most figures are runs of ASCII digits: read byte by byte, with the
      // same sums as the general loop below.
      for (unsigned d; p < t_.size() && (d = static_cast<unsigned char>(t_[p]) - '0') <= 9; ++p) {
        ++int_digits;
        ++group_len;
        if (int_digits <= 19) value = value * 10 + static_cast<int>(d);
      }
      if (p >= t_.size()) break;
      char32_t c = at(p);
      int d = arabic_digit(c);
      if (d >= 0) {
        ++int_digits;
        ++group_len;
        if (int_digits <= 19) value = value * 10 + d;
        p = next(p);
        continue;
      }
      // A grouping comma: after 1-3 digits (first group) or exactly 3, followed by exactly 3 digits.
      bool fullwidth_comma = c == U'，' && before(p) >= 0xFF10 && before(p) <= 0xFF19 && at(next(p)) >= 0xFF10 &&
                             at(next(p)) <= 0xFF19;
      if ((c == ',' || fullwidth_comma) && (grouped ? group_len == 3 : group_len <= 3)) {
        size_t q = next(p);
        int n = 0;
        while (n < 4 && arabic_digit(at(q)) >= 0) { ++n; q = next(q); }
        if (n == 3) {
          grouped = true;
          group_len = 0;
          p = next(p);
          continue;
        }
      }
      break;
    }
    if (int_digits == 0) {
      // .5
      if ((at(p) == '.' || at(p) == U'．') && arabic_digit(at(next(p))) >= 0) int_digits = 0;
      else return false;
    }
    if (grouped && group_len != 3) return false;
    int decimals = 0;
    bool in_chain = before(pos) == '.' && pos >= 2 && arabic_digit(before(previous_offset(t_, pos))) >= 0;
    if (!in_chain && (at(p) == '.' || at(p) == U'．') && arabic_digit(at(next(p))) >= 0) {
      size_t q = next(p);
      double scale = 1;
      while (q < t_.size() && arabic_digit(at(q)) >= 0) {
        if (decimals < kArabicDecimals) {
          scale /= 10;
          value += arabic_digit(at(q)) * scale;
        }
        ++decimals;
        q = next(q);
      }
      // 192.168.1.2 and 1.2.3 are not decimals: take the first part only.
      if ((at(q) == '.' || at(q) == U'．') && arabic_digit(at(next(q))) >= 0) {
        decimals = 0;
        value = std::floor(value);
        size_t r = q;
        while (r < t_.size() && (arabic_digit(at(r)) >= 0 || at(r) == '.')) r = next(r);
        skip = std::max(skip, r);
      } else {
        p = q;
      }
    }
    if (int_digits > 18) {
      // A run of digits (an ID, garbage): consume it whole so it is never re-scanned.
      size_t q = p;
      while (q < t_.size() && (arabic_digit(at(q)) >= 0 || at(q) == ',' || at(q) == '.')) q = next(q);
      skip = std::max(skip, q);
      core.valid = false;
      return false;
    }
    core.begin = pos;
    core.end = p;
    core.value = value;
    core.arabic = true;
    core.grouped = grouped;
    core.decimals = decimals;
    core.integer_digits = int_digits;
    return true;
  }

  // An Arabic figure followed by Chinese numeral characters, or a Chinese numeral.
  bool parse_plain(size_t pos, Core& core, size_t& skip) {
    struct Piece {
      size_t end;          // offset after this piece
      size_t norm_length;  // length of `norm` after it
    };
    std::string norm;
    // At most kMaxChineseRun pieces, kept on the stack: this runs for every candidate figure.
    FixedVector<Piece, kMaxChineseRun> pieces;
    Core arabic;
    bool has_arabic = false;
    size_t p = pos;
    const char32_t first = at(p);
    if (arabic_digit(first) >= 0 || first == '.' || first == U'．') {
      if (!parse_arabic(p, arabic, skip)) return false;
      has_arabic = true;
      // Most figures are Arabic digits followed by nothing that carries the
      // numeral on: their value is the one parse_arabic() read, which is what
      // the general reading below gives them (the same sums in the same
      // order, for up to kArabicDecimals decimals).
      // (A '.' of a chain such as 1.2.3 leaves an empty figure, which that reading rejects.)
      if (arabic.end > pos && arabic.decimals <= kArabicDecimals && !kContinuesNumeral.contains(at(arabic.end))) {
        core.begin = pos;
        core.end = arabic.end;
        core.value = arabic.value;
        core.arabic = true;
        core.grouped = arabic.grouped;
        core.integer_digits = arabic.integer_digits;
        core.decimals = arabic.decimals;
        return true;
      }
      // Normalized ASCII text of the figure.
      for (Utf8Iterator it(t_.substr(arabic.begin, arabic.end - arabic.begin)); !it.done(); it.next()) {
        char32_t c = it.code_point();
        if (int d = arabic_digit(c); d >= 0) norm += static_cast<char>('0' + d);
        else if (c == '.' || c == U'．') norm += '.';
      }
      if (!norm.empty() && norm[0] == '.') norm.insert(norm.begin(), '0');
      pieces.push_back({arabic.end, norm.size()});
      p = arabic.end;
    }
    if (!has_arabic && (is_cn_digit(first) || is_small_unit(first))) {
      // Or one Chinese digit, or 十, 百 or 千 alone (一个, 三家, 十年).
      const size_t n = next(p);
      const char32_t second = at(n);
      if (!kContinuesNumeral.contains(second) && !((first == U'千' || first == U'仟') && is_si_after_prefix(second))) {
        core.begin = pos;
        core.end = n;
        core.value = is_cn_digit(first) ? chinese_digit_value(first) : chinese_unit_value(first);
        core.chinese = true;
        return true;
      }
    }
    bool approx_inside = false;
    while (p < t_.size() && pieces.size() < kMaxChineseRun) {
      char32_t c = at(p);
      size_t n = next(p);
      bool take = false;
      if (is_cn_digit(c) || is_big_unit(c)) {
        take = !(is_big_unit(c) && pieces.empty());
      } else if (is_small_unit(c)) {
        take = !((c == U'千' || c == U'仟') && is_si_after_prefix(at(n)));
      } else if ((c == U'点' || c == U'點') && !pieces.empty() && is_cn_digit(at(n)) && norm.find("点") == std::string::npos) {
        take = true;
        c = U'点';
      } else if ((c == U'余' || c == U'多' || c == U'几' || c == U'幾') && !pieces.empty() &&
                 (is_big_unit(at(n)) || (at(n) == U'千' && !has_arabic))) {
        approx_inside = true;
        p = n;
        continue;  // 500余万: the marker is not part of the value
      } else if (arabic_digit(c) >= 0 && !pieces.empty() && norm.find_first_not_of("0123456789.") != std::string::npos) {
        // 10亿零817万5288: Arabic figures inside a mixed numeral.
        Core inner;
        size_t inner_skip = p;
        if (!parse_arabic(p, inner, inner_skip) || inner.grouped) break;
        for (Utf8Iterator it(t_.substr(inner.begin, inner.end - inner.begin)); !it.done(); it.next()) {
          if (int d = arabic_digit(it.code_point()); d >= 0) norm += static_cast<char>('0' + d);
          else norm += '.';
        }
        pieces.push_back({inner.end, norm.size()});
        p = inner.end;
        continue;
      }
      if (!take) break;
      append_utf8(norm, c);
      pieces.push_back({n, norm.size()});
      p = n;
    }
    if (pieces.empty()) return false;
    // The longest prefix that is a valid numeral.
    for (size_t k = pieces.size(); k > 0; --k) {
      std::string_view text = std::string_view(norm).substr(0, pieces[k - 1].norm_length);
      auto value = value_of(text, core);
      if (!value) continue;
      core.begin = pos;
      core.end = pieces[k - 1].end;
      core.value = *value;
      core.arabic = has_arabic;
      core.grouped = has_arabic && arabic.grouped;
      core.integer_digits = has_arabic ? arabic.integer_digits : 0;
      if (has_arabic && k == 1) core.decimals = arabic.decimals;
      core.approx_inside = approx_inside && k > 1;
      // What follows the Arabic digits, and the trailing scale word.
      std::string_view tail = text.substr(has_arabic ? pieces[0].norm_length : 0);
      bool chinese = false;
      for (Utf8Iterator it(tail); !it.done(); it.next()) {
        char32_t c = it.code_point();
        if (is_cn_digit(c) || is_small_unit(c)) chinese = true;
      }
      core.chinese = chinese;
      // 1.2万 keeps the decimal of its digits: it is 12000 to the nearest 1000.
      if (has_arabic && k > 1 && !chinese) core.decimals = arabic.decimals;
      if (has_arabic && k > 1) {
        char32_t first = code_point_at(tail, 0);
        core.small_unit = is_small_unit(first);
      }
      double magnitude = 1;
      for (size_t i = text.size(); i > 0;) {
        size_t j = previous_offset(text, i);
        double u = chinese_unit_value(code_point_at(text, j));
        if (u < 1e4) break;
        magnitude *= u;
        i = j;
      }
      core.magnitude = magnitude;
      // 三四 (three or four): two consecutive digits are an approximation, not 34.
      if (!has_arabic && code_point_count(text) == 2) {
        int a = chinese_digit_value(code_point_at(text, 0));
        int b = chinese_digit_value(code_point_at(text, next_in(text, 0)));
        if (a > 0 && b == a + 1) {
          core.value = a;
          core.approx_high = b;
        }
      }
      return true;
    }
    return false;
  }

  static size_t next_in(std::string_view s, size_t off) {
    return off + utf8_sequence_length(static_cast<unsigned char>(s[off]));
  }

  // The value of a normalized numeral (ASCII digits and Chinese characters; 点 for a decimal point).
  static std::optional<double> value_of(std::string_view text, Core& core) {
    if (text.empty()) return std::nullopt;
    size_t point = text.find("点");
    if (point == std::string_view::npos) {
      core.decimals = 0;
      return parse_chinese_numeral(text);
    }
    auto whole = parse_chinese_numeral(text.substr(0, point));
    if (!whole) return std::nullopt;
    double value = *whole, scale = 1;
    int decimals = 0;
    for (Utf8Iterator it(text.substr(point + 3)); !it.done(); it.next()) {
      int d = chinese_digit_value(it.code_point());
      if (d < 0) return std::nullopt;
      scale /= 10;
      value += d * scale;
      ++decimals;
    }
    if (decimals == 0) return std::nullopt;
    core.decimals = decimals;
    return value;
  }

  // Sign, 百分之, the figure, then %, 分之, /, "million", "percent".
  std::optional<Core> parse_core(size_t pos, size_t& skip) {
    Core core;
    size_t p = pos;
    double sign = 1;
    char32_t c = at(p);
    if (c == '-' || c == U'−' || c == U'－' || c == '+' || c == U'＋') {
      char32_t b = before(p);
      if (arabic_digit(b) >= 0 || is_ascii_alpha(b) || b == '-' || b == '/' || b == '.') return std::nullopt;
      if (c != '+' && c != U'＋') sign = -1;
      p = next(p);
    } else if (c == U'负' || c == U'負') {
      sign = -1;
      p = next(p);
    }
    // 百分之三十 (percent), 千分之五 and 万分之三 (rates, kept in percent).
    struct Rate {
      std::string_view prefix;
      double divisor;
    };
    static constexpr Rate kRates[] = {{"百分之", 1}, {"千分之", 10}, {"仟分之", 10}, {"万分之", 100}, {"萬分之", 100}};
    for (const Rate& rate : kRates) {
      if (!starts(p, rate.prefix)) continue;
      size_t q = p + rate.prefix.size();
      if (!parse_plain(q, core, skip)) return std::nullopt;
      core.begin = pos;
      core.percent = true;
      core.value *= sign / rate.divisor;
      return core;
    }
    if (is_ascii_alpha(at(p))) {
      if (sign < 0 || p != pos) return std::nullopt;
      auto english = parse_english_number(t_, p);
      if (!english) return std::nullopt;
      core.begin = pos;
      core.end = english->end;
      core.value = english->value;
      core.english = true;
      core.magnitude = english->magnitude;
      core.fraction = english->fraction;
      return core;
    }
    if (!parse_plain(p, core, skip)) return std::nullopt;
    core.begin = pos;
    core.value *= sign;
    p = core.end;
    const char32_t following = at(p);  // decoded once for the tests below
    // Percent and per-mille signs.
    if (following == '%' || following == U'％') {
      core.percent = true;
      core.end = next(p);
      return core;
    }
    if (following == U'‰') {
      core.percent = true;
      core.value /= 10;
      core.end = next(p);
      return core;
    }
    // 10 1/2: a whole number and a fraction in English.
    if (following == ' ' && core.arabic && !core.chinese && core.decimals == 0 && !core.grouped && core.magnitude == 1 &&
        arabic_digit(at(p + 1)) >= 0) {
      size_t q = p + 1;
      size_t inner_skip = q;
      Core whole = core;
      auto fraction = parse_core(q, inner_skip);
      if (fraction && fraction->fraction && fraction->arabic && fraction->value < 1 && fraction->value > 0) {
        core = whole;
        core.value += core.value < 0 ? -fraction->value : fraction->value;
        core.end = fraction->end;
        core.fraction = true;
        return core;
      }
    }
    // 3又三分之一: a whole number and a fraction.
    if (starts(p, "又") && !core.percent) {
      size_t q = p + std::string_view("又").size();
      size_t inner_skip = q;
      Core whole = core;
      if (auto fraction = parse_core(q, inner_skip); fraction && fraction->fraction) {
        core = whole;
        core.value = whole.value + (whole.value < 0 ? -fraction->value : fraction->value);
        core.end = fraction->end;
        core.fraction = true;
        core.magnitude = 1;
        return core;
      }
    }
    // X分之Y
    if (starts(p, "分之")) {
      size_t q = p + std::string_view("分之").size();
      char32_t s2 = at(q);
      double sign2 = 1;
      if (s2 == U'负' || s2 == U'負') { sign2 = -1; q = next(q); }
      Core numerator;
      size_t inner_skip = q;
      if (parse_plain(q, numerator, inner_skip) && core.value != 0) {
        // 千分之五, 万分之三: a power of ten written without digits is a rate, kept in percent.
        bool rate = !core.arabic && core.value >= 1000 && std::fmod(std::log10(core.value), 1.0) == 0 &&
                    !is_cn_digit(at(core.begin == pos ? p - 0 : p)) && !is_cn_digit(at(core.begin));
        core.value = sign2 * numerator.value / core.value;
        core.end = numerator.end;
        core.magnitude = 1;
        if (rate) {
          core.value *= 100;
          core.percent = true;
        } else {
          core.fraction = true;
        }
        return core;
      }
    }
    // 1/6: Arabic integers only, and not part of a date such as 2024/5/6.
    if (following == '/' && core.arabic && !core.chinese && core.decimals == 0 && !core.grouped && core.magnitude == 1 &&
        arabic_digit(before(pos)) < 0 && before(pos) != '/') {
      Core denominator;
      size_t q = next(p);
      size_t inner_skip = q;
      if (parse_arabic(q, denominator, inner_skip) && denominator.decimals == 0 && denominator.value != 0 &&
          at(denominator.end) != '/' && arabic_digit(at(denominator.end)) < 0) {
        core.value = core.value / denominator.value;
        core.end = denominator.end;
        core.fraction = true;
        return core;
      }
    }
    // 40k, 15K: thousands (not 40kg, 5km).
    if (core.arabic && !core.chinese && core.magnitude == 1 && (following == 'k' || following == 'K') &&
        !is_ascii_alpha(at(next(p))) && arabic_digit(at(next(p))) < 0) {
      core.value *= 1000;
      core.magnitude = 1000;
      core.end = next(p);
      p = core.end;
    }
    // English scale words and "percent" after Arabic figures.
    if (core.arabic && !core.chinese && core.magnitude == 1) {
      if (auto scale = word_follows(p) ? english_scale_after(t_, p) : std::nullopt) {
        core.value *= scale->value;
        core.magnitude = scale->value;
        core.end = scale->end;
        p = core.end;
      }
      if (auto end = word_follows(p) ? english_percent_after(t_, p) : std::nullopt) {
        core.percent = true;
        core.end = *end;
      }
    }
    return core;
  }

  // Whether [b, e) lies inside one of kNotNumbers as written here (一切, 统一).
  // Only the words holding the character at `b` can, each at one place, and
  // with the character after or before it as written here.
  bool in_excluded_word(size_t b, size_t e) const {
    const NotNumberOccurrences& occurrences = not_number_occurrences();
    char32_t first = at(b);
    for (auto [after, neighbour] : {std::pair(true, at(next(b))), std::pair(false, before(b))}) {
      for (const WordOccurrence& o : occurrences.of(first, after, neighbour)) {
        if (o.offset > b) continue;
        size_t start = b - o.offset;
        size_t end = start + o.word.size();
        if (end < e || end > t_.size() || t_[end - 1] != o.word.back()) continue;
        if (t_.substr(start, o.word.size()) == o.word) return true;
      }
    }
    return false;
  }

  void attach_bounds(NumberMention& m, size_t pos) {
    struct Marker {
      std::string_view text;
      Bound bound;
    };
    static constexpr Marker kBefore[] = {
        {"不超过", Bound::kUnder}, {"不到", Bound::kUnder},   {"不足", Bound::kUnder},   {"未满", Bound::kUnder},
        {"将近", Bound::kUnder},   {"接近", Bound::kUnder},   {"近", Bound::kUnder},     {"大约", Bound::kApprox},
        {"约为", Bound::kApprox},  {"约", Bound::kApprox},    {"超过", Bound::kOver},    {"超", Bound::kOver},
        {"逾", Bound::kOver},      {"突破", Bound::kOver},    {"首破", Bound::kOver},    {"至少", Bound::kOver},    {"最少", Bound::kOver},
        {"多于", Bound::kOver},    {"高于", Bound::kOver},    {"大于", Bound::kOver},    {"少于", Bound::kUnder},
        {"低于", Bound::kUnder},   {"小于", Bound::kUnder},   {"more than ", Bound::kOver},
        {"over ", Bound::kOver},   {"at least ", Bound::kOver}, {"tops ", Bound::kOver},
        {"topped ", Bound::kOver}, {"exceeds ", Bound::kOver}, {"exceeded ", Bound::kOver},
        {"surpasses ", Bound::kOver}, {"surpassed ", Bound::kOver}, {"nearly ", Bound::kUnder},
        {"almost ", Bound::kUnder}, {"less than ", Bound::kUnder}, {"fewer than ", Bound::kUnder},
        {"about ", Bound::kApprox}, {"around ", Bound::kApprox}, {"approximately ", Bound::kApprox},
        {"roughly ", Bound::kApprox}, {"some ", Bound::kApprox}};
    // Most figures follow no marker: only the markers ending in the byte
    // before the figure are tried, in their order.
    static const auto kByLastByte = [] {
      std::array<std::vector<uint8_t>, 256> by_byte{};
      for (size_t i = 0; i < std::size(kBefore); ++i) {
        by_byte[static_cast<unsigned char>(kBefore[i].text.back())].push_back(static_cast<uint8_t>(i));
      }
      return by_byte;
    }();
    // A currency sign may stand between the marker and the figure (about $58
    // million): $, or the last byte of £ (C2 A3) or € (E2 82 AC).
    size_t marker_end = pos;
    if (pos > 0 && (t_[pos - 1] == '$' || t_[pos - 1] == '\xA3' || t_[pos - 1] == '\xAC')) {
      for (std::string_view sign : {"$", "£", "€"}) {
        if (ends_at(marker_end, sign)) marker_end -= sign.size();
      }
    }
    if (marker_end > 0) {
      for (uint8_t i : kByLastByte[static_cast<unsigned char>(t_[marker_end - 1])]) {
        const Marker& marker = kBefore[i];
        if (ends_at(marker_end, marker.text)) {
          // 超 in 超市 or 近 in 最近 are words, not markers: the marker must not follow another Han
          // character that forms a word with it.
          size_t at_marker = marker_end - marker.text.size();
          char32_t prev = before(at_marker);
          if (marker.text == "近" && (prev == U'最' || prev == U'附' || prev == U'接' || prev == U'将' || prev == U'靠')) continue;
          if (marker.text == "超" && (prev == U'高' || prev == U'赶')) continue;
          if (marker.text == "约" && (prev == U'条' || prev == U'合' || prev == U'公' || prev == U'签' || prev == U'节')) continue;
          m.bound = marker.bound;
          m.extent.begin = at_marker;
          break;
        }
      }
    }
    size_t e = m.span.end;
    static constexpr Marker kAfter[] = {{"余", Bound::kOver}, {"多", Bound::kOver}, {"几", Bound::kApprox},
                                        {"以上", Bound::kOver}, {"以下", Bound::kUnder}, {"左右", Bound::kApprox},
                                        {"上下", Bound::kApprox}, {"开外", Bound::kOver}};
    // Only the markers beginning with the character after the figure are tried.
    static const auto kAfterFirst = [] {
      std::array<char32_t, std::size(kAfter)> first{};
      for (size_t i = 0; i < first.size(); ++i) first[i] = code_point_at(kAfter[i].text, 0);
      return first;
    }();
    const char32_t next_character = at(e);
    for (size_t i = 0; i < std::size(kAfter); ++i) {
      const Marker& marker = kAfter[i];
      if (kAfterFirst[i] == next_character && starts(e, marker.text)) {
        if (m.bound == Bound::kExact || marker.bound == Bound::kApprox) m.bound = marker.bound;
        m.extent.end = e + marker.text.size();
        break;
      }
    }
  }

  std::optional<NumberMention> mention_at(size_t pos, size_t& skip) {
    NumberMention m;
    size_t p = pos;
    bool ordinal = false;
    if (at(p) == U'第') {
      ordinal = true;
      p = next(p);
      if (!(arabic_digit(at(p)) >= 0 || is_cn_digit(at(p)) || is_small_unit(at(p)))) return std::nullopt;
    }
    auto core = parse_core(p, skip);
    if (!core) return std::nullopt;
    // Model numbers (A380, G20, H1N1): digits glued to Latin letters before them.
    if (core->arabic && (is_ascii_alpha(before(core->begin)) ||
                         (before(core->begin) == '-' && core->begin >= 2 && is_ascii_alpha(before(core->begin - 1))))) {
      skip = std::max(skip, core->end);
      return std::nullopt;
    }
    // A lone financial digit (伍, 陆) or a numeral inside an ordinary word (一切, 统一).
    // Code points of the figure, counted up to 4: only short Chinese figures are tested below.
    size_t cps = 0;
    if (!core->arabic) {
      for (size_t i = core->begin; i < core->end && cps < 4; ++i) cps += (static_cast<unsigned char>(t_[i]) & 0xC0) != 0x80;
    }
    if (!core->arabic && !core->english && !ordinal && cps == 1 && (is_financial(at(core->begin)) || at(core->begin) == U'○')) {
      return std::nullopt;
    }
    if (!core->arabic && !core->english && !ordinal && cps <= 3 && in_excluded_word(core->begin, core->end)) {
      return std::nullopt;
    }
    m.span = {pos, core->end};
    m.extent = m.span;
    m.value = core->value;
    m.magnitude = core->magnitude;
    m.decimals = count_digits(core->decimals);
    m.arabic = core->arabic;
    m.chinese = core->chinese;
    m.english_words = core->english;
    m.grouped = core->grouped;
    m.arabic_with_small_unit = core->small_unit;
    m.integer_digits = count_digits(core->integer_digits);
    if (core->approx_inside) m.bound = Bound::kOver;
    if (core->approx_high) {
      m.set_high(*core->approx_high);
      m.bound = Bound::kApprox;
    }
    if (ordinal) {
      m.form = NumberForm::kOrdinal;
      return m;
    }
    if (core->english && !core->fraction && english_ordinal_word(t_.substr(core->begin, core->end - core->begin))) m.form = NumberForm::kOrdinal;
    else m.form = core->percent ? NumberForm::kPercent : core->fraction ? NumberForm::kFraction : NumberForm::kCardinal;
    // 21st, 2nd: Arabic ordinals in English.
    if (core->arabic && !core->chinese && core->decimals == 0) {
      for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
        if (starts(core->end, suffix) && !is_ascii_alpha(at(core->end + 2))) {
          m.form = NumberForm::kOrdinal;
          m.span.end = core->end + 2;
          m.extent = m.span;
          return m;
        }
      }
    }
    // A lone 百 or 千 is a word (百年大计, 千家万户), not a figure.
    // 逾千人, 上百家 are figures.
    if (!core->arabic && cps == 1 && (at(core->begin) == U'百' || at(core->begin) == U'千' || at(core->begin) == U'佰' ||
                                      at(core->begin) == U'仟')) {
      static constexpr std::u32string_view kBefore = U"逾近超上数约过";
      static constexpr std::u32string_view kAfter = U"人元余多名家户亩吨米年";
      if (kBefore.find(before(core->begin)) == std::u32string_view::npos &&
          kAfter.find(at(core->end)) == std::u32string_view::npos) {
        return std::nullopt;
      }
    }
    attach_range(m, *core);
    attach_bounds(m, pos);
    // 2.4个百分点: percentage points.
    if (m.form == NumberForm::kCardinal) {
      for (std::string_view points : {"个百分点", "個百分點", "百分点", "百分點"}) {
        if (!starts(m.span.end, points)) continue;
        m.form = NumberForm::kPercent;
        m.span.end += points.size();
        m.extent.end = std::max(m.extent.end, m.span.end);
        break;
      }
    }
    // 七成 (70%): a single digit with 成, when 成 is not the verb (建成, 成为).
    if (m.form == NumberForm::kCardinal && !m.is_range() && at(m.span.end) == U'成' && m.value > 0 && m.value <= 10 &&
        !core->grouped && core->magnitude == 1) {
      static constexpr std::u32string_view kVerbAfter = U"为了立功本果绩就员长交型品熟都年色分效";
      char32_t after = at(next(m.span.end));
      if (kVerbAfter.find(after) == std::u32string_view::npos) {
        m.form = NumberForm::kPercent;
        m.value *= 10;
        m.span.end = next(m.span.end);
        m.extent.end = std::max(m.extent.end, m.span.end);
      }
    }
    return m;
  }

  // 5%—7%, 10～20万, 9～16亿, 1-5月, 三至五.
  void attach_range(NumberMention& m, const Core& low) {
    size_t p = m.span.end;
    char32_t c = at(p);
    bool hyphen = false;
    if (c == U'～' || c == '~' || c == U'〜' || c == U'至' || c == U'到' || c == U'–') {
      p = next(p);
    } else if (c == U'—' || c == U'－' || c == '-') {
      hyphen = c == '-' || c == U'－';
      p = next(p);
      if (at(p) == c) p = next(p);  // —— or --
    } else {
      return;
    }
    if (hyphen && (!low.arabic || low.chinese || before(low.begin) == '-' || before(low.begin) == '/')) return;
    size_t skip = p;
    auto high = parse_core(p, skip);
    if (!high || high->english != low.english) return;
    if (hyphen && (!high->arabic || high->chinese || at(high->end) == '-' || at(high->end) == '/' ||
                   (at(high->end) == '.' && arabic_digit(at(next(high->end))) >= 0)))
      return;
    if ((c == U'至' || c == U'到') && low.arabic != high->arabic) return;
    double low_value = low.value;
    bool drops = false;
    if (low.magnitude == 1 && high->magnitude > 1 && low.value < high->value) {
      low_value *= high->magnitude;
      drops = true;
    }
    bool low_percent = low.percent, high_percent = high->percent;
    if (!low_percent && high_percent) drops = true;
    if (low_percent && !high_percent) return;
    if (!(low_value < high->value)) return;
    if (low.end - m.span.begin > kMaxRangeLowBytes) return;  // no range's first figure
    m.range_low_length = static_cast<uint16_t>(low.end - m.span.begin);
    m.value = low_value;
    m.set_high(high->value);
    m.span.end = high->end;
    m.extent.end = high->end;
    m.magnitude = high->magnitude;
    m.range_drops_scale = drops && !low.english;
    m.decimals = std::max(m.decimals, count_digits(high->decimals));
    m.grouped = m.grouped || high->grouped;
    m.arabic_with_small_unit = m.arabic_with_small_unit || high->small_unit;
    if (high->percent) m.form = NumberForm::kPercent;
  }

  std::string_view t_;
};

}  // namespace

std::vector<NumberMention> find_numbers(std::string_view text) { return Scanner(text).scan(figure_starts(text)); }

std::string_view currency_sign_before(std::string_view text, size_t pos) {
  const std::string_view before = text.substr(0, pos);
  for (std::string_view sign : {"$", "£", "€", "¥"}) {
    if (before.ends_with(sign)) return sign;
  }
  return {};
}

double rounding_of_written(const NumberMention& m) {
  double step = std::pow(10.0, -m.decimals);
  if (m.decimals == 0) {
    for (double v = std::round(m.value / m.magnitude); v >= 10 && std::fmod(v, 10) == 0; v /= 10) step *= 10;
  }
  return 0.5 * step * m.magnitude;
}

bool after_english_month(std::string_view text, size_t pos) {
  if (pos == 0 || pos > text.size() || (text[pos - 1] != ' ' && text[pos - 1] != '\t')) return false;
  size_t end = pos - 1;
  if (end > 0 && text[end - 1] == '.') --end;
  size_t begin = end;
  auto letter = [&](size_t i) { return std::isalpha(static_cast<unsigned char>(text[i])) != 0; };
  while (begin > 0 && letter(begin - 1)) --begin;
  if (end - begin < 3) return false;
  std::string head(text.substr(begin, 3));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  return std::find(std::begin(kMonths), std::end(kMonths), head) != std::end(kMonths);
}

bool part_of_date_or_time(std::string_view text, const NumberMention& m) {
  const std::string_view after = text.substr(m.span.end, 3);
  for (std::string_view word : {"年", "月", "日", "时", "号", "点", "届", "期", "版"}) {
    if (after.starts_with(word)) return true;
  }
  // Minutes and seconds of a time (8时30分, 9点15分, 30分20秒), not a length
  // of time (25分钟, 11.8秒) or a score (80分).
  if (after.starts_with("分") || after.starts_with("秒")) {
    const std::string_view before = text.substr(0, m.span.begin);
    return before.ends_with("时") || before.ends_with("点") || before.ends_with("分");
  }
  if (after.starts_with(":")) return true;
  return after_english_month(text, m.span.begin) || (m.span.begin > 0 && text[m.span.begin - 1] == ':');
}

std::string_view english_word_after(std::string_view text, const NumberMention& m, bool hyphens) {
  size_t at = m.span.end;
  if (at >= text.size() || text[at] != ' ') return {};
  size_t end = ++at;
  while (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) || (hyphens && text[end] == '-'))) {
    ++end;
  }
  return text.substr(at, end - at);
}

std::string_view written_scale_word(std::string_view text, const NumberMention& m) {
  const std::string_view written = text.substr(m.span.begin, m.span.end - m.span.begin);
  const size_t last_digit = written.find_last_of("0123456789");
  return last_digit == std::string_view::npos ? std::string_view() : written.substr(last_digit + 1);
}

bool counts_time(std::string_view text, size_t end) {
  if (end >= text.size() || text[end] != ' ') return false;
  size_t stop = end + 1;
  std::string word;
  while (stop < text.size() && std::isalpha(static_cast<unsigned char>(text[stop]))) {
    word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[stop++])));
  }
  // Not "410 year-round homes": a word that goes on after a hyphen is another word.
  if (stop < text.size() && text[stop] == '-') return false;
  if (word.size() > 1 && word.back() == 's') word.pop_back();
  return word == "year" || word == "month" || word == "week" || word == "day" || word == "hour" || word == "minute" ||
         word == "decade";
}

std::optional<double> parse_number(std::string_view text) {
  auto mentions = find_numbers(text);
  if (mentions.size() != 1 || mentions[0].span != Span{0, text.size()}) return std::nullopt;
  return mentions[0].value;
}

std::span<const NumberMention> Numbers::within(Span span) const {
  auto first = std::lower_bound(mentions.begin(), mentions.end(), span.begin,
                                [](const NumberMention& m, size_t begin) { return m.span.begin < begin; });
  // Each mention begins at or after the end of the one before: those inside
  // the span are a run, ended by the first that begins or ends past it.
  auto last = first;
  while (last != mentions.end() && last->span.begin < span.end && last->span.end <= span.end) ++last;
  return {first, last};
}

namespace {

// A figure whose scale word went to the next line, as a column wrapped it
// (达2⏎万亩): read again with the line break left out, and taken as one figure
// whose span holds the line break. Figures that already have a scale word,
// ranges and paragraph breaks are left alone.
void join_scale_words_across_lines(std::string_view text, std::vector<NumberMention>& mentions) {
  constexpr size_t kNextLineBytes = 32;
  // An English scale word opens the next line ($12⏎million): the line break
  // reads as the space it stands for.
  auto scale_word_after = [&](size_t newline) { return english_scale_after(text, newline + 1).has_value(); };
  auto split = [&](const NumberMention& m) {
    const size_t newline = m.span.end;
    return newline + 1 < text.size() && text[newline] == '\n' && m.magnitude == 1 && !m.is_range() &&
           m.form == NumberForm::kCardinal &&
           (is_big_unit(code_point_at(text, newline + 1)) || scale_word_after(newline));
  };
  // Most documents have none: nothing is rewritten for them.
  if (std::none_of(mentions.begin(), mentions.end(), split)) return;
  // In place: a joined figure replaces the mention it starts from and drops
  // those it takes in, so the mentions kept are written at or before where
  // they were read.
  size_t kept = 0;
  size_t taken_until = 0;  // a joined figure took in what starts before this
  for (size_t r = 0; r < mentions.size(); ++r) {
    const NumberMention m = mentions[r];
    if (m.span.begin < taken_until) continue;
    if (!split(m)) {
      mentions[kept++] = m;
      continue;
    }
    // The figure with its bound words, then the next line's start, read as one text.
    const size_t start = m.extent.begin, newline = m.span.end;
    std::string joined(text.substr(start, newline - start));
    const size_t cut = joined.size();
    const bool spaced = scale_word_after(newline);
    if (spaced) joined += ' ';  // in the line break's place: offsets stay as they are
    const std::string_view next_line = text.substr(newline + 1, kNextLineBytes);
    joined += next_line.substr(0, next_line.find('\n'));
    const std::vector<NumberMention> again = find_numbers(joined);
    if (again.empty() || again.front().span.begin != m.span.begin - start || again.front().span.end <= cut) {
      mentions[kept++] = m;
      continue;
    }
    // Offsets from the cut on are one byte further in the text (the line break).
    auto begin_at = [&](size_t offset) { return start + offset + (!spaced && offset >= cut ? 1 : 0); };
    auto end_at = [&](size_t offset) { return start + offset + (!spaced && offset > cut ? 1 : 0); };
    NumberMention one = again.front();
    const size_t range_low_end = one.range_low_length ? one.span.begin + one.range_low_length : 0;
    one.span = {begin_at(one.span.begin), end_at(one.span.end)};
    one.extent = {std::min(m.extent.begin, begin_at(one.extent.begin)), end_at(one.extent.end)};
    if (range_low_end) one.range_low_length = static_cast<uint16_t>(end_at(range_low_end) - one.span.begin);
    taken_until = one.extent.end;
    mentions[kept++] = one;
  }
  mentions.resize(kept);
}

}  // namespace

Numbers Numbers::compute(const Document& doc) {
  // The shared character scan has found where figures may begin.
  Numbers numbers{Scanner(doc.text()).scan(doc.analysis<RareCharacters>().take_figure_starts(doc.text()))};
  join_scale_words_across_lines(doc.text(), numbers.mentions);
  numbers.mentions.shrink_to_fit();  // kept for the document's life: no doubling slack
  return numbers;
}

}  // namespace copydesk
