#include <catch2/catch.hpp>

#include <string>

#include "extract/quantities.h"
#include "rules/rule_pack.h"

using namespace copydesk;

namespace {

struct Found {
  std::string text;
  std::string unit;
  std::string dimension;
  double base = 0;
  Bound bound = Bound::kExact;
};

std::vector<Found> quantities(const std::string& text) {
  const UnitCatalog& catalog = UnitCatalog::builtin();
  auto numbers = find_numbers(text);
  std::vector<Found> out;
  for (const Quantity& q : find_quantities(text, numbers, catalog)) {
    const UnitDef& u = catalog.units()[q.unit];
    out.push_back({std::string(q.span.of(text)), u.name, u.dimension, q.base, q.bound});
  }
  return out;
}

}  // namespace

TEST_CASE("The unit catalog loads and covers the required units", "[extract][units]") {
  const UnitCatalog& catalog = UnitCatalog::builtin();
  REQUIRE_FALSE(catalog.units().empty());
  for (const char* name : {"度", "千瓦时", "kWh", "万千瓦时", "亿千瓦时", "千瓦", "万千瓦", "kW", "MW", "克", "公斤", "千克",
                           "斤", "吨", "万吨", "g", "kg", "t", "pounds", "米", "公里", "千米", "km", "miles", "亩",
                           "公顷", "平方米", "平方公里", "km²", "acres", "hectares", "立方米", "方", "升", "m³", "元",
                           "万元", "亿元", "美元", "$", "人", "人次", "万人次", "家", "户", "个", "摄氏度", "℃"}) {
    INFO(name);
    bool found = false;
    for (const auto& s : catalog.spellings()) found |= s.text == name;
    CHECK(found);
  }
}

TEST_CASE("A broken unit catalog is an error naming the file", "[extract][units]") {
  auto missing = UnitCatalog::load("/nonexistent/units.yaml");
  CHECK_FALSE(missing.ok());
}

TEST_CASE("Quantities resolve to base units", "[extract][quantities]") {
  struct Case {
    const char* text;
    const char* span;
    const char* unit;
    const char* dimension;
    double base;
  };
  const Case cases[] = {
      {"外送绿电达900亿度", "900亿度", "度", "energy", 9e10 * 3.6e6},
      {"输送电量约720亿千瓦时", "720亿千瓦时", "亿千瓦时", "energy", 720 * 1e8 * 3.6e6},
      {"年发电50万千瓦时", "50万千瓦时", "万千瓦时", "energy", 50 * 1e4 * 3.6e6},
      {"装机7200万千瓦", "7200万千瓦", "万千瓦", "power", 7.2e7 * 1e3},
      {"收购20万公斤", "20万公斤", "万公斤", "mass", 2e5 * 1e3},
      {"重5千克", "5千克", "千克", "mass", 5000},
      {"全长3千米", "3千米", "千米", "length", 3000},
      {"身高168cm", "168cm", "cm", "length", 1.68},
      {"387万亩", "387万亩", "万亩", "area", 387e4 * 666.6667},
      {"面积2公顷", "2公顷", "公顷", "area", 2e4},
      {"库容300万方水", "300万方", "方", "volume", 3e6},
      {"投资36.57亿元", "36.57亿元", "亿元", "currency-CNY", 3.657e9},
      {"It cost $4.2 million", "$4.2 million", "$", "currency-USD", 4.2e6},
      {"12,000 miles", "12,000 miles", "miles", "length", 12000 * 1609.344},
      {"the 1,900-square-kilometer district", "1,900-square-kilometer", "square kilometers", "area", 1.9e9},
      {"气温零下20度", "20度", "度", "temperature-C", 20},
      {"室温25℃", "25℃", "℃", "temperature-C", 25},
      {"29户国有企业", "29户", "户", "households", 29},
      {"接待游客45.2万人次", "45.2万人次", "万人次", "visits", 45.2e4},
      {"五岁的孩子", "五岁", "岁", "age", 5},
      {"500余人", "500余人", "人", "people", 500},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    auto found = quantities(c.text);
    REQUIRE(found.size() >= 1);
    CHECK(found[0].text == c.span);
    CHECK(found[0].unit == c.unit);
    CHECK(found[0].dimension == c.dimension);
    CHECK(found[0].base == Approx(c.base).epsilon(1e-6));
  }
}

