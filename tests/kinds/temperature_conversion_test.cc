// Temperatures given in both scales: found in English and Chinese spellings,
// and checked within the rounding of both figures.
#include <catch2/catch.hpp>

#include <string>

#include "kinds/temperature_conversion.h"

using namespace copydesk;

TEST_CASE("temperature pairs are found in their usual spellings", "[unit-mismatch]") {
  const std::string text = "Temperatures top 110 degrees Fahrenheit (43 C). Brine sits at around 95 F (about 35 C).";
  auto pairs = find_temperature_pairs(text);
  REQUIRE(pairs.size() == 2);
  CHECK(text.substr(pairs[0].first.begin, pairs[0].first.size()) == "110 degrees Fahrenheit");
  CHECK(text.substr(pairs[0].second.begin, pairs[0].second.size()) == "43 C");
  CHECK(pairs[0].first_is_fahrenheit);
  CHECK(pairs[1].converted == 35);

  const std::string zh = "最低气温零下15摄氏度（5华氏度），最高38℃（100℉）。";
  auto zh_pairs = find_temperature_pairs(zh);
  REQUIRE(zh_pairs.size() == 2);
  CHECK(zh_pairs[0].value == -15);
  CHECK_FALSE(zh_pairs[0].first_is_fahrenheit);
  CHECK(zh_pairs[1].converted == 100);
  CHECK(find_temperature_pairs("It fell to minus 4 F (−20 C) overnight.").size() == 1);
  // A hard-wrapped line may end before the bracket.
  CHECK(find_temperature_pairs("kept at a constant 20 degrees Celsius\n(78 degrees Fahrenheit) and").size() == 1);
}

TEST_CASE("a temperature pair agrees within the rounding of its figures", "[unit-mismatch]") {
  auto pair = [](const std::string& text) {
    auto pairs = find_temperature_pairs(text);
    REQUIRE(pairs.size() == 1);
    return pairs[0];
  };
  CHECK(pair("110 F (43 C)").agrees(0));      // 43.3
  CHECK(pair("112 F (44.4 C)").agrees(0));    // 44.44
  CHECK(pair("38℃（100℉）").agrees(0));        // 100.4
  CHECK(pair("零下15摄氏度（5华氏度）").agrees(0));
  CHECK(pair("minus 4 F (−20 C)").agrees(0));  // -20
  CHECK_FALSE(pair("95 F (45 C)").agrees(1));   // 35
  CHECK_FALSE(pair("115 degrees Fahrenheit (43 Celsius)").agrees(1));  // 46.1
  CHECK_FALSE(pair("零下15摄氏度（15华氏度）").agrees(1));
}

TEST_CASE("what is not a temperature pair", "[unit-mismatch]") {
  CHECK(find_temperature_pairs("The Grade 5 C (advanced) class meets on Monday.").empty());
  CHECK(find_temperature_pairs("Vitamin C (500 mg) daily.").empty());
  CHECK(find_temperature_pairs("Route 5 F (closed) and 7 F (open).").empty());  // one scale only
  CHECK(find_temperature_pairs("气温15摄氏度（全天）。").empty());
}
