#include <catch2/catch.hpp>

#include <string>

#include "segment/block_patterns.h"

using namespace copydesk;

namespace {
std::string dateline_of(const std::string& text) {
  auto span = leading_dateline(text);
  return span ? text.substr(span->begin, span->size()) : "";
}
}  // namespace

TEST_CASE("Datelines at the start of a paragraph", "[segment][patterns]") {
  CHECK(dateline_of("本报6月16日讯（记者 王皓 许敬）6月15日，全区推进…") == "本报6月16日讯");
  CHECK(dateline_of("本报呼伦贝尔6月16日电（记者 梁亮 通讯员 徐璐）据满洲里…") == "本报呼伦贝尔6月16日电");
  CHECK(dateline_of("本报11月3日讯 (记者 李晗) 11月3日,自治区党委书记…") == "本报11月3日讯");
  CHECK(dateline_of("本报 12 月 14 日讯 （记者 苏永\n生）12月14日，自治区总工会…") == "本报 12 月 14 日讯");
  CHECK(dateline_of("本报包头12月 14日电 （记者\n刘向平 实习生 吴雅婷）近日，…") == "本报包头12月 14日电");
  CHECK(dateline_of("新华社北京6月16日电（记者 张三）国务院新闻办…") == "新华社北京6月16日电");
  CHECK(dateline_of("本报讯（记者 李四）昨天，…") == "本报讯");
  CHECK(dateline_of("本报2026年3月5日讯（记者 周敏）3月5日上午，…") == "本报2026年3月5日讯");  // with its year
  CHECK(dateline_of("新华社北京 2026 年 3 月 5 日电 国务院…") == "新华社北京 2026 年 3 月 5 日电");
  CHECK(dateline_of("DENVER (AP) — A fast-moving storm knocked out power…") == "DENVER (AP) —");
  CHECK(dateline_of("DURHAM, N.C. (AP) — Jalen Brooks scored 24 points.") == "DURHAM, N.C. (AP) —");
  CHECK(dateline_of("CHARLESTON, W.Va. (AP) — The legislature met.") == "CHARLESTON, W.Va. (AP) —");
  CHECK(dateline_of("WASHINGTON (Reuters) - The council voted 7-2…") == "WASHINGTON (Reuters) -");
  CHECK(dateline_of("LONDON, June 5 (Reuters) - Schools across England…") == "LONDON, June 5 (Reuters) -");
  CHECK(dateline_of("NEW YORK — The mayor unveiled a plan…") == "NEW YORK —");
  CHECK(dateline_of("SPRINGFIELD, March 5, 2026 — The council…") == "SPRINGFIELD, March 5, 2026 —");  // with its year
  CHECK(dateline_of("LONDON, June 5, 2026 (Reuters) - Schools…") == "LONDON, June 5, 2026 (Reuters) -");
  // British order: day, month, year.
  CHECK(dateline_of("ASHCOMBE, 21 August 2025 — In a converted barn…") == "ASHCOMBE, 21 August 2025 —");
  CHECK(dateline_of("LONDON, 5 June (Reuters) - Schools…") == "LONDON, 5 June (Reuters) -");

  // Not datelines: dates inside the text, a byline, ordinary sentences.
  CHECK(dateline_of("6月16日，呼和浩特市玉泉区五塔寺东街小学学生进行旱地龙舟比赛。") == "");
  CHECK(dateline_of("本报26年3月5日讯") == "");  // a year is written in full
  CHECK(dateline_of("本报记者 王磊 摄") == "");
  CHECK(dateline_of("The AP said on Monday — in a statement — that…") == "");
  CHECK(dateline_of("A storm — the worst in years — hit Denver.") == "");
  CHECK(dateline_of("LONDON, June 5, 26 — Schools…") == "");  // a year is written in full
}

TEST_CASE("The reporters' credit after a dateline", "[segment][patterns]") {
  std::string rest = "（记者 王皓 许敬）6月15日，全区推进";
  auto credit = dateline_credit(rest);
  REQUIRE(credit);
  CHECK(rest.substr(credit->begin, credit->size()) == "（记者 王皓 许敬）");
  std::string wrapped = " （记者 苏永\n生）12月14日";
  credit = dateline_credit(wrapped);
  REQUIRE(credit);
  CHECK(wrapped.substr(credit->begin, credit->size()) == "（记者 苏永\n生）");
  CHECK_FALSE(dateline_credit("（以下简称《总体方案》）对外发布"));
}

