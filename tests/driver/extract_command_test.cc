// End-to-end: `copydesk extract --json` and the reports of `copydesk check`
// on units whose spelling is longer or shorter than their catalog name.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "support/test_support.h"

namespace copydesk {
namespace {
using testing::run_copydesk;
using testing::TempDir;

std::string q(const std::string& s) { return "'" + s + "'"; }

// ￥ is the full-width spelling of ¥ (3 bytes against 2); US$ is a spelling of $.
const std::string kCurrencies = "价格为￥300，约合US$42。\n价格为￥300元，约合$42。\n";

TEST_CASE("extract --json reports units spelled differently from their catalog name", "[e2e][extract]") {
  TempDir dir;
  std::string path = dir.write("currencies.txt", kCurrencies);
  auto r = run_copydesk("extract --json " + q(path));
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out, nullptr, false);
  REQUIRE_FALSE(j.is_discarded());
  std::vector<std::string> texts, unit_texts;
  for (const auto& item : j["quantities"]) {
    texts.push_back(item["text"]);
    unit_texts.push_back(item["unit_text"]);
  }
  CHECK(texts == std::vector<std::string>{"￥300", "US$42", "300元", "$42"});
  CHECK(unit_texts == std::vector<std::string>{"￥", "US$", "元", "$"});
}

TEST_CASE("check reports are written for text with full-width currency signs", "[e2e][extract]") {
  TempDir dir;
  std::string path = dir.write("currencies.txt", kCurrencies);
  for (const char* format : {"json", "sarif"}) {
    INFO(format);
    auto r = run_copydesk(std::string("check --no-config --format ") + format + " " + q(path));
    CHECK((r.exit_code == 0 || r.exit_code == 1));
    CHECK_FALSE(nlohmann::json::parse(r.out, nullptr, false).is_discarded());
  }
}

}  // namespace
}  // namespace copydesk
