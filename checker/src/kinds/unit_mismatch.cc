#include "kinds/unit_mismatch.h"

#include <cmath>
#include <cstdio>
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <initializer_list>
#include <map>
#include <set>
#include <optional>
#include <tuple>

#include "core/utf8.h"
#include "kinds/phrase_words.h"
#include "extract/numbers.h"
#include "extract/quantities.h"
#include "kinds/per_unit_conversion.h"
#include "kinds/temperature_conversion.h"
#include "segment/text_shape.h"

namespace copydesk {

namespace {

std::vector<std::string> string_list(RuleOptions& options, const std::string& key, std::vector<std::string> fallback) {
  YAML::Node node = options.node(key);
  if (!node) return fallback;
  if (!node.IsSequence()) {
    options.add_error(node, "'" + key + "' must be a list");
    return fallback;
  }
  std::vector<std::string> out;
  for (const auto& item : node) out.push_back(item.as<std::string>());
  return out;
}

// The significant digits of a value: 1.2e9 and 1.2e7 both give "12".
std::string significant_digits(double value) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.9e", std::fabs(value));
  std::string s;
  for (char* p = buf; *p && *p != 'e'; ++p) {
    if (*p >= '0' && *p <= '9') s += *p;
  }
  while (s.size() > 1 && s.back() == '0') s.pop_back();
  return s;
}

// After a figure, 的 and a noun of up to six Han characters (3.6万元的网络零售额):
// the last two characters of each reading of the noun (网络, 络零, …, 售额), one of
// which is the label the figure would have before it (零售额3.6亿元 ends in 售额).
std::vector<std::string> labels_after_de(std::string_view text, size_t pos) {
  std::vector<std::string> out;
  if (!text.substr(pos).starts_with("的")) return out;
  size_t end = pos + std::string_view("的").size();
  for (size_t n = 1; n <= 6 && end < text.size() && is_han(code_point_at(text, end)); ++n) {
    end += utf8_sequence_length(static_cast<unsigned char>(text[end]));
    if (n >= 2) out.emplace_back(han_before(text, end, 2));
  }
  return out;
}

// Half the place of the last significant digit of q's figure, in base units:
// 300 is good to 30, 2.4 to 0.05, 1.2万 to 500. A figure under 100 is taken
// as written (10 inches is not 5 to 15 inches).
double half_last_place(const Document& doc, const Quantity& q) {
  const NumberMention& m = doc.analysis<Numbers>().mentions[q.number];
  if (m.value == 0) return 0;
  double place = std::pow(10.0, -m.decimals);
  if (m.decimals == 0 && std::fabs(m.value) >= 100) {
    for (double v = std::fabs(m.value); v >= 10 && std::fmod(v, 10 * place) == 0;) place *= 10;
  }
  // A conversion is given to be read: a figure is taken as good to a tenth of
  // itself at worst (1万公顷 for 10万亩 is no rounding of 6667公顷).
  return std::min(0.5 * place, 0.1 * std::fabs(m.value)) * std::fabs(q.base / m.value);
}

// Whether the text before a figure points back at one given earlier: 这, 此 or
// 上述 right before it, or with a measure word and a word of one or two
// characters between (这条长1800米的管网 after 管网18公里; 这趟货值3200亿元的班列
// after 货值约3200万元).
bool points_back_zh(std::string_view before) {
  auto han_last = [](std::string_view s) {
    return s.size() >= 3 && static_cast<unsigned char>(s[s.size() - 3]) >= 0xE4 &&
           static_cast<unsigned char>(s[s.size() - 3]) <= 0xE9;
  };
  std::string_view rest = before;
  for (int label = 0; label <= 2; ++label) {
    for (std::string_view measure : {"条", "座", "个", "项", "批", "片", "处", "段", "笔", "宗", "份", "趟"}) {
      if (rest.ends_with(measure) && rest.size() > measure.size() &&
          (rest.substr(0, rest.size() - measure.size()).ends_with("这") ||
           rest.substr(0, rest.size() - measure.size()).ends_with("此"))) {
        return true;
      }
    }
    if (!han_last(rest)) break;
    rest.remove_suffix(3);
  }
  return before.ends_with("这") || before.ends_with("此") || before.ends_with("上述");
}

// Whether the English text before a figure points back at one given earlier:
// a demonstrative right before it (Those 30 kilograms of seed).
bool points_back_en(std::string_view before) {
  for (std::string_view word : {"this ", "that ", "these ", "those ", "This ", "That ", "These ", "Those "}) {
    if (!ends_with_words(before, word)) continue;
    const size_t start = before.size() - word.size();  // a whole word: not "Cathis 30"
    return start == 0 || !std::isalpha(static_cast<unsigned char>(before[start - 1]));
  }
  return false;
}

// What an English quantity ending at byte `end` measures: the word after it,
// past a conversion in brackets and "of (the)" ("2,100-metre (6,890 ft)
// runway", "2,100 feet of runway" -> runway); "" when none.
// True when `before` ends with "the " or "the " and one lowercase word ("the new ").
bool after_the(std::string_view before) {
  if (ends_with_words(before, "the ") || ends_with_words(before, "The ")) return true;
  if (!before.ends_with(' ')) return false;
  size_t begin = before.size() - 1;
  while (begin > 0 && before[begin - 1] >= 'a' && before[begin - 1] <= 'z') --begin;
  if (begin == before.size() - 1) return false;
  const std::string_view head = before.substr(0, begin);
  return ends_with_words(head, "the ") || ends_with_words(head, "The ");
}

std::string_view noun_measured(std::string_view text, size_t end) {
  size_t at = end;
  auto skip_spaces = [&] {
    while (at < text.size() && (text[at] == ' ' || text[at] == '\n')) ++at;
  };
  skip_spaces();
  if (at < text.size() && text[at] == '(') {
    const size_t close = text.find(')', at);
    if (close == std::string_view::npos || close - at > 40) return {};
    at = close + 1;
    skip_spaces();
  }
  auto word = [&] {
    size_t e = at;
    while (e < text.size() && text[e] >= 'a' && text[e] <= 'z') ++e;
    return text.substr(at, e - at);
  };
  for (std::string_view skipped : {"of", "the"}) {
    if (word() == skipped) {
      at += skipped.size();
      skip_spaces();
    }
  }
  return word();
}

// The Han characters read before a figure for the words it shares with another.
constexpr size_t kLabelWords = 12;
constexpr size_t kSharedLabelChars = 3;

// The Han words naming what a Chinese figure measures: those right before it
// (纬三路段2.8公里), and those right after its unit, past 长的 or 的 (280米长的纬三路段,
// 9400米庭院管网).
std::string_view label_before(std::string_view text, const Quantity& q) {
  return han_run_before(text, q.extent.begin, kLabelWords);
}
std::string_view label_after(std::string_view text, const Quantity& q) {
  size_t at = q.extent.end;
  for (std::string_view skipped : {"长的", "的"}) {
    if (text.substr(at).starts_with(skipped)) {
      at += skipped.size();
      break;
    }
  }
  return han_run_after(text, at, kLabelWords);
}

// Whether the words before one figure end with what the words after another
// begin with, three Han characters or more: both name one thing (和纬三路段2.8公里
// … 280米长的纬三路段因下穿铁路).
bool names_one_thing(std::string_view before, std::string_view after, size_t least = kSharedLabelChars) {
  for (size_t n = std::min(before.size(), after.size()) / 3; n >= least; --n) {
    if (before.substr(before.size() - 3 * n) == after.substr(0, 3 * n)) return true;
  }
  return false;
}

// 滨河大道段3.4公里和纬三路段2.8公里 … 3400米长的滨河大道段 … 280米长的纬三路段:
// a figure given again for the thing it was given for, in a unit of another
// size and with its digits kept, but a power of ten off. Of the earlier
// figures with q's significant digits, the one it slips from; nullptr if none.
// e's sentence going on with 其中 to q makes q a part of e, which may be smaller.
const Quantity* rescaled_earlier(std::string_view text, const Quantities& all,
                                 const std::vector<const Quantity*>& same_digits, const Quantity& q) {
  const UnitDef& u = all.unit_of(q);
  for (const Quantity* e : same_digits) {
    if (e->bound != Bound::kExact || std::fabs(std::log10(all.unit_of(*e).factor / u.factor)) < 0.5) continue;
    const double orders = std::log10(q.base / e->base);
    if (std::fabs(orders) < 0.5 || std::fabs(orders - std::round(orders)) > 0.01) continue;
    // Or a name of two characters, when the words before both share three
    // more (新建和修复盲道18.6公里 … 新建和修复的1860米盲道).
    const std::string_view before_e = label_before(text, *e), before_q = label_before(text, q);
    const bool two_and_more = shares_han_run(before_e, before_q, kSharedLabelChars) &&
                              (names_one_thing(before_e, label_after(text, q), 2) ||
                               names_one_thing(before_q, label_after(text, *e), 2));
    if (!names_one_thing(before_e, label_after(text, q)) && !names_one_thing(before_q, label_after(text, *e)) &&
        !two_and_more) {
      continue;
    }
    std::string_view rest_of_e = text.substr(e->span.end, q.span.begin - e->span.end);
    rest_of_e = rest_of_e.substr(0, rest_of_e.find("。"));
    if (rest_of_e.find("其中") == std::string_view::npos) return e;
  }
  return nullptr;
}

// 投料糯米1200吨 … 为保证这240万公斤糯米的品质: a mass that 这 points back at,
// written in 公斤 (or 千克, 吨), twice an earlier mass of the same thing (the
// two Han characters after the later, 糯米, end the words before the earlier or
// start those after it): the figure is the earlier one in 斤 (1200吨 = 240万斤)
// with the wrong unit. The earlier figure, or nullptr.
const Quantity* jin_for_kilograms(std::string_view text, const Quantities& all,
                                  const std::vector<const Quantity*>& earlier, const Quantity& q) {
  const std::string& name = all.unit_of(q).base_name;
  if (name != "公斤" && name != "千克" && name != "吨") return nullptr;
  const std::string_view thing = han_after(text, q.extent.end, 2);
  if (thing.empty()) return nullptr;
  for (auto it = earlier.rbegin(); it != earlier.rend(); ++it) {
    const Quantity* e = *it;
    if (std::fabs(q.base - 2 * e->base) > 1e-9 * q.base) continue;
    if (han_run_before(text, e->extent.begin, 6).ends_with(thing) || han_after(text, e->extent.end, 2) == thing) {
      return e;
    }
  }
  return nullptr;
}

// 20.000001 as 20, 12.7 as 12.7, 2438.4 as 2440.
// The option `key`: a list of [unit, unit]; errors name the entry.
std::vector<std::pair<std::string, std::string>> unit_pairs(RuleOptions& options, const std::string& key) {
  std::vector<std::pair<std::string, std::string>> out;
  YAML::Node list = options.node(key);
  if (!list) return out;
  if (!list.IsSequence()) {
    options.add_error(list, "'" + key + "' must be a list of [unit, unit]");
    return out;
  }
  for (const auto& pair : list) {
    if (!pair.IsSequence() || pair.size() != 2) {
      options.add_error(pair, "each entry of '" + key + "' must be [unit, unit]");
      continue;
    }
    out.emplace_back(pair[0].as<std::string>(), pair[1].as<std::string>());
  }
  return out;
}

std::string three_significant_digits(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3g", value);
  return format_value(std::strtod(buf, nullptr));
}

// `value` (in q's unit) to three significant digits, in the English scale
// word q's figure is written with: 104 million for "10.4 million".
std::string in_scale_of(const Document& doc, const Quantity& q, double value) {
  if (q.number < 0) return three_significant_digits(value);
  const NumberMention& m = doc.analysis<Numbers>().mentions[q.number];
  if (m.magnitude <= 1) return three_significant_digits(value);
  // An English scale word only (" million"): a Chinese one (万) may be the unit's own (万亩).
  const std::string_view word = written_scale_word(doc.text(), m);
  if (!word.starts_with(' ')) return three_significant_digits(value);
  return three_significant_digits(value / m.magnitude) + std::string(word);
}

}  // namespace

