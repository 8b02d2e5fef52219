#include <catch2/catch.hpp>

#include <string>

#include "core/utf8.h"

namespace copydesk {

TEST_CASE("Code point counts and length limits agree", "[core][utf8]") {
  CHECK(code_point_count("") == 0);
  CHECK(code_point_count("a围😀") == 3);
  for (std::string unit : {"a", "围", "😀", "é"}) {
    std::string text;
    for (size_t n = 0; n <= 12; ++n, text += unit) {
      REQUIRE(code_point_count(text) == n);
      for (size_t limit = 0; limit <= 14; ++limit) {
        CHECK(has_at_most_code_points(text, limit) == (n <= limit));
      }
    }
  }
  CHECK(utf8_length(U'a') == 1);
  CHECK(utf8_length(U'é') == 2);
  CHECK(utf8_length(U'围') == 3);
  CHECK(utf8_length(U'😀') == 4);
}

}  // namespace copydesk
