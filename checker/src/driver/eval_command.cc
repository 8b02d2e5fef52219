#include "driver/eval_command.h"

#include <fmt/format.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "driver/eval_labels.h"
#include "driver/file_checker.h"
#include "input/decoder.h"
#include "input/sources.h"

namespace copydesk {

namespace {

struct LoadedFile {
  std::unique_ptr<Document> doc;
  FileUnderEval eval;
};

// A short one-line quotation of `text` for listings.
std::string quote(std::string_view text, size_t max_code_points = 40) {
  std::string out;
  size_t n = 0;
  for (Utf8Iterator it(text); !it.done(); it.next(), ++n) {
    if (n == max_code_points) {
      out += "…";
      break;
    }
    char32_t c = it.code_point();
    if (c == '\n') out += "\\n";
    else append_utf8(out, c);
  }
  return out;
}

std::string ratio(std::optional<double> value, int num, int den) {
  if (!value) return fmt::format("{:>5} ({}/{})", "-", num, den);
  return fmt::format("{:.3f} ({}/{})", *value, num, den);
}

nlohmann::json optional_number(std::optional<double> value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

std::string position(const Document& doc, size_t offset) {
  if (offset == std::string::npos) return doc.path();
  LineColumn p = doc.lines().position(offset);
  return fmt::format("{}:{}:{}", doc.path(), p.line, p.column);
}

void write_text(std::ostream& out, const EvalScore& score, const std::vector<LoadedFile>& files,
                const std::map<std::string, const Document*>& docs, size_t rule_count,
                const std::vector<std::string>& failures, bool has_floors) {
  size_t characters = 0;
  for (const LoadedFile& f : files) characters += code_point_count(f.doc->text());
  out << fmt::format("{} labeled file{}, {} characters, {} rule{}\n\n", files.size(), files.size() == 1 ? "" : "s",
                     characters, rule_count, rule_count == 1 ? "" : "s");
  out << fmt::format("{:<24}{:<20}{:<20}{}\n", "category", "recall", "precision", "false alarms (traps)");
  for (const auto& [category, c] : score.by_category) {
    if (c.required == 0 && c.findings == 0) continue;
    out << fmt::format("{:<24}{:<20}{:<20}{} ({})\n", category_name(category), ratio(c.recall(), c.found, c.required),
                       ratio(c.precision(), c.findings - c.false_alarms, c.findings), c.false_alarms, c.traps);
  }
  out << fmt::format("{:<24}{:<20}{:<20}{} ({})\n", "overall", ratio(score.recall(), score.found, score.required),
                     ratio(score.precision(), score.true_positives, score.findings),
                     score.findings - score.true_positives, score.traps_hit);
  if (score.uncategorized) out << fmt::format("({} style finding{} not scored)\n", score.uncategorized, score.uncategorized == 1 ? "" : "s");

  out << fmt::format("\nMissed defects ({}):\n", score.missed.size());
  for (const MissedDefect& m : score.missed) {
    out << fmt::format("  {}: {}: \"{}\"{}\n", position(*docs.at(m.file), m.offset), category_name(m.defect->category),
                       quote(m.defect->text), m.defect->note.empty() ? "" : " (" + m.defect->note + ")");
  }
  out << fmt::format("\nFalse alarms ({}):\n", score.false_alarms.size());
  for (const FalseAlarm& a : score.false_alarms) {
    const Location& l = a.finding.location;
    out << fmt::format("  {}:{}:{}: {}: {}: \"{}\" :: {}\n", l.path, l.start_line, l.start_column,
                       category_name(a.finding.category), a.finding.rule_id, quote(a.finding.matched_text),
                       a.finding.message);
  }
  out << fmt::format("\nTraps flagged ({}):\n", score.traps_hit);
  for (const FalseAlarm& a : score.false_alarms) {
    if (!a.trap) continue;
    const Location& l = a.finding.location;
    out << fmt::format("  {}:{}:{}: {}: \"{}\"{}\n", l.path, l.start_line, l.start_column, a.finding.rule_id,
                       quote(a.trap->text), a.trap->note.empty() ? "" : " (" + a.trap->note + ")");
  }
  if (has_floors) {
    out << "\nFloors: " << (failures.empty() ? "all met" : fmt::format("{} not met", failures.size())) << "\n";
    for (const std::string& f : failures) out << "  " << f << "\n";
  }
  // The same last line as score.py.
  out << fmt::format("\nrecall {:.3f} ({}/{})  precision {:.3f} ({}/{})  traps hit {}\n", score.recall(), score.found,
                     score.required, score.precision(), score.true_positives, score.findings, score.traps_hit);
}

nlohmann::json to_json(const EvalScore& score, const std::map<std::string, const Document*>& docs,
                       const std::vector<std::string>& failures, bool has_floors) {
  // The keys score.py --json prints, then the lists.
  nlohmann::json per_category = nlohmann::json::object(), recall = nlohmann::json::object(),
                 precision = nlohmann::json::object(), findings = nlohmann::json::object(),
                 false_by = nlohmann::json::object(), traps_by = nlohmann::json::object();
  for (const auto& [category, c] : score.by_category) {
    std::string name(category_name(category));
    if (c.required) per_category[name] = fmt::format("{}/{}", c.found, c.required);
    recall[name] = optional_number(c.recall());
    precision[name] = optional_number(c.precision());
    findings[name] = c.findings;
    false_by[name] = c.false_alarms;
    traps_by[name] = c.traps;
  }
  nlohmann::json missed = nlohmann::json::array();
  for (const MissedDefect& m : score.missed) {
    nlohmann::json j = {{"file", m.file}, {"category", category_name(m.defect->category)}, {"text", m.defect->text},
                        {"note", m.defect->note}};
    if (m.offset != std::string::npos) {
      LineColumn p = docs.at(m.file)->lines().position(m.offset);
      j["line"] = p.line;
      j["column"] = p.column;
    }
    missed.push_back(j);
  }
  nlohmann::json alarms = nlohmann::json::array();
  for (const FalseAlarm& a : score.false_alarms) {
    const Location& l = a.finding.location;
    nlohmann::json j = {{"file", a.file},           {"line", l.start_line},
                        {"column", l.start_column}, {"category", category_name(a.finding.category)},
                        {"rule_id", a.finding.rule_id}, {"text", a.finding.matched_text},
                        {"message", a.finding.message}, {"trap", a.trap != nullptr}};
    if (a.trap) j["trap_note"] = a.trap->note;
    alarms.push_back(j);
  }
  nlohmann::json rules = nlohmann::json::object();
  for (const auto& [id, r] : score.by_rule) {
    rules[id] = {{"category", category_name(r.category)}, {"findings", r.findings}, {"true_positives", r.true_positives}};
  }
  nlohmann::json j = {{"recall", score.recall()},
                      {"precision", score.precision()},
                      {"found", score.found},
                      {"required", score.required},
                      {"findings", score.findings},
                      {"false_positives", score.findings - score.true_positives},
                      {"traps_hit", score.traps_hit},
                      {"per_category", per_category},
                      {"recall_by_category", recall},
                      {"precision_by_category", precision},
                      {"findings_by_category", findings},
                      {"false_by_category", false_by},
                      {"traps_by_category", traps_by},
                      {"uncategorized", score.uncategorized},
                      {"rules", rules},
                      {"missed", missed},
                      {"false_alarms", alarms}};
  if (has_floors) {
    j["floors_met"] = failures.empty();
    j["floor_failures"] = failures;
  }
  return j;
}

}  // namespace

int run_eval(const EvalOptions& options, std::ostream& out, std::ostream& err) {
  if (const std::string error = date_option_error("--today", options.today); !error.empty()) {
    err << error << "\n";
    return 2;
  }
  auto labels = load_labels(options.labels);
  if (!labels.ok()) {
    err << "copydesk: " << labels.status().message() << "\n";
    return 2;
  }
  std::optional<Floors> floors;
  if (!options.floors.empty()) {
    auto loaded = load_floors(options.floors);
    if (!loaded.ok()) {
      err << "copydesk: " << loaded.status().message() << "\n";
      return 2;
    }
    floors = std::move(loaded.value());
  }
  auto rules = load_rule_packs(default_rules_dir(options.rules_dir), options.packs, KindRegistry::builtin(),
                               ExampleLoading::kSkip);
  if (!rules.ok()) {
    err << "copydesk: cannot load rules:\n" << rules.status().message() << "\n";
    return 2;
  }
  Engine engine(std::move(rules.value()), {.lang = options.lang});

  // Only the labeled files are checked: findings elsewhere could not be scored.
  // They go through the same per-file path as `copydesk check` (no configuration,
  // so that the figures agree with score.py on `check`'s output).
  const Config no_config;
  FileChecker checker(engine, no_config, {.encoding = options.encoding,
                                                .pubdate = "",
                                                .today = options.today,
                                                .keep_document = true,
                                                .github_line_hashes = false});
  std::vector<InputFile> inputs;
  for (const LabeledFile& labeled : labels->files) {
    inputs.push_back({std::filesystem::path(options.corpus) / labeled.file, labeled.file, false});
  }
  std::vector<FileOutcome> outcomes = check_files(checker, inputs, 1, nullptr);
  std::vector<LoadedFile> files;
  std::map<std::string, const Document*> docs;
  bool input_error = false;
  for (size_t i = 0; i < outcomes.size(); ++i) {
    FileOutcome& outcome = outcomes[i];
    if (!outcome.checked) {
      err << "copydesk: " << outcome.error << "\n";
      input_error = true;
      continue;
    }
    LoadedFile file;
    file.doc = std::move(outcome.document);
    file.eval.labels = &labels->files[i];
    file.eval.text = file.doc->text();
    file.eval.findings = std::move(outcome.findings);
    docs[labels->files[i].file] = file.doc.get();
    files.push_back(std::move(file));
  }
  if (input_error) return 2;

  std::vector<FileUnderEval> under_eval;
  for (const LoadedFile& f : files) under_eval.push_back(f.eval);
  EvalScore score = score_findings(under_eval);
  std::vector<std::string> failures = floors ? floor_failures(score, *floors) : std::vector<std::string>{};

  if (options.json) {
    out << to_json(score, docs, failures, floors.has_value()).dump() << "\n";
  } else {
    write_text(out, score, files, docs, engine.rules().size(), failures, floors.has_value());
  }
  return failures.empty() ? 0 : 1;
}

}  // namespace copydesk
