#include "kinds/time_length.h"

#include <re2/re2.h>

#include <string>
#include <vector>

#include "extract/english_numeral.h"
#include "extract/numbers.h"

namespace copydesk {

namespace {

// A whole number written in digits or Chinese numerals (40, 四十, 两).
std::optional<int> chinese_or_digits(std::string_view s) {
  const std::optional<double> v = parse_number(s);
  return v && *v == static_cast<int>(*v) ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
}

// "40", "five", "twenty-five" at `pos` of `text`, ending at `end`.
std::optional<int> english_or_digits(std::string_view text, size_t pos, size_t end) {
  const std::string_view s = text.substr(pos, end - pos);
  if (s.empty()) return std::nullopt;
  if (s[0] >= '0' && s[0] <= '9') return std::stoi(std::string(s));
  const auto parsed = parse_english_number(text, pos);
  if (!parsed || parsed->end != end || parsed->magnitude != 1) return std::nullopt;
  return static_cast<int>(parsed->value);
}

bool rough_before(std::string_view before) {
  for (std::string_view word : {"about ", "nearly ", "almost ", "more than ", "over ", "roughly ", "around ",
                                "some ", "under ", "less than ", "close to ", "up to ", "at least "}) {
    if (before.ends_with(word)) return true;
  }
  return false;
}

}  // namespace

std::optional<TimeLength> find_time_length(std::string_view sentence) {
  static const RE2 zh(
      "((?:历时|用时|耗时|持续|历经|前后|共用时?)(约|近|将近|大约|不到|超过)?"
      "([0-9]{1,2}|[一二三四五六七八九十两]{1,3})(个)?(多|半)?(?:小时|钟头)"
      "(?:([0-9]{1,2}|[一二三四五六七八九十]{1,3})分钟?)?(多)?)");
  static const RE2 zh_minutes("((?:历时|用时|耗时|持续|历经|前后)(约|近|将近|大约|不到|超过)?([0-9]{1,3}|[一二三四五六七八九十两]{1,4})(多)?分钟)");
  static const RE2 en("(?i)\\b([0-9]{1,2}|[a-z]+(?:-[a-z]+)?)[- ]hours?(?:,?[ ]+and[ ]+([0-9]{1,2}|[a-z]+(?:-[a-z]+)?)[- ]minutes?)?\\b");
  std::optional<TimeLength> found;
  int seen = 0;
  std::vector<Span> hour_spans;  // English lengths in hours, whose minutes are not read again
  auto hour_spans_hold = [&](size_t at) {
    for (Span s : hour_spans) {
      if (s.contains(at)) return true;
    }
    return false;
  };
  auto take = [&](size_t begin, size_t end, std::optional<int> minutes, bool rough) {
    ++seen;
    if (!rough && minutes && *minutes > 0) found = TimeLength{{begin, end}, *minutes};
  };
  re2::StringPiece input(sentence.data(), sentence.size()), whole, approx, hours, ge, half_or_more, minutes, more;
  while (RE2::FindAndConsume(&input, zh, &whole, &approx, &hours, &ge, &half_or_more, &minutes, &more)) {
    const size_t begin = static_cast<size_t>(whole.data() - sentence.data());
    const std::optional<int> h = chinese_or_digits(std::string_view(hours.data(), hours.size()));
    std::optional<int> m = minutes.empty() ? std::optional<int>(0)
                                           : chinese_or_digits(std::string_view(minutes.data(), minutes.size()));
    const bool half = half_or_more == "半";
    const bool rough = !approx.empty() || half_or_more == "多" || !more.empty();
    std::optional<int> total;
    if (h && m) total = *h * 60 + *m + (half ? 30 : 0);
    take(begin, begin + whole.size(), total, rough);
  }
  input = re2::StringPiece(sentence.data(), sentence.size());
  while (RE2::FindAndConsume(&input, zh_minutes, &whole, &approx, &minutes, &more)) {
    const size_t begin = static_cast<size_t>(whole.data() - sentence.data());
    take(begin, begin + whole.size(), chinese_or_digits(std::string_view(minutes.data(), minutes.size())),
         !approx.empty() || !more.empty());
  }
  input = re2::StringPiece(sentence.data(), sentence.size());
  while (RE2::FindAndConsume(&input, en, &hours, &minutes)) {
    const size_t begin = static_cast<size_t>(hours.data() - sentence.data());
    const size_t end = static_cast<size_t>(input.data() - sentence.data());
    const std::string_view word(hours.data(), hours.size());
    // an hour, per hour, 24 hours a day: rates, not lengths
    if (word == "a" || word == "an" || word == "A" || word == "An") continue;
    const std::string_view rest = sentence.substr(end);
    if (rest.starts_with(" a day") || rest.starts_with(" a week") || rest.starts_with(" per ")) continue;
    const size_t hours_end = begin + word.size();
    const std::optional<int> h = english_or_digits(sentence, begin, hours_end);
    if (!h) continue;  // "office hours", "long hours": no count
    std::optional<int> m = 0;
    if (!minutes.empty()) {
      const size_t mb = static_cast<size_t>(minutes.data() - sentence.data());
      m = english_or_digits(sentence, mb, mb + minutes.size());
    }
    take(begin, end, m ? std::optional<int>(*h * 60 + *m) : std::nullopt, rough_before(sentence.substr(0, begin)));
    hour_spans.push_back({begin, end});
  }
  static const RE2 en_minutes("(?i)\\b([0-9]{1,3}|[a-z]+(?:-[a-z]+)?)[- ]minutes?\\b");
  input = re2::StringPiece(sentence.data(), sentence.size());
  while (RE2::FindAndConsume(&input, en_minutes, &minutes)) {
    const size_t begin = static_cast<size_t>(minutes.data() - sentence.data());
    if (hour_spans_hold(begin)) continue;  // the minutes of "four hours and 40 minutes"
    const size_t end = static_cast<size_t>(input.data() - sentence.data());
    const std::string_view rest = sentence.substr(end);
    if (minutes == "a" || minutes == "an" || minutes == "A" || minutes == "An" || rest.starts_with(" a day") ||
        rest.starts_with(" per ")) {
      continue;
    }
    const std::optional<int> m = english_or_digits(sentence, begin, begin + minutes.size());
    if (!m) continue;
    take(begin, end, m, rough_before(sentence.substr(0, begin)));
  }
  if (seen != 1) return std::nullopt;  // none, or two: which goes with the times is not clear
  return found;
}

}  // namespace copydesk
