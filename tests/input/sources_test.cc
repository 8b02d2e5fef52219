#include "input/sources.h"

#include <catch2/catch.hpp>

#include "support/test_support.h"

namespace copydesk {
namespace {

std::vector<std::string> names(const Sources& s) {
  std::vector<std::string> out;
  for (const auto& f : s.files) out.push_back(f.path.filename().string());
  return out;
}

TEST_CASE("folders are walked recursively with include and exclude globs", "[input][sources]") {
  testing::TempDir dir;
  dir.write("b.txt", "b");
  dir.write("a.md", "a");
  dir.write("notes.pdf", "x");
  dir.write("sub/c.txt", "c");
  dir.write("sub/deep/d.txt", "d");
  dir.write(".hidden/e.txt", "e");
  CHECK(names(collect_sources({dir.path()})) == std::vector<std::string>{"a.md", "b.txt", "c.txt", "d.txt"});

  SourceOptions only_txt;
  only_txt.include = {"*.txt"};
  only_txt.exclude = {"sub/deep/**"};
  CHECK(names(collect_sources({dir.path()}, only_txt)) == std::vector<std::string>{"b.txt", "c.txt"});
}

TEST_CASE("files come once, in path order, whatever the argument order", "[input][sources]") {
  testing::TempDir dir;
  std::string a = dir.write("a.txt", "a"), b = dir.write("b.txt", "b");
  Sources s = collect_sources({b, a, dir.path(), a});
  CHECK(names(s) == std::vector<std::string>{"a.txt", "b.txt"});
}

TEST_CASE("a missing path is an error, the others are still collected", "[input][sources]") {
  testing::TempDir dir;
  std::string a = dir.write("a.txt", "a");
  Sources s = collect_sources({dir.path() + "/missing.txt", a});
  REQUIRE(s.errors.size() == 1);
  CHECK_THAT(s.errors[0], Catch::Contains("missing.txt: no such file or directory"));
  CHECK(names(s) == std::vector<std::string>{"a.txt"});
}

TEST_CASE("glob matching", "[input][sources]") {
  CHECK(glob_match("*.txt", "a.txt"));
  CHECK_FALSE(glob_match("*.txt", "sub/a.txt"));
  CHECK(glob_match("**/*.txt", "sub/deep/a.txt"));
  CHECK(glob_match("**/*.txt", "a.txt"));
  CHECK(glob_match("zh-Hans.*", "zh-Hans.doubled-punctuation"));
  CHECK_FALSE(glob_match("a?c", "a/c"));
}

TEST_CASE("read_source reads the whole file", "[input][sources]") {
  testing::TempDir dir;
  std::string big(300000, 'x');
  InputFile f{dir.write("big.txt", big), "big.txt", false};
  auto r = read_source(f);
  REQUIRE(r.ok());
  CHECK(r.value() == big);
  InputFile missing{dir.path() + "/none.txt", "none.txt", false};
  CHECK_THAT(read_source(missing).status().message(), Catch::Contains("none.txt: cannot open"));
}

}  // namespace
}  // namespace copydesk
