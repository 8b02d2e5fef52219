#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "driver/check_command.h"
#include "driver/rule_examples.h"

namespace copydesk::cli {

namespace {

// Loads the rules named by `flags`, printing the error and setting exit code 2 on failure.
std::unique_ptr<Engine> load_engine(const RuleFlags& flags) {
  auto rules = load_rule_packs(default_rules_dir(flags.rules_dir), flags.packs);
  if (!rules.ok()) {
    std::cerr << "copydesk: cannot load rules:\n" << rules.status().message() << "\n";
    set_exit_code(2);
    return nullptr;
  }
  MessageLanguage lang = flags.lang.empty() ? language_from_locale()
                         : flags.lang == "zh" ? MessageLanguage::kChinese : MessageLanguage::kEnglish;
  return std::make_unique<Engine>(std::move(rules.value()), EngineOptions{.lang = lang});
}

}  // namespace

void add_rules_command(CLI::App& app) {
  auto flags = std::make_shared<RuleFlags>();
  CLI::App* rules = app.add_subcommand("rules", "List the rules or run their examples");
  rules->require_subcommand(1);

  CLI::App* list = rules->add_subcommand("list", "List every rule with its kind, category and severity");
  add_rule_flags(*list, *flags);
  list->callback([flags] {
    auto engine = load_engine(*flags);
    if (!engine) return;
    for (const auto& rule : engine->rules()) {
      const RuleSpec& s = rule->spec();
      std::cout << s.id << "  " << s.kind << "  " << category_name(s.category) << "  " << severity_name(s.severity)
                << "  " << scope_name(s.scope) << "\n";
    }
  });

  CLI::App* test = rules->add_subcommand("test", "Run every rule's examples; exit 1 when one fails");
  add_rule_flags(*test, *flags);
  test->callback([flags] {
    auto engine = load_engine(*flags);
    if (!engine) return;
    auto failures = run_rule_examples(*engine);
    for (const ExampleFailure& f : failures) {
      std::cout << "FAIL " << f.rule_id << ": "
                << (f.expected_finding ? "bad example got no finding: " : "good example was flagged: ") << f.example
                << (f.detail.empty() ? "" : "  (" + f.detail + ")") << "\n";
    }
    size_t total = count_rule_examples(*engine);
    std::cout << (total - failures.size()) << " passed, " << failures.size() << " failed\n";
    set_exit_code(failures.empty() ? 0 : 1);
  });
}

void add_explain_command(CLI::App& app) {
  auto flags = std::make_shared<RuleFlags>();
  auto id = std::make_shared<std::string>();
  CLI::App* explain = app.add_subcommand("explain", "Describe one rule, with its examples");
  explain->add_option("rule", *id, "Rule id, e.g. zh-Hans.doubled-word")->required();
  add_rule_flags(*explain, *flags);
  explain->callback([flags, id] {
    auto engine = load_engine(*flags);
    if (!engine) return;
    const Rule* rule = engine->find_rule(*id);
    if (!rule) {
      std::cerr << "copydesk: no rule '" << *id << "' (see `copydesk rules list`)\n";
      set_exit_code(2);
      return;
    }
    const RuleSpec& s = rule->spec();
    std::cout << s.id << " (" << s.kind << ", " << category_name(s.category) << ", " << severity_name(s.severity)
              << ", scope " << scope_name(s.scope) << ")\n\n";
    if (!s.description.empty()) std::cout << s.description << "\n\n";
    if (!s.help.empty()) std::cout << "What to do: " << s.help << "\n\n";
    std::cout << "Message: " << (engine->options().lang == MessageLanguage::kChinese ? s.message.zh : s.message.en)
              << "\n";
    for (const auto& e : s.examples.bad) std::cout << "  flagged:  " << e << "\n";
    for (const auto& e : s.examples.good) std::cout << "  accepted: " << e << "\n";
    std::cout << "Defined in " << s.source_file << "\n";
  });
}

}  // namespace copydesk::cli
