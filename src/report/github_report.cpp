// GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
#include "report/level_words.h"
#include "report/report.h"
#include "report/visible_text.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

namespace pf::report {
namespace {

// GitHub's escaping for a command's message: % first, then CR and LF (ActionCommand.cs in
// actions/runner undoes exactly these). The text has been through visible() first, so it holds no
// CR or LF of its own: the escaping is kept for the contract, not needed.
std::string escape_data(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// Property values additionally escape `:` and `,`, which end a value.
std::string escape_property(std::string_view text) {
  std::string out;
  for (const char c : escape_data(text)) {
    if (c == ':') {
      out += "%3A";
    } else if (c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

// GitHub has three annotation levels; review (waits for a person) is the middle one.
std::string_view command_of(rules::Level level) {
  return in_words(level, {"error", "warning", "notice", "notice"});
}

// The file property names the file the annotation goes on, so it stays the path as given, but
// with its hidden characters escaped like every other text: the annotation of a file whose name
// holds one matches no file of the pull request, and is not placed on the diff.
std::string shown_path(std::string_view path) { return visible_bounded(path, kMaxQuotedChars); }

}  // namespace

void write_github(std::ostream& out, const RunReport& report) {
  for (const FileReport& file : report.files) {
    if (file.error) {
      fmt::print(out, FMT_STRING("::error file={},title={}::{}\n"),
                 escape_property(shown_path(file.path)), escape_property("preflight input error"),
                 escape_data(visible_bounded(file.error->message, kMaxQuotedChars)));
    }
    for (const ReportedFinding& f : file.findings) {
      // A suppressed finding does not count; the summary line and the other reports keep it.
      if (f.suppressed_by) continue;
      fmt::print(out,
                 FMT_STRING("::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n"),
                 command_of(f.level), escape_property(shown_path(file.path)), f.range.begin.line,
                 f.range.begin.column, f.range.end.line, f.range.end.column,
                 escape_property(fmt::format(FMT_STRING("{} {}"), f.rule->id, f.rule->name)),
                 escape_data(visible_bounded(f.message, kMaxQuotedChars)));
    }
  }
  for (const std::string& warning : report.policy_warnings) {
    fmt::print(out, FMT_STRING("::warning title={}::{}\n"), escape_property("preflight policy"),
               escape_data(visible_bounded(warning, kMaxQuotedChars)));
  }
  const Summary& s = report.summary;
  fmt::print(out,
             FMT_STRING("preflight: verdict {}: {} file{}, {} fail, {} review, {} warn, {} "
                        "suppressed, {} input error{}\n"),
             policy::verdict_name(report.verdict), s.files, s.files == 1 ? "" : "s", s.fail,
             s.review, s.warn, s.suppressed, s.errors, s.errors == 1 ? "" : "s");
}

}  // namespace pf::report
