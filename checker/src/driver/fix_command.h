// `copydesk fix`: applies the safe, mechanical fixes rules attach to findings
// (Finding::fix): punctuation width, doubled punctuation, traditional to
// simplified characters outside the allowlist, rejoined paragraphs and
// hard-wrapped lines. Fixes that would change a digit are refused, so numbers
// and dates are never touched. Fixes are applied in passes (a pass applies the
// fixes that do not overlap, then the text is checked again) until nothing is
// left to fix, so running fix twice changes nothing the second time.
//
// Returns the process exit code: 0 done (or nothing to fix), 1 with --diff when
// something would change, 2 on usage, configuration or input errors.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "input/sources.h"
#include "rules/engine.h"

namespace copydesk {

struct FixOptions {
  std::vector<std::string> paths;
  SourceOptions sources;
  std::string encoding;                // empty: detect
  bool diff = false;                   // print a unified diff; change no file
  bool in_place = false;               // overwrite without keeping a backup
  std::string backup_suffix = ".orig"; // otherwise the original is kept as PATH + suffix
  std::string rules_dir;
  std::vector<std::string> packs;
  MessageLanguage lang = MessageLanguage::kEnglish;
};

int run_fix(const FixOptions& options, std::ostream& out, std::ostream& err);

struct FixResult {
  std::string text;
  size_t applied = 0;  // fixes applied over all passes
};

// Applies the engine's fixes to `text` (named `path` in messages) until none is left.
FixResult apply_fixes(const Engine& engine, const std::string& path, std::string text, int max_passes = 10);

// True when replacing `original` by `replacement` keeps every digit (numbers, dates).
bool fix_keeps_digits(std::string_view original, std::string_view replacement);

// A unified diff of two texts, by lines, with `context` lines around changes.
std::string unified_diff(const std::string& old_name, const std::string& new_name, std::string_view old_text,
                         std::string_view new_text, int context = 3);

}  // namespace copydesk
