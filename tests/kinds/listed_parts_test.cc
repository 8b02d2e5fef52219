// Totals with the list of their parts after a colon (English), and the
// numeric-inconsistency check that adds them up.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/document.h"
#include "extract/numbers.h"
#include "kinds/listed_parts.h"
#include "support/test_support.h"

using namespace copydesk;
using namespace copydesk::testing;

namespace {

// "total = part + part ..." for each list found in `text`.
std::vector<std::string> lists_in(const std::string& text) {
  static const ListedPartsFinder finder;
  Document doc("t.txt", text);
  std::vector<std::string> out;
  for (const ListedParts& list : finder.find(doc, {0, doc.text().size()})) {
    std::string s(doc.slice(list.total->span));
    s += " =";
    for (const NumberMention* part : list.parts) s += " " + std::string(doc.slice(part->span));
    out.push_back(s);
  }
  return out;
}

}  // namespace

TEST_CASE("a total and the list of its parts after a colon", "[listed-parts]") {
  CHECK(lists_in("The district hired 45 new teachers this year: 20 in elementary schools, 15 in middle schools "
                 "and 12 in high schools.") == std::vector<std::string>{"45 = 20 15 12"});
  CHECK(lists_in("It hired 45 teachers: 20 in elementary schools, 15 in middle schools, and 10 in high schools.") ==
        std::vector<std::string>{"45 = 20 15 10"});
  CHECK(lists_in("The city will spend $45 million: $20 million on roads and $25 million on parks.") ==
        std::vector<std::string>{"45 million = 20 million 25 million"});
  CHECK(lists_in("Ten people were hurt. Officials counted 30 homes: 12 destroyed and 18 damaged.") ==
        std::vector<std::string>{"30 = 12 18"});
  // Examples of the last part after "such as", commas and all.
  CHECK(lists_in("Crews attended 1,912 incidents in 2025: 604 fires, 811 false alarms and 478 special services such "
                 "as road crashes, flooding and people trapped in lifts.") == std::vector<std::string>{"1,912 = 604 811 478"});
  // The total's conversion in brackets, then a year, before the colon.
  CHECK(lists_in("The plan calls for 38 kilometres (about 31 miles) of new lanes by the end of 2028: 22 kilometres "
                 "separated by kerbs and 12 kilometres of painted lanes.") == std::vector<std::string>{"38 = 22 12"});
  // A year before the colon, and a clause on the last part.
  CHECK(lists_in("The van collected 1,862 donations in 2025: 1,120 during its spring tour and 640 during the autumn "
                 "tour, which ended last week.") == std::vector<std::string>{"1,862 = 1,120 640"});
  // An ordinal before the colon.
  CHECK(lists_in("A camera counted 1,240 fish in the first week: 860 alewives, 310 herring and 90 suckers.") ==
        std::vector<std::string>{"1,240 = 860 310 90"});
  // Another figure before the colon that counts something else.
  CHECK(lists_in("Twelve beekeepers trucked in 1,840 hives: 620 went to orchards, 540 to the benches and 580 to "
                 "growers.") == std::vector<std::string>{"1,840 = 620 540 580"});
}

TEST_CASE("a total and the list of its parts between dashes", "[listed-parts]") {
  CHECK(lists_in("The batch consists of eight satellites - five optical imagers and two radar satellites - which "
                 "can see through cloud.") == std::vector<std::string>{"eight = five two"});
  CHECK(lists_in("The batch has 8 satellites — 5 optical imagers and 3 radar satellites.") ==
        std::vector<std::string>{"8 = 5 3"});
  // No closing dash or full stop after the list, or a hyphenated word only: no list.
  CHECK(lists_in("The batch has 8 satellites - 5 optical imagers and 3 radar satellites, which can see.").empty());
  CHECK(lists_in("The 8 low-orbit satellites carry 5 cameras and 3 radars - which can see.").empty());
}

