// A self-contained HTML page a reviewer opens from the Octopus task or the CI run: everything is
// inline (no scripts, fonts or styles fetched), so it renders the same offline and as an artifact.
#include "report/report.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>

namespace pf::report {
namespace {

// Lines of code shown around a finding.
constexpr std::uint32_t kContextLines = 2;

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\r':
        break;  // CRLF scripts: the CR is not part of what a reader sees
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') {
          out += fmt::format(FMT_STRING("\\x{:02X}"), static_cast<unsigned char>(c));
        } else {
          out += c;
        }
    }
  }
  return out;
}

// Byte offset in `line` of the 1-based code-point column `column` (clamped to the line's end).
std::size_t byte_of_column(std::string_view line, std::uint32_t column) {
  std::uint32_t current = 1;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;
    if (current == column) return i;
    ++current;
  }
  return line.size();
}

constexpr std::string_view kStyle = R"(
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
main{max-width:1100px;margin:0 auto;padding:16px 24px 48px}
h1{font-size:20px;margin:0}h2{font-size:17px;margin:28px 0 8px}h3{font-size:15px;margin:18px 0 6px;font-family:ui-monospace,monospace}
.banner{padding:18px 24px;color:#fff}.banner p{margin:4px 0 0}
.verdict-pass{background:#1a7f37}.verdict-manual-review{background:#9a6700}.verdict-fail{background:#cf222e}
table.summary{border-collapse:collapse;background:#fff}table.summary td,table.summary th{border:1px solid #d0d7de;padding:4px 12px;text-align:right}
.finding{background:#fff;border:1px solid #d0d7de;border-left:6px solid #8c959f;border-radius:6px;margin:10px 0;padding:8px 12px}
.finding.fail{border-left-color:#cf222e}.finding.review{border-left-color:#bf8700}.finding.warn{border-left-color:#0969da}.finding.suppressed{border-left-color:#8c959f}
.level{display:inline-block;min-width:92px;font-weight:600;text-transform:uppercase;font-size:12px}
.fail .level{color:#cf222e}.review .level{color:#9a6700}.warn .level{color:#0969da}
.rule{font-family:ui-monospace,monospace;font-weight:600}.where{color:#57606a;font-family:ui-monospace,monospace}
pre.code{background:#f6f8fa;border:1px solid #d0d7de;border-radius:4px;padding:6px 0;overflow-x:auto;margin:6px 0 2px}
pre.code span.line{display:block;padding:0 8px}pre.code span.hit{background:#fff8c5}
pre.code .no{display:inline-block;width:48px;color:#8c959f;text-align:right;margin-right:12px;user-select:none}
mark{background:#ffb3b8;color:inherit;border-radius:2px}
.why{color:#57606a;margin:4px 0 0}.error{color:#cf222e}ul.warnings li{margin:4px 0}
)";

std::string level_of(const ReportedFinding& f) {
  return f.suppressed_by ? "suppressed" : std::string(rules::level_name(f.level));
}

// The finding's lines with a few around them; the range itself is marked.
void write_code(std::ostream& out, const source::SourceFile& file, const source::SourceRange& r) {
  const std::uint32_t last_line = static_cast<std::uint32_t>(file.line_count());
  const std::uint32_t first = r.begin.line > kContextLines ? r.begin.line - kContextLines : 1;
  const std::uint32_t end_line = std::min(r.end.line, last_line);
  std::uint32_t last = std::min(end_line + kContextLines, last_line);
  // A file ending in a newline has an empty last "line" that nobody wrote: leave it out.
  if (last > end_line && last == last_line && file.line(last).empty()) --last;
  out << "<pre class=\"code\">";
  for (std::uint32_t n = first; n <= last; ++n) {
    std::string_view line = file.line(n);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const bool hit = n >= r.begin.line && n <= r.end.line;
    fmt::print(out, FMT_STRING("<span class=\"line{}\"><span class=\"no\">{}</span>"),
               hit ? " hit" : "", n);
    if (hit) {
      const std::size_t from = n == r.begin.line ? byte_of_column(line, r.begin.column) : 0;
      const std::size_t to =
          n == r.end.line ? std::max(from, byte_of_column(line, r.end.column)) : line.size();
      fmt::print(out, FMT_STRING("{}<mark>{}</mark>{}"), html_escape(line.substr(0, from)),
                 html_escape(line.substr(from, to - from)), html_escape(line.substr(to)));
    } else {
      out << html_escape(line);
    }
    out << "</span>";
  }
  out << "</pre>\n";
}

void write_finding(std::ostream& out, const FileReport& file, const ReportedFinding& f) {
  const std::string level = level_of(f);
  fmt::print(out,
             FMT_STRING("<div class=\"finding {}\" data-rule=\"{}\" data-line=\"{}\">"
                        "<span class=\"level\">{}</span> <span class=\"rule\">{} {}</span> "
                        "<span class=\"where\">{}:{}:{}</span>\n<div class=\"message\">{}</div>\n"),
             level, html_escape(f.rule->id), f.range.begin.line, level, html_escape(f.rule->id),
             html_escape(f.rule->name), html_escape(file.path), f.range.begin.line,
             f.range.begin.column, html_escape(f.message));
  if (file.source != nullptr) write_code(out, *file.source, f.range);
  if (f.suppressed_by) {
    fmt::print(out, FMT_STRING("<p class=\"why\">Suppressed by {}{}. Reason: {}</p>\n"),
               f.suppressed_by->kind == "waiver" ? "a waiver" : "an inline directive",
               f.suppressed_by->approved_by.empty()
                   ? std::string()
                   : fmt::format(FMT_STRING(", approved by <strong>{}</strong>"),
                                 html_escape(f.suppressed_by->approved_by)),
               f.suppressed_by->reason.empty() ? std::string("none given")
                                               : html_escape(f.suppressed_by->reason));
  } else {
    fmt::print(out, FMT_STRING("<p class=\"why\">{}</p>\n"), html_escape(f.rule->summary));
  }
  out << "</div>\n";
}

}  // namespace

void write_html(std::ostream& out, const RunReport& report) {
  const std::string_view verdict = policy::verdict_name(report.verdict);
  const Summary& s = report.summary;
  fmt::print(out,
             FMT_STRING("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<title>Preflight: {}</title>\n<style>{}</style>\n</head>\n<body>\n"),
             verdict, kStyle);
  fmt::print(out,
             FMT_STRING("<header class=\"banner verdict-{}\" id=\"verdict\" data-verdict=\"{}\">"
                        "<h1>Preflight verdict: {}</h1>\n<p>{} file{}, {} statement{}{}</p>"
                        "</header>\n<main>\n"),
             verdict, verdict, verdict, s.files, s.files == 1 ? "" : "s", s.statements,
             s.statements == 1 ? "" : "s",
             report.environment.empty()
                 ? std::string()
                 : fmt::format(FMT_STRING(", environment {}"), html_escape(report.environment)));
  fmt::print(
      out,
      FMT_STRING("<h2>Summary</h2>\n<table class=\"summary\" id=\"summary\">\n"
                 "<tr><th>fail</th><th>review</th><th>warn</th><th>suppressed</th>"
                 "<th>unparsed</th><th>input errors</th></tr>\n"
                 "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"
                 "\n</table>\n"),
      s.fail, s.review, s.warn, s.suppressed, s.unparsed, s.errors);

  out << "<h2>Findings</h2>\n<section id=\"findings\">\n";
  std::size_t shown = 0;
  for (const FileReport& file : report.files) {
    const bool any =
        file.error || std::any_of(file.findings.begin(), file.findings.end(),
                                  [](const ReportedFinding& f) { return !f.suppressed_by; });
    if (!any) continue;
    fmt::print(out, FMT_STRING("<h3>{}</h3>\n"), html_escape(file.path));
    if (file.error) {
      fmt::print(out, FMT_STRING("<p class=\"error\">Could not be checked: {}</p>\n"),
                 html_escape(file.error->message));
    }
    for (const ReportedFinding& f : file.findings) {
      if (f.suppressed_by) continue;
      write_finding(out, file, f);
      ++shown;
    }
  }
  if (shown == 0) out << "<p>No findings count toward the verdict.</p>\n";
  out << "</section>\n";

  if (s.suppressed > 0) {
    out << "<h2>Suppressed findings</h2>\n<section id=\"suppressed\">\n";
    for (const FileReport& file : report.files) {
      for (const ReportedFinding& f : file.findings) {
        if (f.suppressed_by) write_finding(out, file, f);
      }
    }
    out << "</section>\n";
  }
  if (!report.policy_warnings.empty()) {
    out << "<h2>Policy warnings</h2>\n<ul class=\"warnings\" id=\"policy-warnings\">\n";
    for (const std::string& w : report.policy_warnings) {
      fmt::print(out, FMT_STRING("<li>{}</li>\n"), html_escape(w));
    }
    out << "</ul>\n";
  }
  out << "</main>\n</body>\n</html>\n";
}

}  // namespace pf::report