TEST_CASE("Bylines that open a story", "[segment][patterns]") {
  for (const char* line : {"□本报记者 郭洪申", "本报记者 李永桃", "□本报记者 鲍庆胜 实习生 秦英",
                           "□本报记者 李永桃 宋阿勇 布音额尔乐", "□本报记者 巴依斯古楞", "新华社记者 张三 李四",
                           "By Jane Doe", "By Jane Doe and John Roe", "BY MARIA LOPEZ"}) {
    INFO(line);
    CHECK(is_opening_byline(line));
    CHECK_FALSE(is_closing_byline(line));
  }
  for (const char* line : {"记者从内蒙古自治区财政厅获悉:截至11月3日", "本报记者 王磊 摄", "By the numbers",
                           "全区各地各部门扎实开展树立和践行正确政绩观学习教育", "By contrast, the city said no."}) {
    INFO(line);
    CHECK_FALSE(is_opening_byline(line));
  }
  CHECK(is_byline_role_only("本报记者  "));
  CHECK(is_byline_names("蔡冬梅"));
  CHECK_FALSE(is_byline_names("秋日的大青山,天高云淡。"));
}

TEST_CASE("Photo credits, signatures and captions", "[segment][patterns]") {
  for (const char* line : {"本报记者 王磊 摄", "本报记者 孟和朝鲁 摄", "高志鹏 摄", "(AP Photo/David Zalubowski)"}) {
    INFO(line);
    CHECK(is_photo_credit(line));
  }
  CHECK(is_signature("（宋立志）"));
  CHECK(is_signature("(海报设计:庄圆)"));
  CHECK_FALSE(is_signature("（以下简称《总体方案》）"));
  // A label before a colon, and spaces before the names, are not names.
  CHECK(is_signature("（记者：  王皓 许敬）"));
  CHECK(is_signature("（\u3000王皓）"));
  CHECK_FALSE(is_signature("（编辑：）"));
  CHECK_FALSE(is_signature("（编辑： ）"));
  CHECK_FALSE(is_signature("（ ）"));
  CHECK_FALSE(is_signature("（一二三四五六七八九：王皓）"));  // a label of nine characters
  CHECK_FALSE(is_signature("（编辑：王皓：许敬）"));
  // A caption under a label is a sentence after it; a credit is names.
  CHECK(is_labelled_caption("PHOTO: The restored coal tipple now frames the entrance to Tipple Ridge Park."));
  CHECK(is_labelled_caption("Caption: Volunteers repaint the tipple."));
  CHECK(is_labelled_caption("Photo caption: Volunteers repaint the tipple."));
  CHECK(is_labelled_caption("Photo caption: Volunteers repaint the tipple. (Nadia Ferris/Staff)"));
  CHECK(is_labelled_caption("Photo caption: Volunteers repaint the tipple. (Jonah Whitecloud)"));
  CHECK_FALSE(is_labelled_caption("Photo caption: Volunteers repaint the tipple (see Page 4)"));
  CHECK_FALSE(is_labelled_caption("PHOTO: the tipple"));
  CHECK_FALSE(is_labelled_caption("Photo: Jane Doe"));
  CHECK_FALSE(is_labelled_caption("PHOTOS: More on Page 4."));
  CHECK(ends_with_photo_credit("冯玉臻（右）调研脱贫工作。 白逸男 摄"));
  // A credit in brackets of its own, glued to the sentence before it.
  CHECK(ends_with_photo_credit("图为9月1日，市民在盲道上行走。（本报记者 郭婷 摄）"));
  CHECK(ends_with_photo_credit("图为9月1日，市民在盲道上行走。（郭婷 摄）"));
  CHECK_FALSE(ends_with_photo_credit("图为9月1日，市民在盲道上行走。（郭婷 摄"));
  CHECK(ends_with_photo_credit("万亩高效节水小麦示范区机收现场。。 高志鹏高志鹏 摄摄"));
  CHECK(ends_with_photo_credit("牧民在草原上放牧。（图片由阿巴嘎旗融媒体中心提供）"));
  CHECK(ends_with_photo_credit("Passengers queue at the check-in hall, due for a refit next year. Photo: Ian Pratt"));
  CHECK_FALSE(ends_with_photo_credit("The council will vote on the photo: the mayor took it."));
  CHECK(ends_with_photo_credit("Linemen repair a downed power line. (AP Photo/David Zalubowski)"));
  CHECK(ends_with_photo_credit("Visitors walk the maze on Saturday. (Staff photo by Ken Moreau)"));
  CHECK(ends_with_photo_credit("Volunteers plant trees. (Photo courtesy of the Friends of Elm Park)"));
  CHECK_FALSE(ends_with_photo_credit("The council met on Tuesday. (The photo was taken later.)"));
  CHECK(ends_with_photo_credit("The ferry arrives at the terminal, October 18, 2025. REUTERS/Stringer"));
  CHECK(ends_with_photo_credit("Fans cheer in Philadelphia. AP Photo/Matt Rourke"));
  CHECK_FALSE(ends_with_photo_credit("The council met on Tuesday. REUTERS/"));
  CHECK_FALSE(ends_with_photo_credit("Prices rose 3% in and/or around Dallas"));
  CHECK_FALSE(ends_with_photo_credit("记者正在现场拍摄"));
  CHECK_FALSE(ends_with_photo_credit("数以千计的候鸟在此栖息。"));
}

