#include "driver/check_command.h"

#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>

#include "core/utf8.h"
#include "driver/cross_document.h"
#include "input/decoder.h"
#include "report/github_line_hash.h"
#include "report/json_report.h"
#include "report/sarif_report.h"
#include "report/text_report.h"

namespace copydesk {

MessageLanguage language_from_locale() {
  for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(var);
    if (value && *value) return std::string(value).rfind("zh", 0) == 0 ? MessageLanguage::kChinese : MessageLanguage::kEnglish;
  }
  return MessageLanguage::kEnglish;
}

Status write_file_atomically(const std::string& path, const std::string& content) {
  std::string temp = path + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(temp, std::ios::binary);
    if (!out) return Status::error(path + ": cannot write the output file");
    out << content;
    if (!out.flush()) return Status::error(path + ": cannot write the output file");
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    std::remove(temp.c_str());
    return Status::error(path + ": cannot replace the output file");
  }
  return Status();
}

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err) {
  auto rules = load_rule_packs(options.rules_dir.empty() ? default_rules_dir() : std::filesystem::path(options.rules_dir), options.packs);
  if (!rules.ok()) {
    err << "copydesk: cannot load rules:\n" << rules.status().message() << "\n";
    return 2;
  }
  Engine engine(std::move(rules.value()), {.lang = options.lang});

  Sources sources = collect_sources(options.paths, options.sources);
  RunResult run;
  run.rules = &engine.rules();
  run.lang = options.lang;
  run.errors = sources.errors;
  std::vector<std::unique_ptr<Document>> kept;  // for --cross-document
  for (const InputFile& file : sources.files) {
    auto bytes = read_source(file);
    if (!bytes.ok()) {
      run.errors.push_back(bytes.status().message());
      continue;
    }
    auto decoded = decode_text(bytes.value(), file.display_path, options.encoding);
    if (!decoded.ok()) {
      run.errors.push_back(decoded.status().message());
      continue;
    }
    auto owned = std::make_unique<Document>(file.display_path, std::move(decoded->text), decoded->encoding);
    Document& doc = *owned;
    run.files.push_back({doc.path(), code_point_count(doc.text()), doc.encoding(), std::string(language_tag(doc.language())), {}});
    std::vector<Finding> findings = engine.check(doc);
    if (options.format == ReportFormat::kSarif) {  // GitHub's line hashes, from the file as written
      std::set<int> start_lines;
      for (const Finding& f : findings) start_lines.insert(f.location.start_line);
      run.files.back().line_hashes = github_line_hashes(bytes.value(), start_lines);
    }
    run.findings.insert(run.findings.end(), std::make_move_iterator(findings.begin()),
                        std::make_move_iterator(findings.end()));
    if (options.cross_document) kept.push_back(std::move(owned));
  }
  if (options.cross_document) {
    std::vector<const Document*> docs;
    for (const auto& d : kept) docs.push_back(d.get());
    auto passages = find_shared_passages(docs, {.min_chars = options.cross_document_min_chars});
    auto shared = shared_passage_findings(docs, passages, options.lang == MessageLanguage::kChinese);
    run.findings.insert(run.findings.end(), shared.begin(), shared.end());
    std::stable_sort(run.findings.begin(), run.findings.end(), finding_less);
  }
  for (const std::string& e : run.errors) err << "copydesk: " << e << "\n";

  std::ostringstream report;
  switch (options.format) {
    case ReportFormat::kText: write_text_report(report, run, {.color = options.color && options.output.empty()}); break;
    case ReportFormat::kJson: write_json_report(report, run); break;
    case ReportFormat::kSarif: write_sarif_report(report, run); break;
  }
  if (options.output.empty()) {
    out << report.str();
  } else if (Status s = write_file_atomically(options.output, report.str()); !s.ok()) {
    err << "copydesk: " << s.message() << "\n";
    return 2;
  }

  if (!run.errors.empty()) return 2;
  for (const Finding& f : run.findings) {
    if (f.severity >= options.fail_level) return 1;
  }
  return 0;
}

}  // namespace copydesk
