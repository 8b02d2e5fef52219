#include "driver/file_checker.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <set>
#include <thread>

#include "core/utf8.h"
#include "driver/progress.h"
#include "driver/today.h"
#include "input/decoder.h"
#include "report/github_line_hash.h"

namespace copydesk {

FileChecker::FileChecker(const Engine& engine, const Config& config, FileCheckOptions options)
    : engine_(engine), config_(config), options_(std::move(options)) {
  options_.today = checking_day(options_.today);  // one day for the whole run
}

FileOutcome FileChecker::check(const InputFile& file, int threads) const {
  FileOutcome outcome;
  auto bytes = read_source(file);
  if (!bytes.ok()) {
    outcome.error = bytes.status().message();
    return outcome;
  }
  outcome.bytes = bytes->size();
  if (bytes->empty()) outcome.note = file.display_path + ": empty file, nothing to check";
  // GitHub hashes the file as written, so keep the bytes only when they are needed.
  std::string original = options_.github_line_hashes ? bytes.value() : std::string();
  auto decoded = decode_text(std::move(bytes.value()), file.display_path, options_.encoding);
  if (!decoded.ok()) {
    outcome.error = decoded.status().message();
    return outcome;
  }
  auto doc = std::make_unique<Document>(file.display_path, std::move(decoded->text), decoded->encoding);
  const std::filesystem::path config_path = file.is_stdin ? std::filesystem::path(file.display_path) : file.path;
  doc->set_pubdate(options_.pubdate.empty() ? config_.pubdate_for(config_path) : options_.pubdate);
  doc->set_checked_on(options_.today);  // the clock's day when not given (constructor)
  outcome.summary = {doc->path(), code_point_count(doc->text()), doc->encoding(),
                     std::string(language_tag(doc->language())), {}};
  outcome.findings = engine_.check(*doc, config_.settings_for(config_path, engine_.rules()), threads);
  if (options_.github_line_hashes) {
    std::set<int> start_lines;
    for (const Finding& f : outcome.findings) start_lines.insert(f.location.start_line);
    outcome.summary.line_hashes = github_line_hashes(original, start_lines);
  }
  if (options_.keep_document) outcome.document = std::move(doc);
  outcome.checked = true;
  return outcome;
}

std::vector<FileOutcome> check_files(const FileChecker& checker, const std::vector<InputFile>& files, int jobs,
                                     Progress* progress) {
  std::vector<FileOutcome> outcomes(files.size());
  std::atomic<size_t> next{0};
  // Jobs that have no file of their own help check a file's rules: one large
  // file on two cores is checked about as fast as two files.
  const int threads_per_file = std::max<int>(1, jobs / static_cast<int>(std::max<size_t>(1, files.size())));
  auto work = [&] {
    for (size_t i = next++; i < files.size(); i = next++) {
      outcomes[i] = checker.check(files[i], threads_per_file);
      if (progress) progress->file_done(outcomes[i].bytes);
    }
  };
  size_t threads = std::clamp<size_t>(jobs, 1, std::max<size_t>(1, files.size()));
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  return outcomes;
}

}  // namespace copydesk