UnitMismatchKind::UnitMismatchKind(RuleSpec spec, RuleOptions& options) : Rule(std::move(spec)) {
  for (auto& d : string_list(options, "dimensions",
                             {"energy", "power", "mass", "length", "area", "volume", "temperature-C", "data", "radon", "speed"})) {
    dimensions_.insert(d);
  }
  pairs_ = unit_pairs(options, "pairs");
  YAML::Node interchangeable = options.node("interchangeable");
  if (interchangeable) {
    if (!interchangeable.IsSequence()) options.add_error(interchangeable, "'interchangeable' must be a list of [unit, unit, ...]");
    else {
      for (const auto& names : interchangeable) {
        if (!names.IsSequence() || names.size() < 2) {
          options.add_error(names, "each entry of 'interchangeable' must list two units or more");
          continue;
        }
        for (const auto& name : names) spoken_as_.emplace(name.as<std::string>(), names[0].as<std::string>());
      }
    }
  }
  for (const auto& [a, b] : unit_pairs(options, "mistaken_for")) {
    mistaken_for_.emplace(a, b);
    mistaken_for_.emplace(b, a);
  }
  magnitude_ = options.get<bool>("magnitude", true);
  slip_ = options.get<bool>("slip", true);
  conversion_ = options.get<bool>("conversion", true);
  conversion_slack_ = options.get<double>("conversion_slack", 0.1);
  if (!(conversion_slack_ >= 0 && conversion_slack_ < 1)) {
    options.add_error(options.node("conversion_slack"), "conversion_slack must be at least 0 and below 1");
  }
  // What stands between a figure and its conversion: an opening bracket, or a
  // comma, dash or "or" with a word of approximation (5 inches of rain, or
  // about 30 centimeters; 300亩（约20公顷）; 100公里，约合62英里; 1.2万平方米，合约18亩;
  // 12公里，算起来有24里山路). A few words of
  // "of" may follow the first figure's unit (of rain, of fresh snow), and a
  // few Han characters before the comma (按年发电90亿千瓦时计算，即90亿度).
  conversion_joiner_ = std::make_unique<RE2>(
      "(?i)(?:\\s+of(?:\\s+[a-z]+){1,2})?(?:\\s+(?:a|an|per|each)\\s+(?:year|month|week|day|hour|season))?\\s*"
      "(?:[(（]\\s*(?:about|roughly|nearly|around|approximately|some|约合|约|合约?|折合约?|相当于约?|即约?)?"
      "|\\p{Han}*?(?:,|，|、|—|–|--)\\s*(?:or\\s+)?(?:about|roughly|nearly|around|approximately|some|约合|折合约?|相当于约?|合约?|即约?|约"
      "|(?:算起来|算下来|换算成|也就是)(?:有|是)?约?)"
      "|,\\s*or|\\s+or\\s+(?:about|roughly|nearly|around|approximately|some))\\s*");
  for (auto& d : string_list(options, "magnitude_dimensions", {"currency-CNY", "currency-USD", "currency-EUR", "currency-GBP", "energy", "mass", "area", "volume"})) {
    magnitude_dimensions_.insert(d);
  }
  catalog_ = &UnitCatalog::builtin();
  for (const UnitDef& u : catalog_->units()) {
    compared_units_.push_back(dimensions_.count(u.dimension) ? 1 : 0);
    magnitude_compared_units_.push_back(magnitude_dimensions_.count(u.dimension) ? 1 : 0);
  }
  for (auto& l : string_list(options, "generic_labels",
                             {"达到", "超过", "突破", "增长", "完成", "共计", "合计", "累计", "其中", "分别", "约为",
                              "增加", "减少", "下降", "提高", "以上", "不到", "不足", "左右"})) {
    generic_labels_.insert(l);
  }
}

