#include "extract/date_groups.h"

#include <initializer_list>
#include <string_view>

namespace copydesk {

namespace {

// A set of characters: the ASCII digits or none, and three-byte characters.
struct CharSet {
  bool digits;
  std::string_view three;  // one after another
  bool holds_three(const char* c) const {
    for (size_t k = 0; k + 3 <= three.size(); k += 3) {
      if (three[k] == c[0] && three[k + 1] == c[1] && three[k + 2] == c[2]) return true;
    }
    return false;
  }
};

// A reading position in a match.
class Cursor {
 public:
  explicit Cursor(const re2::StringPiece& match) : m_(match.data(), match.size()) {}

  size_t pos() const { return i_; }
  bool done() const { return i_ == m_.size(); }
  bool at(std::string_view s) const { return m_.substr(i_, s.size()) == s; }
  bool eat(std::string_view s) {
    if (!at(s)) return false;
    i_ += s.size();
    return true;
  }
  bool at_digit() const { return i_ < m_.size() && m_[i_] >= '0' && m_[i_] <= '9'; }
  // Moves past the characters of `chars` from here; how many bytes it
  // passed.
  size_t eat_all_of(const CharSet& chars) {
    size_t from = i_;
    while (i_ < m_.size()) {
      unsigned char b = static_cast<unsigned char>(m_[i_]);
      if (b < 0x80) {
        if (!chars.digits || b < '0' || b > '9') break;
        ++i_;
        continue;
      }
      if (m_.size() - i_ < 3 || !chars.holds_three(m_.data() + i_)) break;
      i_ += 3;
    }
    return i_ - from;
  }
  // The group of the bytes from `from` to here.
  re2::StringPiece since(size_t from) const { return re2::StringPiece(m_.data() + from, i_ - from); }
  // The rest of the match, as a group, when it is one of `words`.
  bool rest_in(std::initializer_list<std::string_view> words, re2::StringPiece& group) {
    for (std::string_view w : words) {
      if (m_.substr(i_) == w) {
        size_t from = i_;
        i_ = m_.size();
        group = since(from);
        return true;
      }
    }
    return false;
  }

 private:
  std::string_view m_;
  size_t i_ = 0;
};

constexpr CharSet kDigits{true, ""};
// ZH_YEAR: [0-9]{4}|[零〇○一二三四五六七八九]{3,4}|两千[零〇一二三四五六七八九十]{0,4}
constexpr CharSet kYearChars{true, "零〇○一二三四五六七八九两千十"};
// ZH_MONTH: [0-9]{1,2}|十[一二]?|[一二三四五六七八九]
constexpr CharSet kMonthChars{true, "十一二三四五六七八九"};
// A day in numerals: [一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]
constexpr CharSet kNumerals{false, "一二三四五六七八九十"};

void clear(re2::StringPiece* g, int from, int to) {
  for (int i = from; i < to; ++i) g[i] = re2::StringPiece();
}

}  // namespace

bool read_zh_date_groups(re2::StringPiece* g) {
  clear(g, 1, 11);
  Cursor c(g[0]);
  // The year part: only it holds 年 (in the year itself or in 今年...).
  size_t from = c.pos();
  if (c.eat("农历")) g[1] = c.since(from);
  from = c.pos();
  bool year = false;
  if (c.eat("今年") || c.eat("去年") || c.eat("明年") || c.eat("前年")) {
    g[3] = c.since(from);
    year = true;
  } else if (std::string_view(g[0].data(), g[0].size()).find("年") != std::string_view::npos) {
    if (c.eat_all_of(kYearChars) == 0) return false;
    g[2] = c.since(from);
    c.eat(" ");
    if (!c.eat("年")) return false;
    c.eat(" ");
    year = true;
  }
  if (!year && g[1].data() != nullptr) return false;
  from = c.pos();
  if (year && c.eat("农历")) g[4] = c.since(from);
  // The month, then 月 with the spaces of typesetting, and 份.
  from = c.pos();
  if (c.eat_all_of(kMonthChars) == 0) return false;
  g[5] = c.since(from);
  c.eat(" ");
  if (!c.eat("月")) return false;
  c.eat(" ");
  c.eat("份");
  // The day, in figures (日 or 号 after it) or in numerals.
  if (c.at_digit()) {
    from = c.pos();
    c.eat_all_of(kDigits);
    g[6] = c.since(from);
    c.eat(" ");
    from = c.pos();
    if (!c.eat("日") && !c.eat("号")) return false;
    g[7] = c.since(from);
  } else {
    from = c.pos();
    if (c.eat_all_of(kNumerals) != 0) {
      g[8] = c.since(from);
      from = c.pos();
      if (c.eat("日") || c.eat("号")) g[9] = c.since(from);
    }
  }
  if (c.done()) return true;
  return c.rest_in({"上旬", "中旬", "下旬", "初", "底", "末"}, g[10]);
}

bool read_zh_year_groups(re2::StringPiece* g) {
  clear(g, 1, 4);
  Cursor c(g[0]);
  size_t from = c.pos();
  if (c.eat("今年") || c.eat("去年") || c.eat("明年") || c.eat("前年")) {
    g[2] = c.since(from);
  } else {
    if (c.eat_all_of(kYearChars) == 0) return false;
    g[1] = c.since(from);
    if (!c.eat("年")) return false;
  }
  if (c.done()) return true;
  return c.rest_in({"年初", "年底", "年末", "初", "底", "末", "上半年", "下半年"}, g[3]);
}

bool read_zh_day_groups(re2::StringPiece* g) {
  clear(g, 1, 3);
  Cursor c(g[0]);
  size_t digits = c.eat_all_of(kDigits);
  if (digits == 0 || digits > 2) return false;
  g[1] = c.since(0);
  return c.rest_in({"日", "号"}, g[2]);
}

bool read_zh_period_groups(re2::StringPiece* g) {
  clear(g, 1, 4);
  Cursor c(g[0]);
  if (c.eat("“")) {
    size_t from = c.pos();
    if (c.eat_all_of(kNumerals) == 0) return false;
    re2::StringPiece plan = c.since(from);
    re2::StringPiece close;
    if (!c.rest_in({"”"}, close)) return false;
    g[2] = plan;
    return true;
  }
  if (c.at("十")) {
    c.eat_all_of(kNumerals);
    re2::StringPiece plan = c.since(0);
    re2::StringPiece word;
    if (!c.rest_in({"时期", "期间", "规划"}, word)) return false;
    g[3] = plan;
    return true;
  }
  return c.rest_in({"上旬", "中旬", "下旬", "年初", "年底", "年末", "上半年", "下半年"}, g[1]);
}

}  // namespace copydesk
