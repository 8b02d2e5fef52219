// `copydesk eval`: runs the configured rules over a labeled corpus and
// measures them: recall per category, precision per category and overall,
// every missed defect, every false alarm (rule id and text) and the traps
// flagged, scored exactly as shared/eval/score.py scores a report (see
// driver/eval_labels.h). With floors (e.g. tests/corpus/floors.yaml), a
// measure below its floor makes the exit status 1, so CI refuses a change
// that makes detection worse.
//
// Exit status: 0 measured (and every floor met); 1 a floor not met;
// 2 usage, labels, rules or input error.
#pragma once

#include <ostream>
#include <string>

#include "rules/engine.h"

namespace copydesk {

struct EvalOptions {
  std::string labels;       // the labels YAML
  std::string corpus;       // folder the labels' file names are relative to
  std::string floors;       // optional floors YAML
  bool json = false;        // one JSON object instead of the text report
  std::string encoding;     // empty: detect
  std::string today;        // check as on this day (YYYY-MM-DD); empty: the clock
  MessageLanguage lang = MessageLanguage::kEnglish;
  std::string rules_dir;    // empty: default_rules_dir()
  std::vector<std::string> packs;
};

int run_eval(const EvalOptions& options, std::ostream& out, std::ostream& err);

}  // namespace copydesk
