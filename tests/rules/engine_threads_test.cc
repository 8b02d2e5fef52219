// One document's rules on several threads: the same findings as on one, and
// each shared analysis computed once however many threads ask for it.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "core/document.h"
#include "rules/engine.h"
#include "rules/rule_pack.h"

namespace copydesk {

namespace {

// A page of news copy with defects of several kinds, varied by `i` so that
// the pages are no copies of each other.
std::string page(int i) {
  const std::string n = std::to_string(i);
  return "全市签约重点项目" + std::to_string(40 + i % 7) + "个\n\n本报讯（记者 王" + n +
         "）2025年3月" + std::to_string(1 + i % 28) + "日（星期一），全市共签约重点项目34个，总投资" + n +
         "亿元，其中工业项目20个、服务业项目20个。\n\n会议强调,要围绕围绕高质量发展推进第" + n +
         "批项目建设，发电量900亿度，合720亿千瓦时。今年以来全市新增就业" + std::to_string(1000 + i) +
         "人，比去年同期的" + std::to_string(800 + i) + "人增长50%。\n\n该项目于2025年2月30日开工，“加快建设。\n\n";
}

std::set<std::string> rule_ids(const std::vector<Finding>& findings) {
  std::set<std::string> ids;
  for (const Finding& f : findings) ids.insert(f.rule_id);
  return ids;
}

// A stand-in analysis that counts its computations and takes a while.
struct SlowAnalysis {
  static constexpr std::string_view kName = "slow";
  static std::atomic<int> computed;
  static SlowAnalysis compute(const Document&) {
    ++computed;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    return {};
  }
  int value = 42;
};
std::atomic<int> SlowAnalysis::computed{0};

}  // namespace

TEST_CASE("A document's rules on several threads give the findings of one thread", "[rules][engine]") {
  auto rules = load_rule_packs(std::filesystem::path(COPYDESK_SOURCE_DIR) / "rules");
  REQUIRE(rules.ok());
  const Engine engine(std::move(rules.value()));
  std::string text;
  for (int i = 0; text.size() < 400 * 1024; ++i) text += page(i);  // above the size worth threads

  Document one("page.txt", text), four("page.txt", text);
  const std::vector<Finding> sequential = engine.check(one, {}, 1);
  const std::vector<Finding> parallel = engine.check(four, {}, 4);
  REQUIRE(rule_ids(sequential).size() >= 5);  // several kinds found something
  REQUIRE(parallel.size() == sequential.size());
  for (size_t i = 0; i < sequential.size(); ++i) {
    CHECK(parallel[i].rule_id == sequential[i].rule_id);
    CHECK(parallel[i].location.span == sequential[i].location.span);
    CHECK(parallel[i].message == sequential[i].message);
    CHECK(parallel[i].fingerprint == sequential[i].fingerprint);
  }
}

TEST_CASE("An analysis asked for by several threads at once is computed once", "[core][document]") {
  Document doc("a.txt", "text");
  SlowAnalysis::computed = 0;
  std::vector<const SlowAnalysis*> seen(8);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < seen.size(); ++t) {
    threads.emplace_back([&, t] { seen[t] = &doc.analysis<SlowAnalysis>(); });
  }
  for (std::thread& t : threads) t.join();
  CHECK(SlowAnalysis::computed == 1);
  for (const SlowAnalysis* a : seen) {
    CHECK(a == seen[0]);
    CHECK(a->value == 42);
  }
}

}  // namespace copydesk
