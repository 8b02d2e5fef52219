#include "report/run_result.h"

namespace copydesk {

std::map<Category, int> RunResult::count_by_category() const {
  std::map<Category, int> counts;
  for (const Finding& f : findings) ++counts[f.category];
  return counts;
}

size_t RunResult::total_characters() const {
  size_t n = 0;
  for (const FileSummary& f : files) n += f.characters;
  return n;
}

double RunResult::rate_per_10k(int count) const {
  size_t chars = total_characters();
  return chars == 0 ? 0.0 : count * 10000.0 / static_cast<double>(chars);
}

}  // namespace copydesk