bool UnitMismatchKind::compared(const Quantities& all, const Quantity& q) const {
  if (all.catalog == catalog_) return compared_units_[q.unit] != 0;
  return dimensions_.count(all.unit_of(q).dimension) > 0;
}

bool UnitMismatchKind::magnitude_compared(const Quantities& all, const Quantity& q) const {
  if (all.catalog == catalog_) return magnitude_compared_units_[q.unit] != 0;
  return magnitude_dimensions_.count(all.unit_of(q).dimension) > 0;
}

void UnitMismatchKind::check_unit(const Document& doc, const Unit& unit, Reporter& out) const {
  // Temperatures in both scales (95 F (35 C)): a conversion with an offset.
  if (conversion_) check_temperatures(doc, unit, out);
  const Quantities& all = doc.analysis<Quantities>();
  std::vector<const Quantity*> quantities = all.within(unit.span);
  if (quantities.size() < 2) return;
  if (conversion_) check_per_unit_conversions(doc, all, quantities, out);

  // Conversions (300亩（约20公顷）): checked, and neither figure is taken for a
  // use of its unit in the pair check, as a conversion is what that check asks for.
  std::vector<ConversionSide> converts(quantities.size(), ConversionSide::kNone);
  // Figures whose conversion agrees (每座温室约1.2亩（800平方米）): their unit is
  // confirmed, and no other figure's magnitude makes them a slip.
  std::set<const Quantity*> confirmed;
  for (size_t i = 0; i + 1 < quantities.size(); ++i) {
    if (!compared(all, *quantities[i])) continue;
    if (!is_conversion(doc, all, *quantities[i], *quantities[i + 1])) continue;
    // a figure given with its conversion is in both units, rightly
    converts[i] = ConversionSide::kConverted;
    converts[i + 1] = ConversionSide::kConversion;
    if (quantities[i]->base > 0 && !quantities[i]->base_high && !quantities[i + 1]->base_high &&
        agrees(doc, *quantities[i], *quantities[i + 1])) {
      confirmed.insert(quantities[i]);
      confirmed.insert(quantities[i + 1]);
    }
    // 3 pounds 12 ounces (about 1.7 kilograms): the figure converted is both
    // parts of a compound measure, which is not checked.
    const bool compound = i > 0 && all.unit_of(*quantities[i - 1]).dimension == all.unit_of(*quantities[i]).dimension &&
                          quantities[i]->extent.begin > quantities[i - 1]->extent.end &&
                          quantities[i]->extent.begin - quantities[i - 1]->extent.end <= 5 &&
                          doc.slice({quantities[i - 1]->extent.end, quantities[i]->extent.begin}).find_first_not_of(" ,and") ==
                              std::string_view::npos;
    if (conversion_ && !compound) check_conversion(doc, all, *quantities[i], *quantities[i + 1], out);
  }

  // Notation: same dimension and size, different names.
  struct Use {
    int count = 0;
    const Quantity* first = nullptr;
  };
  // key: dimension + size of one unit without its magnitude word
  std::map<std::pair<std::string, long long>, std::map<std::string, Use>> groups;
  std::map<std::pair<std::string, long long>, std::vector<std::string>> order;
  auto key_of = [&](const UnitDef& u) {
    return std::make_pair(u.dimension, std::llround(std::log10(u.factor / u.times) * 1000));
  };
  auto name_of = [&](const UnitDef& u) -> const std::string& {
    const auto spoken = spoken_as_.find(u.base_name);
    return spoken == spoken_as_.end() ? u.base_name : spoken->second;
  };
  auto noted = [&](size_t k) { return converts[k] == ConversionSide::kNone && compared(all, *quantities[k]); };
  for (size_t k = 0; k < quantities.size(); ++k) {
    if (!noted(k)) continue;  // 90亿千瓦时，即90亿度: the second name is the reader's help
    const Quantity* q = quantities[k];
    const UnitDef& u = all.unit_of(*q);
    const auto key = key_of(u);
    const std::string& name = name_of(u);
    Use& use = groups[key][name];
    if (use.count++ == 0) {
      use.first = q;
      order[key].push_back(name);
    }
  }
  for (const auto& [key, names] : groups) {
    if (names.size() < 2) continue;
    // The dominant name: used most, the earliest on ties.
    std::string dominant;
    for (const std::string& name : order[key]) {
      if (dominant.empty() || names.at(name).count > names.at(dominant).count) dominant = name;
    }
    const Use& d = names.at(dominant);
    // km beside kilometers, kg beside kilograms: English copy abbreviates a
    // unit it also spells out, one notation as good as the other (GB 3101
    // asks Chinese text for one name: 公里 or km, not both).
    auto latin = [](const std::string& name) { return !name.empty() && static_cast<unsigned char>(name[0]) < 0x80; };
    for (const std::string& name : order[key]) {
      if (name == dominant || (latin(name) && latin(dominant))) continue;
      const Use& use = names.at(name);
      // Each name as its first use wrote it (度, not the 摄氏度 it is taken for).
      const std::string& written = all.unit_of(*use.first).base_name;
      const std::string& dominant_written = all.unit_of(*d.first).base_name;
      Report r;
      r.span = use.first->span;
      r.args = {{"unit", written},
                {"other", dominant_written},
                {"count", std::to_string(use.count)},
                {"other_count", std::to_string(d.count)},
                {"other_text", std::string(doc.slice(d.first->span))}};
      r.related.push_back({d.first->span, "first use of " + dominant_written});
      out.report(std::move(r));
    }
  }

  // Slips first: a figure reported as one (the 7.5-kilometer extension after
  // a 7.5-mile one) is no use of its unit for the confusable pairs.
  struct SlipRecorder : Reporter {
    Reporter& to;
    std::set<size_t> begins;  // where the slips reported start
    explicit SlipRecorder(Reporter& out) : to(out) {}
    void report(Report r) override {
      begins.insert(r.span.begin);
      to.report(std::move(r));
    }
    size_t max_fix_bytes() const override { return to.max_fix_bytes(); }
  } slips(out);
  if (slip_) check_slips(doc, all, quantities, converts, confirmed, slips);

  // Confusable pairs of different sizes.
  for (const auto& [a, b] : pairs_) {
    const Quantity* first_a = nullptr;
    const Quantity* first_b = nullptr;
    int count_a = 0, count_b = 0;
    for (size_t i = 0; i < quantities.size(); ++i) {
      if (converts[i] != ConversionSide::kNone || slips.begins.count(quantities[i]->span.begin)) continue;
      const Quantity* q = quantities[i];
      // 不足1亩, 近1英里: one unit or less, said roughly, measures nothing a reader compares.
      if (q->amount <= 1 && q->bound != Bound::kExact) continue;
      const std::string& name = all.unit_of(*q).base_name;
      // The first use shown is a real figure when there is one: 120万亩 rather than 一亩地.
      auto first_use = [&](const Quantity*& first) {
        if (!first || (first->amount == 1 && q->amount != 1)) first = q;
      };
      if (name == a) { ++count_a; first_use(first_a); }
      if (name == b) { ++count_b; first_use(first_b); }
    }
    if (!first_a || !first_b) continue;
    const Quantity* later = first_a->span.begin > first_b->span.begin ? first_a : first_b;
    const Quantity* earlier = later == first_a ? first_b : first_a;
    Report r;
    r.span = later->span;
    r.variant = "pair";
    r.args = {{"unit", all.unit_of(*later).base_name},
              {"other", all.unit_of(*earlier).base_name},
              {"count", std::to_string(later == first_a ? count_a : count_b)},
              {"other_count", std::to_string(later == first_a ? count_b : count_a)},
              {"other_text", std::string(doc.slice(earlier->span))}};
    r.related.push_back({earlier->span, "the other unit"});
    out.report(std::move(r));
  }


  // Magnitude: 总投资12亿元 … 投资1200万元.
  if (!magnitude_) return;
  const std::string& text = doc.text();
  const bool english = doc.language() == Language::kEnglish;
  // Earlier figures by label, significant digits and dimension (a map keeps this linear).
  std::map<std::tuple<std::string, std::string, std::string>, std::vector<const Quantity*>> seen;
  // Earlier figures by significant digits and dimension, for figures that
  // point back at one (这2800万元旅游收入 after 旅游综合收入2.8亿元).
  std::map<std::pair<std::string, std::string>, std::vector<const Quantity*>> seen_digits;
  // The last few exact masses, for a figure in 斤 written as 公斤 (jin_for_kilograms).
  constexpr size_t kRecentMass = 16;
  std::vector<const Quantity*> recent_mass;
  // A figure its conversion confirms is in the unit meant: never reported,
  // and another figure a slip of it only when its words point back at it.
  auto report_magnitude = [&](const Quantity* q, const Quantity* e, bool points_back = false) {
    if (confirmed.count(q) || (confirmed.count(e) && !points_back)) return false;
    Report r;
    r.span = q->span;
    r.variant = "magnitude";
    r.args = {{"unit", all.unit_of(*q).name}, {"other", all.unit_of(*e).name}, {"count", "1"}, {"other_count", "1"},
              {"other_text", std::string(doc.slice(e->span))}};
    r.related.push_back({e->span, "the same figure with another magnitude"});
    out.report(std::move(r));
    return true;
  };
  for (const Quantity* q : quantities) {
    const UnitDef& u = all.unit_of(*q);
    // Figures of the other compared dimensions are held only for a figure
    // that points back at them (138公里 … 这138万米管网): its words say it is the same.
    const bool by_words = magnitude_compared(all, *q);
    if ((!by_words && !compared(all, *q)) || q->base_high) continue;
    // A bound (突破180亿元) leaves the order of magnitude: compared by shared words only.
    const bool exact = q->bound == Bound::kExact;
    std::string digits = significant_digits(q->base);
    if (digits.size() < 2) continue;
    auto& same_digits = seen_digits[{digits, u.dimension}];
    const std::string_view before = std::string_view(text).substr(0, q->extent.begin);
    // The English "the $180 billion figure" points back as 这 does, and so
    // does "the $1.4 million project" at what an earlier figure paid for.
    const std::string_view after = std::string_view(text).substr(q->extent.end, 28);
    auto names_it = [&] {
      static constexpr std::string_view kNouns[] = {
          " figure", " estimate", " amount", " total", " balance", " debt", " deficit", " sum", " project",
          " expansion", " deal", " contract", " budget", " package", " renovation", " programme", " program",
          " settlement", " investment", " upgrade", " plan"};
      // The noun, or one word and the noun (the $385 billion capital plan).
      std::string_view rest = after;
      for (int words = 0; words < 2; ++words) {
        if (std::any_of(std::begin(kNouns), std::end(kNouns), [&](std::string_view n) {
              return rest.starts_with(n) &&
                     (rest.size() == n.size() || !std::isalpha(static_cast<unsigned char>(rest[n.size()])));
            })) {
          return true;
        }
        size_t next = rest.size() > 1 ? rest.find(' ', 1) : std::string_view::npos;
        if (next == std::string_view::npos) return false;
        rest.remove_prefix(next);
      }
      return false;
    };
    // "those 140 million pounds" after "about 140,000 pounds": a demonstrative points back whatever follows.
    const bool english_back =
        english && (((before.ends_with("the ") || before.ends_with("that ")) && names_it()) || points_back_en(before));
    // 这约8600米新管道 after 管网86公里: "about" keeps the figure's order of magnitude.
    if ((exact || q->bound == Bound::kApprox) && (points_back_zh(before) || english_back)) {
      // 这/此/上述 + figure restates an earlier figure: any power of ten off is a slip.
      auto slip = std::find_if(same_digits.begin(), same_digits.end(),
                               [&](const Quantity* e) { return std::fabs(std::log10(q->base / e->base)) > 0.5; });
      bool restated = std::any_of(same_digits.begin(), same_digits.end(),
                                  [&](const Quantity* e) { return std::fabs(std::log10(q->base / e->base)) < 0.5; });
      if (slip != same_digits.end() && !restated && report_magnitude(q, *slip, true)) continue;
      // 糯米1200吨 … 这240万公斤糯米: a mass pointed back at that is twice the
      // earlier one of the same thing in 公斤, the figure in 斤 (1200吨 = 240万斤).
      if (!english && u.dimension == "mass") {
        if (const Quantity* e = jin_for_kilograms(text, all, recent_mass, *q)) {
          Report r;
          r.span = q->span;
          r.variant = "jin";
          r.args = {{"unit", u.base_name}, {"other", all.unit_of(*e).name}, {"other_text", std::string(doc.slice(e->span))}};
          r.related.push_back({e->span, "the same mass, in 斤 twice this figure"});
          out.report(std::move(r));
          continue;
        }
      }
    }
    if (!english && u.dimension == "mass" && q->bound == Bound::kExact) {
      if (recent_mass.size() == kRecentMass) recent_mass.erase(recent_mass.begin());
      recent_mass.push_back(q);
    }
    if (!by_words) {
      if (exact && !english) {
        if (const Quantity* e = rescaled_earlier(text, all, same_digits, *q); e && report_magnitude(q, e)) continue;
      }
      if (same_digits.size() < 8) same_digits.push_back(q);
      continue;
    }
    // 茶产业综合产值突破180亿元 … 全县茶产业综合产值在去年180万元; 总投资128.6亿元
    // … 在128.6万元总投资中: the words next to both name the same thing (three
    // Han characters in common), and the figures are a hundredfold or more apart.
    bool reported_here = false;
    const std::string_view words_before = han_run_before(text, q->extent.begin, kLabelWords);
    const std::string_view words_after = han_run_after(text, q->extent.end, kLabelWords);
    auto shares_words = [&](const Quantity* e) {
      // English: a word in common after both ($2.1 billion in coal holdings … $2.1 million in coal stocks).
      if (english) return share_a_word(content_words_after(text, q->extent.end), content_words_after(text, e->extent.end));
      const std::string_view before_e = han_run_before(text, e->extent.begin, kLabelWords);
      const std::string_view after_e = han_run_after(text, e->extent.end, kLabelWords);
      for (std::string_view a : {before_e, after_e}) {
        for (std::string_view b : {words_before, words_after}) {
          if (shares_han_run(a, b, kSharedLabelChars)) return true;
        }
      }
      return false;
    };
    for (const Quantity* e : same_digits) {
      const double ratio = q->base / e->base;
      if (ratio < 100 && ratio > 0.01) continue;
      // 其中 earlier in the figure's sentence: a part of the first, however small.
      std::string_view lead = std::string_view(text).substr(e->span.end, q->span.begin - e->span.end);
      for (std::string_view end : {"。", "！", "？", "；"}) {
        if (const size_t cut = lead.rfind(end); cut != std::string_view::npos) lead = lead.substr(cut + end.size());
      }
      if (lead.find("其中") != std::string_view::npos) continue;
      if (!shares_words(e) || !report_magnitude(q, e)) continue;
      reported_here = true;
      break;
    }
    if (same_digits.size() < 8) same_digits.push_back(q);
    if (!exact) continue;
    // The label before the figure (网络零售额3.6亿元), or the noun its 的 leads
    // to (3.6万元的网络零售额): both name what the figure counts.
    std::vector<std::string> labels = labels_after_de(text, q->extent.end);
    labels.emplace_back(han_before(text, q->extent.begin, 2));  // 投资1200万元
    for (const std::string& label : labels) {
      if (label.empty() || generic_labels_.count(label)) continue;
      auto& earlier = seen[{label, digits, u.dimension}];
      for (const Quantity* e : earlier) {
        if (reported_here || e == q) break;
        // A hundredfold or more: a tenfold figure under the same label is often a genuine part (其中…).
        double ratio = q->base / e->base;
        if (ratio < 100 && ratio > 0.01) continue;
        if (std::string_view(text).substr(e->span.end, q->span.begin - e->span.end).find("其中") != std::string_view::npos) {
          continue;
        }
        reported_here = report_magnitude(q, e);
      }
      if (earlier.size() < 8) earlier.push_back(q);
    }
  }
}

