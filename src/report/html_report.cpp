// A self-contained HTML page a reviewer opens from the Octopus task or the CI run: everything is
// inline (no scripts, fonts or styles fetched), so it renders the same offline and as an artifact.
#include "report/code_frame.h"
#include "report/report.h"
#include "report/shown_source.h"
#include "report/visible_text.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <utility>

namespace pf::report {
namespace {

// Lines of code shown around a finding.
constexpr std::uint32_t kContextLines = 2;

// Lines of a range shown at most: the first kHeadLines and the last kTailLines around a gap.
constexpr std::uint32_t kHeadLines = 6;
constexpr std::uint32_t kTailLines = 4;

// The catalogue's guidance is ours, not input, but a policy's custom rule text may be long.
constexpr std::size_t kMaxGuidanceChars = 4000;

// HTML-escaped, and every hidden character (controls, bidirectional controls, zero-width and
// other invisible characters, bytes that are not UTF-8) written as its visible escape inside a
// marked span: a browser would otherwise apply a bidi override to the code beside it, or show
// nothing at all. Text is cut after max_chars characters.
std::string html_escape(std::string_view text, std::size_t max_chars = kMaxQuotedChars) {
  std::string out;
  out.reserve(text.size());
  std::size_t chars = 0, i = 0;
  for (; i < text.size() && chars < max_chars; ++chars) {
    const TextChar c = char_at(text, i);
    const char b = text[i];
    if (c.hidden) {
      out += "<span class=\"esc\">";
      append_escape(out, c);
      out += "</span>";
    } else if (b == '&') {
      out += "&amp;";
    } else if (b == '<') {
      out += "&lt;";
    } else if (b == '>') {
      out += "&gt;";
    } else if (b == '"') {
      out += "&quot;";
    } else if (b == '\'') {
      out += "&#39;";
    } else if (b == '#') {
      // A page written to stdout lands in a CI log, where GitHub's runner and the Azure Pipelines
      // agent read `##[` and `##vso[` anywhere in a line: with every `#` of the input a
      // reference, no slice of input text, whatever is next to it, can form one.
      out += "&#35;";
    } else {
      out.append(text, i, c.size);
    }
    i += c.size;
  }
  // The cut mark's wording comes from the one layer (bounded() of what is left is all mark).
  if (i < text.size()) out += bounded(text.substr(i), 0);
  return out;
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
pre.code span.line{display:block;padding:0 8px}pre.code span.hit .no{color:#1f2328;font-weight:600}
pre.code .no{display:inline-block;width:48px;color:#8c959f;text-align:right;margin-right:12px;user-select:none}
mark{background:#ffb3b8;color:inherit;border-radius:2px}
.esc{background:#ffebe9;color:#cf222e;border:1px solid #cf222e;border-radius:2px;font-family:ui-monospace,monospace}
pre.code span.cut,pre.code span.gap{color:#8c959f}
table.changes{border-collapse:collapse;background:#fff;width:100%}table.changes td,table.changes th{border:1px solid #d0d7de;padding:3px 8px;text-align:left;vertical-align:top}
table.changes td.object{font-family:ui-monospace,monospace}tr.change.drop td:first-child,tr.change.not-understood td:first-child{color:#cf222e;font-weight:600}
.condition{background:#fff8c5;border-radius:2px;padding:0 4px}.change-code{background:#fff;border:1px solid #d0d7de;border-radius:6px;margin:8px 0;padding:6px 12px}
.why{color:#57606a;margin:4px 0 0}.error{color:#cf222e}ul.warnings li{margin:4px 0}
.instead{margin:6px 0 0;padding:6px 10px;background:#dafbe1;border-radius:4px}.instead strong{color:#1a7f37}
.place+.place{border-top:1px dashed #d0d7de;margin-top:8px;padding-top:6px}.places{color:#57606a;font-size:12px}
.meta{font-size:13px;opacity:.9}
table.list{border-collapse:collapse;background:#fff}table.list td,table.list th{border:1px solid #d0d7de;padding:4px 10px;text-align:left;vertical-align:top}
table.list td.path{font-family:ui-monospace,monospace}.none{color:#1a7f37}.expired{color:#cf222e;font-weight:600}
)";

std::string level_of(const ReportedFinding& f) {
  return f.suppressed_by ? "suppressed" : std::string(rules::level_name(f.level));
}

// One line of a frame, windowed; the range's part of a hit line is marked.
void write_line(std::ostream& out, std::uint32_t number, bool hit, const LineWindow& w) {
  fmt::print(out, FMT_STRING("<span class=\"line{}\"><span class=\"no\">{}</span>{}{}"),
             hit ? " hit" : "", number, w.cut_left ? "<span class=\"cut\">…</span>" : "",
             html_escape(w.before, kFrameColumns));
  if (hit) {
    fmt::print(out, FMT_STRING("<mark>{}</mark>"), html_escape(w.marked, kFrameColumns));
  } else {
    out << html_escape(w.marked, kFrameColumns);
  }
  fmt::print(out, FMT_STRING("{}{}</span>"), html_escape(w.after, kFrameColumns),
             w.cut_right ? "<span class=\"cut\">…</span>" : "");
}

// The finding's lines with a few around them; the range itself is marked. A long line shows a
// window around the range (the lines around it, the same columns); a range of many lines shows
// its first and last lines around a gap.
void write_code(std::ostream& out, const source::SourceFile& source, const ShownSource& file,
                const source::SourceRange& r, ColumnIndex& columns) {
  const std::uint32_t last_line = static_cast<std::uint32_t>(source.line_count());
  const std::uint32_t first = r.begin.line > kContextLines ? r.begin.line - kContextLines : 1;
  const std::uint32_t end_line = std::min(r.end.line, last_line);
  std::uint32_t last = std::min(end_line + kContextLines, last_line);
  // A file ending in a newline has an empty last "line" that nobody wrote: leave it out.
  if (last > end_line && last == last_line && file.line(last).empty()) --last;
  out << "<pre class=\"code\">";
  for (std::uint32_t n = first; n <= last; ++n) {
    if (last - first + 1 > kHeadLines + kTailLines && n == first + kHeadLines) {
      const std::uint32_t skipped = last - kTailLines + 1 - n;
      fmt::print(out,
                 FMT_STRING("<span class=\"line gap\"><span class=\"no\">⋮</span>{} line{} not "
                            "shown</span>"),
                 skipped, skipped == 1 ? "" : "s");
      n += skipped - 1;
      continue;
    }
    const std::string_view line = file.line(n);
    const bool hit = n >= r.begin.line && n <= r.end.line;
    if (!hit) {
      // The lines around keep the window of the finding's columns.
      const std::uint32_t at = file.column(r.begin.line, r.begin.column, false);
      write_line(out, n, false, window_of(columns, n, line, at, at));
      continue;
    }
    const std::uint32_t from = n == r.begin.line ? file.column(n, r.begin.column, false) : 1;
    const std::uint32_t to = n == r.end.line ? file.column(n, r.end.column, true) : UINT32_MAX;
    write_line(out, n, true, window_of(columns, n, line, from, std::max(from, to)));
  }
  out << "</pre>\n";
}

// The file's code as the report shows it (secrets masked), when it was read.
std::optional<ShownSource> shown_source(const FileReport& file) {
  if (file.source == nullptr) return std::nullopt;
  return ShownSource(*file.source, file.secrets);
}

// Findings of one rule on one statement, shown as one card with every place (the first decides
// where it sorts): one problem, stated once, with each place it shows.
struct Card {
  std::vector<const ReportedFinding*> places;
};

// Cards of `findings` (suppressed or not, as `suppressed` says) in order of their first place.
std::vector<Card> cards_of(const std::vector<ReportedFinding>& findings, bool suppressed) {
  std::vector<Card> cards;
  for (const ReportedFinding& f : findings) {
    if (f.suppressed_by.has_value() != suppressed) continue;
    const auto same = [&](const Card& c) {
      const ReportedFinding& g = *c.places.front();
      return g.rule == f.rule && g.level == f.level && !(f.statement == source::SourceRange{}) &&
             g.statement == f.statement &&
             (g.suppressed_by ? g.suppressed_by->kind + g.suppressed_by->reason : std::string()) ==
                 (f.suppressed_by ? f.suppressed_by->kind + f.suppressed_by->reason
                                  : std::string());
    };
    const auto found = std::find_if(cards.begin(), cards.end(), same);
    if (found != cards.end()) {
      found->places.push_back(&f);
    } else {
      cards.push_back(Card{{&f}});
    }
  }
  return cards;
}

void write_card(std::ostream& out, const FileReport& file, const Card& card, ColumnIndex& columns,
                const std::optional<ShownSource>& code) {
  const ReportedFinding& first = *card.places.front();
  const std::string level = level_of(first);
  std::string lines;
  for (const ReportedFinding* f : card.places) {
    if (!lines.empty()) lines += ' ';
    lines += std::to_string(f->range.begin.line);
  }
  fmt::print(
      out,
      FMT_STRING("<div class=\"finding {}\" data-rule=\"{}\" data-line=\"{}\" "
                 "data-lines=\"{}\"><span class=\"level\">{}</span> <span "
                 "class=\"rule\">{} {}</span>{}\n"),
      level, html_escape(first.rule->id), first.range.begin.line, lines, level,
      html_escape(first.rule->id), html_escape(first.rule->name),
      card.places.size() == 1
          ? std::string()
          : fmt::format(FMT_STRING(" <span class=\"places\">{} places in one statement</span>"),
                        card.places.size()));
  for (const ReportedFinding* f : card.places) {
    fmt::print(out,
               FMT_STRING("<div class=\"place\"><span class=\"where\">{}:{}:{}</span>\n"
                          "<div class=\"message\">{}</div>\n"),
               html_escape(file.path), f->range.begin.line, f->range.begin.column,
               html_escape(f->message));
    if (code) write_code(out, *file.source, *code, f->range, columns);
    out << "</div>\n";
  }
  if (first.suppressed_by) {
    const policy::Suppression& by = *first.suppressed_by;
    fmt::print(out, FMT_STRING("<p class=\"why\">Suppressed by {}{}{}. Reason: {}</p>\n"),
               by.kind == "waiver" ? "a waiver" : "an inline directive",
               by.approved_by.empty() ? std::string()
                                      : fmt::format(FMT_STRING(", approved by <strong>{}</strong>"),
                                                    html_escape(by.approved_by)),
               by.expires.empty()
                   ? std::string()
                   : fmt::format(FMT_STRING(", expires <strong class=\"expires\">{}</strong>"),
                                 html_escape(by.expires)),
               by.reason.empty() ? std::string("none given") : html_escape(by.reason));
  } else {
    fmt::print(out, FMT_STRING("<p class=\"why\">{}</p>\n"), html_escape(first.rule->summary));
  }
  if (!first.rule->instead.empty()) {
    fmt::print(out, FMT_STRING("<p class=\"instead\"><strong>Instead:</strong> {}</p>\n"),
               html_escape(one_paragraph(first.rule->instead), kMaxGuidanceChars));
  }
  out << "</div>\n";
}

bool counts_toward_verdict(const FileReport& file) {
  return std::any_of(file.findings.begin(), file.findings.end(),
                     [](const ReportedFinding& f) { return !f.suppressed_by; });
}

// The files in the order they run, each with its role and what was found in it.
void write_order(std::ostream& out, const RunReport& report) {
  fmt::print(out,
             FMT_STRING("<h2>Deployment order</h2>\n<p id=\"order\">Order: {}{}</p>\n"
                        "<table class=\"list\" id=\"deployment-order\">\n<tr><th>#</th>"
                        "<th>file</th><th>role</th><th>statements</th><th>findings</th></tr>\n"),
             html_escape(report.order),
             report.order_reason.empty()
                 ? std::string()
                 : fmt::format(FMT_STRING(" ({})"), html_escape(report.order_reason)));
  std::size_t number = 0;
  for (const FileReport& file : report.files) {
    std::size_t open = 0, suppressed = 0;
    for (const ReportedFinding& f : file.findings) ++(f.suppressed_by ? suppressed : open);
    std::string role(deploy::role_name(file.role));
    if (!file.included_from.empty()) role += ", read by :r at " + file.included_from;
    if (file.undo) {
      role = file.undoes.empty() ? std::string("undo, pairs with no forward script")
                                 : "undo of " + file.undoes;
    }
    std::string found;
    if (file.error) {
      found = "<span class=\"error\">could not be checked</span>";
    } else if (open == 0) {
      found = "<span class=\"none\">none</span>";
    } else {
      found = std::to_string(open);
    }
    if (suppressed > 0) found += fmt::format(FMT_STRING(" ({} suppressed)"), suppressed);
    fmt::print(out,
               FMT_STRING("<tr data-path=\"{}\"><td>{}</td><td class=\"path\">{}</td><td>{}</td>"
                          "<td>{}</td><td>{}</td></tr>\n"),
               html_escape(file.path), ++number, html_escape(file.path), html_escape(role),
               file.statements, found);
  }
  out << "</table>\n";
}

// Waivers of the policy: who approved what, until when, and whether each was used.
void write_waivers(std::ostream& out, const RunReport& report) {
  if (report.waivers.empty()) return;
  out << "<h2>Waivers</h2>\n<table class=\"list\" id=\"waivers\">\n<tr><th>rule</th><th>path"
         "</th><th>object</th><th>approved by</th><th>expires</th><th>status</th><th>findings"
         "</th><th>reason</th></tr>\n";
  for (const policy::WaiverReport& r : report.waivers) {
    const policy::Waiver& w = r.waiver;
    const std::string_view status = policy::status_name(r.status);
    fmt::print(out,
               FMT_STRING("<tr><td>{}</td><td class=\"path\">{}</td><td>{}</td><td>{}</td>"
                          "<td{}>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n"),
               html_escape(w.rule), html_escape(w.path),
               w.object.empty() ? std::string("any") : html_escape(w.object),
               html_escape(w.approved_by), status == "expired" ? " class=\"expired\"" : "",
               w.expires.iso(), status, r.matched, html_escape(w.reason));
  }
  out << "</table>\n";
}

// The change summary shows at most this many rows (and code frames); the JSON report has all.
constexpr std::size_t kMaxChangeRows = 2000;

// "What this deployment changes": one row per change, in the order they run, each linking to its
// code in the "Code of the changes" section that write_change_code() writes.
void write_changes_table(std::ostream& out, const RunReport& report) {
  out << "<h2>What this deployment changes</h2>\n";
  if (report.changes.empty()) {
    out << "<p id=\"changes\">Nothing: the pending scripts change no object, data, permission "
           "or setting.</p>\n";
    return;
  }
  out << "<table class=\"changes\" id=\"changes\">\n<tr><th>action</th><th>kind</th>"
         "<th>object</th><th>detail</th><th>where</th></tr>\n";
  const std::size_t rows = std::min(report.changes.size(), kMaxChangeRows);
  for (std::size_t i = 0; i < rows; ++i) {
    const model::Change& c = report.changes[i];
    std::string detail = html_escape(c.detail);
    if (c.statements > 1) detail += fmt::format(FMT_STRING(" (×{} statements)"), c.statements);
    if (!c.condition.empty() || c.conditional) {
      if (!detail.empty()) detail += ' ';
      detail +=
          fmt::format(FMT_STRING("<span class=\"condition\">{}</span>"),
                      c.condition.empty() ? std::string("conditional") : html_escape(c.condition));
    }
    fmt::print(out,
               FMT_STRING("<tr class=\"change {}{}\" data-action=\"{}\"><td>{}</td><td>{}</td>"
                          "<td class=\"object\">{}</td><td>{}</td><td class=\"where\">"
                          "<a href=\"#change-{}\">{}:{}</a></td></tr>\n"),
               model::change_action_name(c.action), c.conditional ? " conditional" : "",
               model::change_action_name(c.action), model::change_action_name(c.action),
               html_escape(c.kind), html_escape(c.object), detail, i + 1, html_escape(c.path),
               c.position.line);
  }
  out << "</table>\n";
  if (rows < report.changes.size()) {
    fmt::print(out, FMT_STRING("<p>{} more changes are in the JSON report.</p>\n"),
               report.changes.size() - rows);
  }
}

// The line of each change in the table, with the lines around it: where the table links to.
void write_change_code(std::ostream& out, const RunReport& report) {
  if (report.changes.empty()) return;
  std::map<std::string, const FileReport*> files;
  for (const FileReport& file : report.files) files.emplace(file.path, &file);
  std::map<std::string, std::pair<ShownSource, ColumnIndex>> shown;
  out << "<h2>Code of the changes</h2>\n<section id=\"change-code\">\n";
  const std::size_t rows = std::min(report.changes.size(), kMaxChangeRows);
  for (std::size_t i = 0; i < rows; ++i) {
    const model::Change& c = report.changes[i];
    fmt::print(out,
               FMT_STRING("<div class=\"change-code\" id=\"change-{}\"><span class=\"where\">"
                          "{}:{}</span> {}\n"),
               i + 1, html_escape(c.path), c.position.line, html_escape(describe(c)));
    const auto file = files.find(c.path);
    if (file != files.end() && file->second->source != nullptr) {
      auto code = shown.find(c.path);
      if (code == shown.end()) {
        code = shown
                   .emplace(std::piecewise_construct, std::forward_as_tuple(c.path),
                            std::forward_as_tuple(
                                std::piecewise_construct,
                                std::forward_as_tuple(*file->second->source, file->second->secrets),
                                std::forward_as_tuple()))
                   .first;
      }
      // From the construct to the end of its line (a column past any line, far from overflow).
      const source::SourceRange range{c.position, {c.position.line, UINT32_MAX / 2}};
      write_code(out, *file->second->source, code->second.first, range, code->second.second);
    }
    out << "</div>\n";
  }
  out << "</section>\n";
}

}  // namespace

void write_html(std::ostream& out, const RunReport& report, std::string_view tool_version) {
  const std::string_view verdict = policy::verdict_name(report.verdict);
  const Summary& s = report.summary;
  fmt::print(out,
             FMT_STRING("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<title>Preflight: {}</title>\n<style>{}</style>\n</head>\n<body>\n"),
             verdict, kStyle);
  fmt::print(out,
             FMT_STRING("<header class=\"banner verdict-{}\" id=\"verdict\" data-verdict=\"{}\">"
                        "<h1>Preflight verdict: {}</h1>\n<p id=\"verdict-reason\">{}</p>\n"
                        "<p id=\"deployment\">{}</p>\n<p>{} file{}, {} statement{}{}</p>\n"),
             verdict, verdict, verdict, html_escape(verdict_reason(report)),
             html_escape(deployment_line(report)), s.files, s.files == 1 ? "" : "s", s.statements,
             s.statements == 1 ? "" : "s",
             report.environment.empty()
                 ? std::string()
                 : fmt::format(FMT_STRING(", environment {}"), html_escape(report.environment)));
  // What the run was judged by: a report read weeks later (an Octopus artifact) must say which
  // tool, which day (waivers expire) and which policy decided it.
  fmt::print(
      out,
      FMT_STRING("<p class=\"meta\" id=\"run\">Preflight <span id=\"version\">{}</span>"
                 " · checked on <span id=\"date\">{}</span> · policy <span "
                 "id=\"policy\">{}</span> · environment <span id=\"environment\">{}</span>"
                 "</p></header>\n<main>\n"),
      html_escape(tool_version), html_escape(report.date),
      report.policy_file.empty() ? std::string("built-in defaults (no .preflight.yml)")
                                 : html_escape(report.policy_file),
      report.environment.empty() ? std::string("none chosen") : html_escape(report.environment));
  write_changes_table(out, report);
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
    if (!file.error && !counts_toward_verdict(file)) continue;
    fmt::print(out, FMT_STRING("<h3>{}</h3>\n"), html_escape(file.path));
    if (file.error) {
      fmt::print(out, FMT_STRING("<p class=\"error\">Could not be checked: {}</p>\n"),
                 html_escape(file.error->message));
    }
    ColumnIndex columns;
    const std::optional<ShownSource> code = shown_source(file);
    for (const Card& card : cards_of(file.findings, false)) {
      write_card(out, file, card, columns, code);
      ++shown;
    }
  }
  if (shown == 0) out << "<p>No findings count toward the verdict.</p>\n";
  out << "</section>\n";

  // Named, so a reviewer sees they were read and found clean rather than skipped.
  std::vector<const FileReport*> clean;
  for (const FileReport& file : report.files) {
    // History and baseline files are replayed, never judged: "no findings" would overstate.
    const bool judged = file.role == deploy::Role::Pending || file.role == deploy::Role::Undo;
    if (judged && !file.error && file.source != nullptr && !counts_toward_verdict(file)) {
      clean.push_back(&file);
    }
  }
  if (!clean.empty()) {
    out << "<h2>Files without findings</h2>\n<ul class=\"warnings\" id=\"clean-files\">\n";
    for (const FileReport* file : clean) {
      fmt::print(out, FMT_STRING("<li class=\"path\">{} <span class=\"where\">({})</span></li>\n"),
                 html_escape(file->path), deploy::role_name(file->role));
    }
    out << "</ul>\n";
  }

  if (s.suppressed > 0) {
    out << "<h2>Suppressed findings</h2>\n<section id=\"suppressed\">\n";
    for (const FileReport& file : report.files) {
      ColumnIndex columns;
      const std::optional<ShownSource> code = shown_source(file);
      for (const Card& card : cards_of(file.findings, true)) {
        write_card(out, file, card, columns, code);
      }
    }
    out << "</section>\n";
  }
  write_waivers(out, report);
  if (!report.policy_warnings.empty()) {
    out << "<h2>Policy warnings</h2>\n<ul class=\"warnings\" id=\"policy-warnings\">\n";
    for (const std::string& w : report.policy_warnings) {
      fmt::print(out, FMT_STRING("<li>{}</li>\n"), html_escape(w));
    }
    out << "</ul>\n";
  }
  write_order(out, report);
  write_change_code(out, report);
  out << "</main>\n</body>\n</html>\n";
}

}  // namespace pf::report