TEST_CASE("Unit characters that are part of words are not units", "[extract][quantities]") {
  for (const char* text : {"3个月后", "全省14亿人民", "温度适中", "3度假村", "1元素", "第3名", "12方面", "3起来", "5起步价"}) {
    INFO(text);
    CHECK(quantities(text).empty());
  }
  // 度 needs electricity or temperature nearby.
  CHECK(quantities("难度提高了3度").empty());
  // 起 after a figure counts incidents.
  REQUIRE(quantities("全市共接警出动3860起").size() == 1);
}

TEST_CASE("分 counts the points of a score, not minutes, decibels or decimetres", "[extract][quantities]") {
  auto found = quantities("体育中考总分为80分，其中过程性评价20分。");
  REQUIRE(found.size() == 2);
  CHECK(found[0].dimension == "score");
  CHECK(found[0].base == 80);
  // A figure after 时 or 点 is a time's minutes (not_after); 分钟, 分贝 and 分米 are other units.
  for (const char* text : {"上午8时30分开幕", "晚上9点15分", "用时5分钟", "噪声70分贝", "长3分米"}) {
    INFO(text);
    for (const Found& q : quantities(text)) CHECK(q.dimension != "score");
  }
}

TEST_CASE("An English unit may follow its figure on the next line of a hard-wrapped paragraph", "[extract][quantities]") {
  auto found = quantities("payloads of up to 4 kg (about 4.4\npounds) and 120\nmetres high");
  REQUIRE(found.size() == 3);
  CHECK(found[1].text == "4.4\npounds");
  CHECK(found[1].unit == "pounds");
  CHECK(found[2].text == "120\nmetres");
  // A line that starts with a capital is a new item, not the figure's unit.
  CHECK(quantities("Boxes shipped: 40\nPounds of mail were lost").empty());
  // A symbol after a hyphen, as an adjective: a 2.5-km tunnel.
  auto adjective = quantities("a 2.5-mile (2.5-km) storage tunnel");
  REQUIRE(adjective.size() == 2);
  CHECK(adjective[1].text == "2.5-km");
  // Data sizes.
  auto data = quantities("1.2 terabytes (1,200 GB) and a 5 Mbps link");
  REQUIRE(data.size() == 2);
  CHECK(data[0].dimension == "data");
  CHECK(data[1].base == Approx(1.2e12));
  // Chinese units are written against their figure.
  CHECK(quantities("重量为4\n公斤").empty());
}

TEST_CASE("Bound words after the unit apply to the quantity", "[extract][quantities]") {
  auto found = quantities("约300人左右，增长40%以上，参观者3万人以上");
  REQUIRE(found.size() == 2);
  CHECK(found[0].bound == Bound::kApprox);
  CHECK(found[1].bound == Bound::kOver);
  // A bound word or approximation cut by the end of the text, or one that
  // shares only its last byte (以上 ends with 8A, as does 半 E5 8D 8A).
  auto cut = quantities("来了300人以");
  REQUIRE(cut.size() == 1);
  CHECK(cut[0].bound == Bound::kExact);
  CHECK(quantities("来了300人半")[0].bound == Bound::kExact);
  REQUIRE(quantities("二十多").empty());
  auto approx = quantities("二十多人");
  REQUIRE(approx.size() == 1);
  CHECK(approx[0].text == "二十多人");
}

TEST_CASE("A unit's spans cover the spelling as written, not the catalog name", "[extract][quantities]") {
  // The catalog name can be shorter or longer than the spelling in the text:
  // ¥ (2 bytes) for the full-width ￥ (3 bytes), $ for US$, m² for m2.
  struct Case {
    const char* text;
    const char* span;
    const char* unit_text;
  };
  const Case cases[] = {
      {"价格为￥300。", "￥300", "￥"},
      {"价格为¥300。", "¥300", "¥"},
      {"It cost $300.", "$300", "$"},
      {"售价US$300。", "US$300", "US$"},
      {"售价 ￥ 300。", "￥ 300", "￥"},
      {"面积50 m2。", "50 m2", "m2"},
      {"面积50m²。", "50m²", "m²"},
      {"共5 km。", "5 km", "km"},
      {"发电720亿千瓦时。", "720亿千瓦时", "亿千瓦时"},
  };
  const UnitCatalog& catalog = UnitCatalog::builtin();
  for (const Case& c : cases) {
    INFO(c.text);
    std::string text = c.text;
    auto found = find_quantities(text, find_numbers(text), catalog);
    REQUIRE(found.size() == 1);
    CHECK(found[0].span.of(text) == c.span);
    CHECK(found[0].unit_span.of(text) == c.unit_text);
  }
}