// 网目不小于8厘米 … 网目小于8毫米: one figure, one label, two units.
void UnitMismatchKind::check_slips(const Document& doc, const Quantities& all,
                                   const std::vector<const Quantity*>& quantities, const std::vector<ConversionSide>& converts,
                                   const std::set<const Quantity*>& confirmed,
                                   Reporter& out) const {
  const std::string& text = doc.text();
  // Only a figure written again in a unit of another size can be a slip: the
  // figures are grouped by amount and dimension first, and labels are read
  // for the groups that hold two sizes (few, where most figures are in none).
  struct Candidate {
    double amount;
    const UnitDef* unit;
    size_t k;
  };
  std::vector<Candidate> candidates;
  for (size_t k = 0; k < quantities.size(); ++k) {
    const Quantity* q = quantities[k];
    if (converts[k] != ConversionSide::kNone || q->rate || q->base_high || !compared(all, *q)) continue;
    candidates.push_back({q->amount, &all.unit_of(*q), k});
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    return a.amount != b.amount ? a.amount < b.amount : a.unit->dimension < b.unit->dimension;
  });
  std::vector<bool> wanted(quantities.size(), false);
  for (size_t i = 0; i < candidates.size();) {
    size_t j = i + 1;
    bool sizes = false;
    while (j < candidates.size() && candidates[j].amount == candidates[i].amount &&
           candidates[j].unit->dimension == candidates[i].unit->dimension) {
      sizes = sizes || std::fabs(std::log10(candidates[j].unit->factor / candidates[i].unit->factor)) >= 0.5;
      ++j;
    }
    for (size_t g = i; sizes && g < j; ++g) wanted[candidates[g].k] = true;
    i = j;
  }
  // Earlier figures by label, written amount and dimension.
  std::map<std::tuple<std::string, double, std::string>, const Quantity*> seen;
  for (size_t k = 0; k < quantities.size(); ++k) {
    if (!wanted[k]) continue;
    const Quantity* q = quantities[k];
    const UnitDef& u = all.unit_of(*q);
    // After the figure: 的 and a noun, maybe after a word of size (60毫米厚的冰层).
    size_t after = q->extent.end;
    for (std::string_view word : {"厚", "宽", "长", "深", "高"}) {
      if (std::string_view(text).substr(after).starts_with(std::string(word) + "的")) after += word.size();
    }
    std::vector<std::string> labels = labels_after_de(text, after);
    // Before the figure, past a word that compares or qualifies it (不小于,
    // 仅), and an adverb before that (已达).
    size_t at = q->extent.begin;
    auto skip = [&](std::initializer_list<std::string_view> words) {
      for (std::string_view word : words) {
        if (std::string_view(text).substr(0, at).ends_with(word)) {
          at -= word.size();
          return;
        }
      }
    };
    skip({"不小于", "不大于", "不低于", "不高于", "不超过", "小于", "大于", "低于", "高于", "超过", "达到", "仅有", "只有", "仅",
          "只", "为", "达", "是", "约", "近"});
    skip({"已经", "已", "均", "都", "也"});
    // The noun before: its last two characters, and the first two of its last
    // three and four (降水量 gives 降水 as well as 水量; 冰层厚度 gives 冰层).
    labels.emplace_back(han_before(text, at, 2));
    for (size_t n : {3, 4}) {
      std::string_view longer = han_before(text, at, n);
      if (longer.size() == 3 * n) labels.emplace_back(longer.substr(0, 6));
    }
    bool reported = false;
    for (const std::string& label : labels) {
      if (label.size() < 6 || generic_labels_.count(label)) continue;
      auto [it, fresh] = seen.try_emplace({label, q->amount, u.dimension}, q);
      if (fresh || reported) continue;
      const Quantity* e = it->second;
      const UnitDef& ue = all.unit_of(*e);
      if (ue.base_name == u.base_name || std::fabs(std::log10(ue.factor / u.factor)) < 0.5) continue;
      report_slip(doc, all, *q, *e, out);
      reported = true;
    }
  }
  check_restated_slips(doc, all, quantities, converts, confirmed, out);
}

