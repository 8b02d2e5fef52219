// The data that tells legal Chinese repetition (郁郁葱葱, 一排排, 看看, 婷婷)
// from garbles: rules/data/reduplication.yaml, documented in that file.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>

#include "core/status.h"

namespace copydesk {

enum class YamlReading;  // rules/yaml_file.h

// A set of character strings that is also searched with views into a text,
// without copying them into a string first.
struct U32Hash {
  using is_transparent = void;
  size_t operator()(std::u32string_view s) const { return std::hash<std::u32string_view>{}(s); }
};
using U32Set = std::unordered_set<std::u32string, U32Hash, std::equal_to<>>;

struct ReduplicationLexicon {
  U32Set words;                                   // `words` and `aa`, matched in place
  size_t longest_word = 0;                        // in code points
  U32Set aa;                                      // AA that are words on their own
  U32Set abb_tails;                               // 油油 in 绿油油
  std::unordered_set<char32_t> measure_words;     // 排 in 一排排
  std::unordered_set<char32_t> numeral_prefixes;  // 一 in 一排排
  std::unordered_set<char32_t> bodies;            // 县 in 全县县域: a place or body named by one character
  std::unordered_set<char32_t> body_prefixes;     // 全 in 全县县域, 本 in 本村村民
  std::unordered_set<char32_t> surnames;          // 陈 in 陈晨晨: a surname before AA makes a name
  std::unordered_set<char32_t> spoken;            // 哈 in 哈哈哈
  U32Set titles;                                  // 书记 in 书记书冯某
  std::unordered_set<std::string> english_exceptions;  // lower case: had, that

  // Reads the YAML file; errors name the file (and line where known).
  static Result<ReduplicationLexicon> load(const std::filesystem::path& file);
  static Result<ReduplicationLexicon> load(const std::filesystem::path& file, YamlReading reading);
  // load() once per file and process: the zh and en repetition rules share
  // one lexicon, which takes longer to parse than a page takes to check.
  static Result<std::shared_ptr<const ReduplicationLexicon>> shared(const std::filesystem::path& file);
};

// Decodes valid UTF-8 to code points.
std::u32string to_u32(std::string_view text);

}  // namespace copydesk
