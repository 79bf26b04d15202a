#include "report/report.h"

#include <fmt/format.h>

namespace pf::report {
namespace {

// How a pending file is named in the range: a Flyway-style name by its prefix and version
// (`V12`), anything else by its file name.
std::string short_name(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t separator = name.find("__");
  if (separator != std::string_view::npos && separator > 0) name = name.substr(0, separator);
  return std::string(name);
}

}  // namespace

RoleCounts role_counts(const RunReport& report) {
  RoleCounts counts;
  for (const FileReport& file : report.files) {
    // Nor an applied script that is no longer there (nothing was read: no source, no error).
    if (!file.included_from.empty() || (file.source == nullptr && !file.error)) continue;
    switch (file.role) {
      case deploy::Role::Pending:
        ++counts.pending;
        break;
      case deploy::Role::History:
        ++counts.history;
        break;
      case deploy::Role::Undo:
        ++counts.undo;
        break;
      case deploy::Role::Baseline:
        break;
    }
  }
  return counts;
}

std::string deployment_line(const RunReport& report) {
  const RoleCounts counts = role_counts(report);
  const FileReport* first = nullptr;
  const FileReport* last = nullptr;
  for (const FileReport& file : report.files) {
    if (file.role != deploy::Role::Pending || !file.included_from.empty()) continue;
    if (first == nullptr) first = &file;
    last = &file;
  }
  std::string range;
  if (first != nullptr) {
    range = first == last ? fmt::format(FMT_STRING(" ({})"), short_name(first->path))
                          : fmt::format(FMT_STRING(" ({}\u2013{})"), short_name(first->path),
                                        short_name(last->path));
  }
  if (report.scope.empty()) {
    return fmt::format(FMT_STRING("deployment: all {} file{} pending{}, {} undo; nothing said "
                                  "what already ran (narrow it with --since, --applied-through "
                                  "or --journal)"),
                       counts.pending, counts.pending == 1 ? "" : "s", range, counts.undo);
  }
  return fmt::format(FMT_STRING("deployment: {} pending{}, {} history, {} undo ({})"),
                     counts.pending, range, counts.history, counts.undo, report.scope);
}

void record_outcome(RunReport& run, const std::vector<rules::Finding>& findings,
                    const policy::Outcome& outcome,
                    const std::vector<std::size_t>& file_of_script) {
  for (const policy::SuppressionReport& s : outcome.suppressions) {
    run.files[file_of_script[s.script_index]].suppressions.push_back(s);
  }
  run.waivers = outcome.waivers;
  run.policy_warnings.insert(run.policy_warnings.begin(), outcome.warnings.begin(),
                             outcome.warnings.end());
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const rules::Finding& f = findings[i];
    const policy::Decision& d = outcome.decisions[i];
    if (d.level == rules::Level::Off) continue;
    run.files[file_of_script[f.script_index]].findings.push_back(ReportedFinding{
        f.rule, d.level, f.range, f.object, f.message, d.suppressed_by, f.statement});
  }
  run.verdict = outcome.verdict;
  run.summary.fail = outcome.fail;
  run.summary.review = outcome.review;
  run.summary.warn = outcome.warn;
  run.summary.suppressed = outcome.suppressed;
}

const std::vector<std::string_view>& format_names() {
  static const std::vector<std::string_view> kNames = {"text",   "json",    "sarif", "junit",
                                                       "github", "octopus", "html",  "markdown"};
  return kNames;
}

std::optional<Format> parse_format(std::string_view name) {
  const std::vector<std::string_view>& names = format_names();
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return static_cast<Format>(i);  // names are in enumerator order
  }
  return std::nullopt;
}

std::string_view format_name(Format format) {
  return format_names()[static_cast<std::size_t>(format)];
}

void write_report(std::ostream& out, Format format, const RunReport& report,
                  const WriteOptions& options) {
  switch (format) {
    case Format::Text:
      write_text(out, report, options.text);
      return;
    case Format::Json:
      write_json(out, report, options.tool_version);
      return;
    case Format::Sarif:
      write_sarif(out, report, options);
      return;
    case Format::Junit:
      write_junit(out, report);
      return;
    case Format::Github:
      write_github(out, report);
      return;
    case Format::Octopus:
      write_octopus(out, report, options.artifacts);
      return;
    case Format::Html:
      write_html(out, report, options.tool_version);
      return;
    case Format::Markdown:
      write_markdown(out, report, options.markdown);
      return;
  }
}

}  // namespace pf::report