// A figure that points back at an earlier one restates it, whatever the
// words around it, and so does an English figure of the same noun: the same
// amount in a unit of another size is a slip (这3.2万亩湿地 after 总面积3.2万公顷;
// "Those 30 kilograms of seed" after "30 pounds of seed"; "the full 2,100 feet
// of runway" after "the 2,100-metre runway"; "the 6.3-pound drone" after "it
// weighs 6.3 kg"), unless the article also gives the amount in that unit for it.
void UnitMismatchKind::check_restated_slips(const Document& doc, const Quantities& all,
                                            const std::vector<const Quantity*>& quantities,
                                            const std::vector<ConversionSide>& converts,
                                            const std::set<const Quantity*>& confirmed, Reporter& out) const {
  constexpr double kSameSize = 1e-6;  // log10 of the factors' ratio: one size (km and kilometers)
  constexpr size_t kKeptPerAmount = 8;
  const std::string_view text = doc.text();
  const bool english = doc.language() == Language::kEnglish;
  struct Earlier {
    const Quantity* q;
    std::string_view noun;  // English: what it measures ("" when not read)
    ConversionSide side;    // in a conversion pair: 10 kilometers (6.2 miles)
  };
  // Earlier figures by written amount and dimension (a map keeps this linear).
  std::map<std::pair<double, std::string_view>, std::vector<Earlier>> earlier;
  for (size_t k = 0; k < quantities.size(); ++k) {
    const Quantity* q = quantities[k];
    if (q->rate || q->base_high || !compared(all, *q)) continue;
    const UnitDef& u = all.unit_of(*q);
    std::vector<Earlier>& same_amount = earlier[{q->amount, u.dimension}];
    const std::string_view noun = english ? noun_measured(text, q->extent.end) : std::string_view();
    if (!same_amount.empty()) {  // most figures have no earlier one of their amount
      const bool exact = q->bound == Bound::kExact;
      const std::string_view before = text.substr(0, q->extent.begin);
      // "the 6.3-pound drone", "The new 5,000-liter tank": a figure made an
      // adjective after "the" (and a word) names a thing told of before.
      const bool adjective_after_the = english && q->unit_span.begin > 0 && text[q->unit_span.begin - 1] == '-' &&
                                       after_the(before);
      const bool points_back = exact && (points_back_zh(before) || points_back_en(before));
      const Quantity* other = nullptr;
      bool restated = false;
      for (const Earlier& e : same_amount) {
        const bool same_noun = exact && !noun.empty() && e.noun == noun;
        // An adjective after "the" points back at a figure given in one unit
        // only: one given in two (a 10-mile (16-kilometer) stretch) was meant
        // so; the figure converted only when the noun after it is the
        // adjective's (a 7.5-mile (12 km) extension … the 7.5-kilometer
        // extension; not the final 10 kilometers (6.2 miles) … the 10-mile race).
        auto same_thing = [&] {
          if (e.side == ConversionSide::kNone) return true;
          if (e.side == ConversionSide::kConversion || noun.empty()) return false;
          const std::string_view after_e = text.substr(e.q->extent.end, 40);
          const size_t at = after_e.find(noun);
          return at != std::string_view::npos && at > 0 && after_e[at - 1] == ' ';
        };
        const bool pointed_at = points_back || (exact && adjective_after_the && same_thing());
        // A figure its conversion confirms (约1.2亩（800平方米）) is in the unit
        // meant: only words pointing back make the other figure a slip of it.
        const bool either_confirmed = confirmed.count(q) || confirmed.count(e.q);
        const bool slipped =
            !either_confirmed && (magnitude_slip(doc, all, *e.q, *q) || unit_mistaken(all, *e.q, *q));
        if (!same_noun && !pointed_at && !slipped) continue;
        // A unit of the same size restates the figure (10 km … the 10-kilometer
        // race); a meter is not a yard (the 50-meter pool … the 50-yard pool),
        // however close the two.
        if (std::fabs(std::log10(all.unit_of(*e.q).factor / u.factor)) < kSameSize) {
          restated = true;
        } else if (!other) {
          other = e.q;
        }
      }
      if (other && !restated && !confirmed.count(q)) report_slip(doc, all, *q, *other, out);
    }
    if (same_amount.size() < kKeptPerAmount) same_amount.push_back({q, noun, converts[k]});
  }
}

