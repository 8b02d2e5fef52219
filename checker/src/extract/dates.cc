#include "extract/dates.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "core/utf8.h"
#include "extract/atom_filter.h"
#include "extract/chinese_numeral.h"
#include "extract/date_anchored.h"
#include "extract/date_groups.h"
#include "extract/date_prefilters.h"
#include "extract/numbers.h"
#include "extract/pattern_runs.h"

namespace copydesk {

std::string_view date_kind_name(DateKind kind) {
  switch (kind) {
    case DateKind::kDate: return "date";
    case DateKind::kMonth: return "month";
    case DateKind::kYear: return "year";
    case DateKind::kTime: return "time";
    case DateKind::kWeekday: return "weekday";
    case DateKind::kRelativeDay: return "relative-day";
    case DateKind::kLunar: return "lunar";
    case DateKind::kFestival: return "festival";
    case DateKind::kRelativeYear: return "relative-year";
    case DateKind::kPeriod: return "period";
    case DateKind::kRange: return "range";
    case DateKind::kAge: return "age";
    case DateKind::kDuration: return "duration";
    case DateKind::kBirthYear: return "birth-year";
    case DateKind::kFoundingYear: return "founding-year";
    case DateKind::kAnniversary: return "anniversary";
  }
  return "date";
}

namespace {

bool has(const re2::StringPiece& g) { return g.data() != nullptr && !g.empty(); }
std::string_view sv(const re2::StringPiece& g) { return has(g) ? std::string_view(g.data(), g.size()) : std::string_view(); }

// Value of an Arabic or Chinese numeral; -1 when it is neither.
int number_of(std::string_view s) {
  if (s.empty()) return -1;
  bool digits = std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (digits) {
    if (s.size() > 6) return -1;
    int value = 0;
    for (char c : s) value = value * 10 + (c - '0');
    return value;
  }
  auto v = parse_chinese_numeral(s);
  if (!v || *v < 0 || *v > 1e6) return -1;
  return static_cast<int>(*v);
}

// A lunar day: 初一..初十, 十一..十九, 二十, 廿一..廿九, 三十.
int lunar_day_of(std::string_view s) {
  if (s.rfind("初", 0) == 0) return number_of(s.substr(3));
  if (s.rfind("廿", 0) == 0) return 20 + std::max(0, number_of(s.substr(3)));
  return number_of(s);
}
int lunar_month_of(std::string_view s) {
  if (s == "正") return 1;
  if (s == "冬") return 11;
  if (s == "腊") return 12;
  return number_of(s);
}

int weekday_of_char(std::string_view s) {
  static const std::map<std::string_view, int> kDays = {
      {"一", 1}, {"二", 2}, {"三", 3}, {"四", 4}, {"五", 5}, {"六", 6}, {"日", 7}, {"天", 7}, {"七", 7}};
  auto it = kDays.find(s);
  return it == kDays.end() ? 0 : it->second;
}

int relative_year_of(std::string_view s) {
  if (s == "今年" || s == "this year" || s == "This year") return 0;
  if (s == "去年" || s == "last year" || s == "Last year") return -1;
  if (s == "明年" || s == "next year" || s == "Next year") return 1;
  if (s == "前年") return -2;
  return 0;
}

int english_month(std::string_view s) {
  static const char* kNames[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (s.size() < 3) return 0;
  std::string low;
  for (char c : s.substr(0, 3)) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (int i = 0; i < 12; ++i) {
    if (low == kNames[i]) return i + 1;
  }
  return 0;
}

int english_weekday(std::string_view s) {
  static const char* kNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  if (s.size() < 3) return 0;
  std::string low;
  for (char c : s.substr(0, 3)) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (int i = 0; i < 7; ++i) {
    if (low == kNames[i]) return i + 1;
  }
  return 0;
}

struct Festival {
  std::string_view name;
  bool lunar;
  int month;
  int day;  // 0 with lunar: 除夕 (the last day of the year)
};

const Festival* festival_named(std::string_view name) {
  static const Festival kFestivals[] = {
      {"春节", true, 1, 1},         {"元宵节", true, 1, 15},      {"端午节", true, 5, 5},
      {"端午", true, 5, 5},         {"七夕", true, 7, 7},         {"中秋节", true, 8, 15},
      {"中秋", true, 8, 15},        {"重阳节", true, 9, 9},       {"重阳", true, 9, 9},
      {"腊八节", true, 12, 8},      {"除夕", true, 12, 0},        {"国庆节", false, 10, 1},
      {"国庆", false, 10, 1},       {"元旦", false, 1, 1},        {"劳动节", false, 5, 1},
      {"儿童节", false, 6, 1},      {"建党节", false, 7, 1},      {"建军节", false, 8, 1},
      {"教师节", false, 9, 10},     {"妇女节", false, 3, 8},      {"植树节", false, 3, 12},
      {"青年节", false, 5, 4},      {"圣诞节", false, 12, 25},    {"情人节", false, 2, 14},
      {"Christmas Day", false, 12, 25}, {"Christmas", false, 12, 25}, {"New Year's Day", false, 1, 1},
      {"Halloween", false, 10, 31}, {"Valentine's Day", false, 2, 14},
      {"Lunar New Year", true, 1, 1}, {"Spring Festival", true, 1, 1}, {"Lantern Festival", true, 1, 15},
      {"Dragon Boat Festival", true, 5, 5}, {"Mid-Autumn Festival", true, 8, 15},
  };
  for (const auto& f : kFestivals) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

// Code point just before / after a byte range (0 at the text's edges).
char32_t before(std::string_view text, size_t begin) {
  return begin == 0 ? 0 : code_point_at(text, previous_offset(text, begin));
}
char32_t after(std::string_view text, size_t end) { return end >= text.size() ? 0 : code_point_at(text, end); }
bool starts_with_at(std::string_view text, size_t pos, std::string_view what) {
  return text.substr(pos, what.size()) == what;
}
bool ends_with_at(std::string_view text, size_t end, std::string_view what) {
  return end >= what.size() && text.substr(end - what.size(), what.size()) == what;
}
bool is_chinese_numeral_char(char32_t c) {
  return chinese_digit_value(c) >= 0 || c == U'十' || c == U'百' || c == U'千';
}
bool is_ascii_word(char32_t c) { return c < 128 && (std::isalnum(static_cast<int>(c)) || c == '_'); }

// ---- Patterns ----------------------------------------------------------------

// An English count in words, one to ninety-nine (a duration: for eight years).
#define EN_COUNT_WORD                                                                                   \
  "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|" \
  "eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"       \
  "fifteen|sixteen|seventeen|eighteen|nineteen)"
#define ZH_YEAR "([0-9]{4}|[零〇○一二三四五六七八九]{3,4}|两千[零〇一二三四五六七八九十]{0,4})"
#define ZH_MONTH "([0-9]{1,2}|十[一二]?|[一二三四五六七八九])"
#define ZH_REL_YEAR "(今年|去年|明年|前年)"
#define EN_MONTH                                                                                   \
  "((?i:january|february|march|april|june|july|august|september|october|november|december|jan|feb|" \
  "mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?|May)"
#define EN_WEEKDAY "((?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"

// Keys of the patterns (extract/pattern_runs.h): sets of characters of which
// every match of a pattern holds one. A pattern is searched only in the runs
// of its characters that hold its trigger key and each of its other keys.
enum Key {
  kDigit,       // 0-9
  kNumeral,     // 一二三…十百千
  kYearChar,    // 年
  kMonthChar,   // 月
  kDayChar,     // 日 号
  kSky,         // 天 (今天, 星期天)
  kHourMark,    // 点 时 :
  kWeekMark,    // 星期, 礼拜, 周, 週 end in one of these; 周年
  kAgeChar,     // 岁
  kFestivalEnd, // the last character of every festival name
  kTenDays,     // 旬
  kFive,        // 五 (“十四五”)
  kRangeMark,   // - — – ~ 至 到
  kBorn,        // 生
  kFounded,     // 立 建 办 (成立, 创建, 创办...)
  kGreat,       // 大 (大年初一, 大后天)
  kFirstDays,   // 初
  kRelative,    // 今 去 明 前 昨 后 (今年, 昨天)
  kNumericMark, // - . / and space, between the parts of 2026-04-09
  kLetter,      // ASCII letters (and ſ, K, which fold to s and k)
  // Keys the handling of a match needs, not the pattern: a run without one
  // gives no mention, so it need not be searched.
  kPeriodMark,    // 旬 初 底 末 半 五 (上旬, 年初, 年底, 上半年, “十四五”)
  kFestivalStart, // the first character of every festival name
  kSinceMark,     // the first characters of 近/约/历时/时隔/走过… and 来/以来/之久/间 (29年来)
  kKeyCount
};

constexpr KeyMask key(Key k) { return KeyMask{1} << k; }
constexpr KeyMask kAnyNumber = key(kDigit) | key(kNumeral);

// The characters of each key, in the order of Key.
std::vector<std::u32string> key_characters() {
  std::vector<std::u32string> keys = {
      U"0123456789",
      U"〇○零一二三四五六七八九十百千两",
      U"年",
      U"月",
      U"日号",
      U"天",
      U"点时:：",
      U"期拜周週",
      U"岁",
      U"节午夕秋阳庆旦",
      U"旬",
      U"五",
      U"-—–－~～至到",
      U"生",
      U"立建办",
      U"大",
      U"初",
      U"今去明前昨后後",
      U"-./ ",
      U"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzſK",
      U"旬初底末半五",
      U"春元端七中重腊除国劳儿建教妇植青圣情清",
      U"近约逾超长历时走存经坚整来以之间"
  };
  if (keys.size() != kKeyCount) throw std::logic_error("date pattern keys: one set of characters a key");
  return keys;
}

// ISO and dotted dates (2026-04-09, 2026.4.9): four digits, a mark, a
// digit. Most runs of digits and marks the scan finds (3.5, 12 14) have
// none.
bool may_hold_iso_date(std::string_view s) {
  int digits = 0;
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      ++digits;
      continue;
    }
    if (digits >= 4 && (c == '-' || c == '.' || c == '/' || c == ' ') && s[i + 1] >= '0' && s[i + 1] <= '9')
      return true;
    digits = 0;
  }
  return false;
}

// The largest number of capturing groups of a pattern, with the whole match.
constexpr int kMaxGroups = 16;
using Groups = std::array<re2::StringPiece, kMaxGroups>;

// A date pattern and the keys its matches hold.
struct Pattern {
  Pattern(const char* source, KeyMask trigger, std::vector<KeyMask> needs = {}, std::u32string after = {})
      : source(source), trigger(trigger), needs(std::move(needs)), after(std::move(after)) {
    for (std::string_view context : {"^", "$", "\\b", "\\B", "\\A", "\\z"}) {
      if (this->source.find(context) != std::string::npos) alone = false;
    }
  }
  // The pattern compiled, on first use: most texts meet a few of the
  // patterns only, and compiling them all costs a short file more than
  // searching it.
  const RE2& re() const {
    std::call_once(compiled_, [this] {
      auto re = std::make_unique<RE2>(source);
      int groups = re->NumberOfCapturingGroups() + 1;
      if (!re->ok() || groups > kMaxGroups) throw std::logic_error("bad date pattern: " + source);
      groups_ = groups;
      re_ = std::move(re);
    });
    return *re_;
  }
  // Capturing groups, with the whole match.
  int groups() const {
    re();
    return groups_;
  }

