#include <catch2/catch.hpp>

#include <string>

#include "kinds/time_length.h"

using copydesk::find_time_length;

namespace {

// The minutes of the sentence's one length, and its text; -1 when none.
std::pair<int, std::string> length_in(const std::string& s) {
  auto found = find_time_length(s);
  if (!found) return {-1, ""};
  return {found->minutes, s.substr(found->span.begin, found->span.size())};
}

}  // namespace

TEST_CASE("find_time_length: hours and minutes, in English and Chinese", "[date-consistency]") {
  CHECK(length_in("and ended at 2:10 p.m., five hours and 40 minutes later.") ==
        std::pair<int, std::string>{340, "five hours and 40 minutes"});
  CHECK(length_in("from 7 a.m. to 11:30 a.m., a job of four hours.") == std::pair<int, std::string>{240, "four hours"});
  CHECK(length_in("from 10 a.m. to 10:45 a.m., 45 minutes in all.").first == 45);
  CHECK(length_in("比赛于上午9时开始，下午2时10分结束，历时4小时10分钟。") == std::pair<int, std::string>{250, "历时4小时10分钟"});
  CHECK(length_in("抢修从上午8时至11时30分，历时3个半小时。").first == 210);
  CHECK(length_in("前后用时四十分钟。") == std::pair<int, std::string>{40, "用时四十分钟"});
  CHECK(length_in("历时40分钟。").first == 40);
}

TEST_CASE("find_time_length: rough lengths, rates and two lengths give none", "[date-consistency]") {
  CHECK(length_in("about four hours later").first == -1);
  CHECK(length_in("more than five hours").first == -1);
  CHECK(length_in("历时4个多小时。").first == -1);
  CHECK(length_in("历时约3小时。").first == -1);
  CHECK(length_in("at $120 an hour").first == -1);
  CHECK(length_in("open 24 hours a day").first == -1);
  CHECK(length_in("a five-hour drive and a two-hour wait").first == -1);
  CHECK(length_in("during office hours").first == -1);
}
