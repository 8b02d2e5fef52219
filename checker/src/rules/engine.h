// The engine runs a rule set over documents and returns findings.
//
//   auto rules = load_rule_packs(default_rules_dir());
//   Engine engine(std::move(rules.value()), {.lang = MessageLanguage::kEnglish});
//   Document doc("a.txt", text);
//   std::vector<Finding> findings = engine.check(doc);
//
// Findings come back sorted (finding_less), deduplicated and fingerprinted.
// check() is const and may be called from several threads on different
// documents, and may itself run one document's rules on several threads.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/finding.h"
#include "rules/rule_pack.h"

namespace copydesk {

enum class MessageLanguage { kEnglish, kChinese };

struct EngineOptions {
  MessageLanguage lang = MessageLanguage::kEnglish;
  bool collect_timings = false;  // accumulate the time spent in each rule kind and analysis
  // Bounds on what a finding keeps of a whole-document span (see
  // report/report_limits.h): its text as an excerpt, and no replacement that
  // large. `copydesk check` sets them; `copydesk fix` needs the whole fix.
  size_t max_text_bytes = SIZE_MAX;
  size_t max_fix_bytes = SIZE_MAX;
  // Keep each finding's source line (Finding::source_line): text and review
  // reports show it; the others need not hold a line per finding.
  bool source_lines = true;
};

// Where the time of checking went (EngineOptions::collect_timings), in seconds.
struct Timings {
  // Per rule kind: its rules' own work. The shared analyses they asked for
  // first are left out: the kinds after them use them for nothing.
  std::map<std::string, double> rule_kinds;
  // Per shared analysis (Document::analysis), each without the analyses it asked for.
  std::map<std::string, double> analyses;
};

// Per-document adjustments, usually from the configuration file.
struct DocumentSettings {
  std::set<std::string> disabled_rules;           // rule ids not to run
  std::map<std::string, Severity> severity;       // rule id -> severity override
  std::vector<std::string> ignored_terms;         // findings inside these terms are dropped
};

class Engine {
 public:
  explicit Engine(RuleSet rules, EngineOptions options = {});

  // With `threads` above 1, a large document's rules run on up to that many
  // threads, sharing its analyses; the findings are the same as on one.
  std::vector<Finding> check(const Document& doc, const DocumentSettings& settings = {}, int threads = 1) const;

  // Runs only `rule` on `doc` (for rule examples and tests).
  std::vector<Finding> check_with(const Rule& rule, const Document& doc) const;

  const RuleSet& rules() const { return rules_; }
  const Rule* find_rule(const std::string& id) const;
  const EngineOptions& options() const { return options_; }

  // The time spent so far (with collect_timings), over every document checked.
  Timings timings() const;

 private:
  std::vector<Finding> run(const std::vector<const Rule*>& rules, const Document& doc,
                           const DocumentSettings& settings, int threads) const;

  RuleSet rules_;
  EngineOptions options_;
  mutable std::mutex timings_mutex_;
  mutable Timings timings_;
};

// Returns the message template of `spec` for `variant` in `lang`.
const std::string& message_template(const RuleSpec& spec, const std::string& variant, MessageLanguage lang);

// Formats a message template with named args; an unknown name is left as is.
std::string format_message(const std::string& templ, const MessageArgs& args);

}  // namespace copydesk
