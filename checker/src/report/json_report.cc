#include "report/json_report.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <charconv>
#include <cstdint>
#include <cstring>

#include "report/json_splice.h"
#include "report/report_limits.h"
#include "report/sarif_report.h"

namespace copydesk {

namespace {

nlohmann::json location_to_json(const Location& loc) {
  return {{"file", loc.path},         {"line", loc.start_line},    {"column", loc.start_column},
          {"end_line", loc.end_line}, {"end_column", loc.end_column}};
}

// The omission note of a fix too long for reports, or "" when there is none.
std::string fix_omitted_note(const Finding& f) {
  if (reportable_fix(f) || (!f.fix && f.dropped_fix_bytes == 0)) return "";
  size_t bytes = f.fix ? f.fix->size() : f.dropped_fix_bytes;
  return "the replacement is " + std::to_string(bytes) + " bytes long: apply it with copydesk fix";
}

// Appends `s` as a JSON string the way nlohmann's dump() writes it (UTF-8
// kept as is, control characters escaped, \u00xx in lowercase).
// True when one of the eight bytes of `w` must be escaped in a JSON string: a
// control character, '"' or '\\' (exact tests for "some byte is below n" and
// "some byte is zero").
bool has_byte_to_escape(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  auto has_zero = [](uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  return ((w - kOnes * 0x20) & ~w & kHigh) | has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\'));
}

bool must_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

// The index of the first byte at or after `i` of `s` that must be escaped, or
// s.size(): sixteen bytes at a time with SSE2, then eight, then the last
// eight read back from the end (the bytes before `i` are known clean, or
// escaped already, which only costs the byte-at-a-time look).
size_t next_to_escape(std::string_view s, size_t i) {
  const char* const data = s.data();
  const size_t n = s.size();
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), last_control = _mm_set1_epi8(0x1F);
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
    const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                      _mm_cmpeq_epi8(_mm_min_epu8(v, last_control), v));
    if (const int mask = _mm_movemask_epi8(hits)) return i + __builtin_ctz(mask);
  }
#endif
  for (uint64_t w; i + 8 <= n && (std::memcpy(&w, data + i, 8), !has_byte_to_escape(w));) i += 8;
  if (uint64_t w; i + 8 > n && n >= 8 && (std::memcpy(&w, data + n - 8, 8), !has_byte_to_escape(w))) return n;
  while (i < n && !must_escape(static_cast<unsigned char>(data[i]))) ++i;
  return i;
}

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  size_t run = 0;  // start of the bytes not yet copied: copied in runs, not one by one
  for (size_t i = next_to_escape(s, 0); i < s.size(); i = next_to_escape(s, run)) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        static const char kHex[] = "0123456789abcdef";
        const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        out.append(escaped, sizeof escaped);
      }
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

// How a value is laid out: as dump(2) writes it (a line per member, two
// spaces a level, `indent` spaces before the value's own level), or as dump()
// does (no white space at all).
struct JsonLayout {
  bool pretty = true;
  size_t indent = 0;

  JsonLayout deeper(size_t spaces) const { return {pretty, indent + spaces}; }
  // Starts the line of a member `extra` spaces deeper than this level.
  void break_line(std::string& out, size_t extra) const {
    if (!pretty) return;
    out += '\n';
    out.append(indent + extra, ' ');
  }
};

// Writes the members of one object; values are strings or numbers. Keys are
// our own literals, which need no escaping: each is written in one piece,
// with the comma, line break and indentation before it.
class ObjectWriter {
 public:
  ObjectWriter(std::string& out, JsonLayout layout) : out_(out), layout_(layout) {
    out_ += '{';
    lead_ = ',';
    if (layout_.pretty) lead_.append(1, '\n').append(layout_.indent + 2, ' ');
    lead_ += '"';
  }
  void key(std::string_view name) {
    out_.append(lead_, first_ ? 1 : 0);
    first_ = false;
    out_.append(name);
    out_.append(layout_.pretty ? std::string_view("\": ") : std::string_view("\":"));
  }
  void string(std::string_view name, std::string_view value) {
    key(name);
    append_json_string(out_, value);
  }
  void number(std::string_view name, long long value) {
    key(name);
    char digits[24];
    const auto [end, error] = std::to_chars(digits, digits + sizeof digits, value);
    out_.append(digits, end - digits);
  }
  void close() {
    if (!first_) layout_.break_line(out_, 0);
    out_ += '}';
  }

 private:
  std::string& out_;
  JsonLayout layout_;
  std::string lead_;  // what goes before a key: ",\n", the indentation, '"'
  bool first_ = true;
};

