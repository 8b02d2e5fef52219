#include "input/sources.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace copydesk {
namespace fs = std::filesystem;

bool glob_match(std::string_view p, std::string_view s) {
  // Iterative matcher with backtracking on the last star: linear in practice.
  size_t pi = 0, si = 0, star_p = std::string_view::npos, star_s = 0;
  bool star_crosses = false;
  while (si < s.size()) {
    if (pi < p.size() && p[pi] == '*') {
      star_crosses = pi + 1 < p.size() && p[pi + 1] == '*';
      pi += star_crosses ? 2 : 1;
      if (star_crosses && pi < p.size() && p[pi] == '/') ++pi;  // "**/" also matches no folder
      star_p = pi;
      star_s = si;
    } else if (pi < p.size() && (p[pi] == '?' ? s[si] != '/' : p[pi] == s[si])) {
      ++pi;
      ++si;
    } else if (star_p != std::string_view::npos && (star_crosses || s[star_s] != '/')) {
      pi = star_p;
      si = ++star_s;
    } else {
      return false;
    }
  }
  while (pi < p.size() && p[pi] == '*') ++pi;
  return pi == p.size();
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
        if (it->path().filename().string().rfind('.', 0) == 0) {  // hidden files and folders
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        if (!it->is_regular_file()) continue;
        std::string relative = it->path().lexically_relative(path).generic_string();
        std::string name = it->path().filename().string();
        if (!matches_any(options.include, relative, name) || matches_any(options.exclude, relative, name)) continue;
        found.push_back({it->path(), display(it->path()), false});
      }
      std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.display_path < b.display_path; });
      out.files.insert(out.files.end(), found.begin(), found.end());
    } else if (!matches_any(options.exclude, display(path), path.filename().string())) {
      out.files.push_back({path, display(path), false});
    }
  }
  return out;
}

Result<std::string> read_source(const InputFile& file) {
  if (file.is_stdin) {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    return buffer.str();
  }
  std::ifstream in(file.path, std::ios::binary);
  if (!in) return Status::error(file.display_path + ": cannot open: " + std::strerror(errno));
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::error(file.display_path + ": read error");
  return bytes;
}

}  // namespace copydesk
