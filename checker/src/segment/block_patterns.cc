#include "segment/block_patterns.h"

#include <re2/re2.h>

#include <cctype>
#include <optional>
#include <string>

#include "core/utf8.h"
#include "segment/text_shape.h"

namespace copydesk {

namespace {

// Pieces shared by the patterns below (RE2 syntax, UTF-8).
const std::string kSp = "[\\s\u3000]";        // a space, ASCII or ideographic
// A reporter's role: 本报记者, 本报见习记者, 新华社记者, 通讯员, 实习生...
const std::string kRole =
    "(?:(?:本报|本刊|新华社|中新社|人民日报|央视|央广)?(?:特约|首席|见习|驻[\\p{Han}]{1,6})?"
    "(?:摄影记者|记者|通讯员|评论员|实习生|特约撰稿人)|新华社)";
const std::string kBullet = "[□■◎●◆◇▲△]?";
const std::string kDigits = "(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})";
const std::string kPageNumber = "(?:[0-9０-９]{1,3}|[A-Z][0-9]{1,2}|[一二三四五六七八九十]{1,3})";


// Cuts `s` to its last `max_bytes` bytes, starting on a character boundary.
std::string_view tail(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t start = s.size() - max_bytes;
  while (start < s.size() && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) ++start;
  return s.substr(start);
}

std::string_view head(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}


bool contains(std::string_view s, std::string_view what) { return contains_text(s, what); }

bool is_bullet(char32_t c) {
  return c == U'□' || c == U'■' || c == U'◎' || c == U'●' || c == U'◆' || c == U'◇' || c == U'▲' || c == U'△';
}

// The offset of the first character at or after `pos` that is not is_space().
size_t skip_spaces(std::string_view s, size_t pos) {
  while (pos < s.size()) {
    auto b = static_cast<unsigned char>(s[pos]);
    if (b == ' ' || (b >= '\t' && b <= '\r')) ++pos;
    else if (s.substr(pos).starts_with("\u3000")) pos += std::string_view("\u3000").size();
    else if (s.substr(pos).starts_with("\u00A0")) pos += std::string_view("\u00A0").size();
    else break;
  }
  return pos;
}

// The code point at the start of `s`, or 0 (inline: every recogniser asks).
char32_t first_char(std::string_view s) { return s.empty() ? 0 : Utf8Iterator(s).code_point(); }

// The offset in `line` after white space, an optional bullet (any of kBullet)
// and white space again. Every byline, role and dateline pattern begins there,
// so the character found there rules out nearly every body line before a regex
// runs. It skips is_space(), a superset of kSp, so it never rejects a match.
size_t offset_after_bullet(std::string_view line) {
  size_t pos = skip_spaces(line, 0);
  if (pos < line.size()) {
    Utf8Iterator it(line, pos);
    if (is_bullet(it.code_point())) pos = skip_spaces(line, it.next_offset());
  }
  return pos;
}

char32_t first_after_bullet(std::string_view line) {
  size_t pos = offset_after_bullet(line);
  return first_char(line.substr(pos));
}

// The first characters kRole can start with.
bool opens_role(char32_t c) {
  switch (c) {
    case U'本': case U'新': case U'中': case U'人': case U'央': case U'特': case U'首':
    case U'见': case U'驻': case U'摄': case U'记': case U'通': case U'评': case U'实':
      return true;
    default:
      return false;
  }
}

// True when `line` holds a word every kRole match has: the role (记者, 通讯员,
// 评论员, 实习生, 撰稿人) or 新华社.
bool has_role_word(std::string_view line) {
  return contains(line, "记者") || contains(line, "通讯员") || contains(line, "评论员") || contains(line, "实习生") ||
         contains(line, "撰稿人") || contains(line, "新华社");
}

// True when `s` ends with 摄 or 摄影, perhaps followed by white space and a
// closing bracket: the end every photo-credit pattern needs.
bool ends_with_credit_word(std::string_view s) {
  s = trim_text(s);
  // The last byte of 摄 (E6 91 84), 影 (E5 BD B1), ） (EF BC 89) or ')': nearly
  // every line stops here.
  if (s.empty()) return false;
  auto last = static_cast<unsigned char>(s.back());
  if (last != 0x84 && last != 0xB1 && last != 0x89 && last != ')') return false;
  if (s.ends_with("）")) s.remove_suffix(std::string_view("）").size());
  else if (s.ends_with(")")) s.remove_suffix(1);
  s = trim_text(s);
  return s.ends_with("摄") || s.ends_with("摄影");
}

// True when `s` starts as the credit words of a byline can: 撰文, or 文 or 图
// (perhaps 文图, 图文) before a slash or colon (文/, 图／, 文：).
bool opens_credit_prefix(std::string_view s) {
  if (s.starts_with("撰文")) return true;
  auto credit_char = [](std::string_view t) { return t.starts_with("文") || t.starts_with("图"); };
  if (!credit_char(s)) return false;
  s.remove_prefix(std::string_view("文").size());
  if (credit_char(s)) s.remove_prefix(std::string_view("文").size());
  return s.starts_with("/") || s.starts_with("／") || s.starts_with(":") || s.starts_with("：");
}

bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }

// The characters of kSp: RE2's \s ([\t\n\f\r ]) and U+3000.
bool is_pattern_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == 0x3000; }

