#include "kinds/listed_count.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>

#include "core/document.h"
#include "core/utf8.h"
#include "extract/numbers.h"
#include "segment/sentences.h"
#include "segment/text_shape.h"

namespace copydesk {

namespace {

constexpr size_t kMaxWordsToColon = 3;    // five new headliners:
constexpr size_t kMaxHanToColon = 10;     // 五个重点项目：
constexpr size_t kMaxWordsPerItem = 8;    // English
constexpr size_t kMaxCharsPerItem = 20;   // Chinese
constexpr size_t kMaxListBytes = 600;

bool is_plural(std::string_view word) {
  return (word.size() > 3 && word.back() == 's') || word == "people" || word == "children" || word == "men" ||
         word == "women";
}

// After an English count: up to three words, the last a plural, then a colon.
// Returns the offset after the colon, or npos.
size_t english_colon_after(std::string_view text, size_t at) {
  for (size_t words = 0; words < kMaxWordsToColon; ++words) {
    if (at >= text.size() || text[at] != ' ') return std::string_view::npos;
    const size_t begin = ++at;
    while (at < text.size() && (std::isalpha(static_cast<unsigned char>(text[at])) || text[at] == '-')) ++at;
    if (at == begin) return std::string_view::npos;
    if (at < text.size() && text[at] == ':') {
      return is_plural(text.substr(begin, at - begin)) ? at + 1 : std::string_view::npos;
    }
  }
  return std::string_view::npos;
}

// After a Chinese count: a measure word and a noun, Han characters only, then
// ： or ，分别是 (设置6个专科中心，分别是A、B和C). Read by bytes (most figures
// are followed by neither): a three-byte character led by E4 to E9 is a CJK
// ideograph, ： is EF BC 9A and ， EF BC 8C.
size_t chinese_colon_after(std::string_view text, size_t at) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  for (size_t n = 0; n <= kMaxHanToColon && at + 2 < text.size(); ++n, at += 3) {
    if (p[at] == 0xEF && p[at + 1] == 0xBC && p[at + 2] == 0x9A) return n > 0 ? at + 3 : std::string_view::npos;
    if (p[at] == 0xEF && p[at + 1] == 0xBC && p[at + 2] == 0x8C) {
      if (n == 0) return std::string_view::npos;
      for (std::string_view opener : {"分别是：", "分别为：", "分别是", "分别为"}) {
        if (text.substr(at + 3, opener.size()) == opener) return at + 3 + opener.size();
      }
      return std::string_view::npos;
    }
    if (p[at] < 0xE4 || p[at] > 0xE9) return std::string_view::npos;
  }
  return std::string_view::npos;
}

// Splits `list` at each of `separators`.
std::vector<std::string_view> split(std::string_view list, std::string_view separator) {
  std::vector<std::string_view> items;
  for (size_t at = 0;;) {
    const size_t next = list.find(separator, at);
    items.push_back(list.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at));
    if (next == std::string_view::npos) return items;
    at = next + separator.size();
  }
}