TEST_CASE("a total split into its parts", "[listed-parts]") {
  CHECK(lists_in("The $250,000 prize fund was split with $100,000 to the winner, $60,000 to second place and "
                 "$40,000 to third, with the remaining $50,000 shared among the other seven players.") ==
        std::vector<std::string>{"250,000 = 100,000 60,000 40,000 50,000"});
  CHECK(lists_in("The $9 million settlement will be divided into $5 million for the families and $4 million for "
                 "the city.") == std::vector<std::string>{"9 million = 5 million 4 million"});
  // "made up of", and amounts in pounds.
  CHECK(lists_in("The restoration cost £2.4 million, made up of £1.5 million from the fund, £600,000 from the "
                 "council and £150,000 raised by the trust.") ==
        std::vector<std::string>{"2.4 million = 1.5 million 600,000 150,000"});
  // "break down as".
  CHECK(lists_in("The 4,200 lines break down as 2,600 in the North End, 1,100 in Riverside and 300 in the downtown "
                 "core.") == std::vector<std::string>{"4,200 = 2,600 1,100 300"});
  // No "and" or "remaining" before the last part: the list may go on.
  CHECK(lists_in("The $9 million settlement will be divided, $5 million for the families, $4 million for the city.")
            .empty());
  // Figures without a split between them are no list.
  CHECK(lists_in("The $9 million settlement follows $5 million paid to the families and $4 million to the city.")
            .empty());
}

TEST_CASE("what is not a total with its parts", "[listed-parts]") {
  const char* texts[] = {
      "The team won 3 of its 5 games: 2 at home and 1 on the road.",            // a share of another figure
      "Of the 12 boats, 5 sank: 3 in the storm and 2 at anchor.",
      "Crews cleared 4 out of 9 roads: 2 in the north and 3 in the south.",
      "It hired 45 teachers, including 20 in elementary schools and 15 in middle schools.",  // no colon
      "It hired 45 teachers: 20 in elementary schools and 15 in middle schools, officials said.",  // goes on
      "It hired 45 teachers: 20 in elementary schools, 15 in middle schools, 10 in high schools.",  // no "and"
      "Turnout was 45 percent: 20 percent in the city and 15 percent in the suburbs.",  // percentages
      "It hired 45 teachers: about 20 in elementary schools and 15 in middle schools.",  // approximate
      "Rainfall was 4.5 inches: 2.5 inches on Monday and 1 inch on Tuesday.",  // decimals
      "It opened 45 schools: 20 in 2019 and 25 in 2020.",  // years in the list
  };
  for (const char* text : texts) {
    INFO(text);
    CHECK(lists_in(text).empty());
  }
}

TEST_CASE("en.parts-add-up reports a list whose parts miss the total", "[listed-parts]") {
  auto rule = shipped_rule("en.parts-add-up");
  auto wrong = run_rule(*rule, "The district hired 45 new teachers this year: 20 in elementary schools, 15 in middle "
                               "schools and 12 in high schools.");
  REQUIRE(wrong.size() == 1);
  // The whole claim is marked, from the total to its last part.
  CHECK(wrong[0].matched_text.starts_with("45 new teachers"));
  CHECK(wrong[0].matched_text.ends_with("and 12"));
  CHECK(wrong[0].message.find("20 + 15 + 12 add up to 47") != std::string::npos);
  CHECK(wrong[0].related.size() == 3);
  CHECK(run_rule(*rule, "The district hired 47 new teachers this year: 20 in elementary schools, 15 in middle "
                        "schools and 12 in high schools.").empty());
}

TEST_CASE("a colon list may end with words that add no figure", "[kinds][numeric-inconsistency]") {
  CHECK(lists_in("The fire destroyed 37 structures: 21 homes, 9 outbuildings and 4 businesses, including a church.") ==
        std::vector<std::string>{"37 = 21 9 4"});
  CHECK(lists_in("The fire destroyed 37 structures: 21 homes, 9 outbuildings and 4 businesses, and 3 more burned.").empty());
}