  std::string source;
  KeyMask trigger;
  std::vector<KeyMask> needs;
  // Every match holds a trigger character right after one of these (see
  // RunPattern::after); empty: no such rule.
  std::u32string after;
  bool alone = true;  // no assertion looks past a match: a piece of text can be searched on its own
  bool opens_runs = false;  // most of its runs begin with a match (see find())
  // Reads the groups of a match from the whole match (extract/date_groups.h),
  // so that RE2 need only find the match; nullptr: RE2 finds the groups.
  bool (*read_groups)(re2::StringPiece* g) = nullptr;
  // A few byte tests of a piece of text: false when no match can lie in it,
  // so that RE2 need not search it; nullptr: none.
  bool (*may_hold)(std::string_view piece) = nullptr;
  // The match anchored at the start of a piece, found by hand
  // (extract/date_anchored.h); nullptr: RE2 finds it.
  size_t (*anchored)(std::string_view rest) = nullptr;
  int filter_bit = -1;      // in english_filter(), or -1
  // English: every match holds a word of this many letters (see
  // longest_letter_stretch()); a short run without one is not searched.
  size_t letters = 0;
  size_t index = 0;   // in Patterns::all

 private:
  mutable std::once_flag compiled_;
  mutable std::unique_ptr<RE2> re_;
  mutable int groups_ = 0;
};

// The characters a trigger of some patterns comes right after (Pattern::after):
// the last character of a number, of ZH_YEAR.
const std::u32string kDigits = U"0123456789";
const std::u32string kYearEnds = kDigits + U"零〇○一二三四五六七八九十千";

struct Patterns {
  // 2026年4月9日, 去年12月, 6月16日, 八月十五, 6月上旬.
  // Spaces around Arabic numerals (本报 12 月 14 日讯) come from typesetting.
  Pattern zh_date{"(?:(农历)?(?:" ZH_YEAR " ?年 ?|" ZH_REL_YEAR ")(农历)?)?" ZH_MONTH " ?月 ?(?:份)?"
                  "(?:([0-9]{1,2}) ?(日|号)|([一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(日|号)?)?"
                  "(上旬|中旬|下旬|初|底|末)?",
                  key(kMonthChar), {kAnyNumber}};
  // 2026年, 今年, 2026年底, 今年上半年.
  Pattern zh_year{"(?:" ZH_YEAR "年|" ZH_REL_YEAR ")(年初|年底|年末|初|底|末|上半年|下半年)?", key(kYearChar),
                  {kAnyNumber | key(kRelative)}};
  Pattern zh_day{"([0-9]{1,2})(日|号)", key(kDayChar), {key(kDigit)}, kDigits};
  Pattern zh_lunar{"(?:(农历)?(?:" ZH_YEAR "年|(今年|去年|明年))?(农历)?)?(闰)?(正|腊|冬|十一|十二|[一二三四五六七八九十])月"
                   "(初[一二三四五六七八九十]|廿[一二三四五六七八九]|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|三十)",
                   key(kMonthChar), {key(kNumeral)}, U"正腊冬一二三四五六七八九十"};
  Pattern zh_new_year{"(?:" ZH_YEAR "年)?大年(初[一二三四五六七八九十]|三十)", key(kYearChar),
                      {key(kGreat), key(kFirstDays) | key(kNumeral)}, U"大"};
  Pattern zh_festival{"(春节|元宵节|端午节|端午|七夕|中秋节|中秋|重阳节|重阳|腊八节|除夕|国庆节|国庆|元旦|劳动节|儿童节|"
                      "建党节|建军节|教师节|妇女节|植树节|青年节|圣诞节|情人节|清明节)",
                      key(kFestivalEnd), {key(kFestivalStart)}, U"春宵端七中重八除国元动童党军师女树年诞人明"};
  Pattern zh_time{"(凌晨|清晨|早上|早晨|上午|中午|午后|下午|傍晚|晚上|晚间|夜间|深夜)?"
                  "(?:([0-9]{1,2})[:：]([0-9]{2})|([0-9]{1,2}|[一二三四五六七八九十]{1,3})(点|时)"
                  "(半|([0-9]{1,2}|[一二三四五六七八九十]{1,3})分|许|整)?)",
                  key(kHourMark), {kAnyNumber}, kDigits + U"一二三四五六七八九十"};
  Pattern zh_weekday{"(上上[个個]?|下下[个個]?|上[个個]?|下[个個]?|这[个個]?|這[個个]?|本)?(星期|礼拜|禮拜|周|週)([一二三四五六日天七])",
                     key(kWeekMark), {key(kNumeral) | key(kDayChar) | key(kSky)}};
  Pattern zh_relative_day{"(大前天|大后天|大後天|今天|昨天|明天|前天|后天|後天|昨日|明日)", key(kSky) | key(kDayChar),
                          {key(kGreat) | key(kRelative)}, U"今昨明前后後"};
  Pattern zh_period{"(上旬|中旬|下旬|年初|年底|年末|上半年|下半年)|“(十[一二三四五六七八九]五|[二三四五六七八九]五)”|"
                    "(十[一二三四五六七八九]五)(?:时期|期间|规划)",
                    key(kTenDays) | key(kYearChar) | key(kFive), {key(kPeriodMark)}};
  Pattern zh_month_range{"(?:" ZH_YEAR "年|" ZH_REL_YEAR ")?" ZH_MONTH "(?:月份?)?(?:-|—|–|－|~|～|至|到)" ZH_MONTH "月",
                         key(kMonthChar), {key(kRangeMark), kAnyNumber}};
  Pattern zh_day_range{"(?:(?:" ZH_YEAR "年)?" ZH_MONTH "月)?([0-9]{1,2})(?:日|号)?(?:-|—|–|－|~|～|至|到)"
                       "(?:(?:" ZH_YEAR "年)?" ZH_MONTH "月)?([0-9]{1,2})(日|号)",
                       key(kDayChar), {key(kRangeMark), key(kDigit)}, kDigits};
  Pattern zh_year_range{"([0-9]{4})年?(?:-|—|–|－|~|～|至|到)([0-9]{4})年", key(kYearChar),
                        {key(kRangeMark), key(kDigit)}};
  // 今年已经68岁, and hard-wrapped 今年已经⏎68岁.
  Pattern zh_age{"(?:(今年(?:已经|已|刚刚|刚|正好|恰好|整)?|现年|年仅|时年|享年|年近|年逾)\n?)?"
                 "([0-9]{1,3}|[一二三四五六七八九十]{1,3})(多|余)?(周岁|岁)",
                 key(kAgeChar), {kAnyNumber}};
  Pattern zh_duration{"(近|约|逾|超过|长达|历时|时隔|走过了?|存在了?|经历了?|坚持了?|整整)?"
                      "([0-9]{1,4}|[一二三四五六七八九十百]{1,4})(多|余)?个?年(来|以来|之久|间)?",
                      key(kYearChar), {kAnyNumber, key(kSinceMark)}, kDigits + U"一二三四五六七八九十百多余个"};
  Pattern zh_birth{"(?:(生于|出生于)" ZH_YEAR "年)|(?:" ZH_YEAR "年(出生|生人|生)([）)，,、的在于。；]))", key(kYearChar),
                   {key(kBorn), kAnyNumber}, kYearEnds};
  Pattern zh_founding{"(?:(成立|建立|创建|创办|创立|始建|组建|建校|建成|诞生)于" ZH_YEAR "年)|"
                      "(?:" ZH_YEAR "年(?:挂牌|正式|揭牌)?(成立|建立|创建|创办|创立|始建|组建|建校|建成|诞生))",
                      key(kYearChar), {key(kFounded) | key(kBorn), kAnyNumber}, kYearEnds};
  Pattern zh_anniversary{"([0-9]{1,4}|[一二三四五六七八九十百]{1,4})周年", key(kWeekMark),
                         {key(kYearChar), kAnyNumber}};