// 总库容25.6亿立方米 … 25.6万立方米的库容: the same Chinese figure of two
// significant digits or more in the same unit, once with 亿 and once with 万
// (or of three or more in units a hundred times apart or more: 38.6万平方米 …
// 38.6平方公里), whatever the words around it: the two are one figure with its
// magnitude slipped (every such pair in the labelled corpus is), unless one is
// per head or per item (人均2.6万元 beside 产值2.6亿元).
bool UnitMismatchKind::magnitude_slip(const Document& doc, const Quantities& all, const Quantity& earlier,
                                      const Quantity& q) const {
  if (doc.language() == Language::kEnglish || earlier.amount != q.amount) return false;
  const double orders = std::fabs(std::log10(all.unit_of(earlier).factor / all.unit_of(q).factor));
  // The significant digits: 3.6 and 28 have two, 38.6 three, 3 and 10 one.
  const size_t digits = significant_digits(q.amount).size();
  // 亿 for 万 with two significant digits or more; with three or more, units
  // two orders of magnitude apart or more of which one is written with a
  // magnitude word (38.6万平方米 … 38.6平方公里; not 全长138公里 … 大桥长138米).
  const bool magnitude_word = all.unit_of(earlier).times > 1 || all.unit_of(q).times > 1;
  const bool slipped = (std::fabs(orders - 4) < 0.01 && digits >= 2) || (orders > 1.99 && digits >= 3 && magnitude_word);
  if (!slipped) return false;
  const std::string_view text = doc.text();
  auto per_head = [&](const Quantity& x) {
    const std::string_view before = text.substr(0, x.extent.begin);
    const std::string_view near = before.substr(before.size() - std::min<size_t>(before.size(), 9));
    for (std::string_view w : {"人均", "户均", "平均"}) {
      if (near.find(w) != std::string_view::npos) return true;
    }
    // 每人, 每亩; not 每年, 每月, 每天 (项目每年约28亿千瓦时 is the whole).
    for (size_t at = near.find("每"); at != std::string_view::npos; at = near.find("每", at + 3)) {
      const std::string_view after = near.substr(at + 3, 3);
      if (after != "年" && after != "月" && after != "天" && after != "日") return true;
    }
    return false;
  };
  return !per_head(earlier) && !per_head(q);
}