TEST_CASE("a total after its list: a combined, a total of, 共计", "[kinds][numeric-inconsistency]") {
  CHECK(lists_in("Police get $48.2 million, the fire department $31.5 million and dispatch $6.8 million, "
                 "a combined $88.5 million.") ==
        std::vector<std::string>{"88.5 million = 48.2 million 31.5 million 6.8 million"});
  CHECK(lists_in("The team scored 12 goals at home and 9 away, for a total of 21 goals.") ==
        std::vector<std::string>{"21 = 12 9"});
  CHECK(lists_in("全市新开工风电项目18个、光伏项目23个、储能项目7个，共计50个。") ==
        std::vector<std::string>{"50 = 18 23 7"});
  // Not lists: no "and" before the last part, another unit, a total in another unit.
  CHECK(lists_in("Police get $48.2 million, fire $31.5 million, a combined $80 million.").empty());
  CHECK(lists_in("全市新建学校18所、改扩建学校23个，共计41个。").empty());
  CHECK(lists_in("全市新建学校18所、改扩建学校23所，共计惠及学生5万人。").empty());
  CHECK(lists_in("The bill adds 12 and 9 pages, a combined 2026 budget.").empty());  // a year is no total

  auto rule = shipped_rule("en.parts-add-up");
  REQUIRE(rule);
  auto f = run_rule(*rule, "Police get $48.2 million, the fire department $31.5 million and dispatch $6.8 million, "
                           "a combined $88.5 million.");
  REQUIRE(f.size() == 1);
  CHECK_THAT(f[0].message, Catch::Contains("add up to 86.5 million"));
  // Rounded amounts may miss the total by their rounding; plain counts may not.
  CHECK(run_rule(*rule, "Revenue was $1.24 billion, $1.12 billion and $0.56 billion, a total of $2.9 billion.").empty());
  CHECK(run_rule(*rule, "The team scored 12 goals at home and 9 away, a total of 22 goals.").size() == 1);
  auto zh = shipped_rule("zh-Hans.numeric-inconsistency");
  REQUIRE(zh);
  CHECK(matched(run_rule(*zh, "全市新开工风电项目18个、光伏项目23个、储能项目7个，共计50个。")) ==
        std::vector<std::string>{"18个、光伏项目23个、储能项目7个，共计50"});  // the whole claim
  CHECK(run_rule(*zh, "全市新开工风电项目18个、光伏项目23个、储能项目7个，共计48个。").empty());
}

TEST_CASE("a total after its list: 总 and a noun; labels with small numerals", "[kinds][numeric-inconsistency]") {
  CHECK(lists_in("项目分三期建设，一期80万千瓦、二期70万千瓦、三期60万千瓦，总装机容量200万千瓦。") ==
        std::vector<std::string>{"200万 = 80万 70万 60万"});
  // A plan's total may count parts not yet built.
  CHECK(lists_in("一期80万千瓦、二期70万千瓦，总装机容量将达到300万千瓦。").empty());
}

TEST_CASE("a total after a clause that counts its parts: 三大板块共同构成了", "[listed-parts]") {
  CHECK(lists_in("养殖实现产值12.8亿元，赛事实现产值10.5亿元，加工实现产值6.1亿元，三大板块共同构成了31.6亿元的综合产值。") ==
        std::vector<std::string>{"31.6亿 = 12.8亿 10.5亿 6.1亿"});
  CHECK(lists_in("城区新增就业1.2万人，农村新增就业0.8万人，两项合计2万人。") ==
        std::vector<std::string>{"2万 = 1.2万 0.8万"});
  // As many figures as the count says, all in the total's unit.
  CHECK(lists_in("养殖实现产值12.8亿元，赛事实现产值10.5亿元，加工实现产值6.1亿元，两大板块共同构成了31.6亿元的产值。")
            .empty());
  CHECK(lists_in("养殖存栏12.8万头，赛事实现产值10.5亿元，两项合计31.6亿元。").empty());
}