// The offset of the run of kSp characters that ends at `end`.
size_t back_over_spaces(std::string_view s, size_t end) {
  while (end > 0) {
    size_t p = previous_offset(s, end);
    if (!is_pattern_space(code_point_at(s, p))) break;
    end = p;
  }
  return end;
}

// The byline and photo credit patterns capture names with a lazy (.*?)
// between a prefix and a suffix. Capturing makes RE2 leave its DFA for a
// slower engine, so the names are worked out here: the regex's first parse
// takes the prefix's preferred match, which these patterns always allow, and
// the lazy group ends where the shortest suffix that ends the line begins.
// `begin` is where the prefix ends, `suffix` where the line's suffix can
// begin at the earliest. When the names would hold a line break ('.' does not
// match one), another parse of the regex may apply: nullopt, and the caller
// asks the regex.
std::optional<std::string_view> lazy_names(std::string_view line, size_t begin, size_t suffix) {
  std::string_view names = line.substr(begin, suffix > begin ? suffix - begin : 0);
  if (names.find('\n') != std::string_view::npos) return std::nullopt;
  return names;
}

// The names of a byline after its role: the suffix is kSp*(?:报道)?$.
std::optional<std::string_view> byline_names(std::string_view line, size_t prefix_end) {
  size_t end = line.size();
  if (line.ends_with("报道")) end -= std::string_view("报道").size();
  return lazy_names(line, prefix_end, back_over_spaces(line, end));
}

// The names of a photo credit, ^[（(]?kBullet kSp*(.*?)kSp*(?:摄影|摄)+kSp*[）)]?$:
// the prefix takes an opening bracket, a bullet and spaces when they are
// there. nullopt when the line does not end as the suffix requires.
std::optional<std::string_view> photo_credit_names(std::string_view line) {
  size_t begin = 0;
  if (line.starts_with("（")) begin = std::string_view("（").size();
  else if (line.starts_with("(")) begin = 1;
  if (begin < line.size() && is_bullet(code_point_at(line, begin))) begin += utf8_sequence_length(line[begin]);
  while (begin < line.size() && is_pattern_space(code_point_at(line, begin)))
    begin += utf8_sequence_length(line[begin]);
  std::string_view rest = line;
  if (rest.ends_with("）")) rest.remove_suffix(std::string_view("）").size());
  else if (rest.ends_with(")")) rest.remove_suffix(1);
  rest = rest.substr(0, back_over_spaces(rest, rest.size()));
  size_t words = 0;
  for (;; ++words) {
    if (rest.ends_with("摄影")) rest.remove_suffix(std::string_view("摄影").size());
    else if (rest.ends_with("摄")) rest.remove_suffix(std::string_view("摄").size());
    else break;
  }
  if (words == 0) return std::nullopt;
  return lazy_names(line, begin, back_over_spaces(rest, rest.size()));
}

bool is_chinese_digit(char32_t c) {
  switch (c) {
    case U'一': case U'二': case U'三': case U'四': case U'五': case U'六': case U'七': case U'八': case U'九': case U'十':
      return true;
    default:
      return false;
  }
}

// The first characters kPageNumber can start with.
bool opens_page_number(char32_t c) {
  return is_ascii_digit(c) || (c >= U'０' && c <= U'９') || (c >= 'A' && c <= 'Z') || is_chinese_digit(c);
}

// Matches `re` at the start of `s` and sets `match` to the whole match. Asking
// for no capture groups lets RE2 answer with its DFA, several times faster
// than the engines that track groups; the patterns that need a group's span
// work it out from the whole match.
bool whole_match_at_start(std::string_view s, const RE2& re, re2::StringPiece& match) {
  return re.Match(s, 0, s.size(), RE2::ANCHOR_START, &match, 1);
}

// These tests run on every line of a page and nearly all fail: each first
// checks a literal its patterns cannot match without, and full matches with
// captures (slower in RE2 than a yes/no match) run only on lines that pass.

bool is_name_separator(char32_t c) { return is_space(c) || c == U'、' || c == U'，' || c == ','; }

// True when `token` is a role word (本报记者, 实习生, 通讯员...), with or without a colon.
size_t role_prefix_length(std::string_view token) {
  static const RE2 role("^" + kRole + kSp + "*[:：]?");
  re2::StringPiece match;
  if (!whole_match_at_start(token, role, match)) return 0;
  return match.size();
}

bool is_name(std::string_view s) {
  size_t n = 0;
  for (Utf8Iterator it(s); !it.done(); it.next(), ++n) {
    char32_t c = it.code_point();
    if (!is_han(c) && c != U'·' && c != U'•') return false;
  }
  return n >= 2 && n <= 8;
}

// True when `s` is a list of names, perhaps with roles between them:
// 王皓 许敬, 梁亮 通讯员 徐璐, 本报记者 王磊 (when `roles` allows a leading role).
bool is_name_list(std::string_view s) {
  size_t names = 0, tokens = 0;
  size_t pos = 0;
  while (pos < s.size()) {
    Utf8Iterator it(s, pos);
    if (is_name_separator(it.code_point())) {
      pos = it.next_offset();
      continue;
    }
    size_t end = pos;
    for (Utf8Iterator t(s, pos); !t.done() && !is_name_separator(t.code_point()); t.next()) end = t.next_offset();
    std::string_view token = s.substr(pos, end - pos);
    if (++tokens > 12) return false;
    size_t role = role_prefix_length(token);
    token.remove_prefix(role);
    if (!token.empty()) {
      if (!is_name(token)) return false;
      ++names;
    } else if (role == 0) {
      return false;
    }
    pos = end;
  }
  return names > 0;
}

