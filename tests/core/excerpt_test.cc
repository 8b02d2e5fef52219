#include <catch2/catch.hpp>

#include <string>

#include "core/excerpt.h"

namespace copydesk {

TEST_CASE("An excerpt keeps a short text and cuts a long one on character boundaries", "[core][excerpt]") {
  CHECK(excerpt("围绕围绕", 100) == "围绕围绕");
  std::string page;
  for (int i = 0; i < 400; ++i) page += "会议强调要继续实施更加积极的政策。";
  for (size_t max : {20, 100, 101, 102, 2000}) {
    std::string cut = excerpt(page, max);
    CHECK(cut.size() <= max);
    CHECK(cut.find(" … ") != std::string::npos);
    CHECK(page.rfind(cut.substr(0, cut.find(" … ")), 0) == 0);  // the beginning of the text
    std::string tail = cut.substr(cut.find(" … ") + std::string(" … ").size());
    CHECK(page.substr(page.size() - tail.size()) == tail);      // and its end
    std::string head = cut.substr(0, cut.find(" … "));
    for (const std::string& part : {head, tail}) {
      CHECK((part.empty() || (static_cast<unsigned char>(part[0]) & 0xC0) != 0x80));  // whole characters only
    }
    CHECK(excerpt(cut, max) == cut);  // an excerpt of an excerpt is itself
  }
}

}  // namespace copydesk