TEST_CASE("a part given with its share of the whole", "[kinds][numeric-inconsistency]") {
  auto rule = shipped_rule("en.parts-add-up");
  REQUIRE(rule);
  CHECK(matched(run_rule(*rule, "In a survey, 18,420 of the 30,700 participants, or 52%, backed the plan.")) ==
        std::vector<std::string>{"52%"});
  CHECK(run_rule(*rule, "In a survey, 18,420 of the 30,700 participants, or 60%, backed the plan.").empty());
  CHECK(run_rule(*rule, "In a survey, 18,420 of the 30,700 participants (about 61%) backed the plan.").empty());
  CHECK(matched(run_rule(*rule, "It found that 312 of the 1,040 nurses who left member hospitals last year, or 40%, "
                                "cited workload.")) == std::vector<std::string>{"40%"});
  // The whole first, then "of whom" and the part.
  CHECK(matched(run_rule(*rule, "Tillgate employs 140 people, of whom 42 are engineers, about 20% of the workforce.")) ==
        std::vector<std::string>{"about 20%"});
  CHECK(run_rule(*rule, "Tillgate employs 140 people, of whom 42 are engineers, about 30% of the workforce.").empty());
  CHECK(run_rule(*rule, "Tillgate employs 140 people, of whom 42 are engineers; sales rose 20% last year.").empty());
  // The share may follow the part at once: "of which 30,000, roughly 40%, were collected".
  CHECK(matched(run_rule(*rule, "It contains 120,000 pinned specimens, of which 30,000, roughly 40%, were collected in "
                                "Pacific Northwest forests.")) == std::vector<std::string>{"roughly 40%"});
  CHECK(run_rule(*rule, "It contains 120,000 pinned specimens, of which 30,000, roughly 25%, were collected in forests.")
            .empty());
  // The whole, words, then the part "of them" and its share ("year-round" is no time).
  CHECK(matched(run_rule(*rule, "The co-op passed 410 year-round homes and signed up 287 of them, or 80 percent.")) ==
        std::vector<std::string>{"80 percent"});
  CHECK(run_rule(*rule, "The co-op passed 410 year-round homes and signed up 287 of them, or 70 percent.").empty());
  CHECK(run_rule(*rule, "The co-op ran 410 days and signed up 287 of them, or 80 percent.").empty());  // time
  // The whole, the part, then "a rate of" its share (a germination rate of).
  CHECK(matched(run_rule(*rule, "Germination tests on 800 samples last year found 648 still viable, a rate of 86 "
                                "percent.")) == std::vector<std::string>{"86 percent"});
  CHECK(run_rule(*rule, "Germination tests on 800 samples found 648 still viable, a germination rate of 81 percent.")
            .empty());
  // "of" the whole and its clause, the part and its clause, then the rate.
  CHECK(matched(run_rule(*rule, "Figures show that of 146 cardiac arrests in the county's rural areas last year, 22 patients "
                                "survived to leave hospital, a survival rate of 18%.")) == std::vector<std::string>{"18%"});
  CHECK(run_rule(*rule, "Figures show that of 146 cardiac arrests in the county's rural areas last year, 22 patients "
                        "survived to leave hospital, a survival rate of 15%.").empty());
  // Money and time are no counts of things (an interest rate of).
  CHECK(run_rule(*rule, "The city borrowed $800,000 for 20 years, an interest rate of 5 percent.").empty());
  CHECK(run_rule(*rule, "The city borrowed 800,000 pounds for 20 years, an interest rate of 5 percent.").empty());
  // "of them": a share of a group told before, not of the figure after.
  CHECK(run_rule(*rule, "Volunteers drilled 40 test holes. Thirty of them showed 14 inches or more.").empty());
  // "Of the" whole, then the part and its share.
  CHECK(matched(run_rule(*rule, "Of the 410,000 specimens, 123,000 have been imaged so far, or about 40 per cent.")) ==
        std::vector<std::string>{"about 40 per cent"});
  CHECK(run_rule(*rule, "Of the 410,000 specimens, 123,000 have been imaged so far, or about 30 per cent.").empty());
  CHECK(run_rule(*rule, "Of the 410,000 specimens, 123,000 have been imaged; sales rose 40 per cent.").empty());
  // Parts after "Of those" that add up to more than the whole of the sentence before.
  const std::string bindery = "Bindery\n\nMILLBROOK — The bindery is busy.\n\nThe bindery repaired 4,120 volumes in 2024, the "
                              "board heard on March 10. Of those, ";
  CHECK(matched(run_rule(*rule, bindery + "2,650 were children's books, 1,140 were fiction, and 430 were local history.\n"))
            .size() == 1);
  CHECK(run_rule(*rule, bindery + "2,650 were children's books, 1,040 were fiction, and 430 were local history.\n").empty());
  CHECK(run_rule(*rule, bindery + "2,650 were children's books and 1,140 were fiction.\n").empty());  // some left out
  // "one of only a handful" is no second count before.
  CHECK(matched(run_rule(*rule, "Bindery\n\nMILLBROOK — The bindery is busy.\n\nThe bindery, one of only a handful left, "
                                "repaired 4,120 volumes. Of those, 2,650 were children's books, 1,140 were fiction, and "
                                "430 were local history.\n"))
            .size() == 1);
  // A share and a measure are no parts (hard-wrapped: "75\npercent").
  CHECK(run_rule(*rule, "Bog\n\nGREYHILL — The bog is wetter.\n\nThe survey checked 60\nmonitoring wells. Of those, 45, or 75\n"
                        "percent, now show water within 10 centimeters of the surface.\n").empty());
  CHECK(run_rule(*rule, "Bindery\n\nMILLBROOK — The bindery is busy.\n\nThe 12 staff repaired 4,120 volumes. Of those, "
                        "2,650 were children's books and 1,540 were fiction.\n").empty());  // two counts before
  // "In all," and one amount after a sentence of amounts, "and" before the last: their total.
  const std::string forge = "Forge\n\nHOLLIS CREEK — The forge reopened.\n\nThe program, funded by a $48,000 state grant and "
                            "$12,000 from the trust, will cover wages over four years. In all, the program is backed by ";
  CHECK(matched(run_rule(*rule, forge + "$65,000 in outside money.\n")).size() == 1);
  CHECK(run_rule(*rule, forge + "$60,000 in outside money.\n").empty());
  CHECK(run_rule(*rule, forge + "45 volunteers.\n").empty());  // no amount of money
  CHECK(run_rule(*rule, "Forge\n\nHOLLIS CREEK — The forge reopened.\n\nThe state gave $48,000; the trust gave $12,000. "
                        "In all, the program is backed by $65,000.\n").empty());  // no list
  // A whole that "includes" three listed parts or more, which add up to more than it.
  const std::string mill = "Mill\n\nASHBURTON — The mill reopened.\n\nThe first 46 hires include ";
  CHECK(matched(run_rule(*rule, mill + "28 machine operators, 11 maintenance staff and 9 office workers.\n")).size() == 1);
  CHECK(run_rule(*rule, mill + "28 machine operators, 9 maintenance staff and 9 office workers.\n").empty());
  CHECK(run_rule(*rule, mill + "28 women and 30 people under 30.\n").empty());  // two ways of counting
  // An ordinal word after the list is no part (for the first time).
  CHECK(matched(run_rule(*rule, mill + "28 machine operators, 11 maintenance staff and 9 office workers, and for the "
                                       "first time the shifts run all night.\n")).size() == 1);
  CHECK(run_rule(*rule, "Storm\n\nDENVER — Snow fell.\n\nA dozen slides were reported, including one near 11,000 feet "
                        "(3,350 meters) and 2 more.\n").empty());  // no list
  // "Of the" whole, then three parts or more to the sentence's end: a breakdown.
  CHECK(matched(run_rule(*rule, "Of the 14 miles, 6.5 were near Elk Mountain, 5 near Arlington and 1.5 along Wagonhound "
                                "Creek.")).size() == 1);
  CHECK(run_rule(*rule, "Of the 14 miles, 7.5 were near Elk Mountain, 5 near Arlington and 1.5 along Wagonhound Creek.")
            .empty());
  CHECK(run_rule(*rule, "Of the 14 miles, 6.5 were near Elk Mountain and 5 near Arlington.").empty());  // two: some left out
  // A long whole, and a source after the list.
  CHECK(matched(run_rule(*rule, "Of the 84,000 customers who lost power at the height of the storm, 51,000 were in Linn "
                                "County, 22,000 in Benton County and 9,000 in Johnson County, according to Alliant Energy."))
            .size() == 1);
  CHECK(run_rule(*rule, "Of the 84,000 customers who lost power at the height of the storm, 51,000 were in Linn "
                        "County, 22,000 in Benton County and 11,000 in Johnson County, according to Alliant Energy.")
            .empty());
  // Two parts after "including" that leave nobody out (juniors and adults) add up to the count they are part of.
  CHECK(matched(run_rule(*rule, "The championships drew 312 runners from 14 clubs, including 178 juniors and 124 "
                                "adults.")) == std::vector<std::string>{"312 runners from 14 clubs, including 178 juniors and 124"});
  CHECK(run_rule(*rule, "The championships drew 302 runners from 14 clubs, including 178 juniors and 124 adults.").empty());
  // Or the labels of an "Of the" whole's two parts, each maybe after "were".
  CHECK(matched(run_rule(*rule, "Of the 18,420 finishers, 10,960 were men and 7,240 were women, according to RaceLink."))
            .size() == 1);
  CHECK(run_rule(*rule, "Of the 18,200 finishers, 10,960 were men and 7,240 were women, according to RaceLink.").empty());
  CHECK(run_rule(*rule, "Of the 18,420 finishers, 10,960 were men and 7,240 were locals.").empty());  // not a pair
  // The pair may be the words before the figures: accepting … and rejecting ….
  CHECK(matched(run_rule(*rule, "The commission reviewed 1,210 provisional ballots, accepting 802 of them and rejecting 318."))
            .size() == 1);
  CHECK(run_rule(*rule, "The commission reviewed 1,120 provisional ballots, accepting 802 of them and rejecting 318.").empty());
  CHECK(run_rule(*rule, "The commission reviewed 1,210 provisional ballots, accepting 802 of them and counting 318.").empty());
  CHECK(run_rule(*rule, "The championships drew 312 runners from 14 clubs, including 178 juniors and 84 first-timers.")
            .empty());
  // A longer whole, and the first part's label before it.
  CHECK(matched(run_rule(*rule, "Of the 4,812 votes cast online and at City Hall, Blizzard of Oz drew 1,906, Sir "
                                "Plows-a-Lot received 1,544 and Frosty the Snowplow got 1,262.")).size() == 1);
  CHECK(run_rule(*rule, "Of the 4,712 votes cast online and at City Hall, Blizzard of Oz drew 1,906, Sir Plows-a-Lot "
                        "received 1,544 and Frosty the Snowplow got 1,262.").empty());
  // The share between dashes, after a longer whole.
  CHECK(matched(run_rule(*rule, "Of the 2,460 pipe segments inspected so far, 312 — about 18% — had cracks.")) ==
        std::vector<std::string>{"about 18%"});
  CHECK(run_rule(*rule, "Of the 2,460 pipe segments inspected so far, 312 — about 13% — had cracks.").empty());
  // Past a limit that is a rate: 118 of 640 is 18.4%.
  CHECK(matched(run_rule(*rule, "Of the 640 samples returned, 118 exceeded 10 milligrams per liter, or 22 percent.")) ==
        std::vector<std::string>{"22 percent"});
  CHECK(run_rule(*rule, "Of the 640 samples returned, 118 exceeded 10 milligrams per liter, or 18 percent.").empty());
  CHECK(matched(run_rule(*rule, "Of the orchestra's 60 players, 48, or 75 percent, made the trip.")) ==
        std::vector<std::string>{"75 percent"});
  CHECK(run_rule(*rule, "Of the orchestra's 60 players, 48, or 80 percent, made the trip.").empty());
  // "P percent of the total": the whole is the paragraph's one earlier count of the part's noun.
  CHECK(matched(run_rule(*rule, "Last season 1,250 packets went out. Tomatoes took 400 packets, about 40 percent of "
                                "the total.")) == std::vector<std::string>{"about 40 percent"});
  CHECK(run_rule(*rule, "Last season 1,250 packets went out. Tomatoes took 400 packets, about 32 percent of the total.")
            .empty());
  CHECK(run_rule(*rule, "Last season 1,250 packets and 90 kits went out. Tomatoes took 400 packets, about 40 percent "
                        "of the total.").size() == 1);
  CHECK(run_rule(*rule, "Last season 1,250 packets went out, and 900 packets came back. Tomatoes took 400 packets, "
                        "about 40 percent of the total.").empty());  // two earlier counts of packets
  CHECK(run_rule(*rule, "Last season 1,250 packets went out.\n\nTomatoes took 400 packets, about 40 percent of the "
                        "total.").empty());  // another paragraph
  // "P percent of all <noun>": the paragraph's one earlier count of that noun.
  CHECK(matched(run_rule(*rule, "Of the 1,240 visitors, 620 booked online. Children came too: 310 of them came through "
                                "the gate, about 30 percent of all visitors.")) ==
        std::vector<std::string>{"about 30 percent"});
  CHECK(run_rule(*rule, "Of the 1,240 visitors, 620 booked online. Children came too: 310 of them came through the gate, "
                        "about 25 percent of all visitors.").empty());
}

