// Recognisers for the lines of a news page that have a fixed form: Markdown
// headings, bylines, photo credits, datelines, continuation markers, page
// header lines, source notes. Each works on one trimmed line (or the start or
// end of a block) and knows nothing about its neighbours; the classifier puts
// them in context.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/span.h"

namespace copydesk {

// "## Title" -> 2; 0 when `line` is not a Markdown ATX heading.
int markdown_heading_level(std::string_view line);

// A byline that opens a story: □本报记者 郭洪申, 本报记者 李永桃 宋阿勇,
// 新华社记者 X, 文/X, By Jane Doe. Also the bare role (本报记者) whose name
// follows on the next line.
bool is_opening_byline(std::string_view line);
// The lines a story's byline goes on with: the agency (Associated Press, The
// Associated Press, Reuters), a staff title (Courier Staff Writer) and the
// time stamp (is_timestamp_line()).
bool is_byline_credit_line(std::string_view line);
// A web story's time stamp: Updated 6:05 PM CDT, October 7, 2025; Published
// Oct. 7, 2025 3:10 p.m. ET. Its date is the story's publication date.
bool is_timestamp_line(std::string_view line);
// True for a line that is only an English date, maybe after its weekday
// (May 14, 2026; Thursday, Aug. 13, 2026): under a byline, the story's date.
bool is_english_date_line(std::string_view line);
// The bare role of a byline with no name: 本报记者, □本报通讯员.
bool is_byline_role_only(std::string_view line);
// A name line that completes a bare byline role: 蔡冬梅, 李永桃 宋阿勇.
bool is_byline_names(std::string_view line);
// A photo credit on a line of its own: 本报记者 王磊 摄, 高志鹏 摄, (AP Photo/Jane Doe).
bool is_photo_credit(std::string_view line);
// A closing signature or credit in brackets: （宋立志）, (海报设计:庄圆).
bool is_signature(std::string_view line);
// A byline that closes a story or photo rather than opening one: a photo
// credit or a bracketed signature.
bool is_closing_byline(std::string_view line);
// True when a block of text ends with a photo credit or picture source:
// …调研脱贫工作。 白逸男 摄, …（图片由…提供）, … (AP Photo/Jane Doe),
// … October 18, 2025. REUTERS/Stringer.
bool ends_with_photo_credit(std::string_view block);

// True for a caption under a label: "PHOTO: The restored tipple frames the
// entrance." (Photo, CAPTION, Caption; a sentence after it, not a credit's names).
bool is_labelled_caption(std::string_view block);

enum class JumpDirection { kContinuedOn, kContinuedFrom };  // 下转 / 上接
// A whole-line continuation marker: ■下转第5版, ■上接第1版, （转第3版）, Continued on Page A4.
std::optional<JumpDirection> continuation_marker(std::string_view line);
// Byte length of a continuation-from marker at the start of `line` followed by
// text (■上接第1版 着力推动…), or 0.
size_t leading_continuation_length(std::string_view line);
// Byte offset where a continuation-on marker at the end of `line` begins
// (…帮他设计图纸, ■下转第5版), or npos.
size_t trailing_continuation_offset(std::string_view line);

// A page header or page furniture line: 2024年2月26日　星期一　…, 第5版 要闻, 责任编辑：X.
bool is_page_header(std::string_view line);
// A source note: ——摘自《…》, （来源：…）, （据新华社电）, 编者按：….
bool is_source_note(std::string_view line);
// A line that starts with a dash (——): a subtitle after a headline, else an attribution.
bool starts_with_dash(std::string_view line);
// A bracketed label on a line of its own: 【记者手记】.
bool is_bracket_label(std::string_view line);

// The fixed forms above, in the order fixed_form_of() tries them.
enum class FixedForm : unsigned char {
  kNone,
  kHeading,        // markdown_heading_level() > 0
  kContinuation,   // continuation_marker()
  kPageHeader,     // is_page_header()
  kPhotoCredit,    // is_photo_credit()
  kSignature,      // is_signature()
  kOpeningByline,  // is_opening_byline()
  kBylineRole,     // is_byline_role_only()
  kSourceNote,     // is_source_note()
  kDash,           // starts_with_dash()
  kBracketLabel,   // is_bracket_label()
};

// The first of the fixed forms above that `line` has, or kNone. A line of
// more than 80 characters is only tried as a heading, a source note or a dash
// line: the other forms are shorter.
FixedForm fixed_form_of(std::string_view line);

// True when `line` has any of the fixed forms above (heading, marker, page
// header, byline, credit, source note, dash line, label): it stands apart as a
// block of its own even without blank lines around it.
bool is_fixed_form_line(std::string_view line);

// The dateline at the start of `text`, after any spaces or bullet (本报6月16日讯,
// 本报呼伦贝尔6月16日电, 新华社北京6月16日电, DENVER (AP) —): its [begin, end) bytes.
std::optional<Span> leading_dateline(std::string_view text);
// The reporters' credit right after a dateline, （记者 王皓 许敬）, starting at
// the beginning of `text` after optional spaces: its [begin, end) bytes.
std::optional<Span> dateline_credit(std::string_view text);

}  // namespace copydesk