// Appends `f` as finding_to_json(f) would be dumped at `layout`.
void append_finding(std::string& out, const Finding& f, JsonLayout layout) {
  // Keys in the byte order of nlohmann's std::map objects.
  ObjectWriter o(out, layout);
  if (f.baseline_state != BaselineState::kNone) o.string("baseline_state", baseline_state_name(f.baseline_state));
  o.string("category", category_name(f.category));
  o.number("column", f.location.start_column);
  o.number("end_column", f.location.end_column);
  o.number("end_line", f.location.end_line);
  o.string("file", f.location.path);
  o.string("fingerprint", f.fingerprint);
  if (const std::string* fix = reportable_fix(f)) o.string("fix", *fix);
  if (std::string note = fix_omitted_note(f); !note.empty()) o.string("fix_omitted", note);
  o.number("line", f.location.start_line);
  o.string("message", f.message);
  o.key("related");
  out += '[';
  for (size_t i = 0; i < f.related.size(); ++i) {
    if (i > 0) out += ',';
    layout.break_line(out, 4);
    const Location& loc = f.related[i].location;
    ObjectWriter r(out, layout.deeper(4));
    r.number("column", loc.start_column);
    r.number("end_column", loc.end_column);
    r.number("end_line", loc.end_line);
    r.string("file", loc.path);
    r.number("line", loc.start_line);
    r.string("message", f.related[i].message);
    r.close();
  }
  if (!f.related.empty()) layout.break_line(out, 2);
  out += ']';
  o.string("rule_id", f.rule_id);
  o.string("severity", severity_name(f.severity));
  o.string("text", report_excerpt(f.matched_text));
  o.close();
}

size_t expected_size(const Finding& f) { return 512 + f.message.size() + f.matched_text.size(); }

}  // namespace

std::string finding_json_text(const Finding& f, size_t indent) {
  std::string out;
  out.reserve(expected_size(f));
  append_finding(out, f, {.pretty = true, .indent = indent});
  return out;
}

std::string finding_json_line(const Finding& f) {
  std::string out;
  out.reserve(expected_size(f));
  append_finding(out, f, {.pretty = false});
  return out;
}

nlohmann::json finding_to_json(const Finding& f) {
  nlohmann::json j = {{"rule_id", f.rule_id},
                      {"category", category_name(f.category)},
                      {"severity", severity_name(f.severity)},
                      {"message", f.message}};
  j.update(location_to_json(f.location));
  j["text"] = report_excerpt(f.matched_text);
  j["related"] = nlohmann::json::array();
  for (const RelatedLocation& r : f.related) {
    nlohmann::json rj = location_to_json(r.location);
    rj["message"] = r.message;
    j["related"].push_back(rj);
  }
  if (const std::string* fix = reportable_fix(f)) j["fix"] = *fix;
  if (std::string note = fix_omitted_note(f); !note.empty()) j["fix_omitted"] = note;
  j["fingerprint"] = f.fingerprint;
  if (f.baseline_state != BaselineState::kNone) j["baseline_state"] = baseline_state_name(f.baseline_state);
  return j;
}

namespace {

// The report without its findings (an empty "findings" array).
nlohmann::json run_to_json_without_findings(const RunResult& run) {
  nlohmann::json files = nlohmann::json::array();
  for (const FileSummary& f : run.files) {
    nlohmann::json counts = nlohmann::json::object(), file_rates = nlohmann::json::object();
    int total = 0;
    for (const auto& [category, n] : run.count_by_category(f.path)) {
      counts[std::string(category_name(category))] = n;
      file_rates[std::string(category_name(category))] = report_rate(per_10k(n, f.characters));
      total += n;
    }
    files.push_back({{"path", f.path},
                     {"characters", f.characters},
                     {"encoding", f.encoding},
                     {"language", f.language},
                     {"findings", total},
                     {"per_10k_characters", report_rate(per_10k(total, f.characters))},
                     {"by_category", counts},
                     {"per_10k_characters_by_category", file_rates}});
  }
  nlohmann::json by_category = nlohmann::json::object();
  nlohmann::json rates = nlohmann::json::object();
  for (const auto& [category, n] : run.count_by_category()) {
    by_category[std::string(category_name(category))] = n;
    rates[std::string(category_name(category))] = report_rate(run.rate_per_10k(n));
  }
  return {{"tool", {{"name", "copydesk"}, {"version", COPYDESK_VERSION}}},
          {"files", files},
          {"findings", nlohmann::json::array()},
          {"summary",
           {{"findings", run.findings.size()},
            {"characters", run.total_characters()},
            {"per_10k_characters", report_rate(run.rate_per_10k(static_cast<int>(run.findings.size())))},
            {"by_category", by_category},
            {"per_10k_characters_by_category", rates},
            {"errors", run.errors}}}};
}

}  // namespace

nlohmann::json run_to_json(const RunResult& run) {
  nlohmann::json j = run_to_json_without_findings(run);
  for (const Finding& f : run.findings) j["findings"].push_back(finding_to_json(f));
  for (const Finding& f : run.absent) j["findings"].push_back(finding_to_json(f));
  return j;
}

void write_json_report(std::ostream& out, const RunResult& run) {
  constexpr std::string_view kKeyLine = "\n  \"findings\": ";
  const size_t indent = spliced_item_indent(kKeyLine);
  // One buffer for every finding's text, not a string allocated for each.
  std::string item;
  write_spliced_text(out, run_to_json_without_findings(run).dump(2), kKeyLine, [&](const auto& emit) {
    for (const std::vector<Finding>* findings : {&run.findings, &run.absent}) {
      for (const Finding& f : *findings) {
        item.clear();
        append_finding(item, f, {.pretty = true, .indent = indent});
        emit(item);
      }
    }
  });
  out << "\n";
}

}  // namespace copydesk
