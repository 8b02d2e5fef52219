#include "driver/today.h"

#include <ctime>

#include <fmt/format.h>

namespace copydesk {

std::string local_date_today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return fmt::format("{:04}-{:02}-{:02}", local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

std::string checking_day(const std::string& given) { return given.empty() ? local_date_today() : given; }

}  // namespace copydesk
