#include "report/run_result.h"

namespace copydesk {

std::map<Category, int> RunResult::count_by_category() const {
  std::map<Category, int> counts;
  for (const Finding& f : findings) ++counts[f.category];
  return counts;
}

std::map<Category, int> RunResult::count_by_category(const std::string& path) const {
  std::map<Category, int> counts;
  for (const Finding& f : findings) {
    if (f.location.path == path) ++counts[f.category];
  }
  return counts;
}

const FileSummary* RunResult::file(const std::string& path) const {
  for (const FileSummary& f : files) {
    if (f.path == path) return &f;
  }
  return nullptr;
}

double per_10k(int count, size_t characters) {
  return characters == 0 ? 0.0 : count * 10000.0 / static_cast<double>(characters);
}

size_t RunResult::total_characters() const {
  size_t n = 0;
  for (const FileSummary& f : files) n += f.characters;
  return n;
}

double RunResult::rate_per_10k(int count) const {
  return per_10k(count, total_characters());
}

}  // namespace copydesk
