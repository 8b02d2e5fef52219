#include "report/jsonl_report.h"

#include <map>
#include <string_view>
#include <vector>
#include <nlohmann/json.hpp>

#include "report/json_report.h"

namespace copydesk {

void write_jsonl_report(std::ostream& out, const RunResult& run) {
  // Pointers, not JSON values: one line is built at a time, its findings
  // written as text (the same bytes as the JSON value dumped).
  std::map<std::string_view, std::vector<const Finding*>> findings_by_file;
  for (const Finding& f : run.findings) findings_by_file[f.location.path].push_back(&f);
  std::string line;
  for (const FileSummary& file : run.files) {
    // The header as nlohmann writes an object: keys in byte order, "findings" among them.
    const std::string head = nlohmann::json{{"characters", file.characters},
                                            {"encoding", file.encoding},
                                            {"file", file.path}}.dump();
    line.assign(head, 0, head.size() - 1).append(",\"findings\":[");
    if (auto it = findings_by_file.find(file.path); it != findings_by_file.end()) {
      for (size_t i = 0; i < it->second.size(); ++i) {
        if (i > 0) line += ',';
        line += finding_json_line(*it->second[i]);
      }
    }
    line.append("],\"language\":").append(nlohmann::json(file.language).dump()).append("}\n");
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
  }
  for (const std::string& error : run.errors) out << nlohmann::json{{"error", error}}.dump() << "\n";
}

}  // namespace copydesk