// The names of a signature, the group ([^（）():：]+) of the pattern
// ^[（(](?:[\p{Han}]{1,8}[:：])?kSp*([^（）():：]+)[）)]$, on a line the pattern
// matches without the group. The names hold no colon, so the label (Han
// characters and a colon) is there exactly when the line holds a colon, and
// ends at it. The greedy kSp* takes the spaces after it but the last
// character, which the names need.
std::string_view signature_names(std::string_view line) {
  size_t open = line[0] == '(' ? 1 : std::string_view("（").size();
  size_t close = line.back() == ')' ? 1 : std::string_view("）").size();
  std::string_view rest = line.substr(open, line.size() - open - close);
  if (size_t colon = rest.find("："); colon != std::string_view::npos) {
    rest.remove_prefix(colon + std::string_view("：").size());
  } else if (colon = rest.find(':'); colon != std::string_view::npos) {
    rest.remove_prefix(colon + 1);
  }
  size_t begin = 0;
  while (begin < rest.size() && is_pattern_space(code_point_at(rest, begin)))
    begin += utf8_sequence_length(static_cast<unsigned char>(rest[begin]));
  if (begin == rest.size() && begin > 0) begin = previous_offset(rest, begin);
  return rest.substr(begin);
}

}  // namespace

int markdown_heading_level(std::string_view line) {
  line = trim_text(line);
  int level = 0;
  while (level < static_cast<int>(line.size()) && line[level] == '#') ++level;
  if (level == 0 || level > 6) return 0;
  if (static_cast<size_t>(level) == line.size()) return 0;  // a lone "###" is a rule, not a heading
  std::string_view rest = line.substr(level);
  char32_t c = first_char(rest);
  return is_space(c) ? level : 0;
}

namespace {

// The words a byline's credit line can start with: a cheap test before the patterns.
bool opens_byline_credit(std::string_view line) {
  if (line.empty()) return false;
  switch (line[0]) {  // most lines start otherwise: told apart before the words are compared
    case 'U': case 'P': case 'L': case 'F': case 'A': case 'T': case 'R': case 'B': break;
    default: return false;
  }
  static constexpr std::string_view kOpeners[] = {"Updated", "UPDATED", "Published", "PUBLISHED", "Posted",
                                                  "Last updated", "First published", "Associated Press",
                                                  "The Associated Press", "AP ", "Reuters", "Agence France-Presse",
                                                  "AFP", "Bloomberg"};
  for (std::string_view opener : kOpeners) {
    if (line.starts_with(opener)) return true;
  }
  return false;
}

bool ends_with_staff_title(std::string_view line) {
  return line.ends_with("Writer") || line.ends_with("Reporter") || line.ends_with("Correspondent");
}

bool is_agency_line(std::string_view line) {
  static const RE2 agency(
      "^(?:The[ \\t]+)?(?:Associated[ \\t]+Press|AP|Reuters|Agence[ \\t]+France-Presse|AFP|Bloomberg(?:[ \\t]+News)?)"
      "(?:[ \\t]+(?:Writer|Staff[ \\t]+Writer|Correspondent|Reporter))?$");
  return RE2::FullMatch(line, agency);
}

// An English date with its year, maybe after its weekday: Thursday, Aug. 13, 2026.
constexpr const char* kEnglishFullDate =
    "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \\t]+)?"
    "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?[ \\t]+[0-9]{1,2},?[ \\t]+[0-9]{4}";

}  // namespace

bool is_english_date_line(std::string_view line) {
  line = trim_text(line);
  if (line.size() < 8 || line.size() > 40 || !is_latin_letter(static_cast<unsigned char>(line[0]))) return false;
  static const RE2 date(kEnglishFullDate);
  return RE2::FullMatch(line, date);
}

bool is_timestamp_line(std::string_view line) {
  line = trim_text(line);
  if (!opens_byline_credit(line) || !has_at_most_code_points(line, 80)) return false;
  // The time may come before the date (Updated 6:05 PM CDT, October 7, 2025) or after it.
  static const RE2 stamp(
      "^(?:Updated|UPDATED|Published|PUBLISHED|Posted|Last updated|First published)(?:[ \\t]+on)?:?[ \\t]+"
      "(?:[0-9]{1,2}:[0-9]{2}(?:[ \\t]*(?:[AaPp]\\.?[Mm]\\.?))?(?:[ \\t]+[A-Z]{2,4})?,?[ \\t]+)?" +
      std::string(kEnglishFullDate) + "(?:,?[ \\t]+(?:at[ \\t]+)?[0-9]{1,2}:[0-9]{2}.*)?$");
  return RE2::FullMatch(line, stamp);
}

