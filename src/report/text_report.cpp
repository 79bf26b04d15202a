#include "report/code_frame.h"
#include "report/human_text.h"
#include "report/report.h"
#include "report/shown_source.h"
#include "report/visible_text.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <optional>

namespace pf::report {
namespace {

// ANSI SGR sequences; empty strings when colour is off, so the plain output is unchanged.
struct Palette {
  std::string_view bold, red, yellow, cyan, dim, reset;
};

Palette palette_of(bool color) {
  if (!color) return Palette{};
  return Palette{"\x1b[1m", "\x1b[1;31m", "\x1b[1;33m", "\x1b[36m", "\x1b[2m", "\x1b[0m"};
}

std::string_view level_colour(const Palette& p, std::string_view level) {
  if (level == "fail") return p.red;
  if (level == "review") return p.yellow;
  if (level == "warn") return p.cyan;
  return p.dim;
}

// The finding's first line, windowed around the range, with a marker under it.
void write_code_frame(std::ostream& out, const ShownSource& file, const source::SourceRange& range,
                      const Palette& p, ColumnIndex& columns) {
  const std::uint32_t n = range.begin.line;
  const std::uint32_t to = range.end.line == n ? file.column(n, range.end.column, true)
                                               : UINT32_MAX;  // to the line's end
  std::string frame;
  append_text_frame(
      frame, n, window_of(columns, n, file.line(n), file.column(n, range.begin.column, false), to),
      p.red, p.reset);
  out << frame;
}

// A path that starts a line: one starting with `::` would be a GitHub workflow command when the
// report is read in a GitHub Actions log (the runner's ActionCommand.TryParseV2, actions/runner,
// reads `::` after String.TrimStart(), which skips .NET's Char.IsWhiteSpace: the Unicode space
// separators besides the controls this layer escapes anyway); `./` names the same file.
std::string line_start_path(std::string_view path) {
  std::string shown = visible_bounded(path, kMaxQuotedChars);
  std::size_t at = 0;
  while (at < shown.size()) {
    const TextChar c = char_at(shown, at);
    const char32_t u = c.code_point;
    const bool space = u == ' ' || u == '\t' || u == 0xA0 || u == 0x1680 ||
                       (u >= 0x2000 && u <= 0x200A) || u == 0x202F || u == 0x205F || u == 0x3000;
    if (!space) break;
    at += c.size;
  }
  if (shown.compare(at, 2, "::") == 0) shown.insert(0, "./");
  return shown;
}

// What the pending scripts change, one line each, in the order they run.
void write_changes(std::ostream& out, const RunReport& report) {
  if (report.changes.empty()) {
    out << "changes: none in the pending scripts\n";
    return;
  }
  fmt::print(out, FMT_STRING("changes ({}):\n"), report.changes.size());
  for (const model::Change& c : report.changes) {
    fmt::print(out, FMT_STRING("  {}:{}: {}\n"), line_start_path(c.path), c.position.line,
               visible_bounded(describe(c), kMaxQuotedChars));
  }
}

// What to do instead, on one line: the first paragraph of the catalogue's `instead`, its line
// breaks (YAML folding for the page width) joined, so a terminal or a CI log wraps it itself.
std::string help_text(std::string_view instead) {
  return one_paragraph(instead.substr(0, instead.find("\n\n")));
}

}  // namespace

void write_text(std::ostream& out, const RunReport& report, const TextOptions& options) {
  const Palette p = palette_of(options.color);
  if (!options.quiet) {
    fmt::print(out, FMT_STRING("{}\n"), visible_bounded(deployment_line(report), kMaxQuotedChars));
  }
  // Only a deployment of several files has an order worth stating.
  if (!options.quiet && !report.order.empty() && report.files.size() > 1) {
    fmt::print(out, FMT_STRING("order: {} ({})\n"), visible(report.order),
               visible_bounded(report.order_reason, kMaxQuotedChars));
  }
  for (const FileReport& file : report.files) {
    if (file.error && options.errors) {
      fmt::print(out, FMT_STRING("{}: error: {}{}\n"), line_start_path(file.path),
                 visible_bounded(file.error->message, kMaxQuotedChars),
                 file.error->byte_offset
                     ? fmt::format(FMT_STRING(" at byte offset {}"), *file.error->byte_offset)
                     : std::string());
    }
    ColumnIndex columns;
    std::optional<ShownSource> shown;
    if (options.code_frames && !options.quiet && file.source != nullptr && !file.findings.empty()) {
      shown.emplace(*file.source, file.secrets);
    }
    for (const ReportedFinding& f : file.findings) {
      if (options.quiet && f.suppressed_by) continue;
      const std::string_view level =
          f.suppressed_by ? std::string_view("suppressed") : rules::level_name(f.level);
      fmt::print(out, FMT_STRING("{}{}:{}:{}:{} {}{}{} {} {}: {}\n"), p.bold,
                 line_start_path(file.path), f.range.begin.line, f.range.begin.column, p.reset,
                 level_colour(p, level), level, p.reset, f.rule->id, f.rule->name,
                 visible_bounded(f.message, kMaxQuotedChars));
      if (shown) write_code_frame(out, *shown, f.range, p, columns);
      if (f.suppressed_by) {
        // Inline suppressions have no approver: the script's author is all there is.
        fmt::print(out, FMT_STRING("  suppressed by {}\n"),
                   suppression_text(*f.suppressed_by, f.suppressed_by->kind == "inline"
                                                          ? "inline suppression"
                                                          : f.suppressed_by->kind));
      } else if (!options.quiet) {
        // As ShellCheck and Squawk end each finding: what to do, and where the whole story is.
        fmt::print(out, FMT_STRING("  {}help:{} {}\n  {}see:{} preflight explain {}\n"), p.cyan,
                   p.reset, help_text(f.rule->instead), p.cyan, p.reset, f.rule->id);
      }
    }
  }
  const Summary& s = report.summary;
  if (!options.quiet) {
    for (const std::string& warning : report.policy_warnings) {
      fmt::print(out, FMT_STRING("warning: {}\n"), visible_bounded(warning, kMaxQuotedChars));
    }
    if (options.changes) write_changes(out, report);
    fmt::print(out, FMT_STRING("{}{}\n"), counts_text(s),
               s.errors > 0 ? fmt::format(FMT_STRING(", {} input error{}"), s.errors,
                                          s.errors == 1 ? "" : "s")
                            : std::string());
  }
  const std::string_view verdict = policy::verdict_name(report.verdict);
  const std::string_view verdict_colour = report.verdict == policy::Verdict::Fail ? p.red
                                          : report.verdict == policy::Verdict::ManualReview
                                              ? p.yellow
                                              : p.bold;
  fmt::print(out, FMT_STRING("verdict: {}{}{} ({})\n"), verdict_colour, verdict, p.reset,
             visible_bounded(verdict_reason(report), kMaxQuotedChars));
}

}  // namespace pf::report
