#include "input/sources.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <functional>
#include <cstdio>
#include <vector>

namespace copydesk {
namespace fs = std::filesystem;

bool glob_match(std::string_view p, std::string_view s) {
  // Memoised over (pattern position, text position): O(|p| * |s|^2) at worst,
  // nothing for paths, and correct for "**" followed by "*" (which a matcher
  // that backtracks only to the last star gets wrong).
  std::vector<signed char> memo((p.size() + 1) * (s.size() + 1), 0);
  std::function<bool(size_t, size_t)> match = [&](size_t pi, size_t si) -> bool {
    signed char& cell = memo[pi * (s.size() + 1) + si];
    if (cell) return cell > 0;
    bool result = false;
    if (pi == p.size()) {
      result = si == s.size();
    } else if (p[pi] == '*') {
      const bool crosses = pi + 1 < p.size() && p[pi + 1] == '*';
      const size_t next = pi + (crosses ? 2 : 1);
      if (crosses && next < p.size() && p[next] == '/' && match(next + 1, si)) {
        result = true;  // "**/" also matches no folder at all
      } else {
        for (size_t k = si;; ++k) {
          if (match(next, k)) {
            result = true;
            break;
          }
          if (k == s.size() || (!crosses && s[k] == '/')) break;
        }
      }
    } else if (si < s.size() && (p[pi] == '?' ? s[si] != '/' : p[pi] == s[si])) {
      result = match(pi + 1, si + 1);
    }
    cell = result ? 1 : -1;
    return result;
  };
  return match(0, 0);
}

namespace {

bool matches_any(const std::vector<std::string>& globs, const std::string& relative, const std::string& name) {
  return std::any_of(globs.begin(), globs.end(),
                     [&](const std::string& g) { return glob_match(g, relative) || glob_match(g, name); });
}

std::string display(const fs::path& p) {
  std::string s = p.lexically_normal().generic_string();
  if (s.rfind("./", 0) == 0) s = s.substr(2);
  return s;
}

}  // namespace

Sources collect_sources(const std::vector<std::string>& paths, const SourceOptions& options) {
  Sources out;
  for (const std::string& arg : paths) {
    if (arg == "-") {
      out.files.push_back({{}, options.stdin_filename, true});
      continue;
    }
    fs::path path(arg);
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      out.errors.push_back(arg + ": no such file or directory");
    } else if (fs::is_directory(status)) {
      std::vector<InputFile> found;
      fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
      if (ec) out.errors.push_back(arg + ": cannot read folder: " + ec.message());
      for (; !ec && it != end; it.increment(ec)) {
        std::error_code entry_error;  // an entry that vanished or cannot be stat'ed is skipped
        if (it->path().filename().string().rfind('.', 0) == 0) {  // hidden files and folders
          if (it->is_directory(entry_error)) it.disable_recursion_pending();
          continue;
        }
        if (!it->is_regular_file(entry_error)) continue;
        std::string relative = it->path().lexically_relative(path).generic_string();
        std::string name = it->path().filename().string();
        if (!matches_any(options.include, relative, name) || matches_any(options.exclude, relative, name)) continue;
        found.push_back({it->path(), display(it->path()), false});
      }
      if (ec) out.errors.push_back(arg + ": cannot read the whole folder: " + ec.message());
      out.files.insert(out.files.end(), found.begin(), found.end());
    } else if (!matches_any(options.exclude, display(path), path.filename().string())) {
      out.files.push_back({path, display(path), false});
    }
  }
  // One order whatever the order of the arguments, and each file once.
  std::sort(out.files.begin(), out.files.end(),
            [](const InputFile& a, const InputFile& b) { return a.display_path < b.display_path; });
  out.files.erase(std::unique(out.files.begin(), out.files.end(),
                              [](const InputFile& a, const InputFile& b) { return a.display_path == b.display_path; }),
                  out.files.end());
  return out;
}

Result<std::string> read_source(const InputFile& file) {
  std::FILE* in = file.is_stdin ? stdin : std::fopen(file.path.c_str(), "rb");
  if (!in) return Status::error(file.display_path + ": cannot open: " + std::strerror(errno));
  std::string bytes;
  std::error_code ec;
  if (!file.is_stdin) {
    const auto size = fs::file_size(file.path, ec);
    if (!ec) bytes.reserve(size);  // one allocation for the usual case
  }
  std::vector<char> chunk(1 << 16);
  size_t n;
  while ((n = std::fread(chunk.data(), 1, chunk.size(), in)) > 0) bytes.append(chunk.data(), n);
  const bool failed = std::ferror(in);
  const int error = errno;
  if (!file.is_stdin) std::fclose(in);
  if (failed) return Status::error(file.display_path + ": cannot read: " + std::strerror(error));
  return bytes;
}

}  // namespace copydesk
