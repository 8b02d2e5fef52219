// One decoded input file and the analyses computed over it.
//
// The text is UTF-8 with '\n' line breaks. Analyses that several rules need
// (structure, numbers, dates, ...) are computed lazily, at most once per
// document, and shared through analysis<T>():
//
//   const Structure& s = doc.analysis<Structure>();
//
// T must provide `static T compute(const Document&)` and a `kName` for
// --timings (static constexpr std::string_view). Rules may run on several
// threads over one document (Engine::check): an analysis is computed once,
// by the first thread that asks, and the others wait for it.
#pragma once

#include <array>
#include <cctype>
#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

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

  // The day the copy is checked as "YYYY-MM-DD" (the clock, or --today): no
  // story can be of a later year. Empty when not known (the checks that use it
  // stay silent). Set it before any analysis runs.
  const std::string& checked_on() const { return checked_on_; }
  void set_checked_on(std::string date) { checked_on_ = std::move(date); }
  // The year of checked_on(), 0 when not known.
  int checked_year() const {
    return checked_on_.size() >= 4 && std::isdigit(static_cast<unsigned char>(checked_on_[0])) ? std::stoi(checked_on_.substr(0, 4)) : 0;
  }

  // Times the analyses computed from now on (nullptr: no longer). A
  // diagnostic, as lazily filled as the analyses themselves: hence const.
  void time_analyses(AnalysisTimer* timer) const { timer_ = timer; }

  // Timing is for one thread at a time: the engine runs a document's rules
  // on one thread while it collects timings.
  template <typename T>
  const T& analysis() const {
    AnalysisSlot& slot = (*analyses_)[analysis_index<T>()];
    std::call_once(slot.computed, [&] {
      std::optional<AnalysisTimer::Scope> timing;
      if (timer_ != nullptr) timing.emplace(*timer_, T::kName);
      slot.value = std::make_shared<const T>(T::compute(*this));
    });
    return *static_cast<const T*>(slot.value.get());
  }

  // Frees the analyses computed so far; one asked for again is computed
  // again. The engine calls it once a document's rules have run, so that a
  // long document's number mentions and dates are not held alongside its
  // findings (or, for a document kept after its check, for the whole run).
  // Not to be called while a rule may still ask for an analysis. Const as
  // analysis() is: the analyses are a cache of what the text already says.
  void release_analyses() const { analyses_ = std::make_unique<AnalysisSlots>(); }

 private:
  std::string path_;
  std::string text_;
  std::string encoding_;
  Language language_;
  LineIndex lines_;
  std::string pubdate_;
  std::string checked_on_;
  // One slot per analysis type, indexed by a number each type takes the
  // first time any document asks for it: a lookup is an array index, and
  // std::call_once makes the first computation visible to every thread.
  static constexpr size_t kMaxAnalyses = 32;
  struct AnalysisSlot {
    std::once_flag computed;
    std::shared_ptr<const void> value;
  };
  static size_t next_analysis_index();  // aborts past kMaxAnalyses
  template <typename T>
  static size_t analysis_index() {
    static const size_t index = next_analysis_index();
    return index;
  }

  // Behind a pointer, as a std::once_flag cannot be reset: release_analyses()
  // puts fresh slots in place.
  using AnalysisSlots = std::array<AnalysisSlot, kMaxAnalyses>;
  mutable std::unique_ptr<AnalysisSlots> analyses_ = std::make_unique<AnalysisSlots>();
  mutable AnalysisTimer* timer_ = nullptr;
};

}  // namespace copydesk
