// Octopus Deploy service messages (docs/reports.md): the task log highlights the findings, the step
// publishes output variables the process routes on, and report files attach to the deployment.
#include "report/human_text.h"
#include "report/report.h"
#include "report/visible_text.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

namespace pf::report {
namespace {

// Service-message values are base64 of their UTF-8 bytes, so quotes and brackets in a value can
// never end the message early.
std::string base64(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const std::uint32_t n = (std::uint32_t(static_cast<unsigned char>(bytes[i])) << 16) |
                            (std::uint32_t(static_cast<unsigned char>(bytes[i + 1])) << 8) |
                            std::uint32_t(static_cast<unsigned char>(bytes[i + 2]));
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += kAlphabet[(n >> 6) & 63];
    out += kAlphabet[n & 63];
  }
  const std::size_t rest = bytes.size() - i;
  if (rest > 0) {
    std::uint32_t n = std::uint32_t(static_cast<unsigned char>(bytes[i])) << 16;
    if (rest == 2) n |= std::uint32_t(static_cast<unsigned char>(bytes[i + 1])) << 8;
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += rest == 2 ? kAlphabet[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

void set_variable(std::ostream& out, std::string_view name, std::string_view value) {
  fmt::print(out, FMT_STRING("##octopus[setVariable name='{}' value='{}']\n"), base64(name),
             base64(value));
}

// A line starting with `##octopus[` would be read as a service message: a script can put any
// text in a message (an object name, a string literal), so such a line is indented.
std::string safe_line(std::string line) {
  if (line.rfind("##", 0) == 0) line.insert(0, " ");
  return line;
}

}  // namespace

void write_octopus(std::ostream& out, const RunReport& report,
                   const std::vector<Artifact>& artifacts) {
  // What was judged, first: which files are the deployment and which already ran.
  fmt::print(out, FMT_STRING("{}\n"),
             safe_line(visible_bounded(deployment_line(report), kMaxQuotedChars)));
  for (const FileReport& file : report.files) {
    if (file.error) {
      fmt::print(out, FMT_STRING("##octopus[stdout-error]\n{}\n##octopus[stdout-default]\n"),
                 safe_line(fmt::format(FMT_STRING("{}: error: {}"),
                                       visible_bounded(file.path, kMaxQuotedChars),
                                       visible_bounded(file.error->message, kMaxQuotedChars))));
    }
    for (const ReportedFinding& f : file.findings) {
      // visible() escapes line breaks: a message's second line could escape the highlight block.
      const std::string line = safe_line(fmt::format(
          FMT_STRING("{}:{}:{}: {} {} {}: {}"), visible_bounded(file.path, kMaxQuotedChars),
          f.range.begin.line, f.range.begin.column,
          f.suppressed_by ? std::string_view("suppressed") : rules::level_name(f.level), f.rule->id,
          f.rule->name, visible_bounded(f.message, kMaxQuotedChars)));
      if (f.suppressed_by) {
        fmt::print(out, FMT_STRING("{} ({} by {}: {})\n"), line, f.suppressed_by->kind,
                   f.suppressed_by->approved_by.empty()
                       ? std::string("the script")
                       : visible_bounded(f.suppressed_by->approved_by, kMaxQuotedChars),
                   f.suppressed_by->reason.empty()
                       ? std::string("no reason given")
                       : visible_bounded(f.suppressed_by->reason, kMaxQuotedChars));
      } else if (f.level >= rules::Level::Review) {
        fmt::print(out, FMT_STRING("##octopus[stdout-highlight]\n{}\n##octopus[stdout-default]\n"),
                   line);
      } else {
        fmt::print(out, FMT_STRING("##octopus[stdout-warning]\n{}\n##octopus[stdout-default]\n"),
                   line);
      }
    }
  }
  for (const std::string& warning : report.policy_warnings) {
    fmt::print(out, FMT_STRING("##octopus[stdout-warning]\n{}\n##octopus[stdout-default]\n"),
               safe_line("warning: " + visible_bounded(warning, kMaxQuotedChars)));
  }
  // What the deployment changes, highlighted: the reviewer's first question in the task log.
  if (report.changes.empty()) {
    out << "changes: none in the pending scripts\n";
  } else {
    fmt::print(out, FMT_STRING("##octopus[stdout-highlight]\nchanges ({}):\n"),
               report.changes.size());
    for (const model::Change& c : report.changes) {
      fmt::print(
          out, FMT_STRING("{}\n"),
          safe_line(fmt::format(FMT_STRING("  {}:{}: {}"), visible_bounded(c.path, kMaxQuotedChars),
                                c.position.line, visible_bounded(describe(c), kMaxQuotedChars))));
    }
    out << "##octopus[stdout-default]\n";
  }
  const Summary& s = report.summary;
  fmt::print(out, FMT_STRING("{}\nverdict: {} ({})\n"), counts_text(s),
             policy::verdict_name(report.verdict),
             safe_line(visible_bounded(verdict_reason(report), kMaxQuotedChars)));
  set_variable(out, "Verdict", policy::verdict_name(report.verdict));
  set_variable(out, "FailCount", std::to_string(s.fail));
  set_variable(out, "ReviewCount", std::to_string(s.review));
  set_variable(out, "WarnCount", std::to_string(s.warn));
  for (const Artifact& a : artifacts) {
    fmt::print(out, FMT_STRING("##octopus[createArtifact path='{}' name='{}' length='{}']\n"),
               base64(a.path), base64(a.name), base64(std::to_string(a.length)));
  }
}

}  // namespace pf::report
