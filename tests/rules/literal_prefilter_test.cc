#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "rules/literal_anchors.h"
#include "rules/literal_prefilter.h"
#include "rules/required_literals.h"

namespace copydesk {

namespace {

std::optional<RequiredLiterals> literals_of(const std::string& pattern) {
  RE2 re(pattern);
  REQUIRE(re.ok());
  return required_literals(re.pattern(), re.options());
}

using Matches = std::vector<std::pair<size_t, size_t>>;

// The matches of `re` in `span` of `text` as the pattern kind scans them:
// each search starts where the last match ended, in the whole span.
Matches scan_plain(const RE2& re, std::string_view text, Span span) {
  Matches out;
  re2::StringPiece unit(text.data() + span.begin, span.size());
  re2::StringPiece m;
  size_t pos = 0;
  while (pos <= unit.size() && re.Match(unit, pos, unit.size(), RE2::UNANCHORED, &m, 1)) {
    size_t begin = m.data() - text.data();
    out.push_back({begin, m.size()});
    size_t end = begin - span.begin + m.size();
    pos = end > pos ? end : pos + 1;
    while (pos < unit.size() && (static_cast<unsigned char>(unit[pos]) & 0xC0) == 0x80) ++pos;
  }
  return out;
}

Matches scan_filtered(PrefilteredSearch& search, std::string_view text, Span span) {
  Matches out;
  if (!search.set_span(span)) return out;
  re2::StringPiece m;
  size_t pos = 0;
  while (pos <= span.size() && search.find(span.begin, span.begin + pos, &m, 1)) {
    size_t begin = m.data() - text.data();
    out.push_back({begin, m.size()});
    size_t end = begin - span.begin + m.size();
    pos = end > pos ? end : pos + 1;
    while (pos < span.size() && (static_cast<unsigned char>(text[span.begin + pos]) & 0xC0) == 0x80) ++pos;
  }
  return out;
}

// As scan_filtered, passing over a span as the pattern kind does.
Matches scan_skipping(PrefilteredSearch& search, std::string_view text, Span span) {
  if (search.passes_over(span)) return {};
  return scan_filtered(search, text, span);
}

// As RE2::FindAndConsume: the text before each search is out of sight.
Matches consume_plain(const RE2& re, std::string_view text, Span span) {
  Matches out;
  re2::StringPiece input(text.data() + span.begin, span.size());
  re2::StringPiece m;
  while (re.Match(input, 0, input.size(), RE2::UNANCHORED, &m, 1) && !m.empty()) {
    out.push_back({static_cast<size_t>(m.data() - text.data()), m.size()});
    input.remove_prefix(m.data() + m.size() - input.data());
  }
  return out;
}

Matches consume_filtered(PrefilteredSearch& search, std::string_view text, Span span) {
  Matches out;
  if (!search.set_span(span)) return out;
  re2::StringPiece m;
  for (size_t from = span.begin; search.find(from, from, &m, 1) && !m.empty();) {
    out.push_back({static_cast<size_t>(m.data() - text.data()), m.size()});
    from = m.data() + m.size() - text.data();
  }
  return out;
}

}  // namespace

TEST_CASE("Required literals of the default punctuation and number patterns", "[rules][prefilter]") {
  auto doubled = literals_of("(。)。+|(，)，+|(、)、+");
  REQUIRE(doubled);
  CHECK(doubled->strings == std::vector<std::string>{"、、", "。。", "，，"});
  CHECK(doubled->max_lead == 0);
  CHECK_FALSE(doubled->max_match);

  auto ellipsis = literals_of(R"((\.\.\.+|。。。+|．．．+))");
  REQUIRE(ellipsis);
  CHECK(ellipsis->strings == std::vector<std::string>{"...", "。。。", "．．．"});

  auto with_deng = literals_of("…+等");
  REQUIRE(with_deng);
  CHECK(with_deng->strings == std::vector<std::string>{"…"});

  auto full_width = literals_of("[０-９Ａ-Ｚａ-ｚ]+");
  REQUIRE(full_width);
  CHECK(full_width->strings.size() == 62);

  // The context character before the figure may be any character (4 bytes)
  // or none; the figures take at most 4 bytes before the hyphen.
  auto range = literals_of(R"((?:^|[^\d.\-])(\d{1,4}-\d{1,4}(?:年|月|日|号)))");
  REQUIRE(range);
  CHECK(range->strings.size() == 10);
  CHECK(range->strings.front() == "-0");
  CHECK(range->max_lead == 8);
  CHECK(range->max_match == std::optional<size_t>(16));

  auto quotes = literals_of("([“”])");
  REQUIRE(quotes);
  CHECK(quotes->matches_are_literals);
  CHECK(quotes->strings == std::vector<std::string>{"“", "”"});
  CHECK_FALSE(literals_of(R"(\bis\b)")->matches_are_literals);  // assertions: not every occurrence matches

  SECTION("patterns the analysis leaves alone") {
    CHECK_FALSE(literals_of("(?i)abc"));    // case folding
    CHECK_FALSE(literals_of("x?"));         // matches the empty string
    CHECK_FALSE(literals_of(R"(\pL+)"));    // nothing to look for
    CHECK_FALSE(literals_of(R"(\Qa.b\E)"));  // not read
    CHECK_FALSE(literals_of("[[:alpha:]]x"));
    CHECK_FALSE(literals_of("[^。]{0,20}的.*"));  // unbounded, and up to 80 bytes before 的
    CHECK(literals_of("[^。]{0,20}的"));          // bounded: searched in windows
  }
}

TEST_CASE("Literal anchors prefer rare bytes shared by many strings", "[rules][prefilter]") {
  LiteralAnchors full_width({"０", "１", "Ａ", "ｚ"});
  CHECK(full_width.bytes() == std::vector<unsigned char>{0xEF});
  CHECK(full_width.at(0xEF).size() == 4);
  LiteralAnchors digits({"00年", "01年", "09年"});
  CHECK(digits.bytes() == std::vector<unsigned char>{'0'});
}

TEST_CASE("A prefilter passes over anchor bytes that begin no literal", "[rules][prefilter]") {
  // ０-９ and ， share the lead byte EF: the two bytes after it tell them apart.
  LiteralPrefilter full_width(RE2("[０-９Ａ-Ｚａ-ｚ]+"));
  REQUIRE(full_width.anchor_bytes() == std::vector<unsigned char>{0xEF});
  const LiteralPrefilter::NeighbourBytes& after = full_width.neighbour_bytes(0);
  CHECK(after.from() == 1);
  CHECK(after.may_begin("０", 0));
  CHECK(after.may_begin("ｚ", 0));
  CHECK_FALSE(after.may_begin("，", 0));
  CHECK_FALSE(after.may_begin("：", 0));
  CHECK(after.may_begin("\xEF", 0));  // cut by the end of the text: checked in full
  // Anchored on the last byte of 月 (88): the two bytes before it are read.
  LiteralPrefilter month(RE2("年[1-9]月"));
  REQUIRE(month.anchor_bytes() == std::vector<unsigned char>{0x88});
  const LiteralPrefilter::NeighbourBytes& before = month.neighbour_bytes(0);
  CHECK(before.from() == -2);
  CHECK(before.may_begin("年5月", std::string_view("年5月").size() - 1));
  CHECK_FALSE(before.may_begin("\xE4\xBC\x88", 2));  // a character ending in 88 that is not 月
  CHECK(before.may_begin("\x88", 0));  // too near the start: checked in full
  // A literal with neither two bytes after nor two before its anchor: no filter.
  LiteralPrefilter short_literal(RE2("a?b"));
  REQUIRE(short_literal.anchor_bytes() == std::vector<unsigned char>{'b'});
  CHECK(short_literal.neighbour_bytes(0).may_begin("xyb", 2));
  // Every key of a group is in its filter.
  for (const LiteralPrefilter::Group& group : full_width.groups(0xEF)) {
    for (uint64_t key : group.keys) CHECK(group.may_hold(key));
  }
}

TEST_CASE("A prefiltered search finds exactly the matches of a plain scan", "[rules][prefilter]") {
  const std::vector<std::string> patterns = {
      "(?:^|[^0-9０-９.\\-/:：第])((?:0[0-9]年)|(?:[1-9][0-9]年[1-9]月|[1-9][0-9]年1[0-2]月))",
      "…+等",
      "[０-９Ａ-Ｚａ-ｚ]+",
      "(\\.\\.\\.+|。。。+|．．．+)",
      "(。)。+|(，)，+|(、)、+|(；)；+|(：)：+|(！)！+|(？)？+",
      "(?:^|[^\\d.\\-])(\\d{1,4}-\\d{1,4}(?:年|月|日|号))",
      "([“”])",
      "[「」]",
      "\\b[0-9]+\\b",
      "^年",
      "月$",
      "(?m)^[0-9]",
      "[^a]+?年",
      "a.*?b",
      "(?:ab|a)(?:bc)?",
      "x{2,3}",
      "(?:年|月){2}",
      "[0-9]-[0-9]|-年",
      "\\B-",
      ".年",
      "[^年]",
      "(翻了?(?:十几|几十|[0-9]{2,}|[十百][一二三四五六七八九]?)番)",
      "[0-9]{1,3}-x[abc]{0,3}",
      "[0-9]{0,2}-x.*c",
      "(?:ab|x)c*-",
  };
  const std::vector<std::string> tokens = {"年", "月", "日", "号", "0", "1", "2", "9", "-", ".", "…", "等", "。", "，", "、",
                                           "“", "”", "「", "」", "０", "Ａ", "ｚ", "：", "a", "b", "c", "x", " ", "\n",
                                           "中", "翻", "十", "番", "．", "第", "/", "é", "-x"};
  SECTION("a match just past a searched window is not taken cut short") {
    // -x at 1 cannot end a match; the search around it reaches into 12-xabc,
    // whose match there would be cut at 12-xa.
    RE2 re("[0-9]{1,3}-x[abc]{0,3}");
    LiteralPrefilter prefilter(re);
    REQUIRE(prefilter.active());
    std::string text = "z-x?12-xabc";
    PrefilteredSearch search(re, prefilter, text);
    CHECK(scan_filtered(search, text, {0, text.size()}) == Matches{{4, 7}});
  }
  SECTION("a search passes over spans that hold no anchor byte") {
    RE2 re("(?:^|[^\\d.\\-])(\\d{1,4}-\\d{1,4}(?:年|月|日|号))");
    LiteralPrefilter prefilter(re);
    REQUIRE(prefilter.active());
    std::string text = "1-2月\n三月\n四月\n5-6日";
    PrefilteredSearch search(re, prefilter, text);
    CHECK_FALSE(search.passes_over({0, 6}));  // nothing searched yet
    CHECK(search.set_span({0, 6}));
    CHECK(search.passes_over({7, 13}));
    CHECK(search.passes_over({14, 20}));
    CHECK_FALSE(search.passes_over({21, text.size()}));
    CHECK_FALSE(search.passes_over({0, 6}));  // a span before the last one
  }
  SECTION("patterns anchored on CJK punctuation read the shared anchors") {
    CHECK(LiteralPrefilter(RE2("…+等")).uses_punctuation_anchors());
    CHECK_FALSE(LiteralPrefilter(RE2("\\b[0-9]+\\b")).uses_punctuation_anchors());
    PunctuationAnchors anchors = PunctuationAnchors::find("a，b。c…");
    REQUIRE(anchors.offsets(0xEF) != nullptr);
    CHECK(*anchors.offsets(0xEF) == std::vector<uint32_t>{1});
    CHECK(*anchors.offsets(0xE3) == std::vector<uint32_t>{5});
    CHECK(*anchors.offsets(0xE2) == std::vector<uint32_t>{9});
    CHECK(anchors.offsets('a') == nullptr);
    // A longer text, read sixteen bytes at a time: every offset of each byte, in order.
    std::string text;
    for (int i = 0; i < 40; ++i) text += i % 7 == 0 ? "。" : i % 5 == 0 ? "…a" : i % 3 == 0 ? "，" : "字b";
    PunctuationAnchors long_anchors = PunctuationAnchors::find(text);
    for (unsigned char byte : PunctuationAnchors::kBytes) {
      std::vector<uint32_t> expected;
      for (size_t at = 0; at < text.size(); ++at) {
        if (static_cast<unsigned char>(text[at]) == byte) expected.push_back(static_cast<uint32_t>(at));
      }
      CHECK_FALSE(expected.empty());
      CHECK(*long_anchors.offsets(byte) == expected);
    }
  }
  std::mt19937 random(20261204);
  for (const std::string& pattern : patterns) {
    INFO(pattern);
    RE2 re(pattern);
    REQUIRE(re.ok());
    LiteralPrefilter prefilter(re);
    for (int round = 0; round < 400; ++round) {
      std::string text;
      int length = static_cast<int>(random() % 40);
      for (int i = 0; i < length; ++i) text += tokens[random() % tokens.size()];
      INFO(text);
      // The whole text, then its lines in order (memchr positions carry over).
      PrefilteredSearch whole(re, prefilter, text);
      CHECK(scan_filtered(whole, text, {0, text.size()}) == scan_plain(re, text, {0, text.size()}));
      // With the document's punctuation anchors shared, too.
      PunctuationAnchors anchors = PunctuationAnchors::find(text);
      PrefilteredSearch whole_shared(re, prefilter, text, &anchors);
      CHECK(scan_filtered(whole_shared, text, {0, text.size()}) == scan_plain(re, text, {0, text.size()}));
      PrefilteredSearch lines(re, prefilter, text);
      PrefilteredSearch consumed(re, prefilter, text);
      PrefilteredSearch lines_shared(re, prefilter, text, &anchors);
      PrefilteredSearch skipping(re, prefilter, text);
      PrefilteredSearch skipping_shared(re, prefilter, text, &anchors);
      for (size_t begin = 0; begin <= text.size();) {
        size_t end = std::min(text.find('\n', begin), text.size());
        Span line{begin, end};
        CHECK(scan_filtered(lines, text, line) == scan_plain(re, text, line));
        CHECK(consume_filtered(consumed, text, line) == consume_plain(re, text, line));
        CHECK(scan_filtered(lines_shared, text, line) == scan_plain(re, text, line));
        CHECK(scan_skipping(skipping, text, line) == scan_plain(re, text, line));
        CHECK(scan_skipping(skipping_shared, text, line) == scan_plain(re, text, line));
        begin = end + 1;
      }
    }
  }
}

}  // namespace copydesk
