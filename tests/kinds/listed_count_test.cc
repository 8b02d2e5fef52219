// A count followed by the list of what it counts.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/document.h"
#include "extract/numbers.h"
#include "kinds/listed_count.h"

using namespace copydesk;

namespace {

// "count -> items named" for each list whose count is wrong.
std::vector<std::string> miscounted(const std::string& text) {
  Document doc("t.txt", text);
  const std::vector<NumberMention> ms = find_numbers(doc.text());
  std::vector<std::string> out;
  for (const MiscountedList& list : find_miscounted_lists(doc, ms, {0, doc.text().size()})) {
    out.push_back(std::string(doc.slice(list.count->extent)) + " -> " + std::to_string(list.items));
  }
  return out;
}

}  // namespace

TEST_CASE("a count whose list names another number of items", "[listed-count]") {
  CHECK(miscounted("The lineup includes five headliners: The Lonesome Pines, Maya Oduya, the group Los Caminos del "
                   "Río and Seattle indie act Paper Harbor.") == std::vector<std::string>{"five -> 4"});
  CHECK(miscounted("The board named 3 finalists: Ana Ruiz, Tom Baker, Lee Chen, and Omar Said.") ==
        std::vector<std::string>{"3 -> 4"});
  CHECK(miscounted("今年全市确定五个重点项目：数字产业园、物流基地、水利枢纽工程和会展中心。") ==
        std::vector<std::string>{"五 -> 4"});
  // The list ends at the clause after it; 和 joins two items when what comes
  // before it ends as the other items do (古籍与地方文献展区 is one item).
  CHECK(miscounted("书展设置了四大展区：主题出版展区、少儿阅读展区、民族文字出版物展区、古籍与地方文献展区和数字出版体验区，"
                   "来自全国的420家出版单位参展。") == std::vector<std::string>{"四 -> 5"});
  // ，分别是 opens a list as a colon does.
  CHECK(miscounted("院区设置6个专科中心，分别是心血管中心、神经疾病中心、肿瘤中心、妇女儿童中心和康复医学中心。") ==
        std::vector<std::string>{"6 -> 5"});
}

TEST_CASE("counts whose list bears them out, or is no closed list of names", "[listed-count]") {
  CHECK(miscounted("The lineup includes four headliners: Pines, Oduya, Los Caminos and Paper Harbor.").empty());
  CHECK(miscounted("The board named three finalists: Ana Ruiz, Tom Baker, and Omar Said.").empty());
  // A last "and" may be inside a name: counted both ways.
  CHECK(miscounted("The three bidders: Acme, Procter and Gamble and Unilever.").empty());
  CHECK(miscounted("今年确定三个重点项目：数字产业园、物流基地和会展中心。").empty());
  CHECK(miscounted("书展设置了五大展区：主题出版展区、少儿阅读展区、民族文字出版物展区、古籍与地方文献展区和数字出版体验区，"
                   "来自全国的420家出版单位参展。").empty());
  // Items that end unlike each other: 和 may be inside a name, counted both ways.
  CHECK(miscounted("今年签约四家企业：伊利、蒙牛、鄂尔多斯和小肥羊餐饮连锁。").empty());
  CHECK(miscounted("院区设置5个专科中心，分别是心血管中心、神经疾病中心、肿瘤中心、妇女儿童中心和康复医学中心。").empty());
  // A comma opens no list without 分别是.
  CHECK(miscounted("院区设置6个专科中心，心血管中心、神经疾病中心和肿瘤中心率先开诊。").empty());
  // Open lists, lists of parts, and no list at all.
  CHECK(miscounted("The festival has five stages, including the Meadow Stage and the River Stage.").empty());
  CHECK(miscounted("The team signed five players: Ruiz, Baker, Chen and others.").empty());
  CHECK(miscounted("He faces 11 counts: seven counts of fraud and four counts of theft.").empty());
  CHECK(miscounted("今年确定五个重点项目：数字产业园、物流基地等。").empty());
  CHECK(miscounted("Two things matter: speed.").empty());
  // A singular before the colon is no count of a list.
  CHECK(miscounted("The vote was 5 to 2: Ruiz, Baker and Chen dissented.").empty());
}
