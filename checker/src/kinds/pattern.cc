#include "kinds/pattern.h"

#include <vector>

namespace copydesk {

std::unique_ptr<RE2> compile_option_regex(RuleOptions& options, const std::string& key, const std::string& pattern,
                                          bool ignore_case) {
  RE2::Options re_options;
  re_options.set_log_errors(false);
  re_options.set_case_sensitive(!ignore_case);
  auto re = std::make_unique<RE2>(pattern, re_options);
  if (!re->ok()) {
    options.add_error(options.node(key), "bad regular expression in '" + key + "': " + re->error() +
                                             (re->error_arg().empty() ? "" : " at '" + re->error_arg() + "'"));
    return nullptr;
  }
  return re;
}

PatternKind::PatternKind(RuleSpec spec, RuleOptions& options) : Rule(std::move(spec)) {
  bool ignore_case = options.get<bool>("ignore_case", false);
  regex_ = compile_option_regex(options, "pattern", options.require<std::string>("pattern"), ignore_case);
  if (regex_) prefilter_ = std::make_unique<LiteralPrefilter>(*regex_);
  if (std::string unless = options.get<std::string>("unless", ""); !unless.empty()) {
    unless_ = compile_option_regex(options, "unless", unless, ignore_case);
  }
  group_ = options.get<int>("group", 0);
  if (regex_ && (group_ < 0 || group_ > regex_->NumberOfCapturingGroups())) {
    options.add_error(options.node("group"), "group " + std::to_string(group_) + " does not exist in the pattern");
    group_ = 0;
  }
  if (auto r = options.get<std::string>("replacement", ""); options.node("replacement")) replacement_ = r;
}

void PatternKind::check(const Document& doc, const std::vector<Unit>& units, Reporter& out) const {
  if (!regex_) return;
  const PunctuationAnchors* shared =
      prefilter_->uses_punctuation_anchors() ? &doc.analysis<PunctuationAnchors>() : nullptr;
  PrefilteredSearch search(*regex_, *prefilter_, doc.text(), shared);
  for (const Unit& unit : units) {
    if (!search.passes_over(unit.span)) check_span(doc, unit.span, search, out);
  }
}

void PatternKind::check_unit(const Document& doc, const Unit& unit, Reporter& out) const {
  check(doc, {unit}, out);
}

void PatternKind::check_span(const Document& doc, Span span, PrefilteredSearch& search, Reporter& out) const {
  if (!search.set_span(span)) return;
  std::string_view text = doc.slice(span);
  // Without literals to look for, most units still hold no match: a yes/no
  // search runs on RE2's DFA alone, while a search for submatches on a short
  // text goes through a slower engine.
  if (!prefilter_->active() && !RE2::PartialMatch(text, *regex_)) return;
  const int groups = regex_->NumberOfCapturingGroups();
  std::vector<re2::StringPiece> match(groups + 1);
  size_t pos = 0;
  while (pos <= text.size() && search.find(span.begin, span.begin + pos, match.data(), static_cast<int>(match.size()))) {
    re2::StringPiece whole = match[0];
    size_t match_end = whole.data() - text.data() + whole.size();
    re2::StringPiece reported = match[group_];
    if (reported.data() != nullptr && !(unless_ && RE2::FullMatch(reported, *unless_))) {
      Report r;
      size_t begin = span.begin + (reported.data() - text.data());
      r.span = {begin, begin + reported.size()};
      for (const auto& [name, index] : regex_->NamedCapturingGroups()) {
        if (match[index].data()) r.args.emplace_back(name, std::string(match[index]));
      }
      if (replacement_) {
        std::string rewritten;
        if (regex_->Rewrite(&rewritten, *replacement_, match.data(), static_cast<int>(match.size()))) {
          if (group_ == 0) r.fix = rewritten;
        }
        r.args.emplace_back("replacement", rewritten);
      }
      out.report(std::move(r));
    }
    // Advance past the match (one code point for an empty one).
    pos = match_end > pos ? match_end : pos + 1;
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  }
}

}  // namespace copydesk
