#include "driver/check_command.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "driver/baseline.h"
#include "driver/changed_files.h"
#include "driver/config.h"
#include "driver/cross_document.h"
#include "driver/file_checker.h"
#include "driver/progress.h"
#include "input/decoder.h"
#include "report/github_report.h"
#include "report/json_report.h"
#include "report/jsonl_report.h"
#include "report/report_limits.h"
#include "report/review_formats.h"
#include "report/sarif_report.h"
#include "report/text_report.h"

namespace copydesk {

namespace fs = std::filesystem;

std::optional<ReportFormat> parse_report_format(std::string_view name) {
  if (name == "text") return ReportFormat::kText;
  if (name == "json") return ReportFormat::kJson;
  if (name == "sarif") return ReportFormat::kSarif;
  if (name == "jsonl") return ReportFormat::kJsonl;
  if (name == "github") return ReportFormat::kGithub;
  if (name == "rdjson") return ReportFormat::kRdjson;
  if (name == "codeclimate") return ReportFormat::kCodeclimate;
  return std::nullopt;
}

MessageLanguage language_from_locale() {
  for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(var);
    if (value && *value) return std::string(value).rfind("zh", 0) == 0 ? MessageLanguage::kChinese : MessageLanguage::kEnglish;
  }
  return MessageLanguage::kEnglish;
}

Status write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
  // The temporary file sits beside the target so that the rename stays on one file system.
  const std::string temp = path + ".tmp." + std::to_string(::getpid());
  bool written;
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (out) write(out);
    written = out && out.flush();
  }
  if (!written) {
    std::remove(temp.c_str());
    return Status::error(path + ": cannot write the output file: " + std::strerror(errno));
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    const int error = errno;
    std::remove(temp.c_str());
    return Status::error(path + ": cannot replace the output file: " + std::strerror(error));
  }
  return Status();
}

Status write_file_atomically(const std::string& path, const std::string& content) {
  return write_file_atomically(path, [&](std::ostream& out) { out << content; });
}

namespace {

// Paths listed one per line in `source` ("-": standard input).
Result<std::vector<std::string>> read_path_list(const std::string& source) {
  std::ifstream file;
  if (source != "-") {
    file.open(source);
    if (!file) return Status::error(source + ": cannot open the file list");
  }
  std::istream& in = source == "-" ? std::cin : file;
  std::vector<std::string> paths;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) paths.push_back(line);
  }
  return paths;
}

// Keeps the files git reports as changed since `ref`.
Status keep_changed_files(std::vector<InputFile>& files, const std::string& ref) {
  auto changed = changed_files_since(ref);
  if (!changed.ok()) return changed.status();
  std::erase_if(files, [&](const InputFile& f) {
    if (f.is_stdin) return false;
    std::error_code ec;
    return !changed->count(fs::absolute(f.path, ec).lexically_normal().string());
  });
  return Status();
}

void add_cross_document_findings(RunResult& run, const std::vector<FileOutcome>& outcomes, const CheckOptions& options) {
  std::vector<const Document*> docs;
  for (const FileOutcome& o : outcomes) {
    if (o.document) docs.push_back(o.document.get());
  }
  auto passages = find_shared_passages(docs, {.min_chars = options.cross_document_min_chars});
  auto shared = shared_passage_findings(docs, passages, options.lang == MessageLanguage::kChinese);
  run.findings.insert(run.findings.end(), shared.begin(), shared.end());
}

Status write_timings(const std::string& path, const Engine& engine) {
  const Timings t = engine.timings();
  nlohmann::json timings = {{"rule_kinds", t.rule_kinds}, {"analyses", t.analyses}};
  return write_file_atomically(path, timings.dump(2) + "\n");
}

}  // namespace

