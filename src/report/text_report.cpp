#include "report/report.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

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

// The line of the finding with a marker under the range; white space before the marker copies the
// line's own tabs, so the marker stays aligned however the terminal expands them.
void write_code_frame(std::ostream& out, const source::SourceFile& file,
                      const source::SourceRange& range, const Palette& p) {
  const std::string_view line = file.line(range.begin.line);
  const std::string number = std::to_string(range.begin.line);
  const std::string gutter(number.size(), ' ');
  fmt::print(out, FMT_STRING(" {} | {}\n"), number, line);
  std::string marker;
  std::uint32_t column = 1;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;  // inside a character
    if (column >= range.begin.column) {
      const bool same_line = range.end.line == range.begin.line;
      if (same_line && column >= range.end.column) break;
      marker += column == range.begin.column ? '^' : '~';
    } else {
      marker += line[i] == '\t' ? '\t' : ' ';
    }
    ++column;
  }
  if (marker.find('^') == std::string::npos) marker += '^';
  const std::size_t first = marker.find_first_of("^~");
  fmt::print(out, FMT_STRING(" {} | {}{}{}{}\n"), gutter, marker.substr(0, first), p.red,
             marker.substr(first), p.reset);
}

}  // namespace

void write_text(std::ostream& out, const RunReport& report, const TextOptions& options) {
  const Palette p = palette_of(options.color);
  // Only a deployment of several files has an order worth stating.
  if (!report.order.empty() && report.files.size() > 1) {
    fmt::print(out, FMT_STRING("order: {} ({})\n"), report.order, report.order_reason);
  }
  for (const FileReport& file : report.files) {
    if (file.error) {
      fmt::print(out, FMT_STRING("{}: error: {}{}\n"), file.path, file.error->message,
                 file.error->byte_offset
                     ? fmt::format(FMT_STRING(" at byte offset {}"), *file.error->byte_offset)
                     : std::string());
    }
    for (const ReportedFinding& f : file.findings) {
      const std::string_view level =
          f.suppressed_by ? std::string_view("suppressed") : rules::level_name(f.level);
      fmt::print(out, FMT_STRING("{}{}:{}:{}:{} {}{}{} {} {}: {}\n"), p.bold, file.path,
                 f.range.begin.line, f.range.begin.column, p.reset, level_colour(p, level), level,
                 p.reset, f.rule->id, f.rule->name, f.message);
      if (options.code_frames && file.source != nullptr) {
        write_code_frame(out, *file.source, f.range, p);
      }
      if (f.suppressed_by) {
        // Inline suppressions have no approver: the script's author is all there is.
        fmt::print(out, FMT_STRING("  suppressed by {}{}: {}\n"),
                   f.suppressed_by->kind == "inline" ? "inline suppression" : f.suppressed_by->kind,
                   f.suppressed_by->approved_by.empty()
                       ? std::string()
                       : fmt::format(FMT_STRING(" (approved by {})"), f.suppressed_by->approved_by),
                   f.suppressed_by->reason.empty() ? "no reason given" : f.suppressed_by->reason);
      }
    }
  }
  for (const std::string& warning : report.policy_warnings) {
    fmt::print(out, FMT_STRING("warning: {}\n"), warning);
  }
  const Summary& s = report.summary;
  fmt::print(out,
             FMT_STRING("{} file{}, {} statement{}, {} unparsed: {} fail, {} review, {} warn, "
                        "{} suppressed{}\n"),
             s.files, s.files == 1 ? "" : "s", s.statements, s.statements == 1 ? "" : "s",
             s.unparsed, s.fail, s.review, s.warn, s.suppressed,
             s.errors > 0
                 ? fmt::format(FMT_STRING(", {} input error{}"), s.errors, s.errors == 1 ? "" : "s")
                 : std::string());
  const std::string_view verdict = policy::verdict_name(report.verdict);
  const std::string_view verdict_colour = report.verdict == policy::Verdict::Fail ? p.red
                                          : report.verdict == policy::Verdict::ManualReview
                                              ? p.yellow
                                              : p.bold;
  fmt::print(out, FMT_STRING("verdict: {}{}{}\n"), verdict_colour, verdict, p.reset);
}

}  // namespace pf::report
