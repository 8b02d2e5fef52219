// copydesk fix: safe fixes applied, everything else unchanged, idempotent.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "driver/fix_command.h"
#include "rules/rule_pack.h"
#include "support/test_support.h"

using namespace copydesk;
using namespace copydesk::testing;

namespace {

const Engine& engine() {
  static const Engine e = [] {
    auto rules = load_rule_packs(std::string(COPYDESK_SOURCE_DIR) + "/rules");
    REQUIRE(rules.ok());
    return Engine(std::move(rules.value()));
  }();
  return e;
}

// The text with every character the safe fixes may touch removed.
std::string skeleton(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n' || c == ' ' || c == ',' || c == ':' || c == ';' || c == '(' || c == ')' || c == '!' || c == '?') continue;
    out += c;
  }
  return out;
}

}  // namespace

TEST_CASE("fix keeps digits", "[fix]") {
  CHECK(fix_keeps_digits("1942\n\n年初", "1942年初"));
  CHECK_FALSE(fix_keeps_digits("12月", "1月"));
}

TEST_CASE("fix applies safe fixes and is idempotent", "[fix]") {
  std::string text =
      "会议强调,要按照工作要求,精准把握\n\n政策导向,统筹推进各项工作。。全市1-5月生产防腐劑3,500吨。\n";
  FixResult once = apply_fixes(engine(), "a.txt", text);
  CHECK(once.applied > 0);
  CHECK(once.text.find("精准把握政策导向") != std::string::npos);
  CHECK(once.text.find("防腐剂") != std::string::npos);
  CHECK(once.text.find("。。") == std::string::npos);
  CHECK(once.text.find("1-5月") != std::string::npos);   // not a safe fix: left alone
  CHECK(once.text.find("3,500") != std::string::npos);   // a number: untouched
  CHECK(once.text.find(',') == once.text.find("3,500") + 1);
  FixResult twice = apply_fixes(engine(), "a.txt", once.text);
  CHECK(twice.applied == 0);
  CHECK(twice.text == once.text);
}

TEST_CASE("fix on the seed pages removes the fixed classes and nothing else", "[fix][seeds]") {
  for (const char* name : {"000_04f11f2a1790bd7e.txt", "001_9b9eba992545ddab.txt", "002_886710ab6ea59184.txt",
                           "003_aa413b9030c6c9bb.txt", "004_b13d57cdbdd69c91.txt"}) {
    INFO(name);
    std::ifstream in(std::string(COPYDESK_SOURCE_DIR) + "/seeds/" + name);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    FixResult fixed = apply_fixes(engine(), name, text);
    Document doc(name, fixed.text);
    for (const Finding& f : engine().check(doc)) {
      if (f.fix && fix_keeps_digits(f.matched_text, *f.fix)) FAIL_CHECK(f.rule_id << " left: " << f.matched_text);
    }
    CHECK(apply_fixes(engine(), name, fixed.text).applied == 0);
    // Apart from the characters the fixes rewrite, the text is the same.
    std::string before = skeleton(text), after = skeleton(fixed.text);
    std::vector<std::pair<std::string, std::string>> rewrites = {
        {"，", ""}, {"：", ""}, {"；", ""}, {"（", ""}, {"）", ""}, {"！", ""}, {"？", ""}, {"。。", "。"},
        {"彥", "彦"}, {"劑", "剂"}};
    // Doubled fragments (a caption or word printed twice) are fixed by keeping one copy.
    Document original(name, text);
    for (const Finding& f : engine().check(original)) {
      if (f.category == Category::kRepeatedFragment && f.fix) rewrites.insert(rewrites.begin(), {skeleton(f.matched_text), skeleton(*f.fix)});
    }
    for (const auto& [from, to] : rewrites) {
      if (from.empty()) continue;
      for (std::string* s : {&before, &after}) {
        for (size_t p = s->find(from); p != std::string::npos; p = s->find(from, p + to.size())) s->replace(p, from.size(), to);
      }
    }
    CHECK(before == after);
  }
}

TEST_CASE("fix --diff previews and changes nothing", "[fix]") {
  TempDir dir;
  std::string path = dir.write("a.txt", "记者获悉,项目进展顺利。\n");
  auto r = run_copydesk("fix --diff " + path);
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("+记者获悉，项目进展顺利。") != std::string::npos);
  std::ifstream in(path);
  std::string content((std::istreambuf_iterator<char>(in)), {});
  CHECK(content == "记者获悉,项目进展顺利。\n");
  auto w = run_copydesk("fix " + path);
  CHECK(w.exit_code == 0);
  std::ifstream fixed(path), backup(path + ".orig");
  CHECK(std::string((std::istreambuf_iterator<char>(fixed)), {}) == "记者获悉，项目进展顺利。\n");
  CHECK(std::string((std::istreambuf_iterator<char>(backup)), {}) == "记者获悉,项目进展顺利。\n");
}