int execute_check(const CheckOptions& options, std::ostream& err, const std::function<int(RunResult&)>& emit) {
  if (!options.encoding.empty() && !is_known_encoding(options.encoding)) {
    err << "copydesk: unknown encoding '" << options.encoding << "' (e.g. UTF-8, GB18030, Big5, UTF-16LE)\n";
    return 2;
  }
  for (const auto& [flag, value] : {std::pair<std::string_view, std::string_view>{"--pubdate", options.pubdate},
                                    {"--today", options.today}}) {
    if (const std::string error = date_option_error(flag, value); !error.empty()) {
      err << error << "\n";
      return 2;
    }
  }
  std::error_code cwd_error;
  const fs::path cwd = fs::current_path(cwd_error);
  auto config = options.no_config ? Result<Config>(Config{}) : configuration_for_run(options.config, cwd);
  if (!config.ok()) {
    err << "copydesk: invalid configuration:\n" << config.status().message() << "\n";
    return 2;
  }
  const fs::path rules_dir = default_rules_dir(options.rules_dir);
  auto rules = load_rule_packs(rules_dir, options.packs.empty() ? config->packs : options.packs,
                               KindRegistry::builtin(), ExampleLoading::kSkip);
  if (!rules.ok()) {
    err << "copydesk: cannot load rules:\n" << rules.status().message() << "\n";
    return 2;
  }
  if (Status s = check_rule_names(*config, rules.value(), list_packs(rules_dir)); !s.ok()) {
    err << "copydesk: invalid configuration:\n" << s.message() << "\n";
    return 2;
  }
  std::optional<Baseline> baseline;
  if (!options.baseline.empty()) {
    auto loaded = load_baseline(options.baseline);
    if (!loaded.ok()) {
      err << "copydesk: " << loaded.status().message() << "\n";
      return 2;
    }
    baseline = std::move(loaded.value());
  }
  Engine engine(std::move(rules.value()), {.lang = options.lang,
                                           .collect_timings = !options.timings_file.empty(),
                                           .max_text_bytes = kMaxReportedText,
                                           .max_fix_bytes = kMaxReportedFix,
                                           .source_lines = options.format == ReportFormat::kText ||
                                                           options.format == ReportFormat::kRdjson});

  std::vector<std::string> paths = options.paths;
  if (!options.files_from.empty()) {
    auto listed = read_path_list(options.files_from);
    if (!listed.ok()) {
      err << "copydesk: " << listed.status().message() << "\n";
      return 2;
    }
    paths.insert(paths.end(), listed->begin(), listed->end());
  }
  Sources sources = collect_sources(paths, options.sources);
  if (!options.changed_since.empty()) {
    if (Status s = keep_changed_files(sources.files, options.changed_since); !s.ok()) {
      err << "copydesk: " << s.message() << "\n";
      return 2;
    }
  }

  FileChecker checker(engine, *config,
                      {.encoding = options.encoding,
                       .pubdate = options.pubdate,
                       .today = options.today,
                       .keep_document = options.cross_document,
                       .github_line_hashes = options.format == ReportFormat::kSarif});
  size_t total_bytes = 0;
  for (const InputFile& f : sources.files) {
    std::error_code ec;
    if (!f.is_stdin) total_bytes += fs::file_size(f.path, ec);
  }
  int jobs = options.jobs > 0 ? options.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::vector<FileOutcome> outcomes;
  {
    Progress progress(err, options.progress, sources.files.size(), total_bytes);
    outcomes = check_files(checker, sources.files, jobs, &progress);
  }

  RunResult run;
  run.rules = &engine.rules();
  run.lang = options.lang;
  run.errors = sources.errors;
  for (FileOutcome& o : outcomes) {
    if (!o.note.empty()) err << "copydesk: note: " << o.note << "\n";
    if (!o.checked) {
      run.errors.push_back(o.error);
      continue;
    }
    run.files.push_back(std::move(o.summary));
    if (run.findings.empty()) {
      run.findings = std::move(o.findings);  // no second copy of a large file's findings
    } else {
      run.findings.insert(run.findings.end(), std::make_move_iterator(o.findings.begin()),
                          std::make_move_iterator(o.findings.end()));
    }
  }
  if (options.cross_document) add_cross_document_findings(run, outcomes, options);
  outcomes.clear();
  // Files come sorted; sorting again keeps the order whatever produced the
  // findings (a sort's buffer is only taken when they are out of order).
  if (!std::is_sorted(run.findings.begin(), run.findings.end(), finding_less)) {
    std::stable_sort(run.findings.begin(), run.findings.end(), finding_less);
  }
  if (baseline) {
    run.has_baseline = true;
    run.absent = apply_baseline(run.findings, *baseline);
  }
  for (const std::string& e : run.errors) err << "copydesk: " << e << "\n";

  int status = emit(run);
  if (!options.timings_file.empty()) {
    if (Status s = write_timings(options.timings_file, engine); !s.ok()) {
      err << "copydesk: " << s.message() << "\n";
      return 2;
    }
  }
  return run.errors.empty() ? status : 2;
}

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err) {
  return execute_check(options, err, [&](RunResult& run) {
    // Written straight to its destination: a report can be larger than the
    // input, and holding it whole in memory would double the peak.
    auto write_report = [&](std::ostream& report) {
      switch (options.format) {
        case ReportFormat::kText: write_text_report(report, run, {.color = options.color && options.output.empty()}); break;
        case ReportFormat::kJson: write_json_report(report, run); break;
        case ReportFormat::kSarif: write_sarif_report(report, run); break;
        case ReportFormat::kJsonl: write_jsonl_report(report, run); break;
        case ReportFormat::kGithub: write_github_report(report, run); break;
        case ReportFormat::kRdjson: write_rdjson_report(report, run); break;
        case ReportFormat::kCodeclimate: write_codeclimate_report(report, run); break;
      }
    };
    if (options.output.empty()) {
      write_report(out);
      out << std::flush;
    } else if (Status s = write_file_atomically(options.output, write_report); !s.ok()) {
      err << "copydesk: " << s.message() << "\n";
      return 2;
    }
    if (!options.summary_file.empty()) {
      // Appended: GitHub's step summary collects what every command writes.
      std::ofstream summary(options.summary_file, std::ios::app);
      write_markdown_summary(summary, run);
      if (!summary) {
        err << "copydesk: " << options.summary_file << ": cannot write the summary\n";
        return 2;
      }
    }
    FailOn fail_on = options.fail_on == FailOn::kAuto ? (run.has_baseline ? FailOn::kNew : FailOn::kAny) : options.fail_on;
    if (fail_on == FailOn::kNone) return 0;
    for (const Finding& f : run.findings) {
      bool counts = fail_on == FailOn::kAny || f.baseline_state != BaselineState::kUnchanged;
      if (counts && f.severity >= options.fail_level) return 1;
    }
    return 0;
  });
}

}  // namespace copydesk
