#include "rules/engine.h"

#include <fmt/args.h>
#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <deque>
#include <exception>
#include <mutex>
#include <numeric>
#include <optional>
#include <thread>

#include "core/excerpt.h"
#include "core/fingerprint.h"
#include "rules/copied_findings.h"
#include "rules/ignored_spans.h"

namespace copydesk {

const std::string& message_template(const RuleSpec& spec, const std::string& variant, MessageLanguage lang) {
  const Message* m = &spec.message;
  if (!variant.empty()) {
    auto it = spec.variants.find(variant);
    if (it != spec.variants.end()) m = &it->second;
  }
  return lang == MessageLanguage::kChinese ? m->zh : m->en;
}

namespace {

// Formats a template whose only replacement fields are {name}s, as fmt
// would; nullopt for anything else (escaped braces, format specs), which
// goes to fmt. Every rule's messages are of this kind, and fmt's dynamic
// argument store costs more than the rest of a finding.
std::optional<std::string> format_named_fields(const std::string& templ, const MessageArgs& args) {
  // Braces are found with memchr, one kind at a time: find_first_of("{}")
  // tests every byte against both. A '{' between a field's braces ends up in
  // its name, which is then not plain.
  std::string out;
  out.reserve(templ.size() + 64);
  const char* const base = templ.data();
  const size_t size = templ.size();
  size_t from = 0;
  for (;;) {
    const void* brace = std::memchr(base + from, '{', size - from);
    const size_t open = brace ? static_cast<const char*>(brace) - base : size;
    if (std::memchr(base + from, '}', open - from)) return std::nullopt;  // a '}' before any '{'
    if (open == size) break;
    const void* closing = std::memchr(base + open + 1, '}', size - open - 1);
    if (!closing) return std::nullopt;
    const size_t close = static_cast<const char*>(closing) - base;
    const std::string_view name(base + open + 1, close - open - 1);
    const bool plain = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }) && !(name[0] >= '0' && name[0] <= '9');
    if (!plain) return std::nullopt;
    auto arg = std::find_if(args.begin(), args.end(), [&](const auto& a) { return a.first == name; });
    if (arg == args.end()) return std::nullopt;  // fmt's error, and the template as is
    out.append(templ, from, open - from).append(arg->second);
    from = close + 1;
  }
  out.append(templ, from, std::string::npos);
  return out;
}

}  // namespace

std::string format_message(const std::string& templ, const MessageArgs& args) {
  if (std::optional<std::string> formatted = format_named_fields(templ, args)) return std::move(*formatted);
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const auto& [name, value] : args) store.push_back(fmt::arg(name.c_str(), value));
  try {
    return fmt::vformat(templ, store);
  } catch (const fmt::format_error&) {
    return templ;  // a template naming a value the kind did not give; rules test catches it
  }
}

namespace {

// Collects the reports of one rule on one document as findings.
class FindingCollector : public Reporter {
 public:
  FindingCollector(const Rule& rule, const Document& doc, const DocumentSettings& settings, const EngineOptions& options,
                   std::deque<Finding>& out)
      : rule_(rule), doc_(doc), settings_(settings), options_(options), out_(out), locator_(doc) {}

  size_t max_fix_bytes() const override { return options_.max_fix_bytes; }

  void report(Report r) override {
    const RuleSpec& spec = rule_.spec();
    r.span.end = std::min(r.span.end, doc_.text().size());
    r.span.begin = std::min(r.span.begin, r.span.end);
    Finding f;
    f.rule_id = spec.id;
    f.category = spec.category;
    f.severity = r.severity.value_or(spec.severity);
    if (auto it = settings_.severity.find(spec.id); it != settings_.severity.end()) f.severity = it->second;
    f.location = locator_.locate(r.span);
    f.matched_text = excerpt(doc_.slice(r.span), options_.max_text_bytes);
    if (options_.source_lines) set_source_line(f);
    MessageArgs args = std::move(r.args);
    const std::string& message = message_template(spec, r.variant, options_.lang);
    // {text} is the matched text unless the kind says otherwise; copied only
    // when the message uses it (a whole-document finding spans megabytes).
    if (message.find("{text}") != std::string::npos &&
        std::none_of(args.begin(), args.end(), [](const auto& a) { return a.first == "text"; })) {
      args.emplace_back("text", f.matched_text);
    }
    f.message = format_message(message, args);
    // A message is one line: a line break quoted from the text shows as ⏎
    // (“中整治新⏎⏎官不理旧”), as CI annotations and terminals print one line each.
    for (size_t at = f.message.find('\n'); at != std::string::npos; at = f.message.find('\n', at)) {
      f.message.replace(at, 1, "⏎");
    }
    if (r.fix && r.fix->size() > options_.max_fix_bytes) {
      f.dropped_fix_bytes = r.fix->size();
    } else if (r.unbuilt_fix_bytes > 0) {
      f.dropped_fix_bytes = r.unbuilt_fix_bytes;
    } else {
      f.fix = std::move(r.fix);
    }
    for (auto& [span, message] : r.related) f.related.push_back({locate(doc_, span), message});
    out_.push_back(std::move(f));
  }

