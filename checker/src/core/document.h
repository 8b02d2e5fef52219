// One decoded input file and the analyses computed over it.
//
// The text is UTF-8 with '\n' line breaks. Analyses that several rules need
// (structure, numbers, dates, ...) are computed lazily, at most once per
// document, and shared through analysis<T>():
//
//   const Structure& s = doc.analysis<Structure>();
//
// T must provide `static T compute(const Document&)` and a `kName` for
// --timings (static constexpr std::string_view). A Document is used by
// one thread at a time; different documents may be checked in parallel.
#pragma once

#include <any>
#include <memory>
#include <optional>
#include <string>
#include <typeindex>
#include <unordered_map>

#include "core/analysis_timer.h"
#include "core/line_index.h"
#include "core/span.h"

namespace copydesk {

enum class Language { kChinese, kEnglish };

// Returns "zh-Hans" or "en".
std::string_view language_tag(Language language);

// The Han characters and ASCII letters of valid UTF-8 `text`.
struct ScriptCounts {
  size_t han = 0;
  size_t latin = 0;
};
ScriptCounts count_scripts(std::string_view text);

// Guesses the main language of `text` from its share of Han characters.
Language detect_language(std::string_view text);

class Document {
 public:
  // `path` is the name shown in reports (relative, '/'-separated).
  Document(std::string path, std::string text, std::string encoding = "UTF-8");
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  std::string_view slice(Span span) const { return span.of(text_); }
  const std::string& encoding() const { return encoding_; }
  Language language() const { return language_; }
  const LineIndex& lines() const { return lines_; }

  // The publication date as "YYYY-MM-DD", when the caller knows it (--pubdate or
  // the configuration); empty otherwise. Set it before any analysis runs.
  const std::string& pubdate() const { return pubdate_; }
  void set_pubdate(std::string date) { pubdate_ = std::move(date); }

  // Times the analyses computed from now on (nullptr: no longer). A
  // diagnostic, as lazily filled as the analyses themselves: hence const.
  void time_analyses(AnalysisTimer* timer) const { timer_ = timer; }

  template <typename T>
  const T& analysis() const {
    auto it = analyses_.find(std::type_index(typeid(T)));
    if (it == analyses_.end()) {
      std::optional<AnalysisTimer::Scope> timing;
      if (timer_ != nullptr) timing.emplace(*timer_, T::kName);
      auto computed = std::make_shared<T>(T::compute(*this));
      timing.reset();
      it = analyses_.emplace(std::type_index(typeid(T)), std::move(computed)).first;
    }
    return *std::static_pointer_cast<T>(it->second);
  }

 private:
  std::string path_;
  std::string text_;
  std::string encoding_;
  Language language_;
  LineIndex lines_;
  std::string pubdate_;
  mutable std::unordered_map<std::type_index, std::shared_ptr<void>> analyses_;
  mutable AnalysisTimer* timer_ = nullptr;
};

}  // namespace copydesk
