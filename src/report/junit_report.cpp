// JUnit XML, the test-report format Jenkins, GitLab, Azure DevOps and most CI servers render.
#include "report/human_text.h"
#include "report/report.h"
#include "report/visible_text.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>

namespace pf::report {
namespace {

// XML 1.0 cannot carry C0 control characters other than tab, LF and CR at all, not even as
// character references, nor U+FFFE, U+FFFF or bytes that are not UTF-8: visible() writes all of
// those (and the other hidden characters) as `\xNN` / `\u{NNNN}` first. Tab and the LF between a
// <system-out>'s lines stay (as references in attributes, where a parser would otherwise
// normalise them to spaces).
std::string xml_escape(std::string_view raw, bool attribute) {
  std::string text;
  // Each line on its own: the LF that separates <system-out> lines is ours, not the input's.
  for (std::size_t at = 0; at <= raw.size();) {
    const std::size_t end = std::min(raw.find('\n', at), raw.size());
    append_visible(text, raw.substr(at, end - at));
    if (end < raw.size()) text += '\n';
    at = end + 1;
  }
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";  // also breaks up `]]>`, which may not appear in character data
        break;
      case '"':
        out += attribute ? "&quot;" : "\"";
        break;
      case '\'':
        out += attribute ? "&apos;" : "'";
        break;
      case '\t':
        out += attribute ? "&#9;" : "\t";
        break;
      case '\n':
        out += attribute ? "&#10;" : "\n";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        if (u < 0x20) {
          out += fmt::format(FMT_STRING("\\x{:02X}"), u);
        } else {
          out += c;
        }
    }
  }
  return out;
}

// One line whatever the message holds: visible() escapes its line breaks.
std::string finding_line(const FileReport& file, const ReportedFinding& f) {
  return fmt::format(FMT_STRING("{}:{}:{}: {} {} {}: {}"),
                     visible_bounded(file.path, kMaxQuotedChars), f.range.begin.line,
                     f.range.begin.column, rules::level_name(f.level), f.rule->id, f.rule->name,
                     visible_bounded(f.message, kMaxQuotedChars));
}

}  // namespace

void write_junit(std::ostream& out, const RunReport& report) {
  // Counters are per test case (per file), as JUnit consumers expect.
  std::size_t failures = 0, errors = 0, skipped = 0;
  for (const FileReport& file : report.files) {
    bool failed = false, suppressed = false;
    for (const ReportedFinding& f : file.findings) {
      if (f.suppressed_by) {
        suppressed = true;
      } else if (f.level >= rules::Level::Review) {
        failed = true;
      }
    }
    if (file.error) {
      ++errors;
    } else if (failed) {
      ++failures;
    } else if (suppressed) {
      ++skipped;
    }
  }
  const std::string totals =
      fmt::format(FMT_STRING("tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\""),
                  report.files.size(), failures, errors, skipped);
  fmt::print(out, FMT_STRING("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
  fmt::print(out, FMT_STRING("<testsuites name=\"preflight\" {}>\n"), totals);
  fmt::print(out, FMT_STRING("  <testsuite name=\"preflight\" {}>\n"), totals);
  fmt::print(out, FMT_STRING("    <properties>\n"));
  fmt::print(out, FMT_STRING("      <property name=\"verdict\" value=\"{}\"/>\n"),
             policy::verdict_name(report.verdict));
  if (!report.environment.empty()) {
    fmt::print(out, FMT_STRING("      <property name=\"environment\" value=\"{}\"/>\n"),
               xml_escape(report.environment, true));
  }
  fmt::print(out, FMT_STRING("    </properties>\n"));
  for (const FileReport& file : report.files) {
    fmt::print(out, FMT_STRING("    <testcase classname=\"preflight\" name=\"{}\" file=\"{}\">\n"),
               xml_escape(visible_bounded(file.path, kMaxQuotedChars), true),
               xml_escape(visible_bounded(file.path, kMaxQuotedChars), true));
    if (file.error) {
      fmt::print(out, FMT_STRING("      <error message=\"{}\" type=\"input-error\"/>\n"),
                 xml_escape(visible_bounded(file.error->message, kMaxQuotedChars), true));
    }
    std::string system_out;
    for (const ReportedFinding& f : file.findings) {
      const std::string title = fmt::format(FMT_STRING("{} {}"), f.rule->id, f.rule->name);
      if (f.suppressed_by) {
        const std::string why =
            fmt::format(FMT_STRING("{} suppressed by {}"), title,
                        suppression_text(*f.suppressed_by, f.suppressed_by->kind));
        fmt::print(out, FMT_STRING("      <skipped message=\"{}\"/>\n"), xml_escape(why, true));
      } else if (f.level >= rules::Level::Review) {
        fmt::print(out, FMT_STRING("      <failure message=\"{}\" type=\"{}\">{}</failure>\n"),
                   xml_escape(visible_bounded(f.message, kMaxQuotedChars), true),
                   xml_escape(title, true), xml_escape(finding_line(file, f), false));
      } else {
        system_out += finding_line(file, f) + "\n";
      }
    }
    if (!system_out.empty()) {
      fmt::print(out, FMT_STRING("      <system-out>{}</system-out>\n"),
                 xml_escape(system_out, false));
    }
    fmt::print(out, FMT_STRING("    </testcase>\n"));
  }
  fmt::print(out, FMT_STRING("  </testsuite>\n</testsuites>\n"));
}

}  // namespace pf::report