  // Numeric forms shared by both languages.
  Pattern iso{"([0-9]{4})([-./ ])([0-9]{1,2})([-./ ])([0-9]{1,2})", key(kDigit), {key(kNumericMark)}};
  Pattern short_dmy{"([0-9]{1,2})([-./])([0-9]{1,2})([-./])([0-9]{1,4})", key(kDigit), {key(kNumericMark)}};
  Pattern short_md{"([0-9]{1,2})/([0-9]{1,2})", key(kDigit), {key(kNumericMark)}};

  Pattern en_mdy{"(?:" EN_WEEKDAY ",?\\s+)?" EN_MONTH
                 "[\\s/-]*([0-9]{1,2})(?:st|nd|rd|th)?(?:(?:,\\s*|\\s+of\\s+|\\s+)([0-9]{4}))?",
                 key(kLetter), {key(kDigit)}};
  Pattern en_dmy{"([0-9]{1,2})(?:st|nd|rd|th)?(?:\\.?\\s*|-)(?:of\\s+)?" EN_MONTH "(?:,?\\s*([0-9]{4}))?", key(kLetter),
                 {key(kDigit)}};
  Pattern en_month_year{EN_MONTH ",?\\s+([0-9]{4})", key(kLetter), {key(kDigit)}};
  Pattern en_weekday{"(?i)(?:(last|next|this)\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
                     key(kLetter)};
  Pattern en_relative_day{"(?i)(the day before yesterday|the day after tomorrow|yesterday|today|tomorrow)",
                          key(kLetter)};
  Pattern en_relative_year{"(?i)(this|last|next) year", key(kLetter)};
  Pattern en_year{"(?i)(?:in|since|from|until|by|before|after|during|of)\\s+((?:1[0-9]|20)[0-9]{2})", key(kLetter),
                  {key(kDigit)}};
  Pattern en_age{"([A-Z][a-z]+|\\b[Tt]he [a-z]+), ([0-9]{1,3}),|(?:aged|age) ([0-9]{1,3})|([0-9]{1,3})-year-old"
                 "|at the age of ([0-9]{1,3})|\\b([0-9]{1,3})(?:st|nd|rd|th) birthday", key(kLetter),
                 {key(kDigit)}};
  // AP style writes one to nine in words, and copy often does up to ninety-nine.
  // for eight years; in its 128-year history
  Pattern en_duration{"(?i)for (more than |nearly |almost |about |over |some )?([0-9]{1,3}|" EN_COUNT_WORD ") years"
                      "|(?:its|their|his|her) ([0-9]{1,3})-year (?:history|existence)",
                      key(kLetter)};
  // born in 1966, born in Millbrook in 1958, born in Dayton, Ohio, in 1958, born on March 3, 1942,
  // born in the farmhouse in 1971, born on the place in 1961
  Pattern en_birth{"\\b[Bb]orn(?: in [A-Z][A-Za-z.'’-]*(?:,? [A-Z][A-Za-z.'’-]*){0,3},?| (?:in|on|at) (?:the|a|an)(?: [a-z'’-]+){1,2})?"
                   "(?: in| on)? "
                   "(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?(?: [0-9]{1,2},)? )?([0-9]{4})\\b",
                   key(kLetter), {key(kDigit)}};
  Pattern en_founding{"(?i)(?:founded|established|created|formed|set up|built|opened|started|installed|completed|dedicated|"
                      "chartered|incorporated) in ([0-9]{4})", key(kLetter),
                      {key(kDigit)}};
  // its 50th anniversary; (built in 1963, the bridge) turns 60 this year
  Pattern en_anniversary{"(?i)([0-9]{1,3})(?:st|nd|rd|th) anniversary|turns ([0-9]{1,3}) this year|mark ([0-9]{1,3}) years since", key(kLetter),
                         {key(kDigit)}};
  Pattern en_festival{"(Christmas Day|Christmas|New Year's Day|Halloween|Valentine's Day|Lunar New Year|"
                      "Spring Festival|Lantern Festival|Dragon Boat Festival|Mid-Autumn Festival)",
                      key(kLetter)};
  Pattern en_time{"(?i)([0-9]{1,2})(?::([0-9]{2}))?\\s*(a\\.m\\.|p\\.m\\.|am|pm)", key(kLetter), {key(kDigit)}};
  Pattern en_range{EN_MONTH "\\s+([0-9]{1,2})\\s*(?:-|–|to|through)\\s*([0-9]{1,2})(?:,?\\s+([0-9]{4}))?",
                   key(kLetter), {key(kDigit)}};
  Pattern en_year_range{"((?:1[0-9]|20)[0-9]{2})\\s*(?:-|–|to)\\s*((?:1[0-9]|20)[0-9]{2})",
                        key(kRangeMark) | key(kLetter), {key(kDigit)}};

  std::vector<Pattern*> all{&zh_date, &zh_year, &zh_day, &zh_lunar, &zh_new_year, &zh_festival, &zh_time,
                            &zh_weekday, &zh_relative_day, &zh_period, &zh_month_range, &zh_day_range,
                            &zh_year_range, &zh_age, &zh_duration, &zh_birth, &zh_founding, &zh_anniversary, &iso,
                            &short_dmy, &short_md, &en_mdy, &en_dmy, &en_month_year, &en_weekday,
                            &en_relative_day, &en_relative_year, &en_year, &en_age, &en_duration, &en_birth,
                            &en_founding, &en_anniversary, &en_festival, &en_time, &en_range, &en_year_range};
  // Where each pattern can match: the runs of its characters holding its keys.
  // Numerals, and the first characters of festival names and of 近, 来...,
  // are everywhere in Chinese copy: the paragraph scan does not look for
  // them (runs are still checked for them).
  PatternRuns runs{key_characters(), run_patterns(), key(kNumeral) | key(kFestivalStart) | key(kSinceMark)};

  // The patterns over runs of ASCII (whole paragraphs of English copy), and
  // which of them can match in a long run: see for_each_match().
  std::vector<Pattern*> english{&en_mdy, &en_dmy, &en_month_year, &en_weekday, &en_relative_day, &en_relative_year,
                                &en_year, &en_age, &en_duration, &en_birth, &en_founding, &en_anniversary,
                                &en_festival, &en_time, &en_range, &en_year_range};

  uint64_t english_patterns = 0;  // bit Pattern::index of each English pattern

  // Bit filter_bit of each English pattern whose matches a run with a word
  // of `letters` letters at most may hold.
  uint64_t english_with_letters(size_t letters) const {
    uint64_t bits = 0;
    for (const Pattern* p : english) {
      if (p->letters <= letters) bits |= uint64_t{1} << p->filter_bit;
    }
    return bits;
  }

  static std::vector<const RE2*> expressions(const std::vector<Pattern*>& patterns) {
    std::vector<const RE2*> out;
    for (const Pattern* p : patterns) out.push_back(&p->re());
    return out;
  }

  Patterns() {
    for (size_t i = 0; i < english.size(); ++i) {
      english[i]->filter_bit = static_cast<int>(i);
      english_patterns |= uint64_t{1} << english[i]->index;
    }
    // The patterns whose runs mostly are one match from their first
    // character (2026年, 16日, 上午9点), as measured on news copy; the others'
    // runs mostly hold no match. A matter of speed only (see find()).
    for (Pattern* p : {&zh_date, &zh_year, &zh_day, &zh_festival, &zh_time, &zh_relative_day, &zh_period, &zh_month_range,
                       &zh_day_range, &zh_age, &zh_duration, &zh_birth, &zh_founding})
      p->opens_runs = true;
    // The commonest patterns by far (most matches of news copy are theirs).
    zh_date.read_groups = read_zh_date_groups;
    zh_year.read_groups = read_zh_year_groups;
    zh_day.read_groups = read_zh_day_groups;
    zh_period.read_groups = read_zh_period_groups;
    zh_date.anchored = anchored_zh_date;
    zh_day.anchored = anchored_zh_day;
    zh_year.anchored = anchored_zh_year;
    iso.may_hold = may_hold_iso_date;
    zh_year.may_hold = may_hold_zh_year;
    zh_period.may_hold = may_hold_zh_period;
    zh_day_range.may_hold = may_hold_zh_day_range;
    zh_month_range.may_hold = may_hold_zh_month_range;
    zh_year_range.may_hold = may_hold_zh_year_range;
    // The shortest of the longest words of a match: a month (May, Jan), monday,
    // today, year, in/of, Li (Li, 58,), years, born, set (set up), turns (turns 60 this year),
    // Year (New Year's Day); a.m. has none of two letters, 1990-2000 none at all.
    for (auto [p, n] : {std::pair{&en_mdy, 3}, {&en_dmy, 3}, {&en_month_year, 3}, {&en_weekday, 6},
                        {&en_relative_day, 5}, {&en_relative_year, 4}, {&en_year, 2}, {&en_age, 2},
                        {&en_duration, 5}, {&en_birth, 4}, {&en_founding, 3}, {&en_anniversary, 5},
                        {&en_festival, 4}, {&en_time, 1}, {&en_range, 3}, {&en_year_range, 0}})
      p->letters = static_cast<size_t>(n);
  }

  std::vector<RunPattern> run_patterns() {
    std::vector<RunPattern> out;
    for (size_t i = 0; i < all.size(); ++i) {
      all[i]->index = i;
      out.push_back(RunPattern{pattern_alphabet(all[i]->source), all[i]->trigger, all[i]->needs, all[i]->after});
    }
    return out;
  }
};

const Patterns& patterns() {
  static const Patterns p;
  return p;
}

// The atom filter of the English patterns (see for_each_match()), built the
// first time a long run of English is met: its RE2 set and FilteredRE2 take
// a third of what building the patterns takes, which copy without English
// need not pay.
const AtomFilter& english_filter() {
  static const AtomFilter filter(Patterns::expressions(patterns().english));
  return filter;
}

// The text one paragraph at a time (dates do not run across blank lines), the
// runs where each pattern can match in it, and the mentions found there.
class Collector {
 public:
  // `exhaustive`: search every pattern over the whole paragraph (for tests).
  Collector(std::string_view text, bool exhaustive)
      : text_(text), exhaustive_(exhaustive), patterns_(patterns()) {}

