// `--changed-since REF`: the files git reports as changed since REF (added,
// copied, modified or renamed; committed, staged, unstaged or untracked).
#pragma once

#include <set>
#include <string>

#include "core/status.h"

namespace copydesk {

// Returns the absolute, normalised paths of the files changed since `ref` in
// the git work tree that holds the current directory.
Result<std::set<std::string>> changed_files_since(const std::string& ref);

}  // namespace copydesk