 private:
  // The span's first line, or a window around the span when the line is very
  // long (a file without newlines), so findings do not each copy megabytes.
  void set_source_line(Finding& f) const {
    constexpr size_t kLongLine = 1024, kContext = 256;
    std::string_view line = doc_.lines().line_text(f.location.start_line);
    if (line.size() <= kLongLine) {
      f.source_line = std::string(line);
      return;
    }
    const std::string& text = doc_.text();
    const size_t line_begin = line.data() - text.data(), line_end = line_begin + line.size();
    const size_t begin = f.location.span.begin;
    size_t from = begin > line_begin + kContext ? begin - kContext : line_begin;
    size_t to = std::min({line_end, std::max(begin, f.location.span.end) + kContext, begin + 4 * kContext});
    while (from > line_begin && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) --from;
    while (to < line_end && (static_cast<unsigned char>(text[to]) & 0xC0) == 0x80) ++to;
    f.source_line = text.substr(from, to - from);
    f.source_column = doc_.lines().position(from).column;
  }

  const Rule& rule_;
  const Document& doc_;
  const DocumentSettings& settings_;
  const EngineOptions& options_;
  std::deque<Finding>& out_;
  SpanLocator locator_;  // the findings' spans, counted on from the previous one's
};

// Has the document's analyses timed while it lives.
class TimedAnalyses {
 public:
  TimedAnalyses(const Document& doc, AnalysisTimer* timer) : doc_(doc) { doc_.time_analyses(timer); }
  ~TimedAnalyses() { doc_.time_analyses(nullptr); }
  TimedAnalyses(const TimedAnalyses&) = delete;
  TimedAnalyses& operator=(const TimedAnalyses&) = delete;

 private:
  const Document& doc_;
};

}  // namespace

Timings Engine::timings() const {
  std::lock_guard<std::mutex> lock(timings_mutex_);
  return timings_;
}

Engine::Engine(RuleSet rules, EngineOptions options) : rules_(std::move(rules)), options_(options) {}

const Rule* Engine::find_rule(const std::string& id) const {
  for (const auto& rule : rules_) {
    if (rule->spec().id == id) return rule.get();
  }
  return nullptr;
}

std::vector<Finding> Engine::check(const Document& doc, const DocumentSettings& settings, int threads) const {
  std::vector<const Rule*> selected;
  for (const auto& rule : rules_) {
    if (rule->spec().applies_to(doc.language()) && !settings.disabled_rules.count(rule->spec().id)) {
      selected.push_back(rule.get());
    }
  }
  return run(selected, doc, settings, threads);
}

std::vector<Finding> Engine::check_with(const Rule& rule, const Document& doc) const {
  return run({&rule}, doc, {}, 1);
}