size_t word_count(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// What the list names could count: the chunks between its separators, and
// one more when the last chunk holds a conjunction that may join two items
// or be part of one name (住房和城乡建设局, Procter and Gamble). Empty when the
// text is no closed list of names.
struct ItemCount {
  size_t low = 0, high = 0;  // high: with the last conjunction joining two items
};

std::optional<ItemCount> english_items(std::string_view list) {
  for (std::string_view open_ended : {"including", "such as", "among", "other", "etc", "others"}) {
    if (list.find(open_ended) != std::string_view::npos) return std::nullopt;
  }
  std::vector<std::string_view> chunks = split(list, ", ");
  std::string_view last = chunks.back();
  const bool and_opens_last = last.starts_with("and ") || last.starts_with("or ");
  const bool and_in_last = !and_opens_last && (last.find(" and ") != std::string_view::npos);
  if (!and_opens_last && !and_in_last) return std::nullopt;  // no closing "and": not a closed list
  // The last chunk holds two items when its "and" joins them: each is measured.
  if (and_in_last) {
    const size_t at = last.find(" and ");
    chunks.back() = last.substr(0, at);
    chunks.push_back(last.substr(at + 5));
  }
  for (std::string_view chunk : chunks) {
    if (chunk.empty() || word_count(chunk) > kMaxWordsPerItem) return std::nullopt;
  }
  if (and_opens_last) return ItemCount{chunks.size(), chunks.size()};
  chunks.pop_back();  // counted both ways below
  return ItemCount{chunks.size(), chunks.size() + 1};
}

std::optional<ItemCount> chinese_items(std::string_view list) {
  for (std::string_view open_ended : {"等", "其中", "包括", "，", ","}) {
    if (list.find(open_ended) != std::string_view::npos) return std::nullopt;
  }
  std::vector<std::string_view> chunks = split(list, "、");
  // The last chunk holds two items when its 和 joins them (及 or 与 when it
  // has no 和: 古籍与地方文献展区 is one item): each is measured.
  size_t joint = std::string_view::npos;
  for (std::string_view conjunction : {"和", "及", "与"}) {
    joint = chunks.back().find(conjunction);
    if (joint != std::string_view::npos) break;
  }
  const bool joined = joint != std::string_view::npos;
  if (joined) {
    const std::string_view last = chunks.back();
    chunks.back() = last.substr(0, joint);
    chunks.push_back(last.substr(joint + std::string_view("和").size()));
  }
  if (chunks.size() < 2) return std::nullopt;
  for (std::string_view chunk : chunks) {
    if (chunk.empty() || !has_at_most_code_points(chunk, kMaxCharsPerItem)) return std::nullopt;
  }
  if (!joined) return ItemCount{chunks.size(), chunks.size()};
  // What comes before 和 ends as every other item does (…展区和数字出版展区
  // after 主题出版展区、少儿阅读展区): two items, not one name with 和 in it.
  const char32_t ending = last_code_point(chunks.front());
  bool alike = chunks.size() >= 3;
  for (size_t k = 0; k + 1 < chunks.size() && alike; ++k) alike = last_code_point(chunks[k]) == ending;
  return alike ? ItemCount{chunks.size(), chunks.size()} : ItemCount{chunks.size() - 1, chunks.size()};
}

}  // namespace

std::vector<MiscountedList> find_miscounted_lists(const Document& doc, std::span<const NumberMention> ms, Span scope) {
  std::vector<MiscountedList> found;
  const std::string_view text = doc.text();
  for (size_t i = 0; i < ms.size(); ++i) {
    const NumberMention& m = ms[i];
    if (m.form != NumberForm::kCardinal || m.bound != Bound::kExact || m.is_range() || m.decimals != 0 ||
        m.value < 2 || m.value > 20 || m.magnitude != 1) {
      continue;
    }
    // An English count has words after a space; a Chinese one, Han characters.
    size_t colon = english_colon_after(text, m.extent.end);
    const bool english = colon != std::string_view::npos;
    if (!english) colon = chinese_colon_after(text, m.extent.end);
    if (colon == std::string_view::npos) continue;
    // The list runs to the end of the sentence, without its closing mark.
    std::optional<Sentence> sentence = doc.analysis<Sentences>().at(m.span.begin);
    const size_t end = std::min({sentence ? sentence->span.end : scope.end, scope.end, colon + kMaxListBytes});
    if (end <= colon) continue;
    std::string_view list = text.substr(colon, end - colon);
    while (!list.empty() && (list.front() == ' ')) list.remove_prefix(1);
    while (!list.empty() && (list.back() == ' ' || list.back() == '\n' || list.back() == '.' || list.back() == '\r')) {
      list.remove_suffix(1);
    }
    if (list.ends_with("。")) list.remove_suffix(std::string_view("。").size());
    // A Chinese list ends at the clause after it (…和数字出版体验区，来自全国的420家…).
    if (const size_t comma = list.find("，");
        !english && comma != std::string_view::npos && list.substr(0, comma).find("、") != std::string_view::npos) {
      list = list.substr(0, comma);
    }
    if (list.empty() || list.find_first_of("0123456789;\n") != std::string_view::npos ||
        list.find("；") != std::string_view::npos || list.find("：") != std::string_view::npos ||
        list.find(':') != std::string_view::npos) {
      continue;
    }
    // A list with figures in it (seven counts of fraud and four of theft) is one of parts.
    const size_t list_begin = static_cast<size_t>(list.data() - text.data());
    bool figures = false;
    for (size_t j = i + 1; j < ms.size() && ms[j].span.begin < list_begin + list.size() && !figures; ++j) {
      figures = ms[j].span.begin >= list_begin;
    }
    if (figures) continue;
    const std::optional<ItemCount> items = english ? english_items(list) : chinese_items(list);
    if (!items) continue;
    const auto count = static_cast<size_t>(std::lround(m.value));
    if (count >= items->low && count <= items->high) continue;
    found.push_back({&m, items->high, {list_begin, list_begin + list.size()}});
  }
  return found;
}

}  // namespace copydesk
