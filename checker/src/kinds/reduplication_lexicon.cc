#include "kinds/reduplication_lexicon.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <mutex>

#include "core/utf8.h"
#include "rules/yaml_file.h"

namespace copydesk {

std::u32string to_u32(std::string_view text) {
  std::u32string out;
  for (Utf8Iterator it(text); !it.done(); it.next()) out.push_back(it.code_point());
  return out;
}

namespace {

// Reads a list of strings under `key`; a missing key is an empty list.
std::vector<std::string> strings_of(const YAML::Node& root, const std::string& key) {
  std::vector<std::string> out;
  if (YAML::Node list = root[key]; list && list.IsSequence()) {
    for (const auto& item : list) out.push_back(item.as<std::string>());
  } else if (list) {
    throw YAML::ParserException(list.Mark(), "'" + key + "' must be a list of strings");
  }
  return out;
}

std::unordered_set<char32_t> chars_of(const YAML::Node& root, const std::string& key) {
  std::unordered_set<char32_t> out;
  for (const std::string& s : strings_of(root, key)) {
    std::u32string u = to_u32(s);
    if (u.size() != 1) throw YAML::ParserException(root[key].Mark(), "'" + key + "' lists single characters");
    out.insert(u[0]);
  }
  return out;
}

}  // namespace

Result<ReduplicationLexicon> ReduplicationLexicon::load(const std::filesystem::path& file) {
  // Read quickly first; one with an error is read again with yaml-cpp, to name its line.
  return load_fast_then_exact([&](YamlReading reading) { return load(file, reading); });
}

Result<ReduplicationLexicon> ReduplicationLexicon::load(const std::filesystem::path& file, YamlReading reading) {
  ReduplicationLexicon lex;
  try {
    YAML::Node root = load_yaml_node(file, reading);
    for (const std::string& w : strings_of(root, "words")) lex.words.insert(to_u32(w));
    for (const std::string& w : strings_of(root, "aa")) {
      std::u32string u = to_u32(w);
      lex.aa.insert(u);
      lex.words.insert(u);
    }
    for (const std::string& w : strings_of(root, "abb_tails")) lex.abb_tails.insert(to_u32(w));
    for (const std::string& w : strings_of(root, "titles")) lex.titles.insert(to_u32(w));
    lex.measure_words = chars_of(root, "measure_words");
    lex.numeral_prefixes = chars_of(root, "numeral_prefixes");
    lex.bodies = chars_of(root, "bodies");
    lex.body_prefixes = chars_of(root, "body_prefixes");
    lex.surnames = chars_of(root, "surnames");
    lex.spoken = chars_of(root, "spoken");
    for (std::string w : strings_of(root, "english_exceptions")) {
      std::transform(w.begin(), w.end(), w.begin(), [](unsigned char c) { return std::tolower(c); });
      lex.english_exceptions.insert(w);
    }
  } catch (const YAML::Exception& e) {
    return Status::error(file.string() + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
  }
  for (const auto& w : lex.words) lex.longest_word = std::max(lex.longest_word, w.size());
  return lex;
}

Result<std::shared_ptr<const ReduplicationLexicon>> ReduplicationLexicon::shared(const std::filesystem::path& file) {
  static std::mutex mutex;
  static std::map<std::filesystem::path, std::weak_ptr<const ReduplicationLexicon>> loaded;
  std::filesystem::path key = std::filesystem::absolute(file).lexically_normal();
  std::lock_guard lock(mutex);
  if (auto kept = loaded[key].lock()) return kept;
  auto lexicon = load(file);
  if (!lexicon.ok()) return lexicon.status();
  auto kept = std::make_shared<const ReduplicationLexicon>(std::move(lexicon.value()));
  loaded[key] = kept;
  return kept;
}

}  // namespace copydesk
