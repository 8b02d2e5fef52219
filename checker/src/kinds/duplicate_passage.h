// Kind `duplicate-passage`: a passage printed twice on one page, exactly or
// with a few characters changed: a layout overlap that repeats the tail of a
// paragraph, a headline printed again as its own subtitle or after the byline,
// a paragraph set twice. The later copy is reported, with a related location
// at the first.
//
// Three checks, all linear in the text:
//
//   lines     a headline, subtitle, caption or body line whose text (without
//             leading dashes, bullets and spaces) equals an earlier line of at
//             least `line_min_chars` characters; a headline printed again as
//             the very next line (its subtitle) from `headline_min_chars` (4)
//   overlaps  a paragraph that starts with the last `overlap_min_chars` or more
//             characters of the paragraph before it, a layout overlap
//             (kinds/paragraph_overlap.h): shorter than a passage may be, as
//             an exact copy across one paragraph break is no coincidence
//   passages  a passage of at least `min_chars` characters found twice; seeds
//             are 8-character shingles that occur exactly twice in the text
//             (counted in a hash table), extended in both directions by direct
//             comparison, allowing `max_mismatches` changed characters
//
// What is not a duplicate:
//   - bylines, continuation markers (下转第5版) and page headers: left out;
//   - a headline or subtitle repeated inside the body (the lead often restates
//     the headline, an interview's subtitle names the interviewee's full title);
//   - formulaic language: a passage most of whose text occurs three or more
//     times (召开会议，传达学习…精神，研究部署贯彻落实工作 in a round-up) —
//     at least `min_unique_share` of it must occur only in these two places;
//   - a long name or title that recurs (国家金融监督管理总局…党委委员、副局长
//     某某): a passage shorter than twice `min_chars` must run across a clause
//     break (，。；！？) to count; names and titles have none;
//   - a copy directly after the first, unless `doubled_copies` says otherwise:
//     a repetition rule reports those as doubled lines.
// A caption repeated in the body is reported with severity `caption_severity`
// (note by default; "off" drops it): papers sometimes do it on purpose. With
// `caption_min_chars` (default 0: off) a passage shared by a caption and the
// body needs only that many characters and no clause break: an English
// caption is one sentence, shorter than `min_chars` asks of body text.
//
// The default min_chars of 20 was chosen on the labelled seed pages: every
// value from 16 to 30 finds all four labelled duplicates with no false alarm;
// 14 and below start to flag recurring phrases (names of campaigns, datelines
// with a reporter's name), 32 and above miss the shortest real duplicate (30
// characters without punctuation: 进犯的日军相遇，…壮烈牺牲。12月，). 20 sits in
// the lower half of that range, because unseen pages have shorter duplicates,
// and the clause-break and unique-share conditions guard precision above it.
// Very long texts are processed in overlapping windows of 400,000 characters
// (step 200,000), so memory stays bounded (about 13 MB: the window's
// characters, its shingles' slots and the table) and copies up to 200,000
// characters apart are always compared. Only the window being looked at is
// read from the text.
//
// Options:
//   min_chars         shortest passage, in Han characters, letters and digits (20)
//   line_min_chars    shortest repeated line (8)
//   overlap_min_chars shortest paragraph tail repeated at the start of the next (8)
//   max_mismatches    changed characters allowed in a near-duplicate (3)
//   min_unique_share  share of the passage that must occur only twice (0.5)
//   caption_severity  note, warning, error or off (note)
//   doubled_copies    which copies right after the first are reported (none):
//                     none; blocks, when the copies are blocks of their own
//                     (a paragraph printed twice), leaving doubles inside a
//                     block to a repetition rule; sentences, as blocks and
//                     also, inside a block, clauses that end a sentence
//                     printed twice (…配送，保证食品安全。…配送，保证食品安全。),
//                     at least min_chars long; all
//   doubled_min_chars  shortest whole sentence reported when printed twice in a
//                     row, with nothing but white space between the copies
//                     (default 0: min_chars, as any passage)
//
// Message values: {text}; variants: headline, caption, doubled (a copy right
// after the first), overlap (a paragraph tail repeated at the start of the
// next); the default message is used for other passages.
#pragma once

#include <optional>

#include "core/category.h"
#include "core/disjoint_spans.h"
#include "segment/structure.h"
#include "rules/rule.h"
#include "rules/rule_options.h"

namespace copydesk {

class DuplicatePassageKind : public Rule {
 public:
  DuplicatePassageKind(RuleSpec spec, RuleOptions& options);
  void check(const Document& doc, const std::vector<Unit>& units, Reporter& out) const override;

 private:
  bool classify(BlockKind a, BlockKind b, Report& r, bool whole_lines) const;
  void check_lines(const Document& doc, DisjointSpans& reported, Reporter& out) const;
  void check_overlaps(const Document& doc, DisjointSpans& reported, Reporter& out) const;
  void check_passages(const Document& doc, DisjointSpans& reported, Reporter& out) const;

  size_t min_chars_ = 20;
  size_t line_min_chars_ = 8;
  size_t headline_min_chars_ = 4;  // a headline line doubled as the next line
  size_t caption_min_chars_ = 0;  // 0: captions need min_chars like any passage
  size_t doubled_min_chars_ = 0;  // 0: a doubled sentence needs min_chars like any passage
  size_t overlap_min_chars_ = 8;
  int max_mismatches_ = 3;
  double min_unique_share_ = 0.5;
  enum class DoubledCopies { kNone, kBlocks, kSentences, kAll };
  DoubledCopies doubled_copies_ = DoubledCopies::kNone;
  std::optional<Severity> caption_severity_ = Severity::kNote;  // nullopt: off
};

}  // namespace copydesk
