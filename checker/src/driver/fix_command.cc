#include "driver/fix_command.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "core/utf8.h"
#include "driver/check_command.h"
#include "input/decoder.h"

namespace copydesk {

namespace {

// The digits of `s`, full-width ones folded to ASCII.
std::string digits_of(std::string_view s) {
  std::string out;
  for (Utf8Iterator it(s); !it.done(); it.next()) {
    char32_t c = it.code_point();
    if (c >= '0' && c <= '9') out += static_cast<char>(c);
    else if (c >= 0xFF10 && c <= 0xFF19) out += static_cast<char>('0' + (c - 0xFF10));
  }
  return out;
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// Encodes UTF-8 `text` back into the file's original form: encoding, BOM, CRLF.
Result<std::string> encode_like(const std::string& text, const std::string& original_bytes, const std::string& encoding) {
  std::string body = text;
  if (original_bytes.find("\r\n") != std::string::npos) {
    std::string crlf;
    crlf.reserve(body.size() + body.size() / 20);
    for (char c : body) {
      if (c == '\n') crlf += '\r';
      crlf += c;
    }
    body = std::move(crlf);
  }
  if (encoding == "UTF-8" || encoding.empty()) {
    if (original_bytes.rfind("\xEF\xBB\xBF", 0) == 0) body = "\xEF\xBB\xBF" + body;
    return body;
  }
  UErrorCode status = U_ZERO_ERROR;
  std::string out(body.size() * 4 + 16, '\0');
  int32_t n = ucnv_convert(encoding.c_str(), "UTF-8", out.data(), static_cast<int32_t>(out.size()), body.data(),
                           static_cast<int32_t>(body.size()), &status);
  if (U_FAILURE(status)) return Status::error("cannot encode the fixed text as " + encoding);
  out.resize(n);
  return out;
}

}  // namespace

bool fix_keeps_digits(std::string_view original, std::string_view replacement) {
  return digits_of(original) == digits_of(replacement);
}

FixResult apply_fixes(const Engine& engine, const std::string& path, std::string text, int max_passes) {
  FixResult result;
  for (int pass = 0; pass < max_passes; ++pass) {
    Document doc(path, text);
    std::vector<Finding> findings = engine.check(doc);
    std::vector<const Finding*> chosen;
    size_t reach = 0;  // end of the last chosen span
    for (const Finding& f : findings) {  // sorted by position
      // The text itself, not f.matched_text: an engine may keep only an excerpt of a long span.
      std::string_view original = f.location.span.of(text);
      if (!f.fix || *f.fix == original) continue;
      if (!fix_keeps_digits(original, *f.fix)) continue;
      Span s = f.location.span;
      if (!chosen.empty() && s.begin < reach) continue;
      chosen.push_back(&f);
      reach = s.end;
    }
    if (chosen.empty()) break;
    std::string next;
    next.reserve(text.size());
    size_t pos = 0;
    for (const Finding* f : chosen) {
      next.append(text, pos, f->location.span.begin - pos);
      next += *f->fix;
      pos = f->location.span.end;
    }
    next.append(text, pos, std::string::npos);
    result.applied += chosen.size();
    text = std::move(next);
  }
  result.text = std::move(text);
  return result;
}

std::string unified_diff(const std::string& old_name, const std::string& new_name, std::string_view old_text,
                         std::string_view new_text, int context) {
  std::vector<std::string_view> a = split_lines(old_text);
  std::vector<std::string_view> b = split_lines(new_text);
  // Common prefix and suffix first; the middle is diffed with an LCS table when
  // small, else shown as one replaced block.
  size_t pre = 0;
  while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
  size_t suf = 0;
  while (suf < a.size() - pre && suf < b.size() - pre && a[a.size() - 1 - suf] == b[b.size() - 1 - suf]) ++suf;
  if (pre == a.size() && pre == b.size()) return "";
  size_t n = a.size() - pre - suf, m = b.size() - pre - suf;
  // Edit script: ' ' keep, '-' delete, '+' insert, over the middle.
  std::vector<std::pair<char, std::string_view>> script;
  if (n * m <= 4'000'000) {
    std::vector<std::vector<uint32_t>> lcs(n + 1, std::vector<uint32_t>(m + 1, 0));
    for (size_t i = n; i-- > 0;) {
      for (size_t j = m; j-- > 0;) {
        lcs[i][j] = a[pre + i] == b[pre + j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    size_t i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[pre + i] == b[pre + j]) {
        script.push_back({' ', a[pre + i]});
        ++i, ++j;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        script.push_back({'-', a[pre + i++]});
      } else {
        script.push_back({'+', b[pre + j++]});
      }
    }
  } else {
    for (size_t i = 0; i < n; ++i) script.push_back({'-', a[pre + i]});
    for (size_t j = 0; j < m; ++j) script.push_back({'+', b[pre + j]});
  }
  // Surround with the common lines and cut into hunks.
  std::vector<std::pair<char, std::string_view>> all;
  for (size_t i = 0; i < pre; ++i) all.push_back({' ', a[i]});
  all.insert(all.end(), script.begin(), script.end());
  for (size_t i = a.size() - suf; i < a.size(); ++i) all.push_back({' ', a[i]});

  std::ostringstream out;
  out << "--- " << old_name << "\n+++ " << new_name << "\n";
  size_t k = 0;
  size_t old_line = 1, new_line = 1;
  while (k < all.size()) {
    if (all[k].first == ' ') {
      ++k, ++old_line, ++new_line;
      continue;
    }
    // A hunk: back up `context` lines, extend while changes are within 2*context.
    size_t start = k >= static_cast<size_t>(context) ? k - context : 0;
    size_t old_start = old_line - (k - start), new_start = new_line - (k - start);
    size_t end = k;
    size_t quiet = 0;
    while (end < all.size() && quiet <= static_cast<size_t>(2 * context)) {
      quiet = all[end].first == ' ' ? quiet + 1 : 0;
      ++end;
    }
    if (quiet > static_cast<size_t>(context)) end -= quiet - context;
    size_t old_count = 0, new_count = 0;
    for (size_t x = start; x < end; ++x) {
      if (all[x].first != '+') ++old_count;
      if (all[x].first != '-') ++new_count;
    }
    out << "@@ -" << old_start << "," << old_count << " +" << new_start << "," << new_count << " @@\n";
    for (size_t x = start; x < end; ++x) out << all[x].first << all[x].second << "\n";
    for (size_t x = k; x < end; ++x) {
      if (all[x].first != '+') ++old_line;
      if (all[x].first != '-') ++new_line;
    }
    k = end;
  }
  return out.str();
}

int run_fix(const FixOptions& options, std::ostream& out, std::ostream& err) {
  auto rules = load_rule_packs(default_rules_dir(options.rules_dir), options.packs, KindRegistry::builtin(),
                               ExampleLoading::kSkip);
  if (!rules.ok()) {
    err << "copydesk: cannot load rules:\n" << rules.status().message() << "\n";
    return 2;
  }
  Engine engine(std::move(rules.value()), {.lang = options.lang});
  Sources sources = collect_sources(options.paths, options.sources);
  int code = 0;
  for (const std::string& e : sources.errors) {
    err << "copydesk: " << e << "\n";
    code = 2;
  }
  for (const InputFile& file : sources.files) {
    auto bytes = read_source(file);
    auto decoded = bytes.ok() ? decode_text(bytes.value(), file.display_path, options.encoding)
                              : Result<DecodedText>(bytes.status());
    if (!decoded.ok()) {
      err << "copydesk: " << decoded.status().message() << "\n";
      code = 2;
      continue;
    }
    FixResult fixed = apply_fixes(engine, file.display_path, decoded->text);
    if (fixed.text == decoded->text) continue;
    if (options.diff || file.is_stdin) {
      if (file.is_stdin && !options.diff) {
        out << fixed.text;
        continue;
      }
      out << unified_diff("a/" + file.display_path, "b/" + file.display_path, decoded->text, fixed.text);
      code = std::max(code, 1);
      continue;
    }
    auto encoded = encode_like(fixed.text, bytes.value(), decoded->encoding);
    if (!encoded.ok()) {
      err << "copydesk: " << file.display_path << ": " << encoded.status().message() << "\n";
      code = 2;
      continue;
    }
    if (!options.in_place) {
      std::string backup = file.path.string() + options.backup_suffix;
      if (Status s = write_file_atomically(backup, bytes.value()); !s.ok()) {
        err << "copydesk: " << s.message() << "\n";
        code = 2;
        continue;
      }
    }
    if (Status s = write_file_atomically(file.path.string(), encoded.value()); !s.ok()) {
      err << "copydesk: " << s.message() << "\n";
      code = 2;
      continue;
    }
    err << file.display_path << ": " << fixed.applied << " fix" << (fixed.applied == 1 ? "" : "es") << " applied\n";
  }
  return code;
}

}  // namespace copydesk