std::vector<Finding> Engine::run(const std::vector<const Rule*>& rules, const Document& doc,
                                 const DocumentSettings& settings, int threads) const {
  // Threads pay off on a large document only; timings are taken on one.
  constexpr size_t kParallelBytes = 256 * 1024;
  const size_t workers = options_.collect_timings || doc.text().size() < kParallelBytes
                             ? 1
                             : std::clamp<size_t>(threads, 1, std::max<size_t>(1, rules.size()));
  AnalysisTimer analysis_timer;
  const TimedAnalyses timed(doc, options_.collect_timings ? &analysis_timer : nullptr);
  // Each scope is cut once, when its first rule runs, shared by its rules,
  // and freed when its last rule is done (the blocks of a long text are
  // hundreds of thousands of units).
  struct ScopeUnits {
    std::once_flag cut;
    std::vector<Unit> units;
    std::atomic<size_t> rules_left{0};
  };
  std::map<Scope, ScopeUnits> scopes;  // a map's nodes stay in place: shared by the workers
  for (const Rule* rule : rules) ++scopes[rule->spec().scope].rules_left;
  std::map<std::string, double> kind_seconds;

  // Each worker collects in a deque of its own, which never moves what it
  // holds. A vector, as it doubles, holds its old and new buffers at once:
  // three times its findings (134,000 findings of 320 bytes on a 100 MB
  // page: 126 MB, not 43 MB). Each rule's findings are a run of its
  // worker's deque.
  struct RuleOutput {
    size_t worker = 0;
    size_t first = 0;
    size_t count = 0;
  };
  std::vector<std::deque<Finding>> collected(workers);
  std::vector<RuleOutput> outputs(rules.size());
  std::atomic<size_t> next_rule{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  // Rules of many small units first, then of articles, then of the whole
  // document: the units of the first are freed before the last rules run,
  // when the most analyses and findings are held. Findings are joined in rule
  // order whatever order the rules ran in.
  std::vector<size_t> run_order(rules.size());
  std::iota(run_order.begin(), run_order.end(), 0);
  auto rank = [&](size_t i) {
    const Scope scope = rules[i]->spec().scope;
    return scope == Scope::kDocument ? 2 : scope == Scope::kArticle ? 1 : 0;
  };
  std::stable_sort(run_order.begin(), run_order.end(), [&](size_t a, size_t b) { return rank(a) < rank(b); });
  auto work = [&](size_t worker) {
    try {
      for (size_t n = next_rule++; n < rules.size(); n = next_rule++) {
        const size_t i = run_order[n];
        const Rule* rule = rules[i];
        std::deque<Finding>& out = collected[worker];
        const size_t before = out.size();
        FindingCollector collector(*rule, doc, settings, options_, out);
        const auto start = std::chrono::steady_clock::now();
        const double analyses_before = analysis_timer.outermost_seconds();
        ScopeUnits& scope = scopes.at(rule->spec().scope);
        std::call_once(scope.cut, [&] { scope.units = units_of(doc, rule->spec().scope); });
        rule->check(doc, scope.units, collector);
        if (--scope.rules_left == 0) std::vector<Unit>().swap(scope.units);
        outputs[i] = {worker, before, out.size() - before};
        if (options_.collect_timings) {
          const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
          kind_seconds[rule->spec().kind] += seconds - (analysis_timer.outermost_seconds() - analyses_before);
        }
      }
    } catch (...) {
      std::lock_guard<std::mutex> lock(failure_mutex);
      if (!failure) failure = std::current_exception();
      next_rule = rules.size();
    }
  };
  std::vector<std::thread> pool;
  for (size_t w = 1; w < workers; ++w) pool.emplace_back(work, w);
  work(0);
  for (std::thread& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
  // The rules are done with the shared analyses: freed before the findings
  // are joined, which briefly holds them twice.
  doc.release_analyses();
  if (options_.collect_timings) {
    std::lock_guard<std::mutex> lock(timings_mutex_);
    for (const auto& [kind, seconds] : kind_seconds) timings_.rule_kinds[kind] += seconds;
    for (const auto& [name, seconds] : analysis_timer.seconds()) timings_.analyses[name] += seconds;
  }

  // Joined in rule order, whichever worker ran which rule when: the same
  // findings in the same order as on one thread. Moved into a vector of the
  // exact size (the analyses freed above make room for it).
  std::vector<Finding> findings;
  size_t total = 0;
  for (const std::deque<Finding>& d : collected) total += d.size();
  findings.reserve(total);
  for (const RuleOutput& output : outputs) {
    std::deque<Finding>& from = collected[output.worker];
    for (size_t k = 0; k < output.count; ++k) findings.push_back(std::move(from[output.first + k]));
  }
  collected.clear();  // the findings moved out of them
  if (const IgnoredSpans ignored(doc.text(), settings.ignored_terms); !ignored.empty()) {
    std::erase_if(findings, [&](const Finding& f) { return ignored.hold(f.location.span); });
  }
  // Sorted through an index (the same comparisons and so the same order):
  // moving the findings themselves, large as they are, costs more.
  std::vector<uint32_t> order(findings.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return finding_less(findings[a], findings[b]); });
  // The order is applied in place, cycle by cycle (findings[j] takes
  // findings[order[j]]), so no second vector of findings exists at the peak.
  for (size_t i = 0; i < order.size(); ++i) {
    if (order[i] == i) continue;
    Finding first = std::move(findings[i]);
    size_t j = i;
    while (order[j] != i) {
      const size_t next = order[j];
      findings[j] = std::move(findings[next]);
      order[j] = static_cast<uint32_t>(j);
      j = next;
    }
    findings[j] = std::move(first);
    order[j] = static_cast<uint32_t>(j);
  }
  findings.erase(std::unique(findings.begin(), findings.end(),
                             [](const Finding& a, const Finding& b) {
                               return a.rule_id == b.rule_id && a.location.span == b.location.span;
                             }),
                 findings.end());
  drop_findings_repeated_in_copies(findings);
  assign_fingerprints(findings, doc.text());
  return findings;
}

}  // namespace copydesk
