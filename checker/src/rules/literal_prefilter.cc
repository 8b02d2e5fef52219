#include "rules/literal_prefilter.h"

#include <algorithm>
#include <cctype>

namespace copydesk {

namespace {

constexpr size_t kMaxAtoms = 16;  // past this, searching for each costs more than the regex

bool has_letter(const std::string& atom) {
  return std::any_of(atom.begin(), atom.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

}  // namespace

LiteralPrefilter::LiteralPrefilter(const std::string& pattern, const RE2::Options& options) {
  int id = 0;
  if (filter_.Add(pattern, options, &id) != RE2::NoError) return;
  filter_.Compile(&atoms_);
  std::vector<int> unfiltered;
  filter_.AllPotentials({}, &unfiltered);  // passes with no atom at all: nothing to filter on
  active_ = unfiltered.empty() && !atoms_.empty() && atoms_.size() <= kMaxAtoms &&
            std::none_of(atoms_.begin(), atoms_.end(), has_letter);
}

bool LiteralPrefilter::may_match(std::string_view text) const {
  if (!active_) return true;
  std::vector<int> found;
  for (size_t i = 0; i < atoms_.size(); ++i) {
    if (text.find(atoms_[i]) != std::string_view::npos) found.push_back(static_cast<int>(i));
  }
  std::vector<int> passed;
  filter_.AllPotentials(found, &passed);
  return !passed.empty();
}

}  // namespace copydesk
