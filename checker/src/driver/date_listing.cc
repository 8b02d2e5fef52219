#include "driver/date_listing.h"

#include <fmt/format.h>

#include "extract/dates.h"

namespace copydesk {
namespace {

std::string resolved_text(const DateMention& m) {
  switch (m.kind) {
    case DateKind::kTime: return m.label;
    case DateKind::kAge: return fmt::format("age {}", m.value);
    case DateKind::kDuration: return fmt::format("{}{} years", m.approximate ? "~" : "", m.value);
    case DateKind::kAnniversary: return fmt::format("{}th anniversary", m.value);
    default: break;
  }
  std::string s = m.date.iso();
  if (m.kind == DateKind::kRange || (m.kind == DateKind::kPeriod && m.end.year)) s += ".." + m.end.iso();
  if ((m.kind == DateKind::kLunar || m.kind == DateKind::kFestival) && m.lunar.month)
    s += fmt::format(" (lunar {}{}-{})", m.lunar.leap ? "leap " : "", m.lunar.month, m.lunar_new_years_eve ? 0 : m.lunar.day);
  if (!m.label.empty() && m.kind != DateKind::kLunar) s += " " + m.label;
  if (s.empty()) s = "?";
  return s;
}

nlohmann::json reference_json(const Document& doc, const DateReference& r) {
  nlohmann::json j = {{"date", r.date.iso()}, {"source", r.source}};
  if (r.span) {
    j["text"] = std::string(doc.slice(*r.span));
    auto pos = doc.lines().position(r.span->begin);
    j["line"] = pos.line;
  }
  return j;
}

}  // namespace

void print_dates(const Document& doc, std::ostream& out) {
  const Dates& dates = doc.analysis<Dates>();
  if (dates.publication < 0) {
    out << "  publication: unknown\n";
  }
  for (size_t i = 0; i < dates.references.size(); ++i) {
    const auto& r = dates.references[i];
    out << fmt::format("  reference {}: {} ({}{})\n", i, r.date.iso(), r.source,
                       r.span ? ", " + std::string(doc.slice(*r.span)) : "");
  }
  for (const auto& m : dates.mentions) {
    auto pos = doc.lines().position(m.span.begin);
    std::string ref = m.reference >= 0 ? fmt::format("ref {} {}", dates.references[m.reference].source,
                                                     dates.references[m.reference].date.iso())
                                       : "no ref";
    out << fmt::format("  {}:{}  {:<13} {}  -> {}{}  ({})\n", pos.line, pos.column, date_kind_name(m.kind),
                       doc.slice(m.span), resolved_text(m), m.valid ? "" : "  IMPOSSIBLE", ref);
  }
}

nlohmann::json dates_to_json(const Document& doc) {
  const Dates& dates = doc.analysis<Dates>();
  nlohmann::json j;
  j["publication"] = dates.publication >= 0 ? reference_json(doc, dates.references[dates.publication]) : nlohmann::json();
  j["references"] = nlohmann::json::array();
  for (const auto& r : dates.references) j["references"].push_back(reference_json(doc, r));
  j["dates"] = nlohmann::json::array();
  for (const auto& m : dates.mentions) {
    auto pos = doc.lines().position(m.span.begin);
    nlohmann::json d = {{"text", std::string(doc.slice(m.span))},
                        {"kind", std::string(date_kind_name(m.kind))},
                        {"line", pos.line},
                        {"column", pos.column},
                        {"begin", m.span.begin},
                        {"end", m.span.end},
                        {"resolved", resolved_text(m)},
                        {"valid", m.valid},
                        {"reference", m.reference}};
    if (m.date.year) d["date"] = m.date.iso();
    if (m.kind == DateKind::kRange) d["end_date"] = m.end.iso();
    if (m.article >= 0) d["article"] = m.article;
    j["dates"].push_back(std::move(d));
  }
  return j;
}

ExtractSection dates_section() {
  ExtractSection s;
  s.name = "dates";
  s.count = [](const Document& doc) { return doc.analysis<Dates>().mentions.size(); };
  s.to_json = dates_to_json;
  s.print = print_dates;
  return s;
}

}  // namespace copydesk
