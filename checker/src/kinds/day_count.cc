#include "kinds/day_count.h"

#include <re2/re2.h>

#include <cstdlib>
#include <string>

#include "extract/chinese_numeral.h"
#include "extract/english_numeral.h"

namespace copydesk {

namespace {

// Each of a leap and a common year, so that an unknown year allows both.
constexpr int kLeapYear = 2000, kCommonYear = 2001;

long day_number(int year, const CivilDate& d) { return days_from_civil(CivilDate{year, d.month, d.day}); }

// The days from start to end read in `year` (end in the next year when it comes first), or -1.
long span_in(int year, const CivilDate& start, const CivilDate& end) {
  const int start_year = start.year ? start.year : year;
  int end_year = end.year ? end.year : start_year;
  if (!end.year && (end.month < start.month || (end.month == start.month && end.day < start.day))) ++end_year;
  const CivilDate a{start_year, start.month, start.day}, b{end_year, end.month, end.day};
  if (!is_valid_date(a) || !is_valid_date(b)) return -1;
  return day_number(b.year, b) - day_number(a.year, a);
}

}  // namespace

std::optional<DayCount> find_day_count(std::string_view sentence) {
  static const RE2 zh("((?:为期|历时|持续|共计|共|连续)([0-9]{1,3}|[一二三四五六七八九十两]{1,3})(天|日|周|个星期))");
  static const RE2 en("(?i)\\b([0-9]{1,3}|[a-z]+(?:-[a-z]+)?)[- ](days?|weeks?)\\b");
  std::optional<DayCount> found;
  auto take = [&](size_t begin, size_t end, std::optional<double> value, bool weeks) {
    if (!value || *value < 1 || *value > 400 || *value != static_cast<int>(*value)) return true;
    if (found) return false;  // two counts: which one goes with the dates is not clear
    found = DayCount{{begin, end}, static_cast<int>(*value) * (weeks ? 7 : 1), weeks};
    return true;
  };
  re2::StringPiece input(sentence.data(), sentence.size()), whole, number, unit;
  while (RE2::FindAndConsume(&input, zh, &whole, &number, &unit)) {
    const size_t begin = static_cast<size_t>(whole.data() - sentence.data());
    std::string_view digits(number.data(), number.size());
    std::optional<double> value = digits[0] >= '0' && digits[0] <= '9' ? std::optional<double>(std::stod(std::string(digits)))
                                                                      : parse_chinese_numeral(digits);
    const bool weeks = unit == "周" || unit == "个星期";
    if (!take(begin, begin + whole.size(), value, weeks)) return std::nullopt;
  }
  input = re2::StringPiece(sentence.data(), sentence.size());
  while (RE2::FindAndConsume(&input, en, &number, &unit)) {
    const bool weeks = unit[0] == 'w' || unit[0] == 'W';
    const size_t begin = static_cast<size_t>(number.data() - sentence.data());
    const size_t end = static_cast<size_t>(input.data() - sentence.data());
    std::string_view word(number.data(), number.size());
    std::optional<double> value;
    if (word == "a" || word == "an" || word == "A" || word == "An") continue;  // a day: a rate, not a count
    // four days a week, three days per month: a rate, not a count.
    const std::string_view rest = sentence.substr(end);
    if (rest.starts_with(" a week") || rest.starts_with(" a month") || rest.starts_with(" per week") ||
        rest.starts_with(" per month") || rest.starts_with(" each week") || rest.starts_with(" every week") ||
        rest.starts_with(" a year") || rest.starts_with(" per year") || rest.starts_with(" each year")) {
      continue;
    }
    // "weeks ago", "weeks later": a time before or after, not a span.
    if (weeks && (rest.starts_with(" ago") || rest.starts_with(" later") || rest.starts_with(" before") ||
                  rest.starts_with(" after") || rest.starts_with(" earlier"))) {
      continue;
    }
    if (word[0] >= '0' && word[0] <= '9') {
      value = std::stod(std::string(word));
    } else if (auto parsed = parse_english_number(sentence, begin); parsed && parsed->end == begin + word.size()) {
      value = parsed->value * parsed->magnitude;
    } else {
      continue;  // "holidays", "weekdays": no count
    }
    if (!take(begin, end, value, weeks)) return std::nullopt;
  }
  return found;
}

bool days_agree(const CivilDate& start, const CivilDate& end, const DayCount& count) {
  for (int year : {kLeapYear, kCommonYear}) {
    const long between = span_in(year, start, end);
    if (between < 0) return true;  // not a date: nothing to say
    if (count.weeks ? std::labs(count.days - between) <= 6 || std::labs(count.days - between - 1) <= 6
                    : count.days == between || count.days == between + 1) {
      return true;
    }
  }
  return false;
}

int days_between(const CivilDate& start, const CivilDate& end) {
  return static_cast<int>(span_in(kCommonYear, start, end));
}

}  // namespace copydesk
