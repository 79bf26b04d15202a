#include "report/report.h"

namespace pf::report {

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
    run.files[file_of_script[f.script_index]].findings.push_back(
        ReportedFinding{f.rule, d.level, f.range, f.object, f.message, d.suppressed_by});
  }
  run.verdict = outcome.verdict;
  run.summary.fail = outcome.fail;
  run.summary.review = outcome.review;
  run.summary.warn = outcome.warn;
  run.summary.suppressed = outcome.suppressed;
}

const std::vector<std::string_view>& format_names() {
  static const std::vector<std::string_view> kNames = {"text",   "json",    "sarif", "junit",
                                                       "github", "octopus", "html"};
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
      write_html(out, report);
      return;
  }
}

}  // namespace pf::report