namespace {

// A staff title on the line after a byline's name: Courier Staff Writer,
// Special Correspondent.
bool is_staff_title_line(std::string_view line) {
  if (!ends_with_staff_title(line) || !has_at_most_code_points(line, 50)) return false;
  static const RE2 title("^(?:[A-Z][A-Za-z.&'’-]*[ \\t]+){0,4}"
                         "(?:Staff[ \\t]+Writer|Staff[ \\t]+Reporter|Senior[ \\t]+Writer|Correspondent|"
                         "Contributing[ \\t]+Writer)$");
  if (RE2::FullMatch(line, title)) return true;
  // … or a beat and Reporter or Writer (City Hall Reporter, Transport
  // Reporter), not a name with an article (The Writer).
  static const RE2 beat("^(?:[A-Z][A-Za-z.&'’-]*[ \\t]+){1,3}(?:Reporter|Writer)$");
  return !line.starts_with("The ") && !line.starts_with("A ") && !line.starts_with("An ") && RE2::FullMatch(line, beat);
}

}  // namespace

bool is_byline_credit_line(std::string_view line) {
  line = trim_text(line);
  if (is_staff_title_line(line)) return true;
  if (!opens_byline_credit(line)) return false;
  return is_agency_line(line) || is_timestamp_line(line);
}

bool is_opening_byline(std::string_view line) {
  line = trim_text(line);
  if (line.empty() || !has_at_most_code_points(line, 60)) return false;
  std::string_view rest = line.substr(offset_after_bullet(line));
  char32_t first = first_char(rest);
  bool may_be_zh = (opens_role(first) && has_role_word(line)) || opens_credit_prefix(rest);
  if (line[0] != 'B' && !may_be_zh) return false;
  if (is_photo_credit(line)) return false;
  static const std::string role_prefix = "^" + kBullet + kSp + "*(?:" + kRole +
                                         "|文[/／]|图[/／]|文图[/／]|图文[/／]|撰文[:：]?|文[:：])" + kSp + "*[:：]?" + kSp + "*";
  static const RE2 zh_prefix(role_prefix);
  static const RE2 zh(role_prefix + "(.*?)" + kSp + "*(?:报道)?$");
  static const RE2 en(
      "^(?:By|BY)[ \\t]+(?:the[ \\t]+|The[ \\t]+)?[A-Z][A-Za-z.'’-]*,?"
      "(?:[ \\t]+(?:[A-Z][A-Za-z.'’-]*,?|and|&|de|da|van|von|der|la|le|di|bin|al|in|for|\\|)){0,10}$");
  // zh matches when its prefix does and the names hold no line break.
  re2::StringPiece prefix;
  if (may_be_zh && whole_match_at_start(line, zh_prefix, prefix)) {
    if (std::optional<std::string_view> names = byline_names(line, prefix.size())) {
      return names->empty() || is_name_list(*names);
    }
    std::string names_found;  // a null argument skips the role group
    if (RE2::FullMatch(line, zh, static_cast<void*>(nullptr), &names_found)) {
      return names_found.empty() || is_name_list(names_found);
    }
  }
  return (line[0] == 'B') && RE2::FullMatch(line, en);
}

bool is_byline_role_only(std::string_view line) {
  line = trim_text(line);
  if (line.size() > 60 || !opens_role(first_after_bullet(line)) || !has_role_word(line)) return false;
  static const RE2 r("^" + kBullet + kSp + "*" + kRole + kSp + "*[:：]?");
  return RE2::FullMatch(line, r);
}

bool is_byline_names(std::string_view line) {
  line = trim_text(line);
  return !line.empty() && line.size() <= 80 && is_name_list(line);
}

bool is_photo_credit(std::string_view line) {
  line = trim_text(line);
  if (line.empty() || !has_at_most_code_points(line, 50)) return false;
  bool zh_credit = ends_with_credit_word(line);
  // The English pattern starts with a bracket, an agency or Photo.
  bool en_credit = std::string_view("(ARGXEBP").find(line[0]) != std::string_view::npos &&
                   (contains(line, "Photo") || contains(line, "PHOTO"));
  if (!zh_credit && !en_credit) return false;
  static const RE2 zh("^[（(]?" + kBullet + kSp + "*(.*?)" + kSp + "*(?:摄影|摄)+" + kSp + "*[）)]?$");
  static const RE2 en(
      "^\\(?(?:(?:AP|Reuters|AFP|Getty Images|Xinhua|EPA|Bloomberg)[ ]?)?(?:Photo|PHOTO|Photograph)s?"
      "(?:/| by |: ?)[^()]{2,60}\\)?$");
  if (zh_credit) {
    if (std::optional<std::string_view> names = photo_credit_names(line)) return is_name_list(*names);
    std::string names_found;
    if (RE2::FullMatch(line, zh, &names_found)) return is_name_list(names_found);
  }
  return en_credit && RE2::FullMatch(line, en);
}

bool is_labelled_caption(std::string_view block) {
  block = trim_text(block);
  for (std::string_view label : {"PHOTO: ", "Photo: ", "CAPTION: ", "Caption: ", "Photo caption: ", "PHOTO CAPTION: "}) {
    if (!block.starts_with(label) || block.size() <= label.size()) continue;
    const unsigned char first = static_cast<unsigned char>(block[label.size()]);
    if (!std::isupper(first) || block.find('\n') != std::string_view::npos || !has_at_most_code_points(block, 400)) {
      return false;
    }
    // The sentence may end in its credit: "… in Pine Hollow. (Nadia Ferris/Staff)", "(Jonah Whitecloud)".
    static const RE2 credit("[.!?”\"] *\\([A-Z][A-Za-z .'’-]{1,40}(?:/[A-Z][A-Za-z .'’-]{1,30})?\\)$");
    return block.ends_with(".") || block.ends_with(".\"") || block.ends_with(".”") || RE2::PartialMatch(block, credit);
  }
  return false;
}