TEST_CASE("a total paid for with its parts", "[listed-parts]") {
  CHECK(lists_in("The $8.9 million project was paid for with $5.1 million from city bonds, $2.2 million from a "
                 "state grant and $0.9 million in private donations.") ==
        std::vector<std::string>{"8.9 million = 5.1 million 2.2 million 0.9 million"});
  // Paid by, the parts in brackets after their labels.
  CHECK(lists_in("The $412 million will be paid by the state ($250 million), the county ($95 million) and a federal "
                 "infrastructure grant ($57 million), officials said.") ==
        std::vector<std::string>{"412 million = 250 million 95 million 57 million"});
  // Parts named at some length, and the lines of a hard-wrapped paragraph.
  CHECK(lists_in("The $86 million project was funded with $52 million in federal infrastructure grants, $21 million "
                 "from the state revolving loan fund and $9 million in city bonds.") ==
        std::vector<std::string>{"86 million = 52 million 21 million 9 million"});
  CHECK(lists_in("The $86 million project was funded with $52 million in federal\ngrants, $21\nmillion from the "
                 "state and $9 million in city\nbonds.") ==
        std::vector<std::string>{"86 million = 52 million 21\nmillion 9 million"});
  CHECK(lists_in("The $8.9 million project was funded in part by $5.1 million from city bonds and $2.2 million "
                 "from a state grant.")
            .empty());
  // A clause with a year between commas before the verb, and "entirely" after it.
  CHECK(lists_in("The county's $780,000 lake plan, adopted in 2024, is funded entirely by a $500,000 state grant and "
                 "$180,000 from the association.") == std::vector<std::string>{"780,000 = 500,000 180,000"});
  CHECK(lists_in("The county's $780,000 lake plan, adopted in 2024, is funded partly by a $500,000 state grant and "
                 "$180,000 from the association.")
            .empty());
}

