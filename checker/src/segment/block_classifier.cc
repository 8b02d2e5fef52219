#include "segment/block_classifier.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

#include "core/utf8.h"
#include "segment/block_patterns.h"
#include "segment/text_shape.h"

namespace copydesk {

namespace {

// The first `n` and last `n` code points of `s`.
std::string_view first_chars(std::string_view s, size_t n) {
  Utf8Iterator it(s);
  for (size_t i = 0; i < n && !it.done(); ++i) it.next();
  return s.substr(0, it.offset());
}
std::string_view last_chars(std::string_view s, size_t n) {
  size_t pos = s.size();
  for (size_t i = 0; i < n && pos > 0; ++i) pos = previous_offset(s, pos);
  return s.substr(pos);
}

// The number of lines of `s`, counted up to four (a headline has at most three).
size_t line_count_up_to_4(std::string_view s) {
  size_t n = 1;
  for (size_t at = s.find('\n'); at != std::string_view::npos && n < 4; at = s.find('\n', at + 1)) ++n;
  return n;
}

bool mostly_latin(std::string_view s) {
  size_t latin = 0, han = 0;
  for (size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      latin += is_latin_letter(b);
      ++i;
    } else if (b >= 0xE5 && b <= 0xE9 && i + 3 <= s.size()) {  // U+5000-U+9FFF, without decoding
      ++han;
      i += 3;
    } else {
      Utf8Iterator it(s, i);
      han += is_han(it.code_point());
      i = it.next_offset();
    }
  }
  return latin > han * 3;
}

size_t word_count(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\t' || c == '\n';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// kExclaims: ends with ！ or ？; kLong: a one-line headline of 41 to 80 characters.
enum class HeadlineShape : unsigned char { kNo, kYes, kExclaims, kLong };

// Whether `t` (a trimmed block) is shaped like a headline: short, at most three
// lines, no sentence end inside, not starting like the rest of a sentence.
HeadlineShape headline_shape(std::string_view t) {
  if (t.empty() || t.size() > 400) return HeadlineShape::kNo;
  // Over 120 bytes and 80 characters is too long for a headline, Latin (120
  // bytes) or Chinese (80 characters): most body paragraphs stop here.
  if (t.size() > 120 && !has_at_most_code_points(t, 80)) return HeadlineShape::kNo;
  size_t lines = line_count_up_to_4(t);
  if (lines > 3) return HeadlineShape::kNo;
  std::optional<bool> inner_end;  // has_inner_sentence_end(t), when worked out
  if (mostly_latin(t)) {
    if (t.size() > 120 || word_count(t) > 18) return HeadlineShape::kNo;
  } else {
    size_t chars = code_point_count(t);
    if (lines == 1 && chars > 40 && chars <= 80) {
      inner_end = has_inner_sentence_end(t);
      if (!*inner_end && !ends_sentence(t) && !has_chinese_clause_mark(t)) return HeadlineShape::kLong;
    }
    if (chars > (lines == 1 ? 40u : 64u)) return HeadlineShape::kNo;
  }
  char32_t first = first_code_point(t);
  if (is_continuation_mark(first) || is_lower_latin(first) || first == ',' || first == '.') return HeadlineShape::kNo;
  if (inner_end ? *inner_end : has_inner_sentence_end(t)) return HeadlineShape::kNo;
  if (ends_sentence(t)) {
    // A headline may end with ！ or ？; never with 。 or a full stop.
    std::string_view s = t;
    while (!s.empty() && is_closing_mark(last_code_point(s))) s = s.substr(0, previous_offset(s, s.size()));
    char32_t mark = last_code_point(s);
    return (mark == U'！' || mark == U'？' || mark == '!' || mark == '?') ? HeadlineShape::kExclaims : HeadlineShape::kNo;
  }
  return HeadlineShape::kYes;
}

bool opens_bracket(char32_t c) {
  return c == U'“' || c == U'‘' || c == U'「' || c == U'『' || c == U'（' || c == '(' || c == U'《' || c == U'【' ||
         c == U'〔' || c == U'—' || c == '-';
}

// Words a figure follows that no headline ends with: a dimension (宽, 深),
// a bound or a total (约, 达, 共计).
bool awaits_figure(char32_t c) {
  static constexpr std::u32string_view kWords = U"宽长高深厚重约达共计超逾第每";
  return kWords.find(c) != std::u32string_view::npos;
}

// Whether `block` opens with a figure in Arabic digits and a unit (8米的泳道),
// not a date or a time (8月5日, 9时).
bool opens_with_measure(std::string_view block) {
  size_t p = 0;
  while (p < block.size() && (std::isdigit(static_cast<unsigned char>(block[p])) || block[p] == '.')) ++p;
  if (p == 0 || p == block.size()) return false;
  const char32_t unit = code_point_at(block, p);
  static constexpr std::u32string_view kTimes = U"年月日时点号分秒";
  return is_han_script(unit) && kTimes.find(unit) == std::u32string_view::npos;
}

bool is_unit_start(char32_t c) {
  return is_digit(c) || c == U'万' || c == U'亿' || c == U'千' || c == U'百' || c == U'元' || c == '%' || c == U'％' ||
         c == U'‰';
}

// Sets the kind of a block whose text has fixed form `form` (not kNone), as
// classify_blocks() would find it trying the recognisers in turn; `dash` for a
// line that starts with a dash, which its neighbours make a subtitle or a
// source note.
void set_fixed_kind(Block& b, FixedForm form, std::vector<bool>::reference dash) {
  switch (form) {
    case FixedForm::kHeading: b.kind = BlockKind::kHeading; break;
    case FixedForm::kContinuation: b.kind = BlockKind::kContinuation; break;
    case FixedForm::kPageHeader: b.kind = BlockKind::kPageHeader; break;
    case FixedForm::kPhotoCredit:
    case FixedForm::kSignature:
      b.kind = BlockKind::kByline;
      b.closing_byline = true;
      break;
    case FixedForm::kOpeningByline:
    case FixedForm::kBylineRole:
      // Not a photo credit or signature: those forms come first.
      b.kind = BlockKind::kByline;
      break;
    case FixedForm::kSourceNote: b.kind = BlockKind::kSourceNote; break;
    case FixedForm::kDash:
      b.kind = BlockKind::kParagraph;
      dash = true;
      break;
    case FixedForm::kBracketLabel: b.kind = BlockKind::kHeadline; break;
    case FixedForm::kNone: b.kind = BlockKind::kParagraph; break;
  }
}

bool head_kind(BlockKind k) {
  return k == BlockKind::kHeadline || k == BlockKind::kSubtitle || k == BlockKind::kHeading;
}

}  // namespace

bool is_blank_line(std::string_view line) { return is_blank_text(line); }
bool is_standalone_line(std::string_view line) { return is_fixed_form_line(trim_text(line)); }

bool junction_inside_word(std::string_view before, std::string_view after) {
  before = trim_text(before);
  after = trim_text(after);
  if (before.empty() || after.empty()) return false;
  if (!is_han(last_code_point(before)) || !is_han(first_code_point(after))) return false;
  icu::UnicodeString left = icu::UnicodeString::fromUTF8(last_chars(before, 6));
  icu::UnicodeString joined = left + icu::UnicodeString::fromUTF8(first_chars(after, 6));
  // Building a dictionary break iterator is costly; each thread keeps one.
  static thread_local std::unique_ptr<icu::BreakIterator> words;
  if (!words) {
    UErrorCode status = U_ZERO_ERROR;
    words.reset(icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
    if (U_FAILURE(status)) {
      words.reset();
      return false;
    }
  }
  words->setText(joined);
  return !words->isBoundary(left.length());
}

std::optional<Span> find_dateline(std::string_view text, Span paragraph) {
  auto found = leading_dateline(paragraph.of(text));
  if (!found) return std::nullopt;
  return Span{paragraph.begin + found->begin, paragraph.begin + found->end};
}

// Weighs a short block's shape against the evidence of its neighbours.
//
// Evidence that it is a piece of a broken paragraph, conclusive on its own:
//   - it ends with a comma, enumeration comma, semicolon or an opening bracket;
//   - the next block starts with punctuation that continues a sentence (，。”)
//     or, in English, with a small letter;
//   - its last and the next block's first characters make one word (总工会主|席);
//   - it ends with a digit and the next block starts with a number or unit;
//   - in hard-wrapped text, it follows body text with no blank line between.
// Evidence that weighs against a headline unless a headline's company is
// clearly there:
//   - a Chinese clause comma or semicolon inside;
//   - it follows body text with no blank line between;
//   - it ends with a colon;
//   - the body text before it stops in the middle of a sentence.
// A headline's company: a dateline, byline, subtitle (——…), Markdown heading or
// another headline-shaped block right after it, or a headline right before it.
std::vector<Block> classify_blocks(std::string_view text, const BlockSplit& split) {
  const std::vector<RawBlock>& raw = split.blocks;
  std::vector<Block> blocks(raw.size());
  std::vector<bool> dash(raw.size(), false);
  // The headline shape of each block that may be a headline; kNo for the others.
  std::vector<HeadlineShape> shape(raw.size(), HeadlineShape::kNo);

  for (size_t i = 0; i < raw.size(); ++i) {
    Block& b = blocks[i];
    b.span = raw[i].span;
    std::string_view t = b.span.of(text);
    b.opens_with_dateline = leading_dateline(t).has_value();
    if (raw[i].form != FixedForm::kNone) {
      // The splitter tried the recognisers on this very text, in the order of
      // the tests below: the first that accepted it gives the kind.
      set_fixed_kind(b, raw[i].form, dash[i]);
      continue;
    }
    bool one_line = t.find('\n') == std::string_view::npos;
    b.kind = BlockKind::kParagraph;
    if (markdown_heading_level(t) > 0) b.kind = BlockKind::kHeading;
    else if (raw[i].fixed_form && continuation_marker(t)) b.kind = BlockKind::kContinuation;
    else if (raw[i].fixed_form && is_page_header(t)) b.kind = BlockKind::kPageHeader;
    else if (raw[i].fixed_form && (is_photo_credit(t) || is_signature(t) || is_opening_byline(t) || is_byline_credit_line(t) ||
                                   is_byline_role_only(t.substr(0, t.find('\n'))))) {
      b.kind = BlockKind::kByline;
      b.closing_byline = is_closing_byline(t);
    }
    else if (raw[i].fixed_form && is_source_note(t)) b.kind = BlockKind::kSourceNote;
    else if (raw[i].fixed_form && starts_with_dash(t)) dash[i] = true;
    else if (raw[i].fixed_form && is_bracket_label(t)) b.kind = BlockKind::kHeadline;
    else if (one_line && is_page_header(t)) b.kind = BlockKind::kPageHeader;
    else if (ends_with_photo_credit(t) && has_at_most_code_points(t, 300)) b.kind = BlockKind::kCaption;
    else if (one_line && is_labelled_caption(t)) b.kind = BlockKind::kCaption;
    else if (!b.opens_with_dateline) shape[i] = headline_shape(t);  // a dateline opens a story's first paragraph
  }

  // A dated line right after a byline (By Tom Becker / Thursday, Aug. 13, 2026)
  // is the story's time stamp, in its head: not a page header between stories.
  // So is the paper's name between them (By Priya Raman / The Riverton Ledger
  // / May 14, 2026): a short line of words without a sentence's end.
  auto names_the_paper = [&](const Block& b) {
    const std::string_view t = trim_text(b.span.of(text));
    if (t.empty() || t.find('\n') != std::string_view::npos || t.size() > 60 || !is_latin_letter(first_code_point(t))) {
      return false;
    }
    const char last = t.back();
    return last != '.' && last != '!' && last != '?' && last != ':' && last != ',' &&
           std::count(t.begin(), t.end(), ' ') <= 5;
  };
  for (size_t i = 1; i < blocks.size(); ++i) {
    const std::string_view t = blocks[i].span.of(text);
    const bool dated = blocks[i].kind == BlockKind::kPageHeader || is_english_date_line(t);
    if (!dated || !is_latin_letter(first_code_point(t))) continue;
    const auto byline = [&](size_t k) { return blocks[k].kind == BlockKind::kByline && !blocks[k].closing_byline; };
    // (No longer headline-shaped text: the headline pass below leaves them be.)
    if (byline(i - 1)) {
      blocks[i].kind = BlockKind::kByline;
      shape[i] = HeadlineShape::kNo;
    } else if (i >= 2 && byline(i - 2) && names_the_paper(blocks[i - 1])) {
      blocks[i - 1].kind = blocks[i].kind = BlockKind::kByline;
      shape[i - 1] = shape[i] = HeadlineShape::kNo;
    }
  }
  // The paper's name on the very next line of a byline, before the story's
  // dateline (By MEGAN TRUAX / The Gazette / CEDAR RAPIDS, Iowa — …): a line
  // of the byline, not the headline of another story.
  for (size_t i = 1; i + 1 < blocks.size(); ++i) {
    const Block& before = blocks[i - 1];
    if (before.kind != BlockKind::kByline || before.closing_byline || blocks[i].kind == BlockKind::kByline) continue;
    const Span gap{before.span.end, std::max(before.span.end, blocks[i].span.begin)};
    const std::string_view between = gap.of(text);
    const bool next_line = between.find_first_not_of(" \t\r\n") == std::string_view::npos &&
                           std::count(between.begin(), between.end(), '\n') == 1;
    if (!next_line || !names_the_paper(blocks[i]) || !blocks[i + 1].opens_with_dateline) continue;
    blocks[i].kind = BlockKind::kByline;
    shape[i] = HeadlineShape::kNo;
  }

  // `titles`: whether another headline-shaped block after it counts.
  auto strong_company_after = [&](size_t i, bool titles) {
    if (i + 1 >= raw.size()) return false;
    const Block& next = blocks[i + 1];
    if (dash[i + 1] || next.kind == BlockKind::kHeading) return true;
    if (next.kind == BlockKind::kByline && !next.closing_byline) return true;
    if (next.kind == BlockKind::kParagraph && next.opens_with_dateline) return true;
    return titles && shape[i + 1] == HeadlineShape::kYes;
  };

  for (size_t i = 0; i < raw.size(); ++i) {
    Block& b = blocks[i];
    std::string_view t = b.span.of(text);
    if (dash[i]) {
      b.kind = (i > 0 && head_kind(blocks[i - 1].kind)) ? BlockKind::kSubtitle : BlockKind::kSourceNote;
      continue;
    }
    if (shape[i] == HeadlineShape::kNo) continue;
    const Block* prev = i > 0 ? &blocks[i - 1] : nullptr;
    std::string_view next = i + 1 < raw.size() ? raw[i + 1].span.of(text) : std::string_view();
    bool next_is_text =
        i + 1 < raw.size() && blocks[i + 1].kind == BlockKind::kParagraph && !blocks[i + 1].opens_with_dateline;
    bool prev_is_text = prev && (prev->kind == BlockKind::kParagraph);
    char32_t last = last_code_point(t);

    bool fragment = last == U'，' || last == U'、' || last == U'；' || last == ',' || last == ';' || opens_bracket(last);
    fragment = fragment || (!next.empty() && (is_continuation_mark(first_code_point(next)) ||
                                              is_lower_latin(first_code_point(next))));
    fragment = fragment || (next_is_text && is_digit(last) && is_unit_start(first_code_point(next)));
    // …凿出一条长50米、宽⏎8米的泳道: a word that a measurement follows, the
    // figure and its unit opening the next block (not a date: 8月5日).
    fragment = fragment || (next_is_text && awaits_figure(last) && opens_with_measure(next));
    // 此次改造将对渠道⏎全面进行…: a line opening with a word that ties it to
    // the sentence before (此次, 此外, 同时, 其中) is no headline; with no
    // sentence end, its sentence goes on in the next block.
    fragment = fragment || (next_is_text && !ends_sentence(t) && opens_with_link_word(t));
    fragment = fragment || (split.hard_wrapped && !raw[i].after_blank && prev_is_text);
    // A line ending in a word no headline ends with (…有害气体、水位等 / 监测传感器
    // 1260个…), the text going on at the next line: a paragraph's line, wrapped.
    fragment = fragment || (next_is_text && !raw[i + 1].after_blank &&
                            (last == U'等' || last == U'的' || last == U'和' || last == U'与' || last == U'及' || last == U'或'));

    // A clause comma inside is only outweighed by a dateline, byline, subtitle or
    // heading after it; the other doubts also by a headline before or after it.
    bool clause = has_chinese_clause_mark(t);
    bool glued = prev_is_text && !raw[i].after_blank;  // no blank line after the text before it
    bool doubtful = clause || glued || last == U'：' || last == ':' ||
                    (prev_is_text && !ends_sentence(prev->span.of(text)));
    // A kicker (引题) with a comma inside (守护黄河安澜，筑牢防汛屏障) comes right
    // before its main title, a line without one that a dateline, byline,
    // subtitle or heading follows in turn.
    bool kicker = clause && !prev_is_text && i + 1 < raw.size() && shape[i + 1] == HeadlineShape::kYes &&
                  !has_chinese_clause_mark(next) && strong_company_after(i + 1, true);
    bool company = strong_company_after(i, !clause) || (!clause && prev && head_kind(prev->kind)) || kicker;
    bool needs_company = shape[i] == HeadlineShape::kExclaims || shape[i] == HeadlineShape::kLong;
    // A long headline needs a dateline, byline, subtitle or heading right after it.
    if (shape[i] == HeadlineShape::kLong) company = strong_company_after(i, false);

    // The word test across the break runs ICU's dictionary breaker: only when
    // it decides (the other evidence would make this block a headline).
    bool headline = !fragment && (company || (!doubtful && !needs_company)) &&
                    !(next_is_text && junction_inside_word(t, next));
    b.kind = headline ? BlockKind::kHeadline : BlockKind::kParagraph;
  }

  // A headline right after another headline or a heading is its subtitle.
  for (size_t i = 1; i < blocks.size(); ++i) {
    if (blocks[i].kind == BlockKind::kHeadline && head_kind(blocks[i - 1].kind) && !is_bracket_label(blocks[i].span.of(text)))
      blocks[i].kind = BlockKind::kSubtitle;
  }

  // A short paragraph right before a photo credit is the photo's caption.
  for (size_t i = 0; i + 1 < blocks.size(); ++i) {
    if (blocks[i].kind != BlockKind::kParagraph || blocks[i + 1].kind != BlockKind::kByline) continue;
    std::string_view t = blocks[i].span.of(text);
    if (is_photo_credit(blocks[i + 1].span.of(text)) && has_at_most_code_points(t, 400) && !blocks[i].opens_with_dateline)
      blocks[i].kind = BlockKind::kCaption;
  }
  return blocks;
}

}  // namespace copydesk