bool is_signature(std::string_view line) {
  line = trim_text(line);
  if (line.empty()) return false;
  if (!(line.back() == ')' || line.ends_with("）"))) return false;
  if (!(line[0] == '(' || line.starts_with("（"))) return false;
  if (!has_at_most_code_points(line, 30)) return false;
  // The names are worked out without the capture (see signature_names).
  static const RE2 r("^[（(](?:[\\p{Han}]{1,8}[:：])?" + kSp + "*[^（）():：]+[）)]$");
  return RE2::FullMatch(line, r) && is_name_list(signature_names(line));
}

bool is_closing_byline(std::string_view line) { return is_photo_credit(line) || is_signature(line); }

bool ends_with_photo_credit(std::string_view block) {
  std::string_view t = tail(trim_text(block), 240);
  static const RE2 source("[（(](?:图片由[^（）()]{1,40}提供|(?:本报)?资料图片|[^（）()]{1,20}供图|新华社发)[）)]$");
  // (AP Photo/Jane Doe), (Photo by Jane Doe), (Staff photo by Ken Moreau), (Photo courtesy of the farm)
  static const RE2 en("\\((?:(?:AP|Reuters|AFP|Getty Images|Xinhua|EPA|Bloomberg|Staff|Contributed|File)[ ]?)?[Pp]hoto"
                      "(?:/| by |: ?| courtesy of )[^()]{2,60}\\)$");
  bool bracketed = !t.empty() && (t.back() == ')' || t.ends_with("）"));
  if (bracketed) {
    // Every match holds a word of its own (图片, 供图 or 新华社发; Photo),
    // looked for before RE2 runs over the whole tail.
    const bool maybe_source = contains(t, "图片") || contains(t, "供图") || contains(t, "新华社发");
    if ((maybe_source && RE2::PartialMatch(t, source)) ||
        ((contains(t, "Photo") || contains(t, "photo")) && RE2::PartialMatch(t, en))) {
      return true;
    }
  }
  // A wire caption: "PHOTO: … REUTERS/Stringer", "… AP Photo/Matt Rourke".
  if (!t.empty() && t.back() != '.' && contains(t, "/")) {
    static const RE2 wire("[.!?)”\"] +(?:REUTERS|Reuters|AP Photo|AFP|EPA|Xinhua)/[A-Z][A-Za-z .'’-]{1,40}$");
    if (RE2::PartialMatch(t, wire)) return true;
  }
  // An English caption's credit after its sentence: "… refit next year. Photo: Ian Pratt".
  if (!t.empty() && t.back() != '.' && contains(t, "Photo")) {
    static const RE2 credit_en("[.!?”\"] +Photo(?:graph)?(?::| by) ?[A-Z][A-Za-z .'’-]{1,40}$");
    if (RE2::PartialMatch(t, credit_en)) return true;
  }
  if (!ends_with_credit_word(t)) return false;
  // … 白逸男 摄, … 本报记者 王磊 摄: the names before 摄, back to the last
  // sentence mark, bracket or a token that is not a name or role.
  static const RE2 credit("^(.*?)(" + kSp + "*)(?:摄影|摄)+" + kSp + "*[）)]?$");
  std::string before, gap;
  if (!RE2::FullMatch(t, credit, &before, &gap)) return false;
  std::string_view rest(before);
  size_t start = rest.size();
  bool spaced = !gap.empty();
  while (start > 0) {
    // One token back: the run of characters that are not separators.
    size_t token_end = start;
    while (token_end > 0 && is_name_separator(code_point_at(rest, previous_offset(rest, token_end)))) {
      spaced = true;
      token_end = previous_offset(rest, token_end);
    }
    size_t token_begin = token_end;
    while (token_begin > 0) {
      size_t p = previous_offset(rest, token_begin);
      char32_t c = code_point_at(rest, p);
      if (is_name_separator(c) || !(is_han(c) || c == U'·' || c == U'•')) break;
      token_begin = p;
    }
    std::string_view token = rest.substr(token_begin, token_end - token_begin);
    if (token.empty() || !(is_name(token) || role_prefix_length(token) == token.size())) break;
    start = token_begin;
    if (start == 0) break;
    char32_t before_token = code_point_at(rest, previous_offset(rest, start));
    if (!is_name_separator(before_token)) {
      // Glued to the text before it: only after a sentence mark or bracket,
      // or inside brackets of its own (…上行走。（本报记者 郭婷 摄）).
      const bool own_brackets = (before_token == U'（' || before_token == '(') && (t.ends_with("）") || t.ends_with(")"));
      if (!(is_sentence_final_mark(before_token) || is_closing_mark(before_token) || own_brackets)) return false;
      break;
    }
  }
  if (start == rest.size()) return false;
  return spaced && is_name_list(rest.substr(start));
}

