#include "report/jsonl_report.h"

#include <map>
#include <string_view>
#include <vector>
#include <nlohmann/json.hpp>

#include "report/json_report.h"

namespace copydesk {

void write_jsonl_report(std::ostream& out, const RunResult& run) {
  // Pointers, not JSON values: one line is built at a time.
  std::map<std::string_view, std::vector<const Finding*>> findings_by_file;
  for (const Finding& f : run.findings) findings_by_file[f.location.path].push_back(&f);
  for (const FileSummary& file : run.files) {
    nlohmann::json findings = nlohmann::json::array();
    if (auto it = findings_by_file.find(file.path); it != findings_by_file.end()) {
      for (const Finding* f : it->second) findings.push_back(finding_to_json(*f));
    }
    nlohmann::json line = {{"file", file.path},
                           {"characters", file.characters},
                           {"encoding", file.encoding},
                           {"language", file.language},
                           {"findings", std::move(findings)}};
    out << line.dump() << "\n";
  }
  for (const std::string& error : run.errors) out << nlohmann::json{{"error", error}}.dump() << "\n";
}

}  // namespace copydesk
