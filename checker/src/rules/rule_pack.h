// Loading rule packs: rules/<pack>/<rule>.yaml, one rule per file.
//
//   kind: pattern                 # a registered kind
//   category: punctuation         # one of the fixed categories
//   severity: warning             # error | warning | note
//   scope: paragraph              # see rules/scope.h
//   languages: [zh-Hans]          # default: the pack's language (none for common/)
//   message: {en: "...", zh: "..."}   # fmt templates over the kind's named values
//   messages: {variant: {en:, zh:}}   # optional extra templates
//   description: "..."            # what it finds and why
//   help: "..."                   # what to do
//   options: {...}                # the kind's parameters
//   examples: {bad: [...], good: [...]}
//
// The rule id is "<pack>.<file stem>". A broken file is an error naming the
// file, line and column; loading never silently drops a rule.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "rules/kind_registry.h"
#include "rules/rule.h"

namespace copydesk {

using RuleSet = std::vector<std::unique_ptr<Rule>>;

// Whether a rule's examples are read: `rules test` and `explain` need them, a
// check does not (parsing them is most of what loading the rules costs).
enum class ExampleLoading { kRead, kSkip };

// Loads one rule file belonging to pack `pack`.
Result<std::unique_ptr<Rule>> load_rule_file(const std::filesystem::path& file, const std::string& pack,
                                              const KindRegistry& registry = KindRegistry::builtin(),
                                              ExampleLoading examples = ExampleLoading::kRead);

// Loads every rule of the packs named (all packs under `rules_dir` when
// `packs` is empty). Rules are sorted by id. All errors are reported together.
Result<RuleSet> load_rule_packs(const std::filesystem::path& rules_dir, const std::vector<std::string>& packs = {},
                                const KindRegistry& registry = KindRegistry::builtin(),
                                ExampleLoading examples = ExampleLoading::kRead);

// Returns the pack names under `rules_dir` (folders other than data/), sorted.
std::vector<std::string> list_packs(const std::filesystem::path& rules_dir);

// The rules folder to use: `given` when it is not empty (--rules), else
// $COPYDESK_RULES, then the installed share/copydesk/rules beside the binary,
// then the source tree's.
std::filesystem::path default_rules_dir(const std::string& given = "");

}  // namespace copydesk