  void start(Span paragraph) {
    paragraph_ = paragraph;
    out_.clear();
    filtered_.clear();
    if (!exhaustive_) scan_.scan(patterns_.runs, text_, paragraph);
  }
  // False when `p` has no match in the paragraph (cheap: checked first).
  bool may_match(const Pattern& p) const { return exhaustive_ || scan_.may_match(p.index); }
  // False when none of `patterns` (bit per Pattern::index) has a match in the paragraph.
  bool may_match_any(uint64_t patterns) const { return exhaustive_ || scan_.may_match_any(patterns); }
  // The runs of the paragraph where `p` can match, in text order.
  const std::vector<Span>& runs(const Pattern& p) {
    if (!exhaustive_) return scan_.runs(patterns_.runs, p.index);
    whole_.assign(1, paragraph_);
    return whole_;
  }

  DateMention& add(DateKind kind, const re2::StringPiece& whole) {
    size_t b = whole.data() - text_.data();
    return add(kind, Span{b, b + whole.size()});
  }
  DateMention& add(DateKind kind, Span span) {
    out_.emplace_back();
    out_.back().kind = kind;
    out_.back().span = span;
    return out_.back();
  }
  // The runs of the paragraph where the English pattern `p` can match. The
  // English patterns share one alphabet, mostly ASCII, whose runs are whole
  // paragraphs of English copy: a long run is first put through the atom
  // filter of the English patterns, once for all of them (a short one costs
  // less searched than filtered); a short one (5G, 12A, g/L in Chinese copy)
  // only by the longest word it holds, which most patterns need longer.
  const std::vector<Span>& english_runs(const Pattern& p) {
    constexpr size_t kLongRun = 16;
    const PatternRuns& scope = patterns_.runs;
    if (exhaustive_ || !scope.shares_alphabet(p.index)) return runs(p);
    const auto& all = scan_.shared_runs(scope, p.index);
    if (filtered_alphabet_ != scope.alphabet(p.index) || filtered_.size() != all.size()) {
      filtered_alphabet_ = scope.alphabet(p.index);
      filtered_.assign(all.size(), kUnknown);
    }
    english_.clear();
    for (size_t i = 0; i < all.size(); ++i) {
      if (!scope.holds_needs(p.index, all[i].keys)) continue;
      if (filtered_[i] == kUnknown) {
        std::string_view run = all[i].span.of(text_);
        filtered_[i] = run.size() > kLongRun ? english_filter().may_match(run, &filter_memo_)
                                             : patterns_.english_with_letters(longest_letter_stretch(run));
      }
      if (((filtered_[i] >> p.filter_bit) & 1) == 0) continue;
      english_.push_back(all[i].span);
    }
    return english_;
  }

  size_t begin(const re2::StringPiece& g) const { return g.data() - text_.data(); }
  size_t end(const re2::StringPiece& g) const { return begin(g) + g.size(); }
  std::string_view text() const { return text_; }
  std::vector<DateMention>& out() { return out_; }  // the paragraph's mentions
  bool exhaustive() const { return exhaustive_; }
  Groups& groups() { return groups_; }

