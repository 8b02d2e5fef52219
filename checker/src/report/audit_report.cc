#include "report/audit_report.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <nlohmann/json.hpp>

#include "report/report_limits.h"

namespace copydesk {

namespace {

struct FileQuality {
  const FileSummary* file;
  std::map<Category, int> by_category;
  int findings = 0;
  double per_10k = 0;
};

std::vector<FileQuality> file_quality(const RunResult& run) {
  std::map<std::string, FileQuality*> index;
  std::vector<FileQuality> out;
  out.reserve(run.files.size());
  for (const FileSummary& f : run.files) out.push_back({&f, {}, 0, 0});
  for (FileQuality& q : out) index[q.file->path] = &q;
  for (const Finding& f : run.findings) {
    auto it = index.find(f.location.path);
    if (it == index.end()) continue;
    ++it->second->findings;
    ++it->second->by_category[f.category];
  }
  for (FileQuality& q : out) {
    q.per_10k = q.file->characters ? q.findings * 10000.0 / static_cast<double>(q.file->characters) : 0;
  }
  return out;
}

std::vector<const FileQuality*> worst(const std::vector<FileQuality>& files, size_t n) {
  std::vector<const FileQuality*> out;
  for (const FileQuality& q : files) out.push_back(&q);
  std::stable_sort(out.begin(), out.end(), [](auto* a, auto* b) { return a->per_10k > b->per_10k; });
  if (out.size() > n) out.resize(n);
  return out;
}

std::map<std::string, int> by_rule(const RunResult& run) {
  std::map<std::string, int> counts;
  for (const Finding& f : run.findings) ++counts[f.rule_id];
  return counts;
}

std::vector<const Finding*> cross_document(const RunResult& run) {
  std::vector<const Finding*> out;
  for (const Finding& f : run.findings) {
    bool other_file = std::any_of(f.related.begin(), f.related.end(),
                                  [&](const RelatedLocation& r) { return r.location.path != f.location.path; });
    if (other_file) out.push_back(&f);
  }
  return out;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

void write_audit_text(std::ostream& out, const RunResult& run, const AuditOptions& options) {
  auto files = file_quality(run);
  size_t passing = std::count_if(files.begin(), files.end(), [](const FileQuality& q) { return q.per_10k <= kPassingRatePer10k; });
  out << fmt::format("{} files, {} characters, {} findings ({:.2f} per 10,000 characters)\n", files.size(),
                     run.total_characters(), run.findings.size(), run.rate_per_10k(static_cast<int>(run.findings.size())));
  out << fmt::format("{} of {} files within {:.0f} findings per 10,000 characters\n\n", passing, files.size(),
                     kPassingRatePer10k);
  out << "By category:\n";
  for (const auto& [category, n] : run.count_by_category()) {
    out << fmt::format("  {:<24}{:>8}  {:8.2f} per 10k\n", category_name(category), n, run.rate_per_10k(n));
  }
  out << "\nBy rule:\n";
  for (const auto& [rule, n] : by_rule(run)) out << fmt::format("  {:<40}{:>8}\n", rule, n);
  out << "\nWorst files (findings per 10,000 characters):\n";
  for (const FileQuality* q : worst(files, options.worst)) {
    out << fmt::format("  {:8.2f}  {:>6} findings  {}\n", q->per_10k, q->findings, q->file->path);
  }
  auto shared = cross_document(run);
  if (!shared.empty()) {
    out << "\nPassages shared between files:\n";
    for (const Finding* f : shared) {
      out << fmt::format("  {}:{} ~ {}:{}\n", f->location.path, f->location.start_line, f->related[0].location.path,
                         f->related[0].location.start_line);
    }
  }
}

void write_audit_json(std::ostream& out, const RunResult& run, const AuditOptions& options) {
  auto files = file_quality(run);
  nlohmann::json per_file = nlohmann::json::array();
  for (const FileQuality& q : files) {
    nlohmann::json cats = nlohmann::json::object();
    for (const auto& [c, n] : q.by_category) cats[std::string(category_name(c))] = n;
    per_file.push_back({{"path", q.file->path}, {"characters", q.file->characters}, {"findings", q.findings},
                        {"per_10k_characters", q.per_10k}, {"by_category", cats}});
  }
  nlohmann::json worst_files = nlohmann::json::array();
  for (const FileQuality* q : worst(files, options.worst)) worst_files.push_back(q->file->path);
  nlohmann::json categories = nlohmann::json::object();
  for (const auto& [c, n] : run.count_by_category()) {
    categories[std::string(category_name(c))] = {{"findings", n}, {"per_10k_characters", run.rate_per_10k(n)}};
  }
  nlohmann::json shared = nlohmann::json::array();
  for (const Finding* f : cross_document(run)) {
    shared.push_back({{"file", f->location.path}, {"line", f->location.start_line},
                      {"other_file", f->related[0].location.path}, {"other_line", f->related[0].location.start_line},
                      {"text", report_excerpt(f->matched_text)}});
  }
  nlohmann::json report = {{"files", per_file},
                           {"characters", run.total_characters()},
                           {"findings", run.findings.size()},
                           {"per_10k_characters", run.rate_per_10k(static_cast<int>(run.findings.size()))},
                           {"by_category", categories},
                           {"by_rule", by_rule(run)},
                           {"worst_files", worst_files},
                           {"cross_document", shared},
                           {"errors", run.errors}};
  out << report.dump(2) << "\n";
}

void write_audit_csv(std::ostream& out, const RunResult& run) {
  out << "path,characters,findings,per_10k";
  for (Category c : kAllCategories) out << "," << category_name(c);
  out << "\n";
  for (const FileQuality& q : file_quality(run)) {
    out << csv_field(q.file->path) << "," << q.file->characters << "," << q.findings << ","
        << fmt::format("{:.3f}", q.per_10k);
    for (Category c : kAllCategories) {
      auto it = q.by_category.find(c);
      out << "," << (it == q.by_category.end() ? 0 : it->second);
    }
    out << "\n";
  }
}

}  // namespace copydesk