std::optional<JumpDirection> continuation_marker(std::string_view line) {
  line = trim_text(line);
  if (line.empty() || line.size() > 80) return std::nullopt;
  // Both patterns start with a bullet, a bracket, the verb (下转, 上接, 转, 接) or Continued.
  char32_t first = first_char(line);
  if (!(first == '(' || first == 'C' || first == U'（' || first == U'下' || first == U'上' || first == U'转' ||
        first == U'接' || first == U'■' || first == U'□' || first == U'▲' || first == U'◆' || first == U'●'))
    return std::nullopt;
  if (!contains(line, "版") && !contains(line, "ont") && !contains(line, "ONT")) return std::nullopt;
  static const RE2 zh("^[■□▲◆●]?" + kSp + "*[（(]?" + kSp + "*(下转|上接|转|接)" + kSp + "*(?:本报)?第?" + kSp + "*" +
                            kPageNumber + kSp + "*版" + kSp + "*[）)]?$");
  static const RE2 en("^\\(?(Continued|Cont'd|CONTINUED)[ ](on|from|On|From)[ ](?:Page|PAGE|page|P\\.)[ ]?[A-Z]?[0-9]{1,3}[A-Z]?\\)?$");
  std::string word;
  if (RE2::FullMatch(line, zh, &word)) {
    return (word == "上接" || word == "接") ? JumpDirection::kContinuedFrom : JumpDirection::kContinuedOn;
  }
  std::string verb, direction;
  if (RE2::FullMatch(line, en, &verb, &direction)) {
    return (direction == "from" || direction == "From") ? JumpDirection::kContinuedFrom : JumpDirection::kContinuedOn;
  }
  return std::nullopt;
}

size_t leading_continuation_length(std::string_view line) {
  std::string_view h = head(line, 64);
  // The marker opens with a bullet (E2 96/97 ..), （ (EF BC 88) or '(' after white space.
  size_t start = skip_spaces(h, 0);
  if (start == h.size()) return 0;
  auto lead = static_cast<unsigned char>(h[start]);
  if (lead != 0xE2 && lead != 0xEF && lead != '(') return 0;
  char32_t first = first_char(h.substr(start));
  if (!(first == U'■' || first == U'□' || first == U'▲' || first == U'◆' || first == U'●' || first == U'（' ||
        first == '('))
    return 0;
  if (!contains(h, "接") || !contains(h, "版")) return 0;
  static const RE2 r("^(" + kSp + "*(?:[■□▲◆●]" + kSp + "*(?:上接|接)" + kSp + "*第?" + kSp + "*" + kPageNumber + kSp +
                           "*版|[（(](?:上接|接)第?" + kPageNumber + "版[）)]))" + kSp + "+\\S");
  re2::StringPiece marker;
  if (!RE2::PartialMatch(h, r, &marker)) return 0;
  return static_cast<size_t>(marker.data() - h.data()) + marker.size();
}

size_t trailing_continuation_offset(std::string_view line) {
  std::string_view t = tail(line, 64);
  // The marker ends with 版, perhaps in brackets, before white space.
  std::string_view end = trim_text(t);
  // 版 (E7 89 88), ） (EF BC 89) or ')' last: a byte to look at.
  auto last = end.empty() ? 0 : static_cast<unsigned char>(end.back());
  if (last != 0x88 && last != 0x89 && last != ')') return std::string_view::npos;
  if (!(end.ends_with("版") || end.ends_with("版）") || end.ends_with("版)"))) return std::string_view::npos;
  if (!contains(t, "转")) return std::string_view::npos;
  static const RE2 r("\\S" + kSp + "*((?:[■□▲◆●]" + kSp + "*(?:下转|转)" + kSp + "*第?" + kSp + "*" + kPageNumber + kSp +
                           "*版|[（(](?:下转|转)第?" + kPageNumber + "版[）)]))" + kSp + "*$");
  re2::StringPiece marker;
  if (!RE2::PartialMatch(t, r, &marker)) return std::string_view::npos;
  return line.size() - t.size() + static_cast<size_t>(marker.data() - t.data());
}

