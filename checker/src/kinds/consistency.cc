#include "kinds/consistency.h"

#include <optional>

#include "kinds/pattern.h"

namespace copydesk {

ConsistencyKind::ConsistencyKind(RuleSpec spec, RuleOptions& options) : Rule(std::move(spec)) {
  YAML::Node forms = options.node("forms");
  if (!forms || !forms.IsSequence() || forms.size() < 2) {
    options.add_error(forms ? forms : YAML::Node(), "'forms' must list at least two {name, pattern} entries");
  } else {
    for (const auto& form : forms) {
      if (!form.IsMap() || !form["name"] || !form["pattern"]) {
        options.add_error(form, "each form needs 'name' and 'pattern'");
        continue;
      }
      // Wrapped in a group, which is the match: a use is the text the group takes.
      std::string pattern = form["pattern"].as<std::string>();
      auto re = compile_option_regex(options, "forms", "(" + pattern + ")");
      if (!re) continue;
      auto prefilter = std::make_unique<LiteralPrefilter>(*re);
      RE2::Options quiet;
      quiet.set_log_errors(false);
      bool group_is_match = RE2(pattern, quiet).ok();
      forms_.push_back({form["name"].as<std::string>(), std::move(re), std::move(prefilter), group_is_match});
    }
  }
  min_uses_ = options.get<int>("min_uses", 1);
}

void ConsistencyKind::check_unit(const Document& doc, const Unit& unit, Reporter& out) const {
  struct Use {
    int count = 0;
    std::optional<Span> first;
  };
  std::vector<Use> uses(forms_.size());
  for (size_t i = 0; i < forms_.size(); ++i) {
    // As RE2::FindAndConsume would: each search begins where the last match
    // ended, with the text before it out of sight.
    const Form& form = forms_[i];
    const PunctuationAnchors* shared =
        form.prefilter->uses_punctuation_anchors() ? &doc.analysis<PunctuationAnchors>() : nullptr;
    PrefilteredSearch search(*form.regex, *form.prefilter, doc.text(), shared);
    if (!search.set_span(unit.span)) continue;
    re2::StringPiece found[2];
    const int n = form.group_is_match ? 1 : 2;
    for (size_t from = unit.span.begin; search.find(from, from, found, n);) {
      re2::StringPiece match = found[n - 1];
      if (match.empty()) break;
      if (!uses[i].first) {
        size_t begin = match.data() - doc.text().data();
        uses[i].first = Span{begin, begin + match.size()};
      }
      ++uses[i].count;
      from = found[0].data() + found[0].size() - doc.text().data();
    }
  }
  size_t dominant = 0;
  for (size_t i = 1; i < uses.size(); ++i) {
    if (uses[i].count > uses[dominant].count) dominant = i;
  }
  if (uses[dominant].count < min_uses_) return;
  for (size_t i = 0; i < uses.size(); ++i) {
    if (i == dominant || uses[i].count == 0) continue;
    Report r;
    r.span = *uses[i].first;
    r.args = {{"form", forms_[i].name},
              {"count", std::to_string(uses[i].count)},
              {"dominant", forms_[dominant].name},
              {"dominant_count", std::to_string(uses[dominant].count)}};
    r.related.push_back({*uses[dominant].first, "first use of " + forms_[dominant].name});
    out.report(std::move(r));
  }
}

}  // namespace copydesk
