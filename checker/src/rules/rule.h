// Rule kinds and rule instances.
//
// A rule *kind* is a C++ class derived from Rule (one file under kinds/); a
// rule *instance* is a YAML file under rules/<pack>/ that names the kind and
// gives its parameters. To write a kind:
//
//   class DoubledThingKind : public Rule {
//    public:
//     DoubledThingKind(RuleSpec spec, RuleOptions& options)
//         : Rule(std::move(spec)), min_(options.get<int>("min", 2)) {}
//     void check_unit(const Document& doc, const Unit& unit, Reporter& out) const override {
//       ... out.report({.span = found, .args = {{"count", "2"}}});
//     }
//    private:
//     const int min_;
//   };
//
// then register it in kinds/register_kinds.cc. A kind reads its options once,
// in its constructor; unknown keys and bad values become load errors naming
// the YAML file and line. Kinds never format output: they call Reporter.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/category.h"
#include "core/document.h"
#include "core/span.h"
#include "rules/scope.h"

namespace copydesk {

// A message in the languages reports are written in.
struct Message {
  std::string en;
  std::string zh;
};

struct RuleExamples {
  std::vector<std::string> bad;   // each must get at least one finding from the rule
  std::vector<std::string> good;  // each must get none
};

// The fields every rule has, whatever its kind.
struct RuleSpec {
  std::string id;          // "<pack>.<name>", e.g. zh-Hans.doubled-word
  std::string kind;        // registered kind name, e.g. pattern
  Category category = Category::kStyle;
  Severity severity = Severity::kWarning;
  Scope scope = Scope::kParagraph;
  std::vector<Language> languages;  // empty: every language
  Message message;                  // the default message template (fmt, named args)
  std::map<std::string, Message> variants;  // extra templates a kind may pick by key
  std::string description;          // what the rule finds and why it matters
  std::string help;                 // what to do about it
  RuleExamples examples;
  std::string source_file;          // the YAML file that defined the rule

  bool applies_to(Language language) const;
};

using MessageArgs = std::vector<std::pair<std::string, std::string>>;

// What a rule reports; the engine turns it into a Finding.
struct Report {
  Span span;
  MessageArgs args;                 // {text} defaults to the text under `span`
  std::string variant;              // key into RuleSpec::variants; empty: the default message
  std::optional<std::string> fix;   // replacement for `span`, only when mechanical and safe
  size_t unbuilt_fix_bytes = 0;     // a fix longer than Reporter::max_fix_bytes() was not built
  std::vector<std::pair<Span, std::string>> related;  // other places in the same document
  std::optional<Severity> severity; // overrides the rule's severity for this finding
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void report(Report report) = 0;
  // The longest fix worth building: a kind whose fix spans the whole document
  // (a page's every half-width comma) can skip building a longer one and give
  // its size in Report::unbuilt_fix_bytes.
  virtual size_t max_fix_bytes() const { return SIZE_MAX; }
};

class Rule {
 public:
  explicit Rule(RuleSpec spec) : spec_(std::move(spec)) {}
  virtual ~Rule() = default;
  Rule(const Rule&) = delete;
  Rule& operator=(const Rule&) = delete;

  const RuleSpec& spec() const { return spec_; }

  // Checks one document, given the units of the rule's scope. The default
  // calls check_unit() for each unit; kinds that compare units override this.
  virtual void check(const Document& doc, const std::vector<Unit>& units, Reporter& out) const;
  virtual void check_unit(const Document& doc, const Unit& unit, Reporter& out) const;

 private:
  RuleSpec spec_;
};

}  // namespace copydesk
