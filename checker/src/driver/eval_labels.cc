#include "driver/eval_labels.h"
#include "rules/yaml_file.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "core/utf8.h"

namespace copydesk {

namespace {

std::string where(const std::string& file, const YAML::Node& node) {
  YAML::Mark mark = node.Mark();
  if (mark.line < 0) return file;
  return fmt::format("{}:{}:{}", file, mark.line + 1, mark.column + 1);
}

std::string scalar(const YAML::Node& node, const char* key) {
  const YAML::Node value = node[key];
  return value && value.IsScalar() ? value.as<std::string>() : "";
}

int occurrence(const YAML::Node& node) {
  const YAML::Node value = node["occurrence"];
  return value ? value.as<int>() : 1;
}

bool overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

// The span a finding covers for scoring: an empty span counts as one character.
Span scored_span(const Finding& f, std::string_view text) {
  Span s = f.location.span;
  if (s.begin > text.size()) s.begin = text.size();
  if (s.end <= s.begin) s.end = s.begin < text.size() ? s.begin + utf8_sequence_length(text[s.begin]) : s.begin + 1;
  return s;
}

std::optional<double> floor_value(const YAML::Node& node, const char* key) {
  const YAML::Node value = node[key];
  if (!value) return std::nullopt;
  return value.as<double>();
}

}  // namespace

bool is_scored_category(Category category) { return category != Category::kStyle; }

std::optional<double> CategoryScore::recall() const {
  if (required == 0) return std::nullopt;
  return static_cast<double>(found) / required;
}

std::optional<double> CategoryScore::precision() const {
  if (findings == 0) return std::nullopt;
  return static_cast<double>(findings - false_alarms) / findings;
}

size_t find_nth(std::string_view text, std::string_view needle, int n) {
  size_t i = std::string_view::npos;
  for (int k = 0; k < n; ++k) {
    i = text.find(needle, i == std::string_view::npos ? 0 : i + 1);
    if (i == std::string_view::npos) return i;
  }
  return n >= 1 ? i : std::string_view::npos;
}

Result<Labels> load_labels(const std::filesystem::path& path) {
  const std::string name = path.string();
  auto loaded = load_yaml_file(path, "labels");
  if (!loaded.ok()) return loaded.status();
  YAML::Node root = loaded.value();
  if (!root.IsMap() || !root["files"] || !root["files"].IsSequence()) {
    return Status::error(name + ": labels must be a mapping with a 'files' list");
  }
  Labels labels;
  try {
    for (const YAML::Node& entry : root["files"]) {
      LabeledFile file;
      file.file = scalar(entry, "file");
      if (file.file.empty()) return Status::error(where(name, entry) + ": a labeled file has no 'file'");
      file.pubdate = scalar(entry, "pubdate");
      if (const YAML::Node defects = entry["defects"]) {
        for (const YAML::Node& d : defects) {
          LabeledDefect defect;
          auto category = parse_category(scalar(d, "category"));
          if (!category || !is_scored_category(*category)) {
            return Status::error(where(name, d) + ": unknown or unscored defect category '" + scalar(d, "category") + "'");
          }
          defect.category = *category;
          defect.text = scalar(d, "text");
          defect.occurrence = occurrence(d);
          defect.optional = d["optional"] && d["optional"].as<bool>();
          defect.whole_document = scalar(d, "scope") == "document";
          if (const YAML::Node alternatives = d["any_of"]) {
            for (const YAML::Node& a : alternatives) defect.any_of.push_back(a.as<std::string>());
          }
          defect.note = scalar(d, "note");
          if (defect.text.empty() && !defect.whole_document && defect.any_of.empty()) {
            return Status::error(where(name, d) + ": a defect needs 'text' (or scope: document)");
          }
          file.defects.push_back(std::move(defect));
        }
      }
      if (const YAML::Node traps = entry["traps"]) {
        for (const YAML::Node& t : traps) {
          LabeledTrap trap{scalar(t, "text"), occurrence(t), scalar(t, "note")};
          if (trap.text.empty()) return Status::error(where(name, t) + ": a trap needs 'text'");
          file.traps.push_back(std::move(trap));
        }
      }
      labels.files.push_back(std::move(file));
    }
  } catch (const YAML::Exception& e) {
    return Status::error(where(name, YAML::Node()) + ": " + e.msg);
  }
  return labels;
}

EvalScore score_findings(const std::vector<FileUnderEval>& files) {
  EvalScore score;
  for (Category c : kAllCategories) {
    if (is_scored_category(c)) score.by_category[c];
  }
  for (const FileUnderEval& file : files) {
    const LabeledFile& labels = *file.labels;
    std::string_view text = file.text;
    std::vector<bool> matched(file.findings.size(), false);
    std::vector<const LabeledTrap*> on_trap(file.findings.size(), nullptr);
    for (const LabeledDefect& d : labels.defects) {
      std::vector<Span> spans;
      size_t at = find_nth(text, d.text, d.occurrence);
      if (!d.text.empty() && at != std::string_view::npos) spans.push_back({at, at + d.text.size()});
      for (const std::string& alt : d.any_of) {
        size_t j = text.find(alt);
        if (!alt.empty() && j != std::string_view::npos) spans.push_back({j, j + alt.size()});
      }
      bool hit = false;
      for (size_t i = 0; i < file.findings.size(); ++i) {
        const Finding& f = file.findings[i];
        if (f.category != d.category) continue;
        Span fs = scored_span(f, text);
        bool overlap = d.whole_document;
        for (Span s : spans) overlap = overlap || overlaps(fs, s);
        if (overlap) matched[i] = hit = true;
      }
      if (d.optional) continue;
      CategoryScore& c = score.by_category[d.category];
      ++c.required;
      if (hit) ++c.found;
      else score.missed.push_back({labels.file, at, &d});
    }
    for (const LabeledTrap& t : labels.traps) {
      size_t at = find_nth(text, t.text, t.occurrence);
      if (at == std::string_view::npos) continue;
      Span trap{at, at + t.text.size()};
      for (size_t i = 0; i < file.findings.size(); ++i) {
        const Finding& f = file.findings[i];
        if (is_scored_category(f.category) && !matched[i] && !on_trap[i] && overlaps(scored_span(f, text), trap)) {
          on_trap[i] = &t;
        }
      }
    }
    for (size_t i = 0; i < file.findings.size(); ++i) {
      const Finding& f = file.findings[i];
      if (!is_scored_category(f.category)) {
        ++score.uncategorized;
        continue;
      }
      CategoryScore& c = score.by_category[f.category];
      RuleScore& rule = score.by_rule[f.rule_id];
      rule.category = f.category;
      ++rule.findings;
      ++c.findings;
      ++score.findings;
      if (matched[i]) {
        ++rule.true_positives;
        ++score.true_positives;
        continue;
      }
      ++c.false_alarms;
      if (on_trap[i]) {
        ++c.traps;
        ++score.traps_hit;
      }
      score.false_alarms.push_back({labels.file, f, on_trap[i]});
    }
  }
  for (const auto& [category, c] : score.by_category) {
    score.found += c.found;
    score.required += c.required;
  }
  return score;
}

Result<Floors> load_floors(const std::filesystem::path& path) {
  const std::string name = path.string();
  Floors floors;
  try {
    YAML::Node root = YAML::LoadFile(name);
    if (!root.IsMap()) return Status::error(name + ": floors must be a YAML mapping");
    for (const auto& item : root) {
      std::string key = item.first.as<std::string>();
      if (key == "overall") {
        floors.overall = {floor_value(item.second, "recall"), floor_value(item.second, "precision")};
      } else if (key == "categories") {
        for (const auto& c : item.second) {
          auto category = parse_category(c.first.as<std::string>());
          if (!category || !is_scored_category(*category)) {
            return Status::error(where(name, c.first) + ": unknown or unscored category '" + c.first.as<std::string>() + "'");
          }
          floors.categories[*category] = {floor_value(c.second, "recall"), floor_value(c.second, "precision")};
        }
      } else {
        return Status::error(where(name, item.first) + ": unknown key '" + key + "' (expected overall, categories)");
      }
    }
  } catch (const YAML::ParserException& e) {
    return Status::error(fmt::format("{}:{}:{}: malformed YAML: {}", name, e.mark.line + 1, e.mark.column + 1, e.msg));
  } catch (const YAML::Exception& e) {
    return Status::error(name + ": cannot read the floors: " + e.msg);
  }
  return floors;
}

std::vector<std::string> floor_failures(const EvalScore& score, const Floors& floors) {
  constexpr double kSlack = 1e-9;  // floors are written with a few decimals
  std::vector<std::string> failures;
  auto check = [&](const std::string& what, const char* measure, std::optional<double> value,
                   std::optional<double> floor, bool measurable) {
    if (!floor) return;
    if (!measurable) {
      if (std::string(measure) == "recall" && *floor > 0) {
        failures.push_back(fmt::format("{} recall has a floor of {:.3f} but no labeled defects", what, *floor));
      }
      return;
    }
    if (value.value_or(0.0) + kSlack < *floor) {
      failures.push_back(fmt::format("{} {} {:.3f} is below its floor {:.3f}", what, measure, value.value_or(0.0), *floor));
    }
  };
  check("overall", "recall", score.recall(), floors.overall.recall, score.required > 0);
  check("overall", "precision", score.precision(), floors.overall.precision, score.findings > 0);
  for (const auto& [category, floor] : floors.categories) {
    const CategoryScore& c = score.by_category.at(category);
    std::string name(category_name(category));
    check(name, "recall", c.recall(), floor.recall, c.required > 0);
    check(name, "precision", c.precision(), floor.precision, c.findings > 0);
  }
  return failures;
}

}  // namespace copydesk
