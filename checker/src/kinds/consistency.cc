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
      // Wrapped in a group so that FindAndConsume hands back the whole match.
      auto re = compile_option_regex(options, "forms", "(" + form["pattern"].as<std::string>() + ")");
      if (re) forms_.push_back({form["name"].as<std::string>(), std::move(re)});
    }
  }
  min_uses_ = options.get<int>("min_uses", 1);
}

void ConsistencyKind::check_unit(const Document& doc, const Unit& unit, Reporter& out) const {
  std::string_view text = doc.slice(unit.span);
  struct Use {
    int count = 0;
    std::optional<Span> first;
  };
  std::vector<Use> uses(forms_.size());
  for (size_t i = 0; i < forms_.size(); ++i) {
    re2::StringPiece input(text);
    re2::StringPiece match;
    while (RE2::FindAndConsume(&input, *forms_[i].regex, &match)) {
      if (match.empty()) break;
      if (!uses[i].first) {
        size_t begin = unit.span.begin + (match.data() - text.data());
        uses[i].first = Span{begin, begin + match.size()};
      }
      ++uses[i].count;
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