TEST_CASE("a part larger than its whole: 18 of 14 passes", "[kinds][numeric-inconsistency]") {
  auto rule = shipped_rule("en.parts-add-up");
  REQUIRE(rule);
  auto f = run_rule(*rule, "Okafor completed 18 of 14 passes for 212 yards.");
  CHECK(matched(f) == std::vector<std::string>{"18 of 14"});
  REQUIRE(f.size() == 1);
  CHECK_THAT(f[0].message, Catch::Contains("18 cannot be part of 14"));
  CHECK(matched(run_rule(*rule, "Volunteers ran 14 of the county's 12 shelters.")) ==
        std::vector<std::string>{"14 of the county's 12"});
  // A part no larger than its whole, a year, other words between.
  CHECK(run_rule(*rule, "Okafor completed 14 of 18 passes, and 3 of them went for touchdowns.").empty());
  CHECK(run_rule(*rule, "He was one of 2025's top earners and 1 of 12 finalists.").empty());
  CHECK(run_rule(*rule, "The 12 members of 7 committees met.").empty());
  // A list of parts: the next one comes after "and".
  CHECK(run_rule(*rule, "The collection fills 160 drawers: 86 of ground beetles, 54 of weevils and 20 of longhorns.").empty());
}

TEST_CASE("a whole and its parts closed by the remaining one", "[listed-parts]") {
  CHECK(lists_in("All 62,000 new slates were cut in Vermont; 38,000 have been installed, and the remaining 20,000 are "
                 "stacked behind the building.") == std::vector<std::string>{"62,000 = 38,000 20,000"});
  // A figure of another kind in the sentence, or a part larger than the whole: no such list.
  CHECK(lists_in("The 62,000 slates cost $4 each; the remaining 20,000 arrive in May.").empty());
  CHECK(lists_in("Crews laid 400 slates on Monday and 900 on Tuesday; the remaining 500 wait.").empty());
  // Amounts of money closed by the remaining one are all parts of the one amount of the sentence right before.
  CHECK(lists_in("The restoration, which took three years, cost $9.4 million. The fund gave $5.1 million, the council "
                 "$2.2 million and donors the remaining $0.9 million.") ==
        std::vector<std::string>{"9.4 million = 5.1 million 2.2 million 0.9 million"});
  CHECK(lists_in("The council approved a $72 million renovation.\n\nThe city will contribute $40 million, the state "
                 "$20 million and the team the remaining $12 million.") ==
        std::vector<std::string>{"72 million = 40 million 20 million 12 million"});
  // Without one such amount before, no whole is known (the first amount is a part too).
  CHECK(lists_in("The city will contribute $40 million, the state $20 million and the team the remaining $12 million.")
            .empty());
}

TEST_CASE("shares of one whole that add up to more than all of it", "[kinds][numeric-inconsistency]") {
  auto rule = shipped_rule("en.parts-add-up");
  REQUIRE(rule);
  auto f = run_rule(*rule, "Machinery accounted for 41% of the total, processed food for 28%, chemicals for 19% and other "
                           "goods for 17%.");
  REQUIRE(f.size() == 1);
  CHECK_THAT(f[0].message, Catch::Contains("105%"));
  CHECK(run_rule(*rule, "Machinery accounted for 41% of the total, processed food for 28%, chemicals for 19% and other "
                        "goods for 12%.")
            .empty());
  // Rounded shares may add up to a little more (33% three times is 99%, 34% three times 102% is not).
  CHECK(run_rule(*rule, "Each group accounted for 33.4%, 33.3% and 33.4% of the total.").empty());
  // Not shares of one whole: rises, or no word of a share.
  CHECK(run_rule(*rule, "Sales rose 41%, 28%, 19% and 17% in the four stores.").empty());
}
