// Runs the date extractor on a peer's test cases (Microsoft Recognizers-Text
// DateExtractor / DateParser specs) and prints, per file, the share of cases
// extracted with the same spans and, for parser specs, resolved to the same
// dates.
//
//   date_conformance [SPECS_DIR]   (default: ../shared/peer-specs/recognizers-text/Specs/DateTime)
//
// Out of scope (counted separately, with the reason printed): era names
// (神龙二年), fuzzy words (最近), ordinal/relative month phrases (最后一个周三,
// 本月十日, 下次的12号) and, in English, relative phrases resolved against a
// clock (next week's Monday, the third Friday of ...). Cases that the
// reference implementation marks NotSupported for .NET are skipped too.
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <re2/re2.h>
#include <sstream>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/utf8.h"
#include "extract/dates.h"

using namespace copydesk;

namespace {

// UTF-16 offset of byte `offset` in `text`.
size_t utf16_offset(std::string_view text, size_t offset) {
  size_t units = 0;
  for (Utf8Iterator it(text); !it.done() && it.offset() < offset; it.next()) units += it.code_point() > 0xFFFF ? 2 : 1;
  return units;
}

struct Tally {
  int total = 0, skipped = 0, out_of_scope = 0, in_scope = 0, extracted = 0, resolved = 0;
  bool parser = false;
};

std::string out_of_scope_reason(const std::string& input, Language lang) {
  if (lang == Language::kChinese) {
    static const RE2 era("(神龙|雍正|康熙|乾隆|光绪)");
    static const RE2 fuzzy("(最近|最后一个|上一个|本月|下次)");
    if (RE2::PartialMatch(input, era)) return "era name";
    if (RE2::PartialMatch(input, fuzzy)) return "fuzzy or ordinal phrase";
    return "";
  }
  static const RE2 relative(
      "(?i)(next|last|this|coming|previous|past|upcoming|following|ago|later|from now|before|after|"
      "week|weekend|month|second|third|fourth|first|end of|day after|day before|\\bthe \\d+(st|nd|rd|th)\\b|"
      "\\bon the\\b|\\bon \\d|early|mid|late|week of)");
  if (RE2::PartialMatch(input, relative)) return "relative or ordinal phrase";
  return "";
}

std::string lunar_or_date(const DateMention& m) {
  if (m.kind == DateKind::kLunar && m.lunar.year) {
    return CivilDate{m.lunar.year, m.lunar.month, m.lunar_new_years_eve ? 30 : m.lunar.day}.iso();
  }
  if (!m.valid) return "0001-01-01";
  return m.date.iso();
}

Tally run_file(const std::string& path, Language lang) {
  Tally t;
  std::ifstream in(path);
  std::stringstream buf;
  buf << in.rdbuf();
  std::string text = buf.str();
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  nlohmann::json cases = nlohmann::json::parse(text, nullptr, false);
  if (!cases.is_array()) {
    std::cerr << path << ": not a JSON array\n";
    return t;
  }
  for (const auto& c : cases) {
    ++t.total;
    std::string input = c.value("Input", "");
    std::string not_supported = c.value("NotSupported", "") + " " + c.value("NotSupportedByDesign", "");
    std::string lower;
    for (char ch : not_supported) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (lower.find("dotnet") != std::string::npos) {
      ++t.skipped;
      continue;
    }
    if (!out_of_scope_reason(input, lang).empty()) {
      ++t.out_of_scope;
      continue;
    }
    ++t.in_scope;
    std::optional<CivilDate> ref;
    if (c.contains("Context") && c["Context"].contains("ReferenceDateTime")) {
      std::string r = c["Context"]["ReferenceDateTime"].get<std::string>().substr(0, 10);
      ref = parse_iso_date(r);
    }
    auto mentions = extract_dates(input, lang, ref, /*numeric_short_forms=*/true);
    std::vector<const DateMention*> dates;
    for (const auto& m : mentions) {
      if (m.kind == DateKind::kDate || m.kind == DateKind::kLunar || m.kind == DateKind::kWeekday ||
          m.kind == DateKind::kRelativeDay)
        dates.push_back(&m);
    }
    // The peer reports a date and the weekday after it (10月12号，星期一) as one.
    std::vector<DateMention> merged;
    for (size_t i = 0; i + 1 < dates.size(); ++i) {
      std::string_view gap = std::string_view(input).substr(dates[i]->span.end,
                                                            dates[i + 1]->span.begin - dates[i]->span.end);
      if (dates[i]->kind == DateKind::kDate && dates[i + 1]->kind == DateKind::kWeekday &&
          (gap == "，" || gap == ",")) {
        merged.push_back(*dates[i]);
        merged.back().span.end = dates[i + 1]->span.end;
        dates.erase(dates.begin() + i + 1);
      }
    }
    for (auto& d : dates) {
      for (auto& m : merged) {
        if (m.span.begin == d->span.begin) d = &m;
      }
    }
    const auto& results = c["Results"];
    bool same_spans = results.size() == dates.size();
    bool same_values = same_spans;
    for (size_t i = 0; same_spans && i < results.size(); ++i) {
      const auto& r = results[i];
      size_t b = utf16_offset(input, dates[i]->span.begin);
      size_t e = utf16_offset(input, dates[i]->span.end);
      if (r.value("Start", -1) != static_cast<int>(b) || r.value("Length", -1) != static_cast<int>(e - b)) {
        same_spans = same_values = false;
        break;
      }
      if (!r.contains("Value")) continue;
      t.parser = true;
      const auto& v = r["Value"];
      std::string future = v.contains("FutureResolution") ? v["FutureResolution"].value("date", "") : "";
      std::string past = v.contains("PastResolution") ? v["PastResolution"].value("date", "") : "";
      std::string mine = lunar_or_date(*dates[i]);
      if (mine != future && mine != past) same_values = false;
    }
    if (same_spans) ++t.extracted;
    if (same_values) ++t.resolved;
    if (!same_values && std::getenv("DATE_CONFORMANCE_VERBOSE")) {
      std::cerr << "  miss: " << input << " ->";
      for (auto* m : dates) std::cerr << " [" << std::string(m->span.of(input)) << " " << lunar_or_date(*m) << "]";
      std::cerr << "\n";
    }
  }
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : "../shared/peer-specs/recognizers-text/Specs/DateTime";
  struct File {
    std::string name;
    Language lang;
  };
  const File files[] = {{"Chinese/DateExtractor.json", Language::kChinese},
                        {"Chinese/DateParser.json", Language::kChinese},
                        {"English/DateExtractor.json", Language::kEnglish},
                        {"English/DateParser.json", Language::kEnglish}};
  std::cout << "file\tcases\tskipped(.NET unsupported)\tout_of_scope\tin_scope\textracted\tresolved\n";
  int zh_in = 0, zh_ok = 0;
  for (const auto& f : files) {
    Tally t = run_file(dir + "/" + f.name, f.lang);
    auto pct = [&](int n) { return t.in_scope ? 100.0 * n / t.in_scope : 0.0; };
    std::cout << f.name << "\t" << t.total << "\t" << t.skipped << "\t" << t.out_of_scope << "\t" << t.in_scope
              << "\t" << t.extracted << " (" << std::fixed << std::setprecision(1) << pct(t.extracted) << "%)\t";
    if (t.parser) {
      std::cout << t.resolved << " (" << pct(t.resolved) << "%)\n";
    } else {
      std::cout << "-\n";
    }
    if (f.lang == Language::kChinese) {
      zh_in += t.in_scope;
      zh_ok += t.parser ? t.resolved : t.extracted;
    }
  }
  std::cout << "Chinese in-scope cases identical: " << zh_ok << "/" << zh_in << " ("
            << (zh_in ? 100.0 * zh_ok / zh_in : 0.0) << "%)\n";
  return 0;
}
