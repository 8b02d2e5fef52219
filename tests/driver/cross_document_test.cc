// Passages shared between documents (--cross-document).
#include <catch2/catch.hpp>

#include "driver/cross_document.h"
#include "support/test_support.h"

using namespace copydesk;
using namespace copydesk::testing;

namespace {

const std::string kShared =
    "11月3日，自治区党政代表团来到市农林科学院，听取科研人员介绍，察看科技成果展示，详细了解智慧农场建设情况。";

}  // namespace

TEST_CASE("a passage shared by two documents is found in both places", "[cross-document]") {
  Document a("a.txt", "本报讯 今天上午，全市秋粮收购工作会议召开。\n\n" + kShared + "\n");
  Document b("b.txt", "## 京蒙协作\n\n" + kShared + "\n\n代表团还考察了数字经济园区。\n");
  Document c("c.txt", "全市新增停车位3000个，缓解了老城区停车难。\n");
  auto passages = find_shared_passages({&a, &b, &c}, {.min_chars = 40});
  REQUIRE(passages.size() == 1);
  CHECK(passages[0].first == 0);
  CHECK(passages[0].second == 1);
  CHECK(a.slice(passages[0].first_span) == kShared);
  CHECK(b.slice(passages[0].second_span) == kShared);

  auto findings = shared_passage_findings({&a, &b, &c}, passages, false);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].location.path == "b.txt");
  CHECK(findings[0].location.start_line == 3);
  CHECK(findings[0].category == Category::kDuplicatePassage);
  REQUIRE(findings[0].related.size() == 1);
  CHECK(findings[0].related[0].location.path == "a.txt");
  CHECK(findings[0].related[0].location.start_line == 3);
}

TEST_CASE("shorter shared text and repeats inside one document are not cross-document", "[cross-document]") {
  Document a("a.txt", "会议强调，要抓好各项工作落实。" + kShared + kShared);
  Document b("b.txt", "会议强调，要抓好各项工作落实。全市新增停车位3000个。");
  CHECK(find_shared_passages({&a, &b}, {.min_chars = 40}).empty());
  CHECK(find_shared_passages({&a}, {.min_chars = 40}).empty());
}

TEST_CASE("white space and line wrapping do not hide a shared passage", "[cross-document]") {
  std::string wrapped = kShared;
  wrapped.insert(wrapped.find("听取"), "\n");
  Document a("a.txt", kShared);
  Document b("b.txt", "导语。\n" + wrapped);
  auto passages = find_shared_passages({&a, &b}, {.min_chars = 40});
  REQUIRE(passages.size() == 1);
  CHECK(passages[0].characters >= 40);
}

TEST_CASE("copydesk check --cross-document reports the shared passage", "[cross-document][cli]") {
  TempDir dir;
  dir.write("a.txt", "本报讯 今天上午，全市秋粮收购工作会议召开。\n\n" + kShared + "\n");
  dir.write("b.txt", "代表团还考察了数字经济园区。\n\n" + kShared + "\n");
  auto plain = run_copydesk("check --format json " + dir.path());
  CHECK(plain.out.find("cross-document") == std::string::npos);
  auto cross = run_copydesk("check --format json --cross-document " + dir.path());
  CHECK(cross.out.find("\"cross-document\"") != std::string::npos);
  CHECK(cross.out.find("a.txt") != std::string::npos);
}
