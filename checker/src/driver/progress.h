// A progress line on a terminal for long runs: files done, MB/s, time left.
// Silent until the run has taken about two seconds, and always silent when
// stderr is not a terminal (piped output stays clean).
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <ostream>

namespace copydesk {

class Progress {
 public:
  // `enabled` is usually isatty(stderr); `total_bytes` may be 0 when unknown.
  Progress(std::ostream& out, bool enabled, size_t total_files, size_t total_bytes);
  ~Progress();

  // Records one finished file of `bytes` bytes. Thread-safe.
  void file_done(size_t bytes);

 private:
  void draw();

  std::ostream& out_;
  const bool enabled_;
  const size_t total_files_;
  const size_t total_bytes_;
  size_t files_ = 0;
  size_t bytes_ = 0;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_draw_{};
  std::mutex mutex_;
};

}  // namespace copydesk
