// Fingerprints identify a finding across edits elsewhere in the file: they are
// built from the rule id, the path, the normalised matched text and a little
// context, plus an occurrence index among equal keys, never from line numbers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.h"

namespace copydesk {

// 64-bit FNV-1a: stable across platforms and releases, unlike std::hash.
uint64_t stable_hash(std::string_view data, uint64_t seed = 0xcbf29ce484222325ULL);

// Fills Finding::fingerprint for findings of one document, whose text is `text`.
// REQUIRES: `findings` sorted with finding_less.
void assign_fingerprints(std::vector<Finding>& findings, std::string_view text);

}  // namespace copydesk
