// Groups the classified blocks of a page into articles.
//
// An article opens at
//   - a head group: consecutive headlines, subtitles, Markdown headings and
//     bylines, when the text after it is its body (a byline ends a group; a
//     heading ends one unless only higher-level headings came before it);
//   - a dateline (本报6月16日讯, DENVER (AP) —) or a ■上接第1版 marker, when the
//     current article already has body text;
//   - the first body text after a ■下转第5版 marker, or at the start of the text.
// A head group that has no body of its own (another head group or the end of
// the text follows it) is the headline of the story before it: text extracted
// from a PDF often prints a headline after its story. A heading that interrupts
// a sentence (the paragraph before it stops mid-sentence and plain text follows)
// is a subheading of the current story, not a new one. Page header lines
// belong to no article and close the one before them.
#pragma once

#include <string_view>
#include <vector>

#include "segment/structure.h"

namespace copydesk {

// Sets Block::article of every block and returns the articles, in text order.
std::vector<Article> build_articles(std::string_view text, std::vector<Block>& blocks);

}  // namespace copydesk