bool is_page_header(std::string_view line) {
  line = trim_text(line);
  if (line.empty()) return false;
  static const RE2 date("^(?:[0-9]{4}|二〇[〇一二三四五六七八九]{2})" + kSp + "*年" + kSp + "*" + kDigits + kSp + "*月" +
                              kSp + "*" + kDigits + kSp + "*日" + kSp + "*(?:[（(]?(?:星期|周)[一二三四五六日天][）)]?).*");
  // Lengths are bounded in code (kLongestHeader), not by counted repeats of a
  // Unicode class, which compile one copy of the class per count.
  static const RE2 page("^(?:第" + kSp + "*" + kPageNumber + kSp + "*版|" + kPageNumber + kSp + "*版)(?:" + kSp +
                              "+[^\\s\u3000]+){0,4}$");
  static const RE2 staff("^(?:责任编辑|责编|本版编辑|版式设计|美术编辑|美编|校对|责任校对|版面设计|制图)" + kSp + "*[:：].*$");
  // An English page's running header: a weekday's full date, the month maybe
  // abbreviated, maybe after the paper's name or before the page (THE DAILY
  // NEWS | Monday, June 17, 2024 | A3; THE LEDGER -- Thursday, October 19, 2023 -- Page A3;
  // Thursday, Aug. 13, 2026).
  static const RE2 english(
      "(?i)(?:[a-z][a-z .'’&-]{0,40}?[ \\t]*(?:--|[|•·—–-]|[ \\t]{2,})[ \\t]*)?"
      "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?[ \\t]+"
      "(?:january|february|march|april|may|june|july|august|september|october|november|december|"
      "jan\\.|feb\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.)"
      "[ \\t]+[0-9]{1,2},?[ \\t]+[0-9]{4}"
      // maybe the section (| Business), then the page
      "(?:[ \\t]*(?:--|[|•·—–-])[ \\t]*[a-z][a-z &'’-]{0,30}?)?"
      "(?:[ \\t]*(?:--|[|•·—–-]|[ \\t]{2,})[ \\t]*(?:page[ \\t]+)?[a-z]?[0-9]{1,3})?");
  // Each pattern is tried only on lines that start as it must: a year, a page
  // (第, a number or letter), a staff title or, in English, a letter.
  char32_t first = first_char(line);
  if (is_latin_letter(first) && has_at_most_code_points(line, 80) &&
      line.find_first_of("0123456789") != std::string_view::npos && RE2::FullMatch(line, english)) {
    return true;
  }
  bool may_be_date = is_ascii_digit(first) || (first == U'二' && line.starts_with("二〇"));
  bool may_be_page = first == U'第' || opens_page_number(first);
  bool may_be_staff = first == U'责' || first == U'本' || first == U'版' || first == U'美' || first == U'校' ||
                      first == U'制';
  if (!(may_be_date || may_be_page || may_be_staff) || !has_at_most_code_points(line, 80)) return false;
  constexpr size_t kLongestHeader = 72;  // characters of a page-number or staff line
  if (!has_at_most_code_points(line, kLongestHeader)) may_be_page = may_be_staff = false;
  return (may_be_date && contains(line, "年") && RE2::FullMatch(line, date)) ||
         (may_be_page && contains(line, "版") && RE2::FullMatch(line, page)) ||
         (may_be_staff && (contains(line, "：") || contains(line, ":")) && RE2::FullMatch(line, staff));
}

namespace {

// True when `line` starts as a label of is_source_note can: 【编者按】, 来源：, Source:.
bool opens_label(std::string_view line) {
  char32_t first = first_char(line);
  return first == U'【' || first == '[' || first == U'编' || first == U'来' || first == 'S';
}

}  // namespace

bool is_source_note(std::string_view line) {
  line = trim_text(line);
  if (line.empty()) return false;
  static const RE2 dash("^(?:——|—" + kSp + "?—|--)" + kSp + "*(?:摘自|据|来源|选自|转自|原载|转载|节选自?|本文)");
  static const RE2 bracket("^[（(](?:摘自|据|来源|选自|转自|原载|转载|综合|节选|本文)[^（）()]{0,60}[）)]$");
  static const RE2 label("^(?:[【\\[]?编者按[】\\]]?|来源[:：]|Source:|SOURCE:)");
  bool opens_bracket = line.starts_with("（") || line[0] == '(';
  return (starts_with_dash(line) && RE2::PartialMatch(head(line, 48), dash)) ||
         (opens_bracket && has_at_most_code_points(line, 70) && RE2::FullMatch(line, bracket)) ||
         (opens_label(line) && RE2::PartialMatch(head(line, 24), label));
}

bool starts_with_dash(std::string_view line) {
  line = trim_text(line);
  return line.substr(0, 6) == "——" || line.substr(0, 3) == "—" || line.substr(0, 2) == "--";
}

bool is_bracket_label(std::string_view line) {
  line = trim_text(line);
  static const RE2 r("^【[^【】]{1,12}】$");
  return line.size() < 64 && line.starts_with("【") && RE2::FullMatch(line, r);
}

namespace {

// True when trimmed, non-empty `line` starts as one of the recognisers of
// is_fixed_form_line() needs (see each pattern: its first character, and a
// word the pattern cannot match without), or ends as a photo credit must: the
// union of their first tests, so that a body line costs a look at its first
// and last characters.
bool may_be_fixed_form(std::string_view line) {
  if (ends_with_credit_word(line)) return true;  // 摄 credits start with anything
  char32_t first = first_char(line);
  if (first < 0x80) {
    if (first == '#' || first == '(' || first == '[' || first == '-') return true;  // headings, brackets, labels, dashes
    if (is_ascii_digit(first)) return contains(line, "年") || contains(line, "版");  // a date or a page
    if (first >= 'A' && first <= 'Z') {  // By, Continued, Source:, a page, a photo, an agency or time stamp
      return first == 'B' || first == 'C' || first == 'S' || contains(line, "版") || contains(line, "Photo") ||
             contains(line, "PHOTO") || opens_byline_credit(line) || ends_with_staff_title(line);
    }
    return false;
  }
  switch (first) {
    case U'（': case U'【': case U'—':                                  // brackets, labels, dashes
    case U'■': case U'□': case U'▲': case U'◆': case U'●': case U'◎': case U'◇': case U'△':  // bullets
      return true;
    case U'编': return line.starts_with("编者按");
    case U'来': return line.starts_with("来源");
    case U'下': case U'上': case U'转': case U'接': case U'第': return contains(line, "版");  // markers, pages
    case U'二': return line.starts_with("二〇") || contains(line, "版");                    // a date or a page
    case U'责': case U'美': case U'校': case U'制': case U'版':                              // staff lines
      return contains(line, "：") || contains(line, ":");
    case U'本': return line.starts_with("本版编辑") || has_role_word(line);
    case U'文': case U'图': case U'撰': return opens_credit_prefix(line);
    default:
      if (opens_role(first)) return has_role_word(line);
      return ((first >= U'０' && first <= U'９') || is_chinese_digit(first)) && contains(line, "版");  // a page
  }
}

}  // namespace

