#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/test_support.h"

using namespace copydesk::testing;

namespace {
const char* kPage =
    "京津冀蒙技术经理人联盟成立\n\n"
    "本报6月16日讯（记者 孙柳 阿妮尔）6月16日，联盟成立。四地迈出一步。\n\n"
    "多彩活动迎端午\n\n"
    "6月16日，小学生进行旱地龙舟比赛。\n\n"
    "本报记者 王磊 摄\n";
}

TEST_CASE("segment prints each article with why it starts there", "[segment][cli]") {
  TempDir dir;
  std::string path = dir.write("page.txt", kPage);
  CommandResult r = run_copydesk("segment '" + path + "'");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("2 articles") != std::string::npos);
  CHECK(r.out.find("opened by a headline") != std::string::npos);
  CHECK(r.out.find("dateline: 本报6月16日讯 （记者 孙柳 阿妮尔）") != std::string::npos);
  CHECK(r.out.find("caption") != std::string::npos);
}

TEST_CASE("segment --json gives offsets, lines and texts", "[segment][cli]") {
  CommandResult r = run_copydesk("segment --json - --stdin-filename page.txt", kPage);
  if (r.exit_code != 0) r = run_copydesk("segment --json -", kPage);
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  REQUIRE(j["articles"].size() == 2);
  const auto& a = j["articles"][0];
  CHECK(a["opened_by"] == "headline");
  CHECK(a["dateline"]["text"] == "本报6月16日讯");
  CHECK(a["start_line"] == 1);
  const auto& headline = j["blocks"][a["headline"].get<int>()];
  CHECK(headline["kind"] == "headline");
  CHECK(headline["text"] == "京津冀蒙技术经理人联盟成立");
  // Offsets are bytes into the text: the dateline starts where its paragraph does.
  std::string page = kPage;
  CHECK(a["dateline"]["begin"] == page.find("本报6月16日讯"));
  CHECK(j["blocks"][1]["start_line"] == 3);
  CHECK(j["blocks"][1]["start_column"] == 1);
  bool found = false;
  for (const auto& s : j["sentences"]) found = found || s["text"] == "四地迈出一步。";
  CHECK(found);
}

TEST_CASE("segment reports a missing file with exit code 2", "[segment][cli]") {
  CommandResult r = run_copydesk("segment /nonexistent/page.txt");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("page.txt") != std::string::npos);
}
