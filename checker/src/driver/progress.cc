#include "driver/progress.h"

#include <fmt/format.h>

namespace copydesk {

namespace {
constexpr auto kQuietPeriod = std::chrono::seconds(2);
constexpr auto kRedrawEvery = std::chrono::milliseconds(200);
}  // namespace

Progress::Progress(std::ostream& out, bool enabled, size_t total_files, size_t total_bytes)
    : out_(out), enabled_(enabled), total_files_(total_files), total_bytes_(total_bytes) {}

Progress::~Progress() {
  if (drawn_) out_ << "\r\x1b[K" << std::flush;  // leave the terminal as it was
}

void Progress::file_done(size_t bytes) {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  ++files_;
  bytes_ += bytes;
  auto now = std::chrono::steady_clock::now();
  if (now - start_ < kQuietPeriod || now - last_draw_ < kRedrawEvery) return;
  last_draw_ = now;
  draw();
}

void Progress::draw() {
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  double rate = bytes_ / 1e6 / seconds;
  std::string left = "?";
  if (total_bytes_ > 0 && bytes_ > 0) {
    double remaining = seconds * (static_cast<double>(total_bytes_) / bytes_ - 1);
    left = remaining >= 60 ? fmt::format("{}m{:02}s", static_cast<int>(remaining) / 60, static_cast<int>(remaining) % 60)
                           : fmt::format("{}s", static_cast<int>(remaining));
  }
  out_ << fmt::format("\r\x1b[K{}/{} files  {:.1f} MB/s  {} left", files_, total_files_, rate, left) << std::flush;
  drawn_ = true;
}

}  // namespace copydesk
