#include "driver/extract_command.h"

#include "core/document.h"
#include "core/line_index.h"
#include "driver/date_listing.h"
#include "extract/numbers.h"
#include "extract/quantities.h"
#include "input/decoder.h"
#include "input/sources.h"

namespace copydesk {

namespace {

// Line and column of offsets visited in (mostly) increasing order, in time
// linear in the text even when it is one very long line.
class PositionCursor {
 public:
  explicit PositionCursor(const Document& doc) : doc_(doc) {}

  LineColumn at(size_t offset) {
    offset = std::min(offset, doc_.text().size());
    int line = doc_.lines().line_of(offset);
    if (line != line_ || offset < offset_) {
      line_ = line;
      offset_ = static_cast<size_t>(doc_.lines().line_text(line).data() - doc_.text().data());
      column_ = 1;
    }
    column_ += static_cast<int>(utf16_length(std::string_view(doc_.text()).substr(offset_, offset - offset_)));
    offset_ = offset;
    return {line_, column_};
  }

 private:
  const Document& doc_;
  int line_ = 0;
  size_t offset_ = 0;
  int column_ = 1;
};

nlohmann::json span_json(PositionCursor& cursor, Span span) {
  LineColumn start = cursor.at(span.begin);
  LineColumn end = cursor.at(span.end);
  return {{"start", span.begin}, {"end", span.end},       {"line", start.line},
          {"column", start.column}, {"end_line", end.line}, {"end_column", end.column}};
}

std::string one_line(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out += "⏎";
    else out += c;
  }
  return out;
}

std::string where(PositionCursor& cursor, Span span) {
  LineColumn p = cursor.at(span.begin);
  return std::to_string(p.line) + ":" + std::to_string(p.column);
}

std::string value_text(double value, const std::optional<double>& high) {
  return high ? format_value(value) + ".." + format_value(*high) : format_value(value);
}

}  // namespace

ExtractSection numbers_section() {
  ExtractSection s;
  s.name = "numbers";
  s.count = [](const Document& doc) { return doc.analysis<Numbers>().mentions.size(); };
  s.to_json = [](const Document& doc) {
    nlohmann::json items = nlohmann::json::array();
    PositionCursor cursor(doc);
    for (const NumberMention& m : doc.analysis<Numbers>().mentions) {
      nlohmann::json item = {{"text", doc.slice(m.span)},
                             {"span", span_json(cursor, m.span)},
                             {"form", number_form_name(m.form)},
                             {"value", m.value},
                             {"bound", bound_name(m.bound)}};
      if (m.is_range()) item["high"] = m.high_end;
      if (m.extent != m.span) item["extent_text"] = doc.slice(m.extent);
      item["notation"] = m.english_words ? "english" : m.arabic && m.chinese ? "mixed" : m.arabic ? "arabic" : "chinese";
      if (m.magnitude > 1) item["magnitude"] = m.magnitude;
      items.push_back(std::move(item));
    }
    return items;
  };
  s.print = [](const Document& doc, std::ostream& out) {
    PositionCursor cursor(doc);
    for (const NumberMention& m : doc.analysis<Numbers>().mentions) {
      out << "  " << where(cursor, m.span) << "\t" << one_line(doc.slice(m.extent)) << "\t" << number_form_name(m.form)
          << " " << value_text(m.value, m.high()) << (m.form == NumberForm::kPercent ? "%" : "");
      if (m.bound != Bound::kExact) out << " (" << bound_name(m.bound) << ")";
      out << "\n";
    }
  };
  return s;
}

ExtractSection quantities_section() {
  ExtractSection s;
  s.name = "quantities";
  s.count = [](const Document& doc) { return doc.analysis<Quantities>().items.size(); };
  s.to_json = [](const Document& doc) {
    nlohmann::json items = nlohmann::json::array();
    PositionCursor cursor(doc);
    const Quantities& quantities = doc.analysis<Quantities>();
    for (const Quantity& q : quantities.items) {
      const UnitDef& unit = quantities.unit_of(q);
      nlohmann::json item = {{"text", doc.slice(q.span)},
                             {"span", span_json(cursor, q.span)},
                             {"amount", q.amount},
                             {"unit", unit.name},
                             {"unit_text", doc.slice(q.unit_span)},
                             {"dimension", unit.dimension},
                             {"notation", unit_notation_name(unit.notation)},
                             {"base_value", q.base},
                             {"bound", bound_name(q.bound)}};
      if (q.base_high) item["base_high"] = *q.base_high;
      items.push_back(std::move(item));
    }
    return items;
  };
  s.print = [](const Document& doc, std::ostream& out) {
    const Quantities& quantities = doc.analysis<Quantities>();
    PositionCursor cursor(doc);
    for (const Quantity& q : quantities.items) {
      const UnitDef& unit = quantities.unit_of(q);
      out << "  " << where(cursor, q.span) << "\t" << one_line(doc.slice(q.extent)) << "\t" << format_value(q.amount) << " "
          << unit.name << " = " << value_text(q.base, q.base_high) << " [" << unit.dimension << ", "
          << unit_notation_name(unit.notation) << "]";
      if (q.bound != Bound::kExact) out << " (" << bound_name(q.bound) << ")";
      out << "\n";
    }
  };
  return s;
}

std::vector<ExtractSection> extract_sections() {
  std::vector<ExtractSection> sections;
  sections.push_back(numbers_section());
  sections.push_back(quantities_section());
  sections.push_back(dates_section());
  return sections;
}

int run_extract(const ExtractOptions& options, std::ostream& out, std::ostream& err) {
  Sources sources = collect_sources({options.path});
  if (!sources.errors.empty() || sources.files.empty()) {
    err << "copydesk: " << (sources.errors.empty() ? options.path + ": nothing to read" : sources.errors[0]) << "\n";
    return 2;
  }
  auto bytes = read_source(sources.files[0]);
  if (!bytes.ok()) {
    err << "copydesk: " << bytes.status().message() << "\n";
    return 2;
  }
  auto decoded = decode_text(bytes.value(), sources.files[0].display_path, options.encoding);
  if (!decoded.ok()) {
    err << "copydesk: " << decoded.status().message() << "\n";
    return 2;
  }
  Document doc(sources.files[0].display_path, std::move(decoded->text), decoded->encoding);
  std::vector<ExtractSection> sections = extract_sections();
  if (options.json) {
    nlohmann::json result = {{"file", doc.path()}};
    for (const ExtractSection& section : sections) result[section.name] = section.to_json(doc);
    out << result.dump(2) << "\n";
    return 0;
  }
  out << doc.path() << "\n";
  for (const ExtractSection& section : sections) {
    out << "\n" << section.name << " (" << section.count(doc) << ")\n";
    section.print(doc, out);
  }
  return 0;
}

}  // namespace copydesk