TEST_CASE("Continuation markers, whole lines and inside lines", "[segment][patterns]") {
  CHECK(continuation_marker("■下转第5版") == JumpDirection::kContinuedOn);
  CHECK(continuation_marker("■上接第1版") == JumpDirection::kContinuedFrom);
  CHECK(continuation_marker("（转第3版）") == JumpDirection::kContinuedOn);
  CHECK(continuation_marker("Continued on Page A4") == JumpDirection::kContinuedOn);
  CHECK(continuation_marker("(Continued from Page 1)") == JumpDirection::kContinuedFrom);
  CHECK_FALSE(continuation_marker("下转第5版的内容很多"));

  std::string lead = "■上接第1版 着力推动高质量发展,坚持稳中求进工作总基调";
  CHECK(lead.substr(0, leading_continuation_length(lead)) == "■上接第1版");
  std::string trail = "同嘎查的牧民负责盖新房,他帮忙设计图纸, ■下转第5版";
  size_t at = trailing_continuation_offset(trail);
  REQUIRE(at != std::string::npos);
  CHECK(trail.substr(at) == "■下转第5版");
  CHECK(leading_continuation_length("着力推动高质量发展") == 0);
}

TEST_CASE("Page headers, source notes, headings and labels", "[segment][patterns]") {
  CHECK(is_page_header("2024年2月26日　星期一　要闻 3"));
  CHECK(is_page_header("责任编辑：王五"));
  CHECK_FALSE(is_page_header("2026年4月9日，国务院印发的《总体方案》对外发布。"));
  // English running heads: a weekday's full date, maybe with the paper's name and the page.
  CHECK(is_page_header("Monday, June 17, 2024"));
  CHECK(is_page_header("THE DAILY NEWS | MONDAY, JUNE 17, 2024 | A3"));
  CHECK(is_page_header("THE RIVERTON DAILY LEDGER -- Thursday, October 19, 2023 -- Page A3"));
  CHECK(is_page_header("The Springfield Shopper   Monday, June 17, 2024   Page 12"));
  CHECK_FALSE(is_page_header("On Monday, June 17, 2024, the council met."));  // a sentence
  CHECK_FALSE(is_page_header("June 17, 2024"));                               // no weekday
  CHECK_FALSE(is_page_header("Monday, June 17"));                             // no year
  CHECK(is_source_note("——摘自《中国（内蒙古）自由贸易试验区总体方案》"));
  CHECK(is_source_note("（来源：内蒙古日报）"));
  CHECK_FALSE(is_source_note("——访通辽市委书记书冯玉臻"));
  CHECK(markdown_heading_level("## 全区国有资本划转社保基金突破389亿元") == 2);
  CHECK(markdown_heading_level("### 内蒙古开办境外旅客离境退税业务") == 3);
  CHECK(markdown_heading_level("#话题") == 0);
  CHECK(is_bracket_label("【记者手记】"));
}