// 青城古渡距兰州市区约85公里 … 驱车85里赶到青城古渡: a figure of two
// significant digits or more is seldom given for two things in two units so
// often written for each other; a figure of one (3公里 … 3里路) may be.
bool UnitMismatchKind::unit_mistaken(const Quantities& all, const Quantity& earlier, const Quantity& q) const {
  if (mistaken_for_.empty() || earlier.amount != q.amount || significant_digits(q.amount).size() < 2) return false;
  return mistaken_for_.count({all.unit_of(earlier).base_name, all.unit_of(q).base_name}) > 0;
}

// `q` gives the figure of `earlier` in a unit of another size.
void UnitMismatchKind::report_slip(const Document& doc, const Quantities& all, const Quantity& q,
                                   const Quantity& earlier, Reporter& out) const {
  Report r;
  r.span = q.span;
  r.variant = "slip";
  r.args = {{"unit", all.unit_of(q).name}, {"other", all.unit_of(earlier).name}, {"count", "1"}, {"other_count", "1"},
            {"other_text", std::string(doc.slice(earlier.span))}};
  r.related.push_back({earlier.span, "the same figure in another unit"});
  out.report(std::move(r));
}

// Whether b, right after a, gives a in another unit of its dimension.
bool UnitMismatchKind::is_conversion(const Document& doc, const Quantities& all, const Quantity& a,
                                     const Quantity& b) const {
  constexpr size_t kMaxJoinerBytes = 48;
  const UnitDef& ua = all.unit_of(a);
  const UnitDef& ub = all.unit_of(b);
  if (ua.dimension != ub.dimension) return false;
  // One unit with two magnitude words (800万立方米（合0.8亿立方米）): only in brackets with 合.
  if (ua.base_name == ub.base_name) {
    static const RE2 same_unit("[(（]\\s*(?:约合|合|折合|即)约?\\s*");
    const std::string_view joiner = std::string_view(doc.text()).substr(a.extent.end, b.extent.begin - a.extent.end);
    return ua.name != ub.name && b.extent.begin >= a.extent.end && RE2::FullMatch(joiner, same_unit);
  }
  if (b.extent.begin < a.extent.end || b.extent.begin - a.extent.end > kMaxJoinerBytes) return false;
  const std::string_view joiner = std::string_view(doc.text()).substr(a.extent.end, b.extent.begin - a.extent.end);
  if (RE2::FullMatch(joiner, *conversion_joiner_)) return true;
  // The second figure's extent holds its "about" (120公里，约75英里; 20亩、约1.33公顷): a comma
  // before it is enough; with a word or two before the comma (640 kilometres
  // away, roughly 400 miles, but also 6 feet high, about 30 meters long), only
  // if the figures agree, unless the first measure is joined to its figure by a
  // hyphen: then the words are the thing it measures, whose measure the second
  // figure converts (the 340-kilogram hour bell, roughly 500 pounds).
  const bool hyphenated = a.unit_span.begin > 0 && doc.text()[a.unit_span.begin - 1] == '-';
  // The same in brackets: the 210,000-square-foot plant (about 19,500 square meters);
  // a 1.2-mile swim in Lake Superior (1.9 km).
  static const RE2 bracketed("(?i)(?:\\s+[a-z'’-]+){1,5}\\s*[(（]\\s*(?:about|roughly|nearly|around|approximately|some)?\\s*");
  if (hyphenated && RE2::FullMatch(joiner, bracketed)) return true;
  // "of" and what is measured are as good as a hyphen (70 metric tons of
  // liquid argon, about 154,000 pounds).
  static const RE2 comma("(?i)(\\s+of)?((?:\\s+[a-z]+){0,2})\\s*(?:,|，|、|—|–|--)\\s*(?:or\\s+)?");
  re2::StringPiece of, words;
  if (b.bound != Bound::kApprox || b.extent.begin >= b.span.begin || !RE2::FullMatch(joiner, comma, &of, &words)) {
    return false;
  }
  return (words.empty() && of.empty()) || hyphenated || (!of.empty() && !words.empty()) || agrees(doc, a, b);
}