 private:
  std::string_view text_;
  bool exhaustive_;
  const Patterns& patterns_;
  Span paragraph_;
  PatternRuns::Paragraph scan_;
  // By shared run of the English patterns' alphabet: english_filter's answer
  // for a long run.
  static constexpr uint64_t kUnknown = ~uint64_t{0} >> 1;
  int filtered_alphabet_ = -1;
  std::vector<uint64_t> filtered_;
  AtomFilter::Memo filter_memo_;
  std::vector<Span> english_;
  std::vector<Span> whole_;
  std::vector<DateMention> out_;
  Groups groups_;
};

// The leftmost match of `p` in text[pos, end), into `g`. When the match
// likely starts at `pos` (the start of a run of a pattern that opens its
// runs: 2026年 is a run of its own), an anchored search of the short rest
// alone is tried first: RE2 runs it without its two DFA passes, for a half
// to a quarter of the instructions; a pattern with a hand matcher of its
// common shapes (16日, 2026年) asks that first, for a few compares, at any
// length of the rest. Else, or when that fails, the unanchored search. The
// match is the same either way.
//
// A pattern with a reader of its groups is searched for the whole match
// only (RE2's DFA, without its capture engine), and the reader cuts it into
// groups; a match the reader does not know is handed to RE2 again, anchored
// at both ends, which is what RE2 itself does to find the groups. The
// exhaustive search (for tests) has RE2 find the groups every time.
bool find(const Pattern& p, std::string_view text, size_t pos, size_t end, Groups& g, bool at_run_start,
          bool exhaustive) {
  constexpr size_t kShortRest = 64;
  if (!exhaustive && p.may_hold != nullptr && !p.may_hold(text.substr(pos, end - pos))) return false;
  const RE2& re = p.re();
  int groups = p.groups();
  int wanted = p.read_groups != nullptr && !exhaustive ? 1 : groups;
  bool found = false;
  if (at_run_start && p.opens_runs && p.alone) {
    re2::StringPiece rest(text.data() + pos, end - pos);
    size_t length = p.anchored != nullptr && wanted == 1 ? p.anchored(std::string_view(rest.data(), rest.size()))
                                                          : kAskRe2;
    if (length == kAskRe2 && end - pos <= kShortRest) {
      found = re.Match(rest, 0, rest.size(), RE2::ANCHOR_START, g.data(), wanted);
    } else if (length != kAskRe2 && length != 0) {
      g[0] = re2::StringPiece(rest.data(), length);
      found = true;
    }
  }
  if (!found)
    found = re.Match(re2::StringPiece(text.data(), text.size()), pos, end, RE2::UNANCHORED, g.data(), wanted);
  if (!found || wanted == groups || p.read_groups(g.data())) return found;
  re2::StringPiece whole = g[0];
  return re.Match(whole, 0, whole.size(), RE2::ANCHOR_BOTH, g.data(), groups);
}

// Calls f(groups) for every non-overlapping match of `p` in the collector's
// paragraph (groups[0] is the whole match), searching only the runs where it
// can match: the same matches as one search of the paragraph.
template <typename F>
void for_each_match(const Pattern& p, Collector& c, F&& f) {
  if (!c.may_match(p)) return;
  const std::vector<Span>& runs = p.filter_bit >= 0 ? c.english_runs(p) : c.runs(p);
  if (runs.empty()) return;
  const PatternRuns& scope = patterns().runs;
  std::string_view text = c.text();
  Groups& g = c.groups();
  for (Span run : runs) {
    size_t pos = run.begin;
    while (pos <= run.end && find(p, text, pos, run.end, g, pos == run.begin && !c.exhaustive(), c.exhaustive())) {
      if (g[0].empty()) {
        pos = g[0].data() - text.data() + 1;
        continue;
      }
      f(static_cast<const Groups&>(g));
      pos = g[0].data() - text.data() + g[0].size();
      // What is left of a run often cannot hold another match: a short rest
      // is looked at before it is searched (a long one is searched at once, so
      // that a run of many matches costs no more than one look at it).
      constexpr size_t kShortRest = 64;
      if (!c.exhaustive() && run.end - pos <= kShortRest && !scope.may_match(p.index, text, Span{pos, run.end}))
        break;
    }
  }
}

void check_written_date(DateMention& m) {
  if (m.month != 0 && (m.month < 1 || m.month > 12)) m.valid = false;
  if (m.day != 0) {
    int max_day = m.month >= 1 && m.month <= 12 ? days_in_month(m.year ? m.year : 2000, m.month) : 31;
    if (m.day < 1 || m.day > max_day) m.valid = false;
  }
}

// Year filter: 2026年 is a year, but 近2000年 or 1000年来 are lengths of time.
bool plausible_year_mention(std::string_view text, size_t begin, size_t end) {
  char32_t prev = before(text, begin);
  if (is_digit(prev) || prev == U'第' || prev == U'近' || prev == U'约' || prev == U'逾' || prev == U'每' ||
      prev == U'.')
    return false;
  for (std::string_view bad : {"来", "间", "多", "余", "之久", "历史", "以上", "左右", "代"}) {
    if (starts_with_at(text, end, bad)) return false;
  }
  for (std::string_view bad : {"长达", "历时", "超过", "走过", "存在"}) {
    if (ends_with_at(text, begin, bad)) return false;
  }
  return true;
}

void extract_chinese(Collector& c, bool numeric_short_forms) {
  const Patterns& p = patterns();
  std::string_view text = c.text();

  for_each_match(p.zh_date, c, [&](const Groups& g) {
    if (is_digit(before(text, c.begin(g[0])))) return;
    if (!has(g[2]) && !has(g[3]) && is_chinese_numeral_char(before(text, c.begin(g[0])))) return;
    int month = number_of(sv(g[5]));
    bool lunar = has(g[1]) || has(g[4]);
    bool arabic_day = has(g[6]);
    bool chinese_day = has(g[8]);
    if (lunar && !arabic_day) return;  // 农历八月十五 is the lunar pattern's
    if (chinese_day && !has(g[9])) {
      // 八月十五 without 日: only when nothing numeric follows (八月十五日 handled above).
      if (is_digit(after(text, c.end(g[0]))) || is_chinese_numeral_char(after(text, c.end(g[0])))) return;
    }
    if (!has(g[2]) && !has(g[3]) && !arabic_day && !chinese_day) {
      // A bare month: 6月 (not 6个月, not 13月薪).
      if (month < 1 || month > 12) return;
    }
    DateKind kind = (arabic_day || chinese_day) ? DateKind::kDate : DateKind::kMonth;
    if (has(g[10]) && kind == DateKind::kDate) kind = DateKind::kDate;  // 6月16日底: ignore the suffix
    DateMention& m = c.add(has(g[10]) && kind == DateKind::kMonth ? DateKind::kPeriod : kind, g[0]);
    if (has(g[2])) m.year = number_of(sv(g[2]));
    if (has(g[3])) {
      m.has_relative_year = true;
      m.relative_year = relative_year_of(sv(g[3]));
    }
    m.month = month;
    if (arabic_day) m.day = number_of(sv(g[6]));
    if (chinese_day) m.day = number_of(sv(g[8]));
    if (has(g[10])) m.label = std::string(sv(g[10]));
    check_written_date(m);
  });

  for_each_match(p.zh_year, c, [&](const Groups& g) {
    size_t b = c.begin(g[0]);
    if (has(g[1])) {
      if (!plausible_year_mention(text, b, c.begin(g[1]) + g[1].size() + 3)) return;
      if (is_chinese_numeral_char(before(text, b))) return;
    }
    DateMention& m = c.add(has(g[3]) ? DateKind::kPeriod : has(g[1]) ? DateKind::kYear : DateKind::kRelativeYear, g[0]);
    if (has(g[1])) m.year = number_of(sv(g[1]));
    if (has(g[2])) {
      m.has_relative_year = true;
      m.relative_year = relative_year_of(sv(g[2]));
    }
    if (has(g[3])) m.label = std::string(sv(g[3]));
  });

  for_each_match(p.zh_day, c, [&](const Groups& g) {
    size_t b = c.begin(g[0]);
    char32_t prev = before(text, b);
    if (is_digit(prev) || prev == U'.' || prev == U'月') return;
    for (std::string_view bad : {"近", "连续", "每", "前", "后", "数", "第", "个", "约", "逾", "超过", "历时", "共", "用"}) {
      if (ends_with_at(text, b, bad)) return;
    }
    for (std::string_view bad : {"内", "来", "之内", "以来", "左右", "游", "间", "后", "多", "余", "以上", "之久", "元", "均"}) {
      if (starts_with_at(text, c.end(g[0]), bad)) return;
    }
    DateMention& m = c.add(DateKind::kDate, g[0]);
    m.day = number_of(sv(g[1]));
    check_written_date(m);
  });

  for_each_match(p.zh_lunar, c, [&](const Groups& g) {
    bool nongli = has(g[1]) || has(g[4]);
    std::string_view month = sv(g[6]);
    std::string_view day = sv(g[7]);
    bool marked = nongli || has(g[5]) || month == "正" || month == "腊" || month == "冬" ||
                  day.rfind("初", 0) == 0 || day.rfind("廿", 0) == 0;
    if (!marked) return;
    if (is_chinese_numeral_char(after(text, c.end(g[0]))) || after(text, c.end(g[0])) == U'日') return;
    DateMention& m = c.add(DateKind::kLunar, g[0]);
    if (has(g[2])) m.lunar.year = m.year = number_of(sv(g[2]));
    if (has(g[3])) {
      m.has_relative_year = true;
      m.relative_year = relative_year_of(sv(g[3]));
    }
    m.lunar.leap = has(g[5]);
    m.lunar.month = lunar_month_of(month);
    m.lunar.day = lunar_day_of(day);
    m.label = "lunar";
  });

  for_each_match(p.zh_new_year, c, [&](const Groups& g) {
    DateMention& m = c.add(DateKind::kLunar, g[0]);
    if (has(g[1])) m.lunar.year = m.year = number_of(sv(g[1]));
    if (sv(g[2]) == "三十") {
      m.lunar_new_years_eve = true;
      m.lunar.month = 12;
      m.lunar.day = 30;
    } else {
      m.lunar.month = 1;
      m.lunar.day = lunar_day_of(sv(g[2]));
    }
    m.label = "lunar";
  });

  for_each_match(p.zh_festival, c, [&](const Groups& g) {
    const Festival* f = festival_named(sv(g[1]));
    if (f == nullptr) return;
    DateMention& m = c.add(DateKind::kFestival, g[0]);
    m.label = std::string(f->name);
    if (f->lunar) {
      m.lunar.month = f->month;
      m.lunar.day = f->day;
      m.lunar_new_years_eve = f->day == 0;
    } else {
      m.month = f->month;
      m.day = f->day;
    }
  });

  for_each_match(p.zh_time, c, [&](const Groups& g) {
    bool prefix = has(g[1]);
    bool colon = has(g[2]);
    if (colon && !prefix) return;
    if (!colon && !prefix && !has(g[6])) return;
    if (is_digit(before(text, c.begin(g[0])))) return;
    int hour = number_of(colon ? sv(g[2]) : sv(g[4]));
    int minute = colon ? number_of(sv(g[3])) : has(g[7]) ? number_of(sv(g[7])) : sv(g[6]) == "半" ? 30 : 0;
    if (hour < 0 || hour > 24 || minute < 0 || minute > 59) return;
    std::string_view period = sv(g[1]);
    if ((period == "下午" || period == "晚上" || period == "傍晚" || period == "晚间") && hour < 12) hour += 12;
    DateMention& m = c.add(DateKind::kTime, g[0]);
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", hour, minute);
    m.label = buf;
  });

  for_each_match(p.zh_weekday, c, [&](const Groups& g) {
    std::string_view word = sv(g[2]);
    std::string_view prefix = sv(g[1]);
    if (word == "周" || word == "週") {
      if (prefix.empty() && chinese_digit_value(before(text, c.begin(g[0]))) >= 0) return;  // 一周一次
      char32_t next = after(text, c.end(g[0]));
      for (char32_t bad : std::u32string_view(U"次遍片个年岁边围期刊线圈体份轮批间内半")) {
        if (next == bad) return;
      }
    }
    DateMention& m = c.add(DateKind::kWeekday, g[0]);
    m.weekday = weekday_of_char(sv(g[3]));
    if (!prefix.empty()) {
      m.has_week_offset = true;
      if (prefix.rfind("上上", 0) == 0) m.week_offset = -2;
      else if (prefix.rfind("下下", 0) == 0) m.week_offset = 2;
      else if (prefix.rfind("上", 0) == 0) m.week_offset = -1;  // 上周, 上個週
      else if (prefix.rfind("下", 0) == 0) m.week_offset = 1;
      else m.week_offset = 0;
    }
  });

  for_each_match(p.zh_relative_day, c, [&](const Groups& g) {
    std::string_view w = sv(g[1]);
    DateMention& m = c.add(DateKind::kRelativeDay, g[0]);
    m.value = w == "大前天" ? -3 : w == "前天" ? -2 : (w == "昨天" || w == "昨日") ? -1
            : w == "今天" ? 0 : (w == "明天" || w == "明日") ? 1 : (w == "后天" || w == "後天") ? 2 : 3;
  });

  for_each_match(p.zh_period, c, [&](const Groups& g) {
    DateMention& m = c.add(DateKind::kPeriod, g[0]);
    if (has(g[1])) {
      m.label = std::string(sv(g[1]));
      return;
    }
    std::string_view plan = has(g[2]) ? sv(g[2]) : sv(g[3]);
    int n = number_of(plan.substr(0, plan.size() - 3));  // 十四五 -> 十四
    m.label = "five-year plan " + std::to_string(n);
    if (n >= 3) {
      m.year = 1966 + 5 * (n - 3);
      m.end = CivilDate{m.year + 4, 12, 31};
    }
  });

  for_each_match(p.zh_month_range, c, [&](const Groups& g) {
    if (is_digit(before(text, c.begin(g[0])))) return;
    DateMention& m = c.add(DateKind::kRange, g[0]);
    if (has(g[1])) m.year = number_of(sv(g[1]));
    if (has(g[2])) {
      m.has_relative_year = true;
      m.relative_year = relative_year_of(sv(g[2]));
    }
    m.month = number_of(sv(g[3]));
    m.end.month = number_of(sv(g[4]));
    m.end.year = m.year;
    m.label = "months";
  });

  for_each_match(p.zh_day_range, c, [&](const Groups& g) {
    if (is_digit(before(text, c.begin(g[0])))) return;
    if (!has(g[2]) && !has(g[5])) {
      // 15-25日 without any month: only with 日 after the first day (15日至25日).
      std::string_view whole = sv(g[0]);
      if (whole.find("日") == whole.rfind("日") && whole.find("号") == std::string_view::npos) return;
    }
    DateMention& m = c.add(DateKind::kRange, g[0]);
    if (has(g[1])) m.year = number_of(sv(g[1]));
    if (has(g[2])) m.month = number_of(sv(g[2]));
    m.day = number_of(sv(g[3]));
    m.end.year = has(g[4]) ? number_of(sv(g[4])) : 0;
    m.end.month = has(g[5]) ? number_of(sv(g[5])) : 0;
    m.end.day = number_of(sv(g[6]));
    m.label = "days";
  });

  for_each_match(p.zh_year_range, c, [&](const Groups& g) {
    if (is_digit(before(text, c.begin(g[0])))) return;
    DateMention& m = c.add(DateKind::kRange, g[0]);
    m.year = number_of(sv(g[1]));
    m.end.year = number_of(sv(g[2]));
    m.label = "years";
  });

  for_each_match(p.zh_age, c, [&](const Groups& g) {
    size_t b = c.begin(has(g[2]) ? g[2] : g[0]);
    if (is_digit(before(text, b)) || starts_with_at(text, c.end(g[0]), "月")) return;
    int v = number_of(sv(g[2]));
    if (v < 0 || v > 130) return;
    DateMention& m = c.add(DateKind::kAge, g[0]);
    m.value = v;
    std::string_view lead = sv(g[1]);
    m.current_age = lead.starts_with("今年") || lead == "现年";
    if (lead.empty()) {
      // 今年（2026年）62岁: the year in brackets stays a mention of its own.
      static const RE2 kThisYearBefore("今年[（(][0-9]{4}年[）)]$");
      const size_t begin = c.begin(g[0]);
      const size_t from = begin > 24 ? begin - 24 : 0;
      m.current_age = RE2::PartialMatch(text.substr(from, begin - from), kThisYearBefore);
    }
    m.approximate = has(g[3]) || lead == "年近" || lead == "年逾";
  });

  for_each_match(p.zh_duration, c, [&](const Groups& g) {
    size_t nb = c.begin(g[2]);
    char32_t prev = before(text, nb);
    if (is_digit(prev) || is_chinese_numeral_char(prev) || prev == U'第' || prev == U'.') return;
    bool verb = has(g[1]);
    bool suffix = has(g[4]);
    if (!verb && !suffix) return;
    int v = number_of(sv(g[2]));
    if (v <= 0 || v > 300) return;  // 2025年以来 is a year, not a duration
    std::string_view lead = sv(g[1]);
    if (!suffix && !(lead.rfind("走过", 0) == 0 || lead.rfind("存在", 0) == 0 || lead.rfind("经历", 0) == 0 ||
                     lead.rfind("坚持", 0) == 0 || lead == "历时" || lead == "时隔" || lead == "长达" || lead == "整整"))
      return;
    if (!suffix && starts_with_at(text, c.end(g[0]), "的")) {
      // 长达10年的: still a duration.
    }
    DateMention& m = c.add(DateKind::kDuration, g[0]);
    m.value = v;
    m.approximate = has(g[3]) || lead == "近" || lead == "约" || lead == "逾" || lead == "超过";
  });

  for_each_match(p.zh_birth, c, [&](const Groups& g) {
    int y = has(g[2]) ? number_of(sv(g[2])) : number_of(sv(g[3]));
    if (y < 1000) return;
    re2::StringPiece whole = g[0];
    if (has(g[5])) whole = re2::StringPiece(g[0].data(), g[0].size() - g[5].size());
    DateMention& m = c.add(DateKind::kBirthYear, whole);
    m.value = m.year = y;
  });

  for_each_match(p.zh_founding, c, [&](const Groups& g) {
    int y = has(g[2]) ? number_of(sv(g[2])) : number_of(sv(g[3]));
    if (y < 100) return;
    if (has(g[3]) && is_digit(before(text, c.begin(g[0])))) return;
    DateMention& m = c.add(DateKind::kFoundingYear, g[0]);
    m.value = m.year = y;
  });

  for_each_match(p.zh_anniversary, c, [&](const Groups& g) {
    if (is_digit(before(text, c.begin(g[0])))) return;
    int v = number_of(sv(g[1]));
    if (v <= 0 || v > 2000) return;
    DateMention& m = c.add(DateKind::kAnniversary, g[0]);
    m.value = v;
  });
  (void)numeric_short_forms;
}

void extract_numeric(Collector& c, Language language, bool numeric_short_forms) {
  const Patterns& p = patterns();
  std::string_view text = c.text();
  for_each_match(p.iso, c, [&](const Groups& g) {
    if (is_digit(before(text, c.begin(g[0]))) || is_digit(after(text, c.end(g[0])))) return;
    if (sv(g[2]) != sv(g[4])) return;
    if (sv(g[2]) == " " && (g[3].size() != 2 || g[5].size() != 2)) return;
    if (sv(g[2]) == "." && (before(text, c.begin(g[0])) == U'.' || after(text, c.end(g[0])) == U'.')) return;
    DateMention& m = c.add(DateKind::kDate, g[0]);
    m.year = number_of(sv(g[1]));
    m.month = number_of(sv(g[3]));
    m.day = number_of(sv(g[5]));
    if (m.month < 1 || m.month > 12 || m.day < 1 || m.day > 31) {
      c.out().pop_back();  // a code, not a date
      return;
    }
    check_written_date(m);
  });
  // Without the short forms, only a full year after slashes (11/30/2025,
  // 30/11/2025) is read: 12/1 and 3-7-27 are as often scores, fractions or codes.
  for_each_match(p.short_dmy, c, [&](const Groups& g) {
    if (is_digit(before(text, c.begin(g[0]))) || is_digit(after(text, c.end(g[0])))) return;
    if (sv(g[2]) != sv(g[4])) return;
    if (!numeric_short_forms && (g[5].size() != 4 || sv(g[2]) != "/")) return;
    int a = number_of(sv(g[1])), b = number_of(sv(g[3])), y = number_of(sv(g[5]));
    DateMention m;
    if (g[5].size() == 3) return;
    if (g[5].size() == 4) {
      // 1/2/2020: day first in Chinese copy, month first in English (unless the first is over 12).
      if (language == Language::kEnglish && a <= 12) std::swap(a, b);
      m.year = y, m.month = b, m.day = a;
    } else if (language == Language::kEnglish && g[5].size() == 2) {
      // 9-18-15 is month first, 21/04/16 day first.
      if (a <= 12) std::swap(a, b);
      m.year = y + (y < 50 ? 2000 : 1900), m.month = b, m.day = a;
    } else if (g[5].size() == 2 && (y > 31 || g[1].size() == 1)) {
      m.year = y + (y < 50 ? 2000 : 1900), m.month = b, m.day = a;  // 05/05/89, 3-7-27
    } else {
      m.year = a + (a < 50 ? 2000 : 1900), m.month = b, m.day = y;  // 27-7-3, 12-11-10
    }
    if (m.month < 1 || m.month > 12 || m.day < 1 || m.day > 31) return;
    DateMention& out = c.add(DateKind::kDate, g[0]);
    m.kind = out.kind;
    m.span = out.span;
    out = m;
    check_written_date(out);
  });
  if (!numeric_short_forms) return;
  for_each_match(p.short_md, c, [&](const Groups& g) {
    if (is_digit(before(text, c.begin(g[0]))) || is_digit(after(text, c.end(g[0]))) ||
        after(text, c.end(g[0])) == U'/')
      return;
    int a = number_of(sv(g[1])), b = number_of(sv(g[2]));
    if (a < 1 || a > 12 || b < 1 || b > 31) return;
    DateMention& m = c.add(DateKind::kDate, g[0]);
    m.month = a;
    m.day = b;
  });
}

void extract_english(Collector& c) {
  const Patterns& p = patterns();
  std::string_view text = c.text();
  auto word_bounded = [&](const re2::StringPiece& g) {
    return !is_ascii_word(before(text, c.begin(g))) && !is_ascii_word(after(text, c.end(g)));
  };
  for_each_match(p.en_mdy, c, [&](const Groups& g) {
    if (!word_bounded(g[0])) return;  // also rejects "March 20" out of "March 2026"
    DateMention& m = c.add(DateKind::kDate, g[0]);
    m.month = english_month(sv(g[2]));
    m.day = number_of(sv(g[3]));
    if (has(g[4])) m.year = number_of(sv(g[4]));
    if (has(g[1])) m.weekday = english_weekday(sv(g[1]));
    check_written_date(m);
  });
  for_each_match(p.en_dmy, c, [&](const Groups& g) {
    if (!word_bounded(g[0]) || english_month(sv(g[2])) == 0) return;
    DateMention& m = c.add(DateKind::kDate, g[0]);
    m.day = number_of(sv(g[1]));
    m.month = english_month(sv(g[2]));
    if (has(g[3])) m.year = number_of(sv(g[3]));
    check_written_date(m);
  });
  for_each_match(p.en_month_year, c, [&](const Groups& g) {
    if (!word_bounded(g[0])) return;
    DateMention& m = c.add(DateKind::kMonth, g[0]);
    m.month = english_month(sv(g[1]));
    m.year = number_of(sv(g[2]));
  });
  for_each_match(p.en_weekday, c, [&](const Groups& g) {
    if (!word_bounded(g[0])) return;
    DateMention& m = c.add(DateKind::kWeekday, g[0]);
    m.weekday = english_weekday(sv(g[2]));
    if (has(g[1])) {
      std::string w(sv(g[1]));
      for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      m.has_week_offset = true;
      m.week_offset = w == "last" ? -1 : w == "next" ? 1 : 0;
    }
  });
  for_each_match(p.en_relative_day, c, [&](const Groups& g) {
    if (!word_bounded(g[0])) return;
    std::string w(sv(g[1]));
    for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    DateMention& m = c.add(DateKind::kRelativeDay, g[0]);
    m.value = w == "the day before yesterday" ? -2 : w == "yesterday" ? -1 : w == "today" ? 0
            : w == "tomorrow" ? 1 : 2;
  });
  for_each_match(p.en_relative_year, c, [&](const Groups& g) {
    if (!word_bounded(g[0])) return;
    std::string w(sv(g[1]));
    for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    DateMention& m = c.add(DateKind::kRelativeYear, g[0]);
    m.has_relative_year = true;
    m.relative_year = w == "last" ? -1 : w == "next" ? 1 : 0;
    // The year it names, in brackets right after it: last year (2023).
    std::string_view text = c.text();
    size_t at = c.end(g[0]);
    if (at < text.size() && text[at] == ' ') ++at;
    if (at + 6 <= text.size() && text[at] == '(' && text[at + 5] == ')') {
      std::string_view digits = text.substr(at + 1, 4);
      if (std::all_of(digits.begin(), digits.end(), [](char d) { return d >= '0' && d <= '9'; })) {
        DateMention& year = c.add(DateKind::kYear, Span{at + 1, at + 5});
        year.year = number_of(digits);
      }
    }
  });
  for_each_match(p.en_year, c, [&](const Groups& g) {
    if (!word_bounded(g[0])) return;
    DateMention& m = c.add(DateKind::kYear, g[1]);
    m.year = number_of(sv(g[1]));
  });
  for_each_match(p.en_age, c, [&](const Groups& g) {
    const re2::StringPiece& num = has(g[2]) ? g[2] : has(g[3]) ? g[3] : has(g[4]) ? g[4] : has(g[5]) ? g[5] : g[6];
    int v = number_of(sv(num));
    if (v < 0 || v > 130) return;
    DateMention& m = c.add(DateKind::kAge, has(g[2]) ? num : g[0]);
    m.value = v;
    // "as a 24-year-old graduate student in 1994", "at the age of 18": an age at another time.
    const size_t begin = sv(g[0]).data() - c.text().data();
    // "died in 1891 at age 58": an age at the year or death the clause tells of.
    auto age_at_death_or_year = [&] {
      if (!has(g[3]) || !ends_with_at(c.text(), begin, "at ")) return false;
      const size_t from = begin > 48 ? begin - 48 : 0;
      std::string_view clause = c.text().substr(from, begin - from);
      if (const size_t stop = clause.rfind(". "); stop != std::string_view::npos) clause.remove_prefix(stop + 2);
      if (clause.find("died") != std::string_view::npos || clause.find("Died") != std::string_view::npos) return true;
      for (size_t k = 0; k + 4 <= clause.size(); ++k) {  // in 1891 at age 58
        if (clause.substr(k, 3) == "in " && k + 7 <= clause.size() && std::isdigit(static_cast<unsigned char>(clause[k + 3])) &&
            std::isdigit(static_cast<unsigned char>(clause[k + 6]))) {
          return true;
        }
      }
      return false;
    };
    m.current_age = !has(g[5]) && !age_at_death_or_year() &&
                    !(has(g[4]) && (ends_with_at(c.text(), begin, "as a ") || ends_with_at(c.text(), begin, "as an ")));
  });
  for_each_match(p.en_duration, c, [&](const Groups& g) {
    if (!word_bounded(g[0])) return;
    int value = number_of(sv(has(g[2]) ? g[2] : g[3]));
    if (value < 0) {
      std::optional<double> words = parse_number(sv(g[2]));  // eight, twenty-five
      if (!words) return;
      value = static_cast<int>(*words);
    }
    DateMention& m = c.add(DateKind::kDuration, g[0]);
    m.value = value;
    m.approximate = has(g[1]);
  });
  for_each_match(p.en_birth, c, [&](const Groups& g) {
    DateMention& m = c.add(DateKind::kBirthYear, g[0]);
    m.value = m.year = number_of(sv(g[1]));
  });
  for_each_match(p.en_founding, c, [&](const Groups& g) {
    DateMention& m = c.add(DateKind::kFoundingYear, g[0]);
    m.value = m.year = number_of(sv(g[1]));
  });
  for_each_match(p.en_anniversary, c, [&](const Groups& g) {
    DateMention& m = c.add(DateKind::kAnniversary, g[0]);
    m.value = number_of(sv(has(g[1]) ? g[1] : has(g[2]) ? g[2] : g[3]));
  });
  for_each_match(p.en_festival, c, [&](const Groups& g) {
    const Festival* f = festival_named(sv(g[1]));
    if (f == nullptr) return;
    DateMention& m = c.add(DateKind::kFestival, g[0]);
    m.label = std::string(f->name);
    if (f->lunar) {
      m.lunar.month = f->month;
      m.lunar.day = f->day;
    } else {
      m.month = f->month;
      m.day = f->day;
    }
  });
  for_each_match(p.en_time, c, [&](const Groups& g) {
    if (!word_bounded(g[0]) && after(text, c.end(g[0])) != U'.') return;
    int hour = number_of(sv(g[1]));
    int minute = has(g[2]) ? number_of(sv(g[2])) : 0;
    if (hour < 1 || hour > 12 || minute > 59) return;
    if (std::tolower(static_cast<unsigned char>(sv(g[3])[0])) == 'p' && hour < 12) hour += 12;
    if (std::tolower(static_cast<unsigned char>(sv(g[3])[0])) == 'a' && hour == 12) hour = 0;
    DateMention& m = c.add(DateKind::kTime, g[0]);
    char buf[16];  // room for any two ints, as the compiler cannot see the bounds above
    std::snprintf(buf, sizeof buf, "%02d:%02d", hour, minute);
    m.label = buf;
  });
  for_each_match(p.en_range, c, [&](const Groups& g) {
    if (!word_bounded(g[0])) return;
    DateMention& m = c.add(DateKind::kRange, g[0]);
    m.month = m.end.month = english_month(sv(g[1]));
    m.day = number_of(sv(g[2]));
    m.end.day = number_of(sv(g[3]));
    if (has(g[4])) m.year = m.end.year = number_of(sv(g[4]));
    m.label = "days";
  });
  for_each_match(p.en_year_range, c, [&](const Groups& g) {
    if (!word_bounded(g[0])) return;
    DateMention& m = c.add(DateKind::kRange, g[0]);
    m.year = number_of(sv(g[1]));
    m.end.year = number_of(sv(g[2]));
    m.label = "years";
  });
}

// Appends to `kept` the mentions of one paragraph, `all`, without overlaps:
// the longest of overlapping mentions stays (ranges form their own layer).
// Paragraphs never share a mention, so this is the same paragraph by
// paragraph as over the whole text. `ranges` is scratch space.
void remove_overlaps(std::vector<DateMention>& all, std::vector<DateMention>& ranges, std::vector<DateMention>& kept) {
  auto before = [](const DateMention& a, const DateMention& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    return a.span.size() > b.span.size();
  };
  // A paragraph has a few mentions: an insertion sort (stable too) needs no
  // buffer from the heap.
  constexpr size_t kFew = 16;
  if (all.size() <= kFew) {
    for (size_t i = 1; i < all.size(); ++i) {
      for (size_t j = i; j > 0 && before(all[j], all[j - 1]); --j) std::swap(all[j], all[j - 1]);
    }
  } else {
    std::stable_sort(all.begin(), all.end(), before);
  }
  ranges.clear();
  size_t first = kept.size();
  size_t last_end = 0, last_range_end = 0;
  for (auto& m : all) {
    if (m.kind == DateKind::kRange) {
      if (m.span.begin >= last_range_end || ranges.empty()) {
        last_range_end = m.span.end;
        ranges.push_back(std::move(m));
      }
      continue;
    }
    if (kept.size() > first && m.span.begin < last_end) {
      // A longer mention that starts inside the previous one replaces it
      // (今年 then 今年54岁 cannot happen: same start sorts longer first).
      if (m.span.end > last_end && m.span.size() > kept.back().span.size() && kept.back().kind != DateKind::kDate &&
          kept.back().kind != DateKind::kLunar) {
        kept.back() = std::move(m);
        last_end = kept.back().span.end;
      }
      continue;
    }
    last_end = m.span.end;
    kept.push_back(std::move(m));
  }
  if (ranges.empty()) return;
  // Both lists are in text order: merge, a mention before a range at the same place.
  size_t mentions = kept.size() - first;
  kept.resize(kept.size() + ranges.size());
  auto out = kept.end();
  auto m = kept.begin() + static_cast<std::ptrdiff_t>(first + mentions);
  auto r = ranges.end();
  while (r != ranges.begin()) {
    if (m != kept.begin() + static_cast<std::ptrdiff_t>(first) && (m - 1)->span.begin > (r - 1)->span.begin) {
      *--out = std::move(*--m);
    } else {
      *--out = std::move(*--r);
    }
  }
}

// Candidate dates for a partial one: a few years or months around the
// reference (nine at most), kept off the heap: every mention resolves some.
class Candidates {
 public:
  void push_back(const CivilDate& d) { dates_[size_++] = d; }
  const CivilDate* begin() const { return dates_.data(); }
  const CivilDate* end() const { return dates_.data() + size_; }