FixedForm fixed_form_of(std::string_view line) {
  std::string_view trimmed = trim_text(line);
  if (trimmed.empty() || !may_be_fixed_form(trimmed)) return FixedForm::kNone;
  if (markdown_heading_level(line) > 0) return FixedForm::kHeading;
  // Only headings, source notes and dash lines run past 80 characters: a body
  // line is not put through the other recognisers.
  bool short_line = has_at_most_code_points(trimmed, 80);
  if (short_line) {
    if (continuation_marker(line)) return FixedForm::kContinuation;
    if (is_page_header(line)) return FixedForm::kPageHeader;
    if (is_photo_credit(line)) return FixedForm::kPhotoCredit;
    if (is_signature(line)) return FixedForm::kSignature;
    if (is_opening_byline(line) || is_byline_credit_line(line)) return FixedForm::kOpeningByline;
    if (is_byline_role_only(line)) return FixedForm::kBylineRole;
  }
  if (is_source_note(line)) return FixedForm::kSourceNote;
  if (starts_with_dash(line)) return FixedForm::kDash;
  if (short_line && is_bracket_label(line)) return FixedForm::kBracketLabel;
  return FixedForm::kNone;
}

bool is_fixed_form_line(std::string_view line) { return fixed_form_of(line) != FixedForm::kNone; }

namespace {

// True when `h` can open a dateline: an upper-case letter (DENVER (AP) —), or,
// after white space, a bullet and an optional 据, the name of an agency (本报,
// 新华社, 中新社, 人民网, 央视网, 光明网, 经济日报...). Checked first: nearly every
// block is asked whether it opens with a dateline.
bool may_open_dateline(std::string_view h) {
  if (h.empty()) return false;
  if (h[0] >= 'A' && h[0] <= 'Z') return true;
  std::string_view rest = h.substr(offset_after_bullet(h));
  if (rest.starts_with("据")) rest = rest.substr(skip_spaces(rest, std::string_view("据").size()));
  if (rest.empty()) return false;
  switch (first_char(rest)) {
    case U'本': case U'新': case U'中': case U'人': case U'央': case U'光': case U'经': break;
    default: return false;
  }
  static constexpr std::string_view kAgencies[] = {"本报",   "新华社", "中新社", "中新网", "人民网",
                                                   "新华网", "央视网", "央广网", "光明网", "经济日报"};
  for (std::string_view agency : kAgencies) {
    if (rest.starts_with(agency)) return true;
  }
  return false;
}

}  // namespace

std::optional<Span> leading_dateline(std::string_view text) {
  std::string_view h = head(text, 160);
  if (!may_open_dateline(h)) return std::nullopt;
  static const RE2 zh("^" + kSp + "*" + kBullet + kSp + "*(?:据" + kSp + "*)?(?:本报|新华社|中新社|中新网|人民网|新华网|央视网|央广网|光明网|经济日报)(?:"
                            "[\\p{Han}·]{0,12}?" + kSp + "*(?:(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})" + kSp + "*年" +
                            kSp + "*)?" + kDigits + kSp + "*月" + kSp + "*" + kDigits + kSp +
                            "*日" + kSp + "*(?:讯|电)|讯|电)");
  static const RE2 en(
      "^[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+){0,3}(?:,[ ](?:[A-Z][a-z]+\\.?(?:[ ][A-Z][a-z]+\\.?)?|[A-Z]\\.[A-Z][a-z]*\\.))?"
      "(?:,[ ](?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?[ ][0-9]{1,2}(?:,[ ][0-9]{4})?|"
      "[0-9]{1,2}[ ](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?(?:[ ][0-9]{4})?))?"
      "[ ]*(?:\\((?:AP|Reuters|AFP|Bloomberg|UPI|Xinhua|dpa|CNN|NYT|The Associated Press)\\)[ ]*(?:—|–|--|-)|(?:—|–|--))");
  // The dateline is the whole match, less the white space and bullet before it
  // (it starts with 据 or an agency's name, never with a space or bullet).
  re2::StringPiece match;
  if (whole_match_at_start(h, zh, match)) return Span{offset_after_bullet(h), match.size()};
  if (whole_match_at_start(h, en, match)) return Span{0, match.size()};
  return std::nullopt;
}

std::optional<Span> dateline_credit(std::string_view text) {
  std::string_view h = head(text, 240);
  // The credit opens with a bracket after white space and names a role.
  std::string_view opening = h.substr(skip_spaces(h, 0));
  if (!(opening.starts_with("（") || opening.starts_with("("))) return std::nullopt;
  if (!contains(h, "记者") && !contains(h, "通讯员") && !contains(h, "实习生") && !contains(h, "eporting"))
    return std::nullopt;
  static const RE2 r("^" + kSp + "*[（(][^（）()]{0,80}(?:记者|通讯员|实习生|Reporting|reporting)[^（）()]{0,80}[）)]");
  re2::StringPiece match;
  if (!whole_match_at_start(h, r, match)) return std::nullopt;
  // The credit is the match less the white space before its bracket.
  return Span{static_cast<size_t>(opening.data() - h.data()), match.size()};
}

}  // namespace copydesk
