#include "report/sarif_report.h"

#include <map>

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

nlohmann::json rule_to_sarif(const RuleSpec& spec, MessageLanguage lang) {
  std::string name = spec.id.substr(spec.id.find('.') + 1);
  std::string full = non_empty(spec.description, lang == MessageLanguage::kChinese ? spec.message.zh : spec.message.en);
  std::string help = non_empty(spec.help, full);
  return {{"id", spec.id},
          {"name", name},
          {"shortDescription", {{"text", first_sentence(full).substr(0, 1024)}}},
          {"fullDescription", {{"text", full.substr(0, 1024)}}},
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

}  // namespace

std::string sarif_escape_brackets(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '[' || c == ']' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

nlohmann::json run_to_sarif(const RunResult& run) {
  nlohmann::json rules = nlohmann::json::array();
  std::map<std::string, int> rule_index;
  if (run.rules) {
    for (const auto& rule : *run.rules) {
      rule_index[rule->spec().id] = static_cast<int>(rules.size());
      rules.push_back(rule_to_sarif(rule->spec(), run.lang));
    }
  }
  nlohmann::json results = nlohmann::json::array();
  for (const Finding& f : run.findings) {
    std::string text = sarif_escape_brackets(f.message);
    nlohmann::json related = nlohmann::json::array();
    for (size_t i = 0; i < f.related.size(); ++i) {
      const RelatedLocation& r = f.related[i];
      int id = static_cast<int>(i) + 1;
      std::string label = r.message.empty() ? "related location" : sarif_escape_brackets(r.message);
      text += (i == 0 ? " See " : ", ") + std::string("[") + label + "](" + std::to_string(id) + ")";
      nlohmann::json loc = physical_location(r.location, "");
      loc["id"] = id;
      loc["message"] = {{"text", r.message.empty() ? "related location" : r.message}};
      related.push_back(loc);
    }
    if (!f.related.empty()) text += ".";
    nlohmann::json result = {{"ruleId", f.rule_id},
                             {"level", severity_name(f.severity)},
                             {"message", {{"text", text}}},
                             {"locations", nlohmann::json::array({physical_location(f.location, f.matched_text)})},
                             {"partialFingerprints", {{kFingerprintKey, f.fingerprint}}},
                             {"properties", {{"category", category_name(f.category)}}}};
    if (auto it = rule_index.find(f.rule_id); it != rule_index.end()) result["ruleIndex"] = it->second;
    if (!related.empty()) result["relatedLocations"] = related;
    if (f.fix) {
      result["fixes"] = nlohmann::json::array(
          {{{"description", {{"text", "Replace with the suggested text"}}},
            {"artifactChanges",
             nlohmann::json::array({{{"artifactLocation", {{"uri", f.location.path}}},
                                     {"replacements", nlohmann::json::array({{{"deletedRegion", region(f.location, "")},
                                                                              {"insertedContent", {{"text", *f.fix}}}}})}}})}}});
    }
    results.push_back(result);
  }
  nlohmann::json invocation = {{"executionSuccessful", run.errors.empty()}};
  if (!run.errors.empty()) {
    nlohmann::json notes = nlohmann::json::array();
    for (const std::string& e : run.errors) notes.push_back({{"level", "error"}, {"message", {{"text", e}}}});
    invocation["toolExecutionNotifications"] = notes;
  }
  nlohmann::json by_category = nlohmann::json::object();
  for (const auto& [category, n] : run.count_by_category()) by_category[std::string(category_name(category))] = n;
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
                 {"results", results},
                 {"properties",
                  {{"characters", run.total_characters()},
                   {"findingsByCategory", by_category}}}}})}};
}

void write_sarif_report(std::ostream& out, const RunResult& run) { out << run_to_sarif(run).dump(2) << "\n"; }

}  // namespace copydesk
