// GitHub code scanning's primaryLocationLineHash, computed exactly as the
// upload-sarif action does when a result lacks one (codeql-action's
// fingerprints.ts). Emitting the same value keeps the action from warning
// "found existing inconsistent fingerprint value" on every result.
//
// The file is read as UTF-8 the way Node does (invalid bytes become U+FFFD,
// a BOM is kept) and seen as UTF-16 code units. Spaces and tabs are skipped,
// CR and CRLF count as LF. A line's hash is a rolling hash
// (h = 37*h + c - 37^100*c_out, mod 2^64) over the 100 characters from the
// line's start, running across later lines and, at the end of the file, over
// the character 65535 and then zeros. The value is the hash in lowercase hex
// plus ":" and how many lines so far had the same hash.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

// Calls `emit(line, hash)` for every line of the file, in line order.
void for_each_github_line_hash(std::string_view file_bytes, const std::function<void(int, const std::string&)>& emit);

// Returns the hashes of the 1-based `lines` of the file (others are not kept).
std::map<int, std::string> github_line_hashes(std::string_view file_bytes, const std::set<int>& lines);

// Returns the hash of every line; element 0 is line 1.
std::vector<std::string> github_line_hashes(std::string_view file_bytes);

// Decodes UTF-8 into UTF-16 code units as a WHATWG decoder (and Node) does:
// each maximal invalid subpart becomes one U+FFFD.
std::u16string decode_utf8_like_node(std::string_view bytes);

}  // namespace copydesk
