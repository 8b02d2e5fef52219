// The fast YAML reader gives the same nodes as yaml-cpp, and leaves to
// yaml-cpp what it does not read.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "rules/fast_yaml.h"

using namespace copydesk;

namespace {

// Node trees compared by type, scalar text, keys in order and items.
bool same(const YAML::Node& a, const YAML::Node& b) {
  if (a.Type() != b.Type()) return false;
  switch (a.Type()) {
    case YAML::NodeType::Scalar: return a.Scalar() == b.Scalar();
    case YAML::NodeType::Sequence:
      if (a.size() != b.size()) return false;
      for (size_t i = 0; i < a.size(); ++i) {
        if (!same(a[i], b[i])) return false;
      }
      return true;
    case YAML::NodeType::Map: {
      if (a.size() != b.size()) return false;
      auto x = a.begin();
      auto y = b.begin();
      for (; x != a.end(); ++x, ++y) {
        if (!same(x->first, y->first) || !same(x->second, y->second)) return false;
      }
      return true;
    }
    default: return true;
  }
}

void check_same(const std::string& text) {
  INFO(text);
  auto fast = parse_yaml_quickly(text);
  REQUIRE(fast);
  CHECK(same(*fast, YAML::Load(text)));
}

}  // namespace

TEST_CASE("the fast YAML reader reads what yaml-cpp reads", "[yaml]") {
  check_same("kind: pattern\ncategory: layout\nseverity: warning\n");
  check_same("message:\n  en: \"“{text}”: quoted, with \\\\escapes\\\"\"\n  zh: '单引号''里'\n");
  check_same("description: >-\n  folded\n  lines\n\n  kept apart\nhelp: |\n  literal\n  block\n");
  check_same("options: {check: weekday, list: [1, 2.5, true, ~, null, '', x]}\nempty:\nother: ~\n");
  check_same("examples:\n  bad:\n  - one\n  - \"two\\nlines\"\n  good: []\n");
  check_same("");
  check_same("# only a comment\n");
  check_same("- [城市, 农村]\n- [男, 女]\n");
}

TEST_CASE("the fast YAML reader leaves the rest to yaml-cpp", "[yaml]") {
  CHECK_FALSE(parse_yaml_quickly("a: &x 1\nb: *x\n"));       // anchors and aliases
  CHECK_FALSE(parse_yaml_quickly("a: !!int 1\n"));           // tags
  CHECK_FALSE(parse_yaml_quickly("a: 1\n---\nb: 2\n"));      // two documents
  CHECK_FALSE(parse_yaml_quickly("a: [1, 2\nb: 3\n"));       // malformed
  CHECK_FALSE(parse_yaml_quickly("a:\n  - 1\n - 2\n"));      // bad indentation
}

TEST_CASE("every shipped rule and data file reads the same both ways", "[yaml]") {
  int files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(std::filesystem::path(COPYDESK_SOURCE_DIR) / "rules")) {
    if (entry.path().extension() != ".yaml") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    INFO(entry.path().string());
    auto fast = parse_yaml_quickly(text.str());
    REQUIRE(fast);
    CHECK(same(*fast, YAML::Load(text.str())));
    ++files;
  }
  CHECK(files > 50);
}
