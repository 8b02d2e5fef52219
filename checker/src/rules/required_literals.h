// The literal strings every match of a regular expression contains, worked
// out from the pattern, so that a search can look for them with memchr and run
// the expression only where one occurs.
//
//   auto literals = required_literals("(。)。+|(，)，+", options);
//   // literals->strings == {"。。", "，，"}, literals->max_lead == 0
//
// RE2's own FilteredRE2 gives up on repetitions (x+ yields only x) and on
// character classes of more than a few characters, which leaves it nothing to
// look for in most punctuation and number patterns; this analysis keeps the
// repeated copy (。。+ needs 。。) and classes of up to 64 characters.
//
// The analysis understands RE2 syntax except case folding, flag groups, \Q..\E,
// \C, octal escapes and POSIX classes; a pattern using any of them, a pattern
// that can match the empty string, and a pattern with nothing worth looking
// for get no literals (nullopt): such expressions are simply run on every
// unit. So does a pattern whose matches are unbounded and may begin more than
// 16 bytes before the literal (.*等), which would have to be tried at each of
// those bytes. Context assertions (^, $, \b, \B, \A, \z) are read as matching the
// empty string anywhere, which only widens what a match may contain.
#pragma once

#include <re2/re2.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

struct RequiredLiterals {
  // Every match contains one of these (none empty), beginning at most
  // `max_lead` bytes after the match begins.
  std::vector<std::string> strings;
  size_t max_lead = 0;
  // The longest match in bytes, when the pattern bounds it.
  std::optional<size_t> max_match;
  // Every match is one of `strings`, they all have the same length, and the
  // pattern has no context assertion: a match is exactly an occurrence.
  bool matches_are_literals = false;
};

// The literals of `pattern` compiled with `options`, or nullopt (see above).
std::optional<RequiredLiterals> required_literals(std::string_view pattern, const RE2::Options& options);

}  // namespace copydesk
