// JUnit XML, the test-report format Jenkins, GitLab, Azure DevOps and most CI servers render.
#include "report/report.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

namespace pf::report {
namespace {

// XML 1.0 cannot carry C0 control characters other than tab, LF and CR at all, not even as
// character references, so they are written as the visible text `\xNN`. Tab, LF and CR stay (as
// references in attributes, where a parser would otherwise normalise them to spaces).
std::string xml_escape(std::string_view text, bool attribute) {
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

std::string finding_line(const FileReport& file, const ReportedFinding& f) {
  return fmt::format(FMT_STRING("{}:{}:{}: {} {} {}: {}"), file.path, f.range.begin.line,
                     f.range.begin.column, rules::level_name(f.level), f.rule->id, f.rule->name,
                     f.message);
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
               xml_escape(file.path, true), xml_escape(file.path, true));
    if (file.error) {
      fmt::print(out, FMT_STRING("      <error message=\"{}\" type=\"input-error\"/>\n"),
                 xml_escape(file.error->message, true));
    }
    std::string system_out;
    for (const ReportedFinding& f : file.findings) {
      const std::string title = fmt::format(FMT_STRING("{} {}"), f.rule->id, f.rule->name);
      if (f.suppressed_by) {
        const std::string why = fmt::format(
            FMT_STRING("{} suppressed by {}{}: {}"), title, f.suppressed_by->kind,
            f.suppressed_by->approved_by.empty()
                ? std::string()
                : fmt::format(FMT_STRING(" (approved by {})"), f.suppressed_by->approved_by),
            f.suppressed_by->reason.empty() ? "no reason given" : f.suppressed_by->reason);
        fmt::print(out, FMT_STRING("      <skipped message=\"{}\"/>\n"), xml_escape(why, true));
      } else if (f.level >= rules::Level::Review) {
        fmt::print(out, FMT_STRING("      <failure message=\"{}\" type=\"{}\">{}</failure>\n"),
                   xml_escape(f.message, true), xml_escape(title, true),
                   xml_escape(finding_line(file, f), false));
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
