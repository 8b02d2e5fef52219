// Measures the time a document's shared analyses take to compute, for
// `copydesk check --timings`.
//
// An analysis that asks for another while it is computed (dates need the
// structure) is charged only its own time: each analysis gets what it spent
// less what the analyses it started spent. outermost_seconds() adds up the
// analyses started by no other, so that a rule kind's time can leave out the
// analyses computed while it ran, which the next kinds share.
//
//   AnalysisTimer timer;
//   {
//     AnalysisTimer::Scope dates(timer, "dates");
//     { AnalysisTimer::Scope structure(timer, "structure"); ... }
//     ...
//   }
//   timer.seconds();  // {"dates": own time, "structure": its time}
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

class AnalysisTimer {
 public:
  using Clock = std::chrono::steady_clock;

  // Charges the time from its construction to its destruction to `name`.
  // Scopes nest; they end in the reverse order of their start.
  class Scope {
   public:
    Scope(AnalysisTimer& timer, std::string_view name) : timer_(timer), name_(name), start_(Clock::now()) {
      timer_.nested_.push_back(0.0);
    }
    ~Scope() { timer_.finish(name_, std::chrono::duration<double>(Clock::now() - start_).count()); }
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

   private:
    AnalysisTimer& timer_;
    std::string_view name_;
    Clock::time_point start_;
  };

  // Seconds per analysis, each without the analyses it started.
  const std::map<std::string, double, std::less<>>& seconds() const { return seconds_; }
  // Seconds spent in analyses that no other analysis started.
  double outermost_seconds() const { return outermost_; }

 private:
  void finish(std::string_view name, double inclusive) {
    const double nested = nested_.back();
    nested_.pop_back();
    auto it = seconds_.find(name);
    if (it == seconds_.end()) it = seconds_.emplace(std::string(name), 0.0).first;
    it->second += inclusive - nested;
    (nested_.empty() ? outermost_ : nested_.back()) += inclusive;
  }

  std::map<std::string, double, std::less<>> seconds_;
  std::vector<double> nested_;  // per open scope, the seconds of the scopes it started
  double outermost_ = 0.0;
};

}  // namespace copydesk
