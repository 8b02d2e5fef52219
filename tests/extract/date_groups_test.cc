#include <catch2/catch.hpp>

#include <array>
#include <string>
#include <vector>

#include "extract/date_groups.h"

using namespace copydesk;

namespace {

// The groups a reader finds in `match`, "-" for a group that did not match.
std::vector<std::string> groups(bool (*reader)(re2::StringPiece*), const std::string& match, int count) {
  std::array<re2::StringPiece, 16> g;
  g.fill(re2::StringPiece("stale"));
  g[0] = re2::StringPiece(match);
  if (!reader(g.data())) return {"unread"};
  std::vector<std::string> out;
  for (int i = 1; i < count; ++i) out.push_back(g[i].data() == nullptr ? "-" : std::string(g[i].data(), g[i].size()));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("Chinese dates are cut into the groups RE2 would give", "[extract][dates]") {
  CHECK(groups(read_zh_date_groups, "2026年4月9日", 11) == V{"-", "2026", "-", "-", "4", "9", "日", "-", "-", "-"});
  CHECK(groups(read_zh_date_groups, "6月", 11) == V{"-", "-", "-", "-", "6", "-", "-", "-", "-", "-"});
  CHECK(groups(read_zh_date_groups, "去年12月", 11) == V{"-", "-", "去年", "-", "12", "-", "-", "-", "-", "-"});
  CHECK(groups(read_zh_date_groups, "农历2020年农历八月十五", 11) ==
        V{"农历", "2020", "-", "农历", "八", "-", "-", "十五", "-", "-"});
  CHECK(groups(read_zh_date_groups, "2026 年 12 月 14 号", 11) ==
        V{"-", "2026", "-", "-", "12", "14", "号", "-", "-", "-"});
  CHECK(groups(read_zh_date_groups, "十二月份二十日上旬", 11) ==
        V{"-", "-", "-", "-", "十二", "-", "-", "二十", "日", "上旬"});
  CHECK(groups(read_zh_date_groups, "二〇二六年四月底", 11) == V{"-", "二〇二六", "-", "-", "四", "-", "-", "-", "-", "底"});
  CHECK(groups(read_zh_date_groups, "6月 ", 11) == V{"-", "-", "-", "-", "6", "-", "-", "-", "-", "-"});
  // Not a match of the pattern: left to RE2.
  CHECK(groups(read_zh_date_groups, "农历八月", 11) == V{"unread"});
  CHECK(groups(read_zh_date_groups, "6月半", 11) == V{"unread"});
}

TEST_CASE("Chinese years, days and periods are cut into the groups RE2 would give", "[extract][dates]") {
  CHECK(groups(read_zh_year_groups, "2026年", 4) == V{"2026", "-", "-"});
  CHECK(groups(read_zh_year_groups, "今年上半年", 4) == V{"-", "今年", "上半年"});
  CHECK(groups(read_zh_year_groups, "两千零八年年底", 4) == V{"两千零八", "-", "年底"});
  CHECK(groups(read_zh_year_groups, "2026年中", 4) == V{"unread"});
  CHECK(groups(read_zh_day_groups, "16日", 3) == V{"16", "日"});
  CHECK(groups(read_zh_day_groups, "9号", 3) == V{"9", "号"});
  CHECK(groups(read_zh_day_groups, "169号", 3) == V{"unread"});
  CHECK(groups(read_zh_period_groups, "上旬", 4) == V{"上旬", "-", "-"});
  CHECK(groups(read_zh_period_groups, "“十四五”", 4) == V{"-", "十四五", "-"});
  CHECK(groups(read_zh_period_groups, "十四五规划", 4) == V{"-", "-", "十四五"});
  CHECK(groups(read_zh_period_groups, "十四五计划", 4) == V{"unread"});
}
