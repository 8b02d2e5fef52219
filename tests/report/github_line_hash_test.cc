#include <catch2/catch.hpp>

#include "report/github_line_hash.h"

namespace copydesk {
namespace {

// The example of shared/research/sarif.md §5, whose hashes were checked
// against GitHub's own code.
const char* kFlood =
    "# River floods low-lying districts\n"
    "\n"
    "Heavy rain pushed the river 2.4 metres above its normal level on Tuesday.\n"
    "Residents of the eastern districts were told to move to higher ground.\n"
    "\n"
    "The mayor said emergency crews had worked through the night.\n"
    "\n"
    "Officials said the water was 8 feet above normal by Wednesday morning.\n"
    "\n"
    "Heavy rain pushed the river 2.4 metres above its normal level on Tuesday.\n";

TEST_CASE("line hashes match GitHub's on the reference example", "[report][line-hash]") {
  std::vector<std::string> hashes = github_line_hashes(kFlood);
  // The end-of-file mark after the last newline counts as an eleventh line, as in GitHub's code.
  REQUIRE(hashes.size() == 11);
  CHECK(hashes[2] == "cc1c3ac1e6154673:1");
  CHECK(hashes[9] == "d390901128aa63e:1");
  auto some = github_line_hashes(kFlood, {3, 10});
  CHECK(some.size() == 2);
  CHECK(some[10] == "d390901128aa63e:1");
}

TEST_CASE("line hashes depend on the following text, not on the line number", "[report][line-hash]") {
  std::string moved = std::string("Inserted line.\nAnother.\n") + kFlood;
  std::vector<std::string> hashes = github_line_hashes(moved);
  CHECK(hashes[4] == "cc1c3ac1e6154673:1");
  CHECK(hashes[11] == "d390901128aa63e:1");
  // Without the final newline the last line's window differs.
  std::string cut(kFlood);
  cut.pop_back();
  CHECK(github_line_hashes(cut)[9] != "d390901128aa63e:1");
}

TEST_CASE("equal hashes are numbered in file order", "[report][line-hash]") {
  std::string text;
  for (int i = 0; i < 300; ++i) text += "same line\n";
  std::vector<std::string> hashes = github_line_hashes(text);
  REQUIRE(hashes.size() == 301);
  // Far from the end, every window holds the same characters.
  std::string value = hashes[0].substr(0, hashes[0].find(':'));
  CHECK(hashes[0] == value + ":1");
  CHECK(hashes[1] == value + ":2");
  CHECK(hashes[2] == value + ":3");
}

TEST_CASE("spaces, tabs and line ending style do not change line hashes", "[report][line-hash]") {
  std::string lf = "第一行 内容\n第二行\n";
  CHECK(github_line_hashes(lf) == github_line_hashes("第一行\t内容\r\n第二行\r\n"));
  CHECK(github_line_hashes(lf) == github_line_hashes("  第一行内容\r第二行\r"));
  CHECK(github_line_hashes(lf) != github_line_hashes("第一行内容\n第二行。\n"));
}

TEST_CASE("the file is read as Node reads UTF-8", "[report][line-hash]") {
  CHECK(decode_utf8_like_node("a\xE4\xB8\xAD") == u"a中");
  CHECK(decode_utf8_like_node("\xF0\x9F\x98\x80") == u"\U0001F600");
  // Each maximal invalid subpart is one U+FFFD; the byte after it starts afresh.
  CHECK(decode_utf8_like_node("\xE4\xB8x") == u"\uFFFDx");
  CHECK(decode_utf8_like_node("\xFF\xC0\x80") == u"\uFFFD\uFFFD\uFFFD");
  CHECK(decode_utf8_like_node("\xED\xA0\x80") == u"\uFFFD\uFFFD\uFFFD");
  CHECK(decode_utf8_like_node("\xE4") == u"\uFFFD");
  // A BOM is kept, so it is hashed.
  CHECK(decode_utf8_like_node("\xEF\xBB\xBFx") == u"\uFEFFx");
  CHECK(github_line_hashes("\xEF\xBB\xBFx\n") != github_line_hashes("x\n"));
}

}  // namespace
}  // namespace copydesk