bool UnitMismatchKind::agrees(const Document& doc, const Quantity& a, const Quantity& b) const {
  const double ha = half_last_place(doc, a), hb = half_last_place(doc, b);
  // Two figures written to a decimal place, neither said to be rough
  // (1105.3公斤，折合2210.6斤), were worked out, not rounded: a hundredth of slack.
  const auto worked_out = [&](const Quantity& q) {
    return q.number >= 0 && q.bound == Bound::kExact && doc.analysis<Numbers>().mentions[q.number].decimals > 0;
  };
  const double slack = 1 + (worked_out(a) && worked_out(b) ? std::min(conversion_slack_, 0.01) : conversion_slack_);
  return (a.base + ha) * slack >= b.base - hb && (b.base + hb) * slack >= a.base - ha;
}

void UnitMismatchKind::check_temperatures(const Document& doc, const Unit& unit, Reporter& out) const {
  const std::string_view text = doc.slice(unit.span);
  for (const TemperaturePair& p : find_temperature_pairs(text)) {
    if (p.agrees(1.0)) continue;  // a degree either way: "about"
    Report r;
    r.span = {unit.span.begin + p.second.begin, unit.span.begin + p.second.end};
    r.variant = "conversion";
    const bool to_celsius = p.first_is_fahrenheit;
    char expected[32];
    std::snprintf(expected, sizeof expected, "%.0f", p.expected());
    r.args = {{"unit", to_celsius ? "°C" : "°F"}, {"other", to_celsius ? "°F" : "°C"}, {"count", "1"},
              {"other_count", "1"}, {"other_text", std::string(text.substr(p.first.begin, p.first.size()))},
              {"expected", expected}};
    r.related.push_back({{unit.span.begin + p.first.begin, unit.span.begin + p.first.end}, "the figure converted"});
    out.report(std::move(r));
  }
}

// 每公斤3.6元，折合每斤1.2元; 亩产150公斤，折合每公顷约1500公斤: an amount per
// unit given per another unit.
void UnitMismatchKind::check_per_unit_conversions(const Document& doc, const Quantities& all,
                                                  const std::vector<const Quantity*>& quantities, Reporter& out) const {
  const std::string_view text = doc.text();
  for (const PerUnitConversion& p : find_wrong_per_unit_conversions(doc, all, quantities, conversion_slack_)) {
    // 每公斤 or 亩产: the first amount's unit with the word before or after it.
    const size_t lead_begin = text.substr(0, p.per_first.begin).ends_with("每") ? p.per_first.begin - std::string_view("每").size()
                                                                              : p.per_first.begin;
    Report r;
    r.span = {p.per_second.begin - std::string_view("每").size(), p.converted->span.end};
    r.variant = "conversion";
    const std::string unit = all.unit_of(*p.converted).name;
    r.args = {{"unit", unit + "/" + std::string(doc.slice(p.per_second))},
              {"other", all.unit_of(*p.amount).name + "/" + std::string(doc.slice(p.per_first))},
              {"count", "1"},
              {"other_count", "1"},
              {"other_text", std::string(text.substr(lead_begin, p.amount->span.end - lead_begin))},
              {"expected", three_significant_digits(p.expected)}};
    r.related.push_back({p.amount->span, "the amount converted"});
    out.report(std::move(r));
  }
}

// A figure and its conversion must agree, within the rounding of both
// figures and the slack allowed to a conversion.
void UnitMismatchKind::check_conversion(const Document& doc, const Quantities& all, const Quantity& a,
                                        const Quantity& b, Reporter& out) const {
  const UnitDef& ub = all.unit_of(b);
  if (a.base_high || b.base_high || a.base <= 0 || b.base <= 0 || agrees(doc, a, b)) return;
  Report r;
  r.span = b.span;
  r.variant = "conversion";
  r.args = {{"unit", ub.name}, {"other", all.unit_of(a).name}, {"count", "1"},
            {"other_count", "1"}, {"other_text", std::string(doc.slice(a.span))},
            {"expected", in_scale_of(doc, b, a.base / ub.factor)}};
  r.related.push_back({a.span, "the figure converted"});
  out.report(std::move(r));
}

}  // namespace copydesk