TEST_CASE("A wire story's byline goes on with its agency and time stamp", "[segment][patterns]") {
  for (const char* line : {"Associated Press", "The Associated Press", "Reuters", "AP Writer", "Associated Press Writer",
                           "Updated 6:05 PM CDT, October 7, 2025", "Published 10:02 AM EDT, Oct. 7, 2025",
                           "Posted: Sept. 3, 2026 at 9:15 a.m.", "Updated Feb. 24, 2026, 7:42 PM EST",
                           "Published Wednesday, Feb. 11, 2026", "Courier Staff Writer", "Special Correspondent",
                           "Transport Reporter", "City Hall Reporter"}) {
    INFO(line);
    CHECK(is_byline_credit_line(line));
    CHECK(fixed_form_of(line) == FixedForm::kOpeningByline);
  }
  CHECK(is_timestamp_line("Updated 6:05 PM CDT, October 7, 2025"));
  CHECK_FALSE(is_timestamp_line("Associated Press"));
  CHECK(is_english_date_line("May 14, 2026"));
  CHECK(is_english_date_line("Thursday, Aug. 13, 2026"));
  CHECK_FALSE(is_english_date_line("May 14, 2026, was a Thursday."));
  CHECK_FALSE(is_english_date_line("The Riverton Ledger"));
  CHECK(is_page_header("Thursday, Aug. 13, 2026"));
  CHECK(is_page_header("THE NORTHERN COURIER | Tuesday, April 9, 2024 | Business | Page 11"));
  for (const char* line : {"Associated Press reporters contributed to this story.", "Updated rules take effect May 1",
                           "She was a staff writer", "The Writer",
                           "Reuters said on Monday that it would", "Published reports say the mayor resigned"}) {
    INFO(line);
    CHECK_FALSE(is_byline_credit_line(line));
  }
}

// The recognisers first look at the characters their patterns must start or
// end with; these lines pass those tests in less common ways.
TEST_CASE("Fixed forms in their less common spellings", "[segment][patterns]") {
  for (const char* line : {"◎本报记者 王磊", "△ 本报见习记者　李四", "文／王五", "文图/赵六", "撰文：钱七", "文：孙八",
                           "驻京记者站记者 周九", "中新社记者 吴十", "新华社 郑一", "本报记者 王磊 报道",
                           "本报记者\n王磊 宋阿勇"}) {
    INFO(line);
    CHECK(is_opening_byline(line));
    CHECK(is_fixed_form_line(line));
  }
  for (const char* line : {"（ 王磊 摄）", "(□王磊 摄影)", "王磊　摄影摄", "本报记者 王磊 摄 ）", "PHOTO: Jane Doe",
                           "Reuters Photo by Jane Doe"}) {
    INFO(line);
    CHECK(is_photo_credit(line));
    CHECK(is_fixed_form_line(line));
  }
  for (const char* line : {"二〇二四年二月二十六日 星期一", "第 A3 版 要闻", "１２版 经济", "十一版", "本版编辑：冯", "版式设计：陈",
                           "制图:周"}) {
    INFO(line);
    CHECK(is_page_header(line));
    CHECK(is_fixed_form_line(line));
  }
  for (const char* line : {"【编者按】", "编者按：", "来源：新华社", "Source: AP", "— —摘自《人民日报》", "--据新华社"}) {
    INFO(line);
    CHECK(is_source_note(line));
    CHECK(is_fixed_form_line(line));
  }
  for (const char* line : {"□ 下转第五版", "接第1版", "（上接第3版）", "CONTINUED on PAGE 4"}) {
    INFO(line);
    CHECK(continuation_marker(line));
    CHECK(is_fixed_form_line(line));
  }
  // Body lines that start with a character a fixed form may start with.
  for (const char* line : {"中国经济稳中向好，新动能持续壮大。", "本报今日推出特别报道。", "2024年全区经济增长5.2%。",
                           "第三，要加强领导。", "文化和旅游深度融合", "新年伊始，全区各地", "摄影爱好者纷纷前来"}) {
    INFO(line);
    CHECK_FALSE(is_fixed_form_line(line));
  }
}

TEST_CASE("Datelines after a bullet or 据, and credits after white space", "[segment][patterns]") {
  CHECK(dateline_of("□本报讯（记者 李四）昨天") == "本报讯");
  CHECK(dateline_of("据新华社北京6月16日电") == "据新华社北京6月16日电");
  CHECK(dateline_of("　经济日报讯 记者") == "经济日报讯");
  CHECK(dateline_of("中新网北京6月16日电") == "中新网北京6月16日电");
  CHECK(dateline_of("中国新闻网消息") == "");
  std::string rest = "\u3000（通讯员 王五）昨天";
  auto credit = dateline_credit(rest);
  REQUIRE(credit);
  CHECK(rest.substr(credit->begin, credit->size()) == "（通讯员 王五）");
  CHECK_FALSE(dateline_credit("\u00A0（记者 王五）"));  // NBSP is not a pattern space
}
