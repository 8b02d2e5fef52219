#include <catch2/catch.hpp>
#include <re2/re2.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "extract/pattern_runs.h"

using namespace copydesk;

namespace {

bool has(const std::u32string& s, char32_t c) { return s.find(c) != std::u32string::npos; }

// Every non-overlapping match of `re` in text[span], the way the date
// extractor searches: from the end of one match to the next.
std::vector<Span> matches_in(const RE2& re, std::string_view text, Span span) {
  std::vector<Span> out;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  size_t pos = span.begin;
  while (pos <= span.end && re.Match(input, pos, span.end, RE2::UNANCHORED, &m, 1)) {
    size_t b = m.data() - text.data();
    if (m.empty()) {
      pos = b + 1;
      continue;
    }
    out.push_back(Span{b, b + m.size()});
    pos = b + m.size();
  }
  return out;
}

}  // namespace

TEST_CASE("A pattern's alphabet is read from its source", "[extract][pattern_runs]") {
  auto day = pattern_alphabet("([0-9]{1,2})(日|号)");
  REQUIRE(day);
  for (char32_t c : std::u32string(U"0123456789日号")) CHECK(has(*day, c));
  CHECK_FALSE(has(*day, U'年'));
  CHECK_FALSE(has(*day, U'a'));

  auto english = pattern_alphabet("(?i)for ([0-9]{1,3}) years");
  REQUIRE(english);
  for (char32_t c : std::u32string(U"aZ \n\t0ſK–—")) CHECK(has(*english, c));
  CHECK_FALSE(has(*english, U'年'));

  auto dash = pattern_alphabet("([0-9]{4})\\s*(?:-|–)\\s*([0-9]{4})");
  REQUIRE(dash);
  CHECK(has(*dash, U'–'));

  // Sources that can match characters they do not spell out.
  CHECK_FALSE(pattern_alphabet("a.b"));
  CHECK_FALSE(pattern_alphabet("[^年]月"));
  CHECK_FALSE(pattern_alphabet("\\S+"));
  CHECK_FALSE(pattern_alphabet("\\pN日"));
  CHECK_FALSE(pattern_alphabet("[一-九]月"));
  CHECK_FALSE(pattern_alphabet("(?i)é"));
}

TEST_CASE("Runs are the stretches of a pattern's characters that hold its keys", "[extract][pattern_runs]") {
  // Keys: 0 digits, 1 日, 2 月.
  PatternRuns runs({U"0123456789", U"日", U"月"},
                   {RunPattern{pattern_alphabet("([0-9]{1,2})(日)"), KeyMask{1} << 1, {KeyMask{1}}},
                    RunPattern{pattern_alphabet("([0-9]{1,2})月"), KeyMask{1} << 2, {KeyMask{1}}},
                    RunPattern{std::nullopt, KeyMask{1} << 1, {}}});
  std::string text = "会议于6月16日召开，12日结束，日前已定";
  PatternRuns::Paragraph paragraph;
  paragraph.scan(runs, text, Span{0, text.size()});
  auto texts = [&](size_t p) {
    std::vector<std::string> out;
    for (Span s : paragraph.runs(runs, p)) out.emplace_back(s.of(text));
    return out;
  };
  CHECK(texts(0) == std::vector<std::string>{"16日", "12日"});  // 日前 holds no digit
  CHECK(texts(1) == std::vector<std::string>{"6月16"});  // the digits after 月 are its characters too
  CHECK(texts(2) == std::vector<std::string>{text});  // any character: the whole paragraph
  CHECK(runs.may_match(0, text, Span{text.find("12"), text.find("12") + 5}));
  CHECK_FALSE(runs.may_match(0, text, Span{text.find("日前"), text.size()}));

  // A pattern of any character: a paragraph is never cut.
  CHECK(runs.cut_at_or_after(text, 0, text.size()) == text.size());
  // Without one, a long paragraph may be cut before a character of no
  // alphabet (the comma, not 日).
  PatternRuns bounded({U"0123456789", U"日"}, {RunPattern{pattern_alphabet("([0-9]{1,2})(日)"), KeyMask{1} << 1}});
  size_t cut = bounded.cut_at_or_after(text, text.find("12") + 1, text.size());
  CHECK(text.substr(cut).rfind("结束", 0) == 0);
  CHECK(bounded.cut_at_or_after(text, text.size() - 2, text.size()) == text.size());  // mid-character: the next one

  std::string none = "没有日期的段落";
  paragraph.scan(runs, none, Span{0, none.size()});
  CHECK_FALSE(paragraph.may_match(0));
  CHECK(paragraph.runs(runs, 0).empty());

  // Digits taken to be common: the scan does not look for them, but the
  // runs still hold them.
  PatternRuns common({U"0123456789", U"日", U"月"},
                     {RunPattern{pattern_alphabet("([0-9]{1,2})(日)"), KeyMask{1} << 1, {KeyMask{1}}}}, KeyMask{1});
  paragraph.scan(common, none, Span{0, none.size()});
  CHECK(paragraph.may_match(0));
  CHECK(paragraph.runs(common, 0).empty());
  paragraph.scan(common, text, Span{0, text.size()});
  CHECK(paragraph.runs(common, 0).size() == 2);
}