 private:
  std::array<CivilDate, 9> dates_;
  size_t size_ = 0;
};

// The candidate among `options` (valid dates) nearest to `ref`; ties go to the earlier.
std::optional<CivilDate> nearest(const Candidates& options, const CivilDate& ref) {
  std::optional<CivilDate> best;
  long best_gap = 0;
  long r = days_from_civil(ref);
  for (const auto& o : options) {
    if (!is_valid_date(o)) continue;
    long gap = std::labs(days_from_civil(o) - r);
    if (!best || gap < best_gap) {
      best = o;
      best_gap = gap;
    }
  }
  return best;
}

CivilDate resolve_day(int year, int month, int day, bool year_written, const std::optional<CivilDate>& ref) {
  CivilDate d{year, month, day};
  if (!ref || ref->year == 0) return d;
  if (year == 0 && !year_written) {
    if (month == 0) {
      if (ref->month && !ref->day) return CivilDate{ref->year, ref->month, day};
      if (!ref->complete()) return d;
      Candidates opts;
      for (int dm = -1; dm <= 1; ++dm) {
        int m = ref->month + dm, y = ref->year;
        if (m < 1) m += 12, --y;
        if (m > 12) m -= 12, ++y;
        opts.push_back({y, m, day});
      }
      if (auto best = nearest(opts, *ref)) return *best;
      return d;
    }
    if (!ref->complete()) {
      d.year = ref->year;
      return d;
    }
    if (day == 0) {
      // A month: the year whose month is nearest.
      int best_year = ref->year;
      int best_gap = 99;
      for (int y = ref->year - 1; y <= ref->year + 1; ++y) {
        int gap = std::abs((y * 12 + month) - (ref->year * 12 + ref->month));
        if (gap < best_gap) best_gap = gap, best_year = y;
      }
      d.year = best_year;
      return d;
    }
    Candidates opts;
    for (int y = ref->year - 4; y <= ref->year + 4; ++y) {
      if (std::abs(y - ref->year) <= 1 || (month == 2 && day == 29)) opts.push_back({y, month, day});
    }
    if (auto best = nearest(opts, *ref)) return *best;
    d.year = ref->year;
  }
  return d;
}

}  // namespace

void resolve_mention(DateMention& m, const std::optional<CivilDate>& ref) {
  int year = m.year;
  if (year == 0 && m.has_relative_year && ref && ref->year) year = ref->year + m.relative_year;
  bool year_written = year != 0;
  switch (m.kind) {
    case DateKind::kDate:
    case DateKind::kMonth:
      m.date = resolve_day(year, m.month, m.day, year_written, ref);
      break;
    case DateKind::kYear:
    case DateKind::kBirthYear:
    case DateKind::kFoundingYear:
      m.date = CivilDate{year, 0, 0};
      break;
    case DateKind::kRelativeYear:
      m.date = CivilDate{year, 0, 0};
      break;
    case DateKind::kPeriod:
      if (m.month) {
        m.date = resolve_day(year, m.month, 0, year_written, ref);
      } else if (year) {
        m.date = CivilDate{year, 0, 0};
      } else if (ref && ref->year && m.end.year == 0) {
        m.date = CivilDate{ref->year, m.label.find("旬") != std::string::npos ? ref->month : 0, 0};
      }
      break;
    case DateKind::kRelativeDay:
      if (ref && ref->complete()) m.date = civil_from_days(days_from_civil(*ref) + m.value);
      break;
    case DateKind::kWeekday:
      if (ref && ref->complete() && m.weekday) {
        long r = days_from_civil(*ref);
        int wd = weekday_of(*ref);
        if (m.has_week_offset) {
          long monday = r - (wd - 1);
          m.date = civil_from_days(monday + 7L * m.week_offset + (m.weekday - 1));
        } else {
          long diff = m.weekday - wd;  // -6..6: the nearest of this week's and an adjacent week's
          if (diff > 3) diff -= 7;
          if (diff < -3) diff += 7;
          m.date = civil_from_days(r + diff);
        }
      }
      break;
    case DateKind::kLunar:
    case DateKind::kFestival: {
      if (m.lunar.month == 0) {
        m.date = resolve_day(year, m.month, m.day, year_written, ref);
        break;
      }
      auto convert = [&](int lunar_year) -> std::optional<CivilDate> {
        if (m.lunar_new_years_eve) {
          auto next_new_year = gregorian_of(LunarDate{lunar_year + 1, 1, 1, false});
          if (!next_new_year) return std::nullopt;
          return civil_from_days(days_from_civil(*next_new_year) - 1);
        }
        return gregorian_of(LunarDate{lunar_year, m.lunar.month, m.lunar.day, m.lunar.leap});
      };
      if (year) {
        m.lunar.year = year;
        if (auto g = convert(year)) m.date = *g;
      } else if (ref && ref->complete()) {
        Candidates opts;
        std::map<CivilDate, int> lunar_year_of;
        for (int y = ref->year - 1; y <= ref->year + 1; ++y) {
          if (auto g = convert(y)) {
            opts.push_back(*g);
            lunar_year_of[*g] = y;
          }
        }
        if (auto best = nearest(opts, *ref)) {
          m.date = *best;
          m.lunar.year = lunar_year_of[*best];
        }
      } else if (ref && ref->year) {
        m.lunar.year = ref->year;
        if (auto g = convert(ref->year)) m.date = *g;
      }
      break;
    }
    case DateKind::kRange: {
      CivilDate start = resolve_day(year, m.month, m.day, year_written, ref);
      if (m.month == 0 && m.day == 0) start = CivilDate{year, 0, 0};
      CivilDate end = m.end;
      if (end.month == 0 && m.end.day != 0) end.month = start.month;
      if (end.year == 0) {
        end.year = start.year;
        // 12月28日至1月3日 runs into the next year.
        if (end.year && m.end.month && start.month && m.end.month < start.month) ++end.year;
      }
      m.date = start;
      m.end = end;
      break;
    }
    case DateKind::kTime:
    case DateKind::kAge:
    case DateKind::kDuration:
    case DateKind::kAnniversary:
      break;
  }
  if (m.valid && year_written && m.month >= 1 && m.month <= 12 && m.day > days_in_month(year, m.month) &&
      (m.kind == DateKind::kDate))
    m.valid = false;
}

namespace {

// "from Friday, May 15, through Sunday, May 17, 2026": the year written after
// a range's second date is the first's too; and 2026年3月1日至5月10日: the year
// written before it is the second's, when the second comes later in the year
// (12月28日至1月3日 crosses into the next).
void share_range_years(std::string_view text, std::vector<DateMention>& out) {
  for (size_t i = 0; i + 1 < out.size(); ++i) {
    DateMention& a = out[i];
    if (a.kind != DateKind::kDate || !a.month || !a.day) continue;
    size_t j = i + 1;
    while (j < out.size() && out[j].kind == DateKind::kRange) ++j;  // a range mention starts where its first date does
    if (j == out.size()) break;
    DateMention& b = out[j];
    if (b.kind != DateKind::kDate || !b.month || !b.day || (a.year != 0) == (b.year != 0) ||
        b.span.begin < a.span.end || b.span.begin - a.span.end > 12) {
      continue;
    }
    std::string_view gap = text.substr(a.span.end, b.span.begin - a.span.end);
    while (!gap.empty() && (gap.front() == ' ' || gap.front() == ',')) gap.remove_prefix(1);
    while (!gap.empty() && (gap.back() == ' ' || gap.back() == ',')) gap.remove_suffix(1);
    if (gap != "through" && gap != "to" && gap != "until" && gap != "till" && gap != "-" && gap != "–" && gap != "—" &&
        gap != "至" && gap != "到" && gap != "～" && gap != "~") {
      continue;
    }
    if (a.month > b.month || (a.month == b.month && a.day > b.day)) continue;  // Dec. 28 to Jan. 3, 2027
    if (a.year) b.year = a.year;
    else a.year = b.year;
  }
}

// `resolve`: resolve the mentions against `reference` (else they stay as written).
std::vector<DateMention> extract(std::string_view text, Language language, std::optional<CivilDate> reference,
                                 bool numeric_short_forms, bool exhaustive, bool resolve = true) {
  // A paragraph longer than this (a file without blank lines) is searched in
  // pieces, cut at characters no match can hold: the scan's buffers stay the
  // size of a piece.
  constexpr size_t kPiece = size_t{1} << 16;
  Collector c(text, exhaustive);
  // The mentions kept, in blocks of a few hundred, then moved once into a
  // vector of the right size: a growing vector would copy itself and free
  // blocks of megabytes on a long text, which leads the allocator to keep
  // the freed pages of what is allocated next.
  constexpr size_t kBlock = 256;
  std::vector<std::vector<DateMention>> blocks;
  std::vector<DateMention> kept, ranges;
  size_t count = 0;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t blank = text.find("\n\n", begin);
    size_t end = blank == std::string_view::npos ? text.size() : blank + 1;
    for (size_t piece = begin; piece < end;) {
      size_t cut = end;
      if (!exhaustive && end - piece > kPiece) cut = patterns().runs.cut_at_or_after(text, piece + kPiece, end);
      c.start(Span{piece, cut});
      // Chinese copy quotes English and English copy quotes Chinese: run both.
      extract_chinese(c, numeric_short_forms);
      // Most paragraphs of Chinese copy hold no English date: one test for all
      // sixteen patterns.
      if (c.may_match_any(patterns().english_patterns)) extract_english(c);
      extract_numeric(c, language, numeric_short_forms);
      if (!c.out().empty()) {
        kept.clear();
        remove_overlaps(c.out(), ranges, kept);
        if (blocks.empty() || blocks.back().size() + kept.size() > kBlock) {
          blocks.emplace_back();
          blocks.back().reserve(std::max(kBlock, kept.size()));
        }
        blocks.back().insert(blocks.back().end(), std::make_move_iterator(kept.begin()),
                             std::make_move_iterator(kept.end()));
        count += kept.size();
      }
      piece = cut;
    }
    begin = end;
    while (begin < text.size() && text[begin] == '\n') ++begin;
  }
  std::vector<DateMention> out;
  out.reserve(count);
  for (auto& block : blocks) {
    out.insert(out.end(), std::make_move_iterator(block.begin()), std::make_move_iterator(block.end()));
    std::vector<DateMention>().swap(block);
  }
  share_range_years(text, out);
  if (resolve) {
    for (auto& m : out) resolve_mention(m, reference);
  }
  return out;
}

}  // namespace

std::vector<DateMention> extract_dates(std::string_view text, Language language,
                                            std::optional<CivilDate> reference, bool numeric_short_forms) {
  return extract(text, language, reference, numeric_short_forms, false);
}

std::vector<DateMention> extract_written_dates(std::string_view text, Language language) {
  return extract(text, language, std::nullopt, false, false, /*resolve=*/false);
}

std::vector<DateMention> extract_dates_exhaustive(std::string_view text, Language language,
                                                  std::optional<CivilDate> reference, bool numeric_short_forms) {
  return extract(text, language, reference, numeric_short_forms, true);
}

}  // namespace copydesk
