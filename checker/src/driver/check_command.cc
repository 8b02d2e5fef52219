#include "driver/check_command.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/utf8.h"
#include "driver/config.h"
#include "input/decoder.h"
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
  // The temporary file sits beside the target so that the rename stays on one file system.
  const std::string temp = path + ".tmp." + std::to_string(::getpid());
  bool written;
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    written = out && (out << content) && out.flush();
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

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err) {
  if (!options.encoding.empty() && !is_known_encoding(options.encoding)) {
    err << "copydesk: unknown encoding '" << options.encoding << "' (e.g. UTF-8, GB18030, Big5, UTF-16LE)\n";
    return 2;
  }
  if (!options.pubdate.empty() && !is_valid_date(options.pubdate)) {
    err << "copydesk: --pubdate must be a date written YYYY-MM-DD, not '" << options.pubdate << "'\n";
    return 2;
  }
  std::error_code cwd_error;
  const std::filesystem::path cwd = std::filesystem::current_path(cwd_error);
  auto config = options.no_config ? Result<Config>(Config{}) : configuration_for_run(options.config, cwd);
  if (!config.ok()) {
    err << "copydesk: invalid configuration:\n" << config.status().message() << "\n";
    return 2;
  }
  const std::filesystem::path rules_dir =
      options.rules_dir.empty() ? default_rules_dir() : std::filesystem::path(options.rules_dir);
  auto rules = load_rule_packs(rules_dir, options.packs.empty() ? config->packs : options.packs);
  if (!rules.ok()) {
    err << "copydesk: cannot load rules:\n" << rules.status().message() << "\n";
    return 2;
  }
  if (Status s = check_rule_names(*config, rules.value(), list_packs(rules_dir)); !s.ok()) {
    err << "copydesk: invalid configuration:\n" << s.message() << "\n";
    return 2;
  }
  Engine engine(std::move(rules.value()), {.lang = options.lang});

  Sources sources = collect_sources(options.paths, options.sources);
  RunResult run;
  run.rules = &engine.rules();
  run.lang = options.lang;
  run.errors = sources.errors;
  std::vector<std::string> notes;
  for (const InputFile& file : sources.files) {
    auto bytes = read_source(file);
    if (!bytes.ok()) {
      run.errors.push_back(bytes.status().message());
      continue;
    }
    if (bytes->empty()) notes.push_back(file.display_path + ": empty file, nothing to check");
    auto decoded = decode_text(std::move(bytes.value()), file.display_path, options.encoding);
    if (!decoded.ok()) {
      run.errors.push_back(decoded.status().message());
      continue;
    }
    Document doc(file.display_path, std::move(decoded->text), decoded->encoding);
    const std::filesystem::path config_path = file.is_stdin ? std::filesystem::path(file.display_path) : file.path;
    doc.set_pubdate(options.pubdate.empty() ? config->pubdate_for(config_path) : options.pubdate);
    run.files.push_back({doc.path(), code_point_count(doc.text()), doc.encoding(), std::string(language_tag(doc.language()))});
    std::vector<Finding> findings = engine.check(doc, config->settings_for(config_path, engine.rules()));
    run.findings.insert(run.findings.end(), std::make_move_iterator(findings.begin()),
                        std::make_move_iterator(findings.end()));
  }
  for (const std::string& n : notes) err << "copydesk: note: " << n << "\n";
  for (const std::string& e : run.errors) err << "copydesk: " << e << "\n";
  // Files come sorted; sorting again keeps the order whatever produced the findings.
  std::stable_sort(run.findings.begin(), run.findings.end(), finding_less);

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