TEST_CASE("A run is looked for only where a trigger follows a character a match has before it",
          "[extract][pattern_runs]") {
  // Keys: 0 digits and numerals, 1 点. A time holds 点 right after a number.
  auto time = [](std::u32string after) {
    return RunPattern{pattern_alphabet("([0-9]{1,2}|[一二三四五六七八九十]{1,3})点"), KeyMask{1} << 1, {KeyMask{1}}, after};
  };
  std::string text = "九点半开会，重点是3点前定下10点的事，2点点名";
  PatternRuns plain({U"0123456789一二三四五六七八九十", U"点"}, {time(U"")});
  PatternRuns after({U"0123456789一二三四五六七八九十", U"点"}, {time(U"0123456789一二三四五六七八九十")});
  auto texts = [&](const PatternRuns& runs) {
    PatternRuns::Paragraph paragraph;
    paragraph.scan(runs, text, Span{0, text.size()});
    std::vector<std::string> out;
    for (Span s : paragraph.runs(runs, 0)) out.emplace_back(s.of(text));
    return out;
  };
  CHECK(texts(plain) == std::vector<std::string>{"九点", "3点", "10点", "2点点"});
  CHECK(texts(after) == texts(plain));  // 重点 holds no number either way
  // 点3 holds a number, but not before its 点: no time.
  std::string lone = "重点3项";
  PatternRuns::Paragraph paragraph;
  paragraph.scan(plain, lone, Span{0, lone.size()});
  CHECK(paragraph.runs(plain, 0).size() == 1);
  paragraph.scan(after, lone, Span{0, lone.size()});
  CHECK(paragraph.runs(after, 0).empty());
  // A character a trigger must follow cannot be a trigger character.
  CHECK_THROWS_AS(PatternRuns({U"0123456789", U"点"}, {time(U"点")}), std::logic_error);
}

TEST_CASE("Searching the runs finds the matches of searching the paragraph", "[extract][pattern_runs]") {
  struct Case {
    const char* pattern;
    KeyMask trigger;
    std::vector<KeyMask> needs;
  };
  // Keys: 0 digits, 1 年, 2 月, 3 日号, 4 letters, 5 dashes and 至.
  const std::vector<std::u32string> keys = {U"0123456789", U"年", U"月", U"日号",
                                            U"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZſK", U"-–至"};
  auto k = [](int i) { return KeyMask{1} << i; };
  const std::vector<Case> cases = {
      {"(?:([0-9]{4}) ?年 ?)?([0-9]{1,2}) ?月(?:([0-9]{1,2})(日|号))?", k(2), {k(0)}},
      {"([0-9]{1,2})(?:日|号)?(?:-|至)([0-9]{1,2})(日|号)", k(3), {k(5), k(0)}},
      {"([0-9]{2,4})年", k(1), {k(0)}},
      {"(?i)(?:(last|next)\\s+)?(monday|sunday)", k(4)},
      {"(?i)([0-9]{1,2})\\s*(am|pm)", k(4), {k(0)}},
      {"([0-9]{4})\\s*(?:-|–|to)\\s*([0-9]{4})", k(0), {k(5) | k(4)}},
  };
  std::vector<RunPattern> run_patterns;
  for (const Case& c : cases) run_patterns.push_back(RunPattern{pattern_alphabet(c.pattern), c.trigger, c.needs});
  PatternRuns runs(keys, run_patterns);
  PatternRuns runs_common(keys, run_patterns, k(0) | k(5));  // digits and dashes not looked for
  const char* pieces[] = {"2024", "年", "6", "月", "16", "日", "号", "至", "-", "–", " ", "  ", "\n", "12", "9",
                          "Monday", "SUNDAY", "ſunday", "last ", "next", "pm", "AM", "to", "的", "会", "，", "x"};
  std::mt19937 rng(11);
  std::uniform_int_distribution<size_t> pick(0, std::size(pieces) - 1);
  PatternRuns::Paragraph paragraph;
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (int i = 0; i < 30; ++i) text += pieces[pick(rng)];
    paragraph.scan(runs, text, Span{0, text.size()});
    for (size_t p = 0; p < cases.size(); ++p) {
      INFO(cases[p].pattern << " in " << text);
      RE2 re(cases[p].pattern);
      std::vector<Span> whole = matches_in(re, text, Span{0, text.size()});
      std::vector<Span> in_runs;
      for (Span run : paragraph.runs(runs, p)) {
        for (Span m : matches_in(re, text, run)) in_runs.push_back(m);
      }
      CHECK(in_runs == whole);
    }
    paragraph.scan(runs_common, text, Span{0, text.size()});
    for (size_t p = 0; p < cases.size(); ++p) {
      INFO(cases[p].pattern << " in " << text << " (common keys)");
      RE2 re(cases[p].pattern);
      std::vector<Span> whole = matches_in(re, text, Span{0, text.size()});
      std::vector<Span> in_runs;
      for (Span run : paragraph.runs(runs_common, p)) {
        for (Span m : matches_in(re, text, run)) in_runs.push_back(m);
      }
      CHECK(in_runs == whole);
    }
  }
}
