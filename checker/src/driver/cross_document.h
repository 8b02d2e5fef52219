// Passages shared between different documents: a story reprinted on another
// page, a page extracted twice, an agency text used by two desks.
//
//   std::vector<const Document*> docs = ...;
//   for (const SharedPassage& p : find_shared_passages(docs, {.min_chars = 50})) ...
//
// Method: winnowing (Schleimer, Wilkerson and Aiken 2003). Each document is
// read as a stream of characters without white space (full-width forms folded
// to ASCII); every 16-character shingle is hashed and, in each window of
// w = min_chars - 15 consecutive shingles, the smallest hash is kept as a
// fingerprint. Any passage of at least min_chars characters shared by two
// documents shares at least one fingerprint, so it is found; a shared
// fingerprint is then extended in both directions by direct comparison.
// Time is linear in the corpus size (plus the pairs of postings of each
// fingerprint, capped by max_postings: a shingle in more documents than that
// is boilerplate and is skipped).
//
// Memory: the streams of all documents (8 bytes per character) and about
// 2/(w+1) fingerprints per character at 16 bytes each plus hash-table
// overhead; for min_chars = 50 that is about 9 bytes per character in all,
// on top of the decoded texts: roughly 400 MB for a 100 MB corpus of Chinese.
#pragma once

#include <cstddef>
#include <vector>

#include "core/document.h"
#include "core/finding.h"
#include "core/span.h"

namespace copydesk {

struct CrossDocumentOptions {
  size_t min_chars = 50;      // shortest shared passage, in characters (white space not counted)
  size_t max_postings = 64;   // fingerprints found more often than this are boilerplate
};

struct SharedPassage {
  size_t first = 0;   // index of the earlier document in the input
  size_t second = 0;  // index of the later document (the copy reported)
  Span first_span;
  Span second_span;
  size_t characters = 0;
};

// Returns the passages shared between different documents of `docs`, one
// per pair of documents and place, ordered by (second, second_span).
std::vector<SharedPassage> find_shared_passages(const std::vector<const Document*>& docs,
                                                const CrossDocumentOptions& options = {});

// Turns shared passages into findings (category duplicate-passage, rule id
// "cross-document"), reported in the later document with a related location
// in the earlier one. `chinese` picks the message language.
std::vector<Finding> shared_passage_findings(const std::vector<const Document*>& docs,
                                             const std::vector<SharedPassage>& passages, bool chinese);

}  // namespace copydesk
