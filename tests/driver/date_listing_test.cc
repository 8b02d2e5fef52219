#include <catch2/catch.hpp>

#include <sstream>

#include "core/document.h"
#include "driver/date_listing.h"

using namespace copydesk;

TEST_CASE("The date listing shows each resolved date and its reference", "[driver][dates]") {
  Document doc("page.txt", "标题\n\n本报6月16日讯（记者 王磊）6月15日，会议召开。去年12月，产量创新高。\n");
  doc.set_pubdate("2026-06-17");

  std::ostringstream text;
  print_dates(doc, text);
  CHECK(text.str().find("2026-06-17 (pubdate)") != std::string::npos);
  CHECK(text.str().find("6月15日  -> 2026-06-15  (ref dateline 2026-06-16)") != std::string::npos);
  CHECK(text.str().find("去年12月  -> 2025-12") != std::string::npos);

  nlohmann::json j = dates_to_json(doc);
  CHECK(j["publication"]["date"] == "2026-06-17");
  CHECK(j["publication"]["source"] == "pubdate");
  bool seen = false;
  for (const auto& d : j["dates"]) {
    if (d["text"] == "6月15日") {
      seen = true;
      CHECK(d["date"] == "2026-06-15");
      CHECK(d["kind"] == "date");
      CHECK(d["line"] == 3);
      int ref = d["reference"];
      CHECK(j["references"][ref]["source"] == "dateline");
      CHECK(j["references"][ref]["date"] == "2026-06-16");
    }
  }
  CHECK(seen);
}

TEST_CASE("A page without any date lists no publication", "[driver][dates]") {
  Document doc("page.txt", "没有日期的一段话。\n");
  nlohmann::json j = dates_to_json(doc);
  CHECK(j["publication"].is_null());
  CHECK(j["dates"].empty());
}
