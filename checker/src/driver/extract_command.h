// `copydesk extract FILE [--json]`: prints what the extractors found (every
// number, quantity and date, with its span and resolved value) so that a user
// can see what the rules reasoned about.
//
// The output is a list of sections, one per analysis. A new analysis is added
// by appending one ExtractSection in extract_sections().
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace copydesk {

class Document;

struct ExtractOptions {
  std::string path;      // a file, or - for standard input
  std::string encoding;  // empty: detect
  bool json = false;
};

// One analysis shown by `extract`.
struct ExtractSection {
  std::string name;  // JSON key and heading: "numbers"
  std::function<size_t(const Document&)> count;                 // the items, for the heading
  std::function<nlohmann::json(const Document&)> to_json;       // the items (a JSON array, or an object holding them)
  std::function<void(const Document&, std::ostream&)> print;    // human-readable lines
};

// The sections, in output order.
std::vector<ExtractSection> extract_sections();

// Sections for the analyses of this area (dates_section(): driver/date_listing.h).
ExtractSection numbers_section();
ExtractSection quantities_section();

// Returns the process exit code (0, or 2 for an input error).
int run_extract(const ExtractOptions& options, std::ostream& out, std::ostream& err);

}  // namespace copydesk
