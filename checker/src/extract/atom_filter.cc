#include "extract/atom_filter.h"

#include <algorithm>

namespace copydesk {

namespace {

RE2::Options case_folding() {
  RE2::Options o;
  o.set_case_sensitive(false);
  return o;
}

}  // namespace

AtomFilter::AtomFilter(const std::vector<const RE2*>& expressions)
    : atoms_(case_folding(), RE2::UNANCHORED), count_(expressions.size()) {
  ready_ = count_ <= 64;
  for (size_t i = 0; i < count_ && ready_; ++i) {
    int id = -1;
    ready_ = filter_.Add(expressions[i]->pattern(), expressions[i]->options(), &id) == RE2::NoError &&
             id == static_cast<int>(i);
  }
  if (!ready_) return;
  std::vector<std::string> literals;
  filter_.Compile(&literals);
  for (size_t i = 0; i < literals.size() && ready_; ++i) {
    ready_ = atoms_.Add(RE2::QuoteMeta(literals[i]), nullptr) == static_cast<int>(i);
  }
  ready_ = ready_ && (literals.empty() || atoms_.Compile());
  atom_count_ = literals.size();
}

uint64_t AtomFilter::may_match(std::string_view text, Memo* memo) const {
  uint64_t all = count_ >= 64 ? ~uint64_t{0} : (uint64_t{1} << count_) - 1;
  if (!ready_) return all;
  std::vector<int> found, potential;
  RE2::Set::ErrorInfo error;
  if (atom_count_ != 0 && !atoms_.Match(text, &found, &error) && error.kind != RE2::Set::kNoError)
    return all;  // the search ran out of memory: no answer
  if (memo != nullptr) {
    std::sort(found.begin(), found.end());
    auto known = memo->find(found);
    if (known != memo->end()) return known->second;
  }
  filter_.AllPotentials(found, &potential);
  uint64_t out = 0;
  for (int i : potential) out |= uint64_t{1} << i;
  if (memo != nullptr) memo->emplace(std::move(found), out);
  return out;
}

}  // namespace copydesk
