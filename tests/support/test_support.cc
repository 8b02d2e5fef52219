#include "support/test_support.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

#include "rules/rule_pack.h"

namespace copydesk::testing {
namespace fs = std::filesystem;

namespace {

Result<std::unique_ptr<Rule>> load_inline(const std::string& yaml, const std::string& pack) {
  TempDir dir;
  std::string file = dir.write("rule.yaml", yaml);
  return load_rule_file(file, pack);
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

std::unique_ptr<Rule> rule_from_yaml(const std::string& yaml, const std::string& pack) {
  auto rule = load_inline(yaml, pack);
  if (!rule.ok()) FAIL(rule.status().message());
  return std::move(rule.value());
}

std::string rule_load_error(const std::string& yaml, const std::string& pack) {
  auto rule = load_inline(yaml, pack);
  return rule.ok() ? "" : rule.status().message();
}

std::vector<Finding> run_rule(const Rule& rule, const std::string& text) {
  static const Engine engine(RuleSet{});
  Document doc("test.txt", text);
  return engine.check_with(rule, doc);
}

std::vector<std::string> matched(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) out.push_back(f.matched_text);
  return out;
}

std::unique_ptr<Rule> shipped_rule(const std::string& id) {
  size_t dot = id.find('.');
  std::string pack = id.substr(0, dot);
  fs::path file = fs::path(COPYDESK_SOURCE_DIR) / "rules" / pack / (id.substr(dot + 1) + ".yaml");
  auto rule = load_rule_file(file, pack);
  if (!rule.ok()) FAIL(rule.status().message());
  return std::move(rule.value());
}

CommandResult run_copydesk(const std::string& args, const std::string& stdin_text, const std::string& cwd) {
  TempDir dir;
  std::string in = dir.write("stdin", stdin_text);
  std::string out = dir.path() + "/stdout", err = dir.path() + "/stderr";
  std::string command = (cwd.empty() ? std::string() : "cd '" + cwd + "' && ") + "'" + COPYDESK_BINARY + "' " + args + " <'" + in + "' >'" + out + "' 2>'" + err + "'";
  int status = std::system(command.c_str());
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

TempDir::TempDir() {
  std::string templ = (fs::temp_directory_path() / "copydesk-test-XXXXXX").string();
  char* made = ::mkdtemp(templ.data());
  path_ = made ? made : templ;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

std::string TempDir::write(const std::string& name, const std::string& content) const {
  fs::path p = fs::path(path_) / name;
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << content;
  return p.string();
}

}  // namespace copydesk::testing
