#include <catch2/catch.hpp>

#include <re2/re2.h>

#include <random>
#include <string>

#include "extract/date_anchored.h"

using namespace copydesk;

namespace {

// The length of RE2's match of `pattern` anchored at the start of `text`, 0 when none.
size_t re2_anchored(const RE2& pattern, const std::string& text) {
  re2::StringPiece match;
  if (!pattern.Match(text, 0, text.size(), RE2::ANCHOR_START, &match, 1)) return 0;
  return match.size();
}

// Random strings of `fragments`; the hand matcher must agree with RE2 on each
// one it reads.
template <typename Matcher>
void agrees_with_re2(const char* source, Matcher matcher, std::initializer_list<const char*> fragments) {
  RE2 pattern(source);
  REQUIRE(pattern.ok());
  std::vector<std::string> pieces(fragments.begin(), fragments.end());
  std::mt19937 rng(11);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 6);
  int read = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (int i = length(rng); i > 0; --i) text += pieces[pick(rng)];
    size_t hand = matcher(text);
    if (hand == kAskRe2) continue;
    ++read;
    INFO(text);
    CHECK(hand == re2_anchored(pattern, text));
  }
  CHECK(read > 4000);  // most texts are of a shape it reads
}

TEST_CASE("anchored_zh_day finds RE2's anchored match", "[dates]") {
  CHECK(anchored_zh_day("16日") == 5);
  CHECK(anchored_zh_day("6号起") == 4);
  CHECK(anchored_zh_day("123日") == 0);
  CHECK(anchored_zh_day("日") == 0);
  agrees_with_re2("([0-9]{1,2})(日|号)", anchored_zh_day, {"1", "2", "0", "9", "日", "号", "月", "年", "-", " "});
}

TEST_CASE("anchored_zh_year finds RE2's anchored match", "[dates]") {
  CHECK(anchored_zh_year("2026年") == 7);
  CHECK(anchored_zh_year("2026年年底") == 13);
  CHECK(anchored_zh_year("去年上半年") == 15);
  CHECK(anchored_zh_year("20261年") == 0);
  CHECK(anchored_zh_year("二〇二六年") == kAskRe2);
  CHECK(anchored_zh_year(",2026年") == 0);
  CHECK(anchored_zh_year("年初") == 0);
  agrees_with_re2(
      "(?:([0-9]{4}|[零〇○一二三四五六七八九]{3,4}|两千[零〇一二三四五六七八九十]{0,4})年|(今年|去年|明年|前年))"
      "(年初|年底|年末|初|底|末|上半年|下半年)?",
      anchored_zh_year,
      {"2", "0", "1", "9", "年", "今", "去", "明", "前", "初", "底", "末", "上", "下", "半", "月", "今年", "2026",
       "2026年", "年初", "上半年", ",", ")", "二〇", "两千", "两"});
}

TEST_CASE("anchored_zh_date finds RE2's anchored match", "[dates]") {
  CHECK(anchored_zh_date("6月") == 4);
  CHECK(anchored_zh_date("11月11日") == 10);
  CHECK(anchored_zh_date("2026年4月9日上旬") == 21);
  CHECK(anchored_zh_date("6月份") == 7);
  CHECK(anchored_zh_date("123月") == 0);
  CHECK(anchored_zh_date("2026年") == 0);
  CHECK(anchored_zh_date("今年6月") == kAskRe2);
  CHECK(anchored_zh_date("12 月 14 日") == kAskRe2);
  CHECK(anchored_zh_date(" 21 月 14 日") == 0);
  CHECK(anchored_zh_date(")4月29日") == 0);
  CHECK(anchored_zh_date("月初十") == 0);
  agrees_with_re2(
      "(?:(农历)?(?:([0-9]{4}|[零〇○一二三四五六七八九]{3,4}|两千[零〇一二三四五六七八九十]{0,4}) ?年 ?|"
      "(今年|去年|明年|前年))(农历)?)?([0-9]{1,2}|十[一二]?|[一二三四五六七八九]) ?月 ?(?:份)?"
      "(?:([0-9]{1,2}) ?(日|号)|([一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(日|号)?)?"
      "(上旬|中旬|下旬|初|底|末)?",
      anchored_zh_date,
      {"1", "2", "0", "9", "2026", "12", "年", "月", "日", "号", "份", "上旬", "初", "底", "中", "旬", " ", "农历",
       "十", "三", "今年", "2026年", "6月", "15日", ",", ")", "(", "两千", "〇"});
}

}  // namespace
