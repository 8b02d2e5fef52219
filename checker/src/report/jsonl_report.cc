#include "report/jsonl_report.h"

#include <map>
#include <nlohmann/json.hpp>

#include "report/json_report.h"

namespace copydesk {

void write_jsonl_report(std::ostream& out, const RunResult& run) {
  std::map<std::string, nlohmann::json> findings_by_file;
  for (const Finding& f : run.findings) {
    auto& list = findings_by_file[f.location.path];
    if (list.is_null()) list = nlohmann::json::array();
    list.push_back(finding_to_json(f));
  }
  for (const FileSummary& file : run.files) {
    auto it = findings_by_file.find(file.path);
    nlohmann::json line = {{"file", file.path},
                           {"characters", file.characters},
                           {"encoding", file.encoding},
                           {"language", file.language},
                           {"findings", it == findings_by_file.end() ? nlohmann::json::array() : it->second}};
    out << line.dump() << "\n";
  }
  for (const std::string& error : run.errors) out << nlohmann::json{{"error", error}}.dump() << "\n";
}

}  // namespace copydesk
