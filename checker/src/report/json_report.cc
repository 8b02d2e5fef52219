#include "report/json_report.h"

#include "report/json_splice.h"
#include "report/report_limits.h"
#include "report/sarif_report.h"

namespace copydesk {

namespace {

nlohmann::json location_to_json(const Location& loc) {
  return {{"file", loc.path},         {"line", loc.start_line},    {"column", loc.start_column},
          {"end_line", loc.end_line}, {"end_column", loc.end_column}};
}

}  // namespace

nlohmann::json finding_to_json(const Finding& f) {
  nlohmann::json j = {{"rule_id", f.rule_id},
                      {"category", category_name(f.category)},
                      {"severity", severity_name(f.severity)},
                      {"message", f.message}};
  j.update(location_to_json(f.location));
  j["text"] = report_excerpt(f.matched_text);
  j["related"] = nlohmann::json::array();
  for (const RelatedLocation& r : f.related) {
    nlohmann::json rj = location_to_json(r.location);
    rj["message"] = r.message;
    j["related"].push_back(rj);
  }
  if (const std::string* fix = reportable_fix(f)) {
    j["fix"] = *fix;
  } else if (f.fix || f.dropped_fix_bytes > 0) {
    size_t bytes = f.fix ? f.fix->size() : f.dropped_fix_bytes;
    j["fix_omitted"] = "the replacement is " + std::to_string(bytes) + " bytes long: apply it with copydesk fix";
  }
  j["fingerprint"] = f.fingerprint;
  if (f.baseline_state != BaselineState::kNone) j["baseline_state"] = baseline_state_name(f.baseline_state);
  return j;
}

namespace {

// The report without its findings (an empty "findings" array).
nlohmann::json run_to_json_without_findings(const RunResult& run) {
  nlohmann::json files = nlohmann::json::array();
  for (const FileSummary& f : run.files) {
    nlohmann::json counts = nlohmann::json::object(), file_rates = nlohmann::json::object();
    int total = 0;
    for (const auto& [category, n] : run.count_by_category(f.path)) {
      counts[std::string(category_name(category))] = n;
      file_rates[std::string(category_name(category))] = report_rate(per_10k(n, f.characters));
      total += n;
    }
    files.push_back({{"path", f.path},
                     {"characters", f.characters},
                     {"encoding", f.encoding},
                     {"language", f.language},
                     {"findings", total},
                     {"per_10k_characters", report_rate(per_10k(total, f.characters))},
                     {"by_category", counts},
                     {"per_10k_characters_by_category", file_rates}});
  }
  nlohmann::json by_category = nlohmann::json::object();
  nlohmann::json rates = nlohmann::json::object();
  for (const auto& [category, n] : run.count_by_category()) {
    by_category[std::string(category_name(category))] = n;
    rates[std::string(category_name(category))] = report_rate(run.rate_per_10k(n));
  }
  return {{"tool", {{"name", "copydesk"}, {"version", COPYDESK_VERSION}}},
          {"files", files},
          {"findings", nlohmann::json::array()},
          {"summary",
           {{"findings", run.findings.size()},
            {"characters", run.total_characters()},
            {"per_10k_characters", report_rate(run.rate_per_10k(static_cast<int>(run.findings.size())))},
            {"by_category", by_category},
            {"per_10k_characters_by_category", rates},
            {"errors", run.errors}}}};
}

}  // namespace

nlohmann::json run_to_json(const RunResult& run) {
  nlohmann::json j = run_to_json_without_findings(run);
  for (const Finding& f : run.findings) j["findings"].push_back(finding_to_json(f));
  for (const Finding& f : run.absent) j["findings"].push_back(finding_to_json(f));
  return j;
}

void write_json_report(std::ostream& out, const RunResult& run) {
  write_spliced(out, run_to_json_without_findings(run).dump(2), "\n  \"findings\": ", [&](const auto& emit) {
    for (const Finding& f : run.findings) emit(finding_to_json(f));
    for (const Finding& f : run.absent) emit(finding_to_json(f));
  });
  out << "\n";
}

}  // namespace copydesk
