#include "report/sarif_report.h"

#include "report/json_splice.h"
#include "report/report_limits.h"

#include <cctype>
#include <cmath>
#include <map>

#include <fmt/format.h>

namespace copydesk {

namespace {

std::string first_sentence(const std::string& text) {
  for (const char* stop : {"。", ". "}) {
    size_t pos = text.find(stop);
    if (pos != std::string::npos) return text.substr(0, pos + std::string(stop).size() - (stop[0] == '.' ? 1 : 0));
  }
  return text;
}

std::string non_empty(const std::string& text, const std::string& fallback) { return text.empty() ? fallback : text; }

// SARIF2012 asks for a friendly name that is one Pascal-case identifier:
// "doubled-punctuation" -> "DoubledPunctuation".
std::string pascal_case(std::string_view stem) {
  std::string out;
  bool upper = true;
  for (char c : stem) {
    if (!std::isalnum(static_cast<unsigned char>(c))) {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out.empty() ? "Rule" : out;
}

// Cuts `text` to at most `max` bytes without splitting a UTF-8 sequence.
std::string cut_utf8(const std::string& text, size_t max) {
  if (text.size() <= max) return text;
  size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

nlohmann::json rule_to_sarif(const RuleSpec& spec, MessageLanguage lang) {
  std::string name = spec.id.substr(spec.id.find('.') + 1);
  std::string full = non_empty(spec.description, lang == MessageLanguage::kChinese ? spec.message.zh : spec.message.en);
  std::string help = non_empty(spec.help, full);
  return {{"id", spec.id},
          {"name", pascal_case(name)},
          {"shortDescription", {{"text", cut_utf8(first_sentence(full), 1024)}}},
          {"fullDescription", {{"text", cut_utf8(full, 1024)}}},
          {"help", {{"text", help}}},
          {"defaultConfiguration", {{"level", severity_name(spec.severity)}}},
          {"properties",
           {{"category", category_name(spec.category)},
            {"kind", spec.kind},
            {"tags", nlohmann::json::array({category_name(spec.category)})}}}};
}

nlohmann::json region(const Location& loc, const std::string& snippet) {
  nlohmann::json r = {{"startLine", loc.start_line},
                      {"startColumn", loc.start_column},
                      {"endLine", loc.end_line},
                      {"endColumn", loc.end_column}};
  if (!snippet.empty()) r["snippet"] = {{"text", snippet}};
  return r;
}

nlohmann::json physical_location(const Location& loc, const std::string& snippet) {
  return {{"physicalLocation", {{"artifactLocation", {{"uri", loc.path}}}, {"region", region(loc, snippet)}}}};
}

// The message text with one link per related location appended:
// "... See [first copy](1), [second copy](2)."
std::string message_with_links(const Finding& f, MessageLanguage lang) {
  std::string text = sarif_escape_brackets(f.message);
  bool zh = lang == MessageLanguage::kChinese;
  for (size_t i = 0; i < f.related.size(); ++i) {
    const RelatedLocation& r = f.related[i];
    std::string label = sarif_escape_brackets(non_empty(r.message, zh ? "相关位置" : "related location"));
    if (i == 0) text += zh ? "参见" : " See ";
    else text += zh ? "、" : ", ";
    text += "[" + label + "](" + std::to_string(i + 1) + ")";
  }
  if (!f.related.empty()) text += zh ? "。" : ".";
  return text;
}

nlohmann::json rates_by_category(const std::map<Category, int>& counts, size_t characters) {
  nlohmann::json rates = nlohmann::json::object();
  for (const auto& [category, n] : counts) rates[std::string(category_name(category))] = report_rate(per_10k(n, characters));
  return rates;
}

nlohmann::json counts_by_category(const std::map<Category, int>& counts) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [category, n] : counts) out[std::string(category_name(category))] = n;
  return out;
}

nlohmann::json result_to_sarif(const Finding& f, const RunResult& run, const std::map<std::string, int>& rule_index) {
  nlohmann::json related = nlohmann::json::array();
  for (size_t i = 0; i < f.related.size(); ++i) {
    const RelatedLocation& r = f.related[i];
    nlohmann::json loc = physical_location(r.location, "");
    loc["id"] = i + 1;
    loc["message"] = {{"text", non_empty(r.message, "related location")}};
    related.push_back(loc);
  }
  nlohmann::json fingerprints = nlohmann::json::object();
  if (const FileSummary* file = run.file(f.location.path)) {
    if (auto it = file->line_hashes.find(f.location.start_line); it != file->line_hashes.end()) {
      fingerprints["primaryLocationLineHash"] = it->second;
    }
  }
  fingerprints[kFingerprintKey] = f.fingerprint;
  nlohmann::json result = {{"ruleId", f.rule_id},
                           {"level", severity_name(f.severity)},
                           {"message", {{"text", message_with_links(f, run.lang)}}},
                           {"locations", nlohmann::json::array({physical_location(f.location, report_excerpt(f.matched_text))})},
                           {"partialFingerprints", fingerprints},
                           {"properties", {{"category", category_name(f.category)}}}};
  if (auto it = rule_index.find(f.rule_id); it != rule_index.end()) result["ruleIndex"] = it->second;
  if (f.baseline_state != BaselineState::kNone) result["baselineState"] = baseline_state_name(f.baseline_state);
  if (!related.empty()) result["relatedLocations"] = related;
  if (const std::string* fix = reportable_fix(f)) {
    result["fixes"] = nlohmann::json::array(
        {{{"description", {{"text", "Replace with the suggested text."}}},
          {"artifactChanges",
           nlohmann::json::array({{{"artifactLocation", {{"uri", f.location.path}}},
                                   {"replacements", nlohmann::json::array({{{"deletedRegion", region(f.location, "")},
                                                                            {"insertedContent", {{"text", *fix}}}}})}}})}}});
  }
  return result;
}

}  // namespace

double report_rate(double rate) { return std::round(rate * 100.0) / 100.0; }

std::string sarif_escape_brackets(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '[' || c == ']' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::vector<long long> sarif_message_link_ids(std::string_view text) {
  std::vector<long long> ids;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '\\' && i + 1 < text.size()) {
      i += 2;
      continue;
    }
    if (text[i] != '[') {
      ++i;
      continue;
    }
    // Link text runs to the first unescaped ']' and may not hold an unescaped '['.
    size_t j = i + 1;
    bool closed = false;
    while (j < text.size()) {
      if (text[j] == '\\' && j + 1 < text.size()) {
        j += 2;
        continue;
      }
      if (text[j] == '[') break;
      if (text[j] == ']') {
        closed = true;
        break;
      }
      ++j;
    }
    if (!closed) {
      i = j;
      continue;
    }
    if (j + 1 < text.size() && text[j + 1] == '(') {
      size_t close = text.find(')', j + 2);
      if (close != std::string_view::npos) {
        std::string_view target = text.substr(j + 2, close - j - 2);
        bool digits = !target.empty() && target.size() < 18;
        for (char c : target) digits = digits && c >= '0' && c <= '9';
        if (digits) {
          ids.push_back(std::stoll(std::string(target)));
          i = close + 1;
          continue;
        }
      }
    }
    i = j + 1;
  }
  return ids;
}

std::vector<std::string> sarif_link_problems(const nlohmann::json& result) {
  std::vector<std::string> problems;
  std::string text = result.contains("message") ? result["message"].value("text", "") : "";
  std::map<long long, int> linked;
  for (long long id : sarif_message_link_ids(text)) ++linked[id];
  std::map<long long, bool> known;
  if (result.contains("relatedLocations")) {
    for (const auto& loc : result["relatedLocations"]) {
      if (!loc.contains("id") || !loc["id"].is_number_integer()) {
        problems.push_back("a related location has no integer id");
        continue;
      }
      long long id = loc["id"].get<long long>();
      if (known.count(id)) problems.push_back(fmt::format("related location id {} is used twice", id));
      known[id] = true;
      int n = linked.count(id) ? linked[id] : 0;
      if (n != 1) problems.push_back(fmt::format("related location {} is linked {} times from the message", id, n));
    }
  }
  for (const auto& [id, n] : linked) {
    if (!known.count(id)) problems.push_back(fmt::format("the message links to id {}, which no related location has", id));
  }
  return problems;
}

namespace {

std::map<std::string, int> rule_indices(const RunResult& run) {
  std::map<std::string, int> rule_index;
  if (run.rules) {
    int i = 0;
    for (const auto& rule : *run.rules) rule_index[rule->spec().id] = i++;  // the position in driver.rules
  }
  return rule_index;
}

// The SARIF log with an empty "results" array.
nlohmann::json run_to_sarif_without_results(const RunResult& run) {
  nlohmann::json rules = nlohmann::json::array();
  if (run.rules) {
    for (const auto& rule : *run.rules) rules.push_back(rule_to_sarif(rule->spec(), run.lang));
  }

  nlohmann::json invocation = {{"executionSuccessful", run.errors.empty()}};
  if (!run.errors.empty()) {
    nlohmann::json notes = nlohmann::json::array();
    for (const std::string& e : run.errors) notes.push_back({{"level", "error"}, {"message", {{"text", e}}}});
    invocation["toolExecutionNotifications"] = notes;
  }
  nlohmann::json documents = nlohmann::json::array();
  for (const FileSummary& file : run.files) {
    auto counts = run.count_by_category(file.path);
    int total = 0;
    for (const auto& [category, n] : counts) total += n;
    documents.push_back({{"uri", file.path},
                         {"characters", file.characters},
                         {"findings", total},
                         {"per10kCharacters", report_rate(per_10k(total, file.characters))},
                         {"findingsByCategory", counts_by_category(counts)},
                         {"per10kCharactersByCategory", rates_by_category(counts, file.characters)}});
  }
  auto counts = run.count_by_category();
  return {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
          {"version", "2.1.0"},
          {"runs",
           nlohmann::json::array(
               {{{"tool",
                  {{"driver",
                    {{"name", "copydesk"},
                     {"semanticVersion", COPYDESK_VERSION},
                     {"version", COPYDESK_VERSION},
                     {"informationUri", "https://github.com/copydesk/copydesk"},
                     {"rules", rules}}}}},
                 {"invocations", nlohmann::json::array({invocation})},
                 {"columnKind", "utf16CodeUnits"},
                 {"results", nlohmann::json::array()},
                 {"properties",
                  {{"characters", run.total_characters()},
                   {"findings", run.findings.size()},
                   {"per10kCharacters", report_rate(run.rate_per_10k(static_cast<int>(run.findings.size())))},
                   {"findingsByCategory", counts_by_category(counts)},
                   {"per10kCharactersByCategory", rates_by_category(counts, run.total_characters())},
                   {"documents", documents}}}}})}};
}

}  // namespace

nlohmann::json run_to_sarif(const RunResult& run) {
  nlohmann::json log = run_to_sarif_without_results(run);
  std::map<std::string, int> rule_index = rule_indices(run);
  nlohmann::json& results = log["runs"][0]["results"];
  for (const Finding& f : run.findings) results.push_back(result_to_sarif(f, run, rule_index));
  for (const Finding& f : run.absent) results.push_back(result_to_sarif(f, run, rule_index));
  return log;
}

void write_sarif_report(std::ostream& out, const RunResult& run) {
  std::map<std::string, int> rule_index = rule_indices(run);
  write_spliced(out, run_to_sarif_without_results(run).dump(2), "\n      \"results\": ", [&](const auto& emit) {
    for (const Finding& f : run.findings) emit(result_to_sarif(f, run, rule_index));
    for (const Finding& f : run.absent) emit(result_to_sarif(f, run, rule_index));
  });
  out << "\n";
}

}  // namespace copydesk
