// `preflight check`: the verdict on a deployment, as exit code and reports.
#include "driver/check.h"

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/stdin_script.h"
#include "deploy/load.h"
#include "deploy/parallel.h"
#include "driver/report_files.h"
#include "report/report.h"
#include "report/visible_text.h"
#include "source/source.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <unistd.h>

namespace pf::cli {
namespace {

// Octopus collects an artifact from the path in the message after the step, from another working
// directory: the path must be absolute. Calamari's own new_octopusartifact (Bootstrap.sh) writes
// the physical folder (`pwd -P`) and the file name; so does this.
std::string artifact_path(const std::filesystem::path& written) {
  std::error_code error;
  const std::filesystem::path absolute = std::filesystem::absolute(written, error);
  if (error) return written.string();
  const std::filesystem::path folder = std::filesystem::canonical(absolute.parent_path(), error);
  return error ? absolute.string() : (folder / absolute.filename()).string();
}

struct CheckOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::vector<std::string> reports;  // --report F=PATH, as given
  std::string color = "auto";
  std::string summary = "on";         // --summary: the text report's "changes" block
  std::string order;                  // --order; empty: files.order of the policy, else detected
  std::vector<std::string> baseline;  // --baseline: files or folders describing the database
  int review_exit_code = kExitReview;
  bool strict_waivers = false;
  bool quiet = false;
  std::string stdin_filename;  // --stdin-filename: the name `check -` reports standard input as
  std::vector<std::string> variables;  // --var Name=value: SQLCMD variables the deployment sets
  Limits limits;
  IncludeFlags includes;
  std::size_t jobs = deploy::default_jobs();  // --jobs: threads that read and parse files
  PolicyOptions policy;
  deploy::ScopeRequest scope;
  report::MarkdownOptions markdown;
};

// The smallest --markdown-limit but 0 (none): the verdict, which is never cut (under 1,000 bytes:
// ten rules named at most), and the note a cut adds with the longest --markdown-link fit in it
// (each `&` of the link is written `&amp;`: 5,000 bytes at most).
constexpr std::size_t kMinMarkdownLimit = 8192;
constexpr std::size_t kMaxMarkdownLink = 1000;

// --markdown-link: an http(s) address of URL characters only (RFC 3986 unreserved, reserved and
// `%`), so that it stays one link destination in the Markdown, whatever CI variable built it.
[[nodiscard]] std::string check_markdown_link(const std::string& value) {
  const bool scheme = value.rfind("https://", 0) == 0 || value.rfind("http://", 0) == 0;
  const bool chars = std::all_of(value.begin(), value.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::string_view("-._~:/?#[]@!$&'()*+,;=%").find(c) != std::string_view::npos;
  });
  if (scheme && chars && value.size() <= kMaxMarkdownLink) return {};
  return fmt::format(FMT_STRING("expected an http:// or https:// URL of at most {} URL characters"),
                     kMaxMarkdownLink);
}

// --color: `auto` colours only a terminal, and never when NO_COLOR is set (no-color.org);
// `always` is an explicit request and wins over NO_COLOR.
[[nodiscard]] bool use_color(std::string_view mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

// `--var Name=value` assignments by lower-case name (sqlcmd compares names without case); a later
// one wins, as with sqlcmd -v.
[[nodiscard]] std::map<std::string, std::string> sqlcmd_values_of(
    const std::vector<std::string>& assignments) {
  std::map<std::string, std::string> values;
  for (const std::string& a : assignments) {
    const std::size_t equals = a.find('=');
    values[source::ascii_lower(a.substr(0, equals))] = a.substr(equals + 1);
  }
  return values;
}

// --strict-waivers: each waiver that did not apply, on stderr; whether there was one.
[[nodiscard]] bool unapplied_waivers(const policy::Policy& policy, const policy::Outcome& outcome) {
  bool any = false;
  for (const policy::WaiverReport& w : outcome.waivers) {
    if (w.status == policy::WaiverStatus::Applied) continue;
    fmt::print(std::cerr,
               FMT_STRING("preflight: {}:{}: waiver for {} on '{}' is {} (--strict-waivers)\n"),
               report::visible(policy.config_path), w.waiver.line, w.waiver.rule,
               report::visible(w.waiver.path), policy::status_name(w.status));
    any = true;
  }
  return any;
}

// `check -`: the script on standard input becomes the deployment's one file. A usage error (exit
// 3) for a command line that cannot mean one script, an input error (exit 4) for input that
// cannot be read; none when `paths` is not `-`.
std::optional<int> take_stdin(const CheckOptions& options, StdinScript& script,
                              std::vector<std::string>& paths) {
  const std::size_t dashes = static_cast<std::size_t>(std::count(paths.begin(), paths.end(), "-"));
  const bool named = !options.stdin_filename.empty();
  if (dashes == 0) {
    if (!named) return std::nullopt;
    print_error("--stdin-filename names standard input: give '-' as the script to read it");
    return kExitUsage;
  }
  if (dashes > 1) {
    print_error("'-' (standard input) is given twice; it can be read only once");
    return kExitUsage;
  }
  if (paths.size() > 1) {
    print_error("'-' (standard input) is checked alone: give the other scripts in another run");
    return kExitUsage;
  }
  if (!options.scope.since.empty() || !options.scope.applied_through.empty() ||
      !options.scope.journal.empty()) {
    print_error(
        "standard input has no history: --since, --applied-through and --journal need "
        "the deployment's files");
    return kExitUsage;
  }
  const std::string name = named ? options.stdin_filename : std::string(kStdinName);
  if (const std::optional<source::Error> error = script.read(name, options.limits.max_file_bytes)) {
    print_input_error(name, *error);
    return kExitInputError;
  }
  paths = {script.file().string()};
  return std::nullopt;
}

int run_check(const CheckOptions& options) {
  std::vector<std::string> paths = options.paths;
  StdinScript stdin_script;
  if (const std::optional<int> refused = take_stdin(options, stdin_script, paths)) {
    return *refused;
  }
  const bool from_stdin = !stdin_script.name().empty();
  const source::Expected<std::vector<driver::ReportRequest>> requests =
      driver::report_requests(options.reports, paths);
  if (!requests) {
    print_error(requests.error().message);
    return kExitUsage;
  }
  const std::optional<policy::Date> today = today_of(options.policy);
  if (!today) {
    fmt::print(std::cerr, FMT_STRING("preflight: --today '{}' is not a date (YYYY-MM-DD)\n"),
               report::visible(options.policy.today));
    return kExitUsage;
  }
  // Standard input has no folder of its own: the policy is looked for from the current one, as
  // `config` does without a path (docs/configuration.md).
  source::Expected<policy::Policy> loaded_policy =
      load_policy(options.policy, from_stdin ? std::string(".") : paths.front());
  if (!loaded_policy) {
    print_error(loaded_policy.error().message);
    return kExitUsage;
  }
  if (const std::optional<std::string> refused =
          driver::refuse_policy_file(requests.value(), loaded_policy.value().config_path)) {
    print_error(*refused);
    return kExitUsage;
  }
  const source::Expected<deploy::IncludeOptions> includes = include_options(
      options.includes, from_stdin ? std::vector<std::string>{} : paths, loaded_policy.value());
  if (!includes) {
    print_error(includes.error().message);
    return kExitUsage;
  }

  source::Expected<deploy::OrderedInputs> ordered =
      deploy::scoped_inputs(paths, options.order, file_rules(loaded_policy.value()), options.scope,
                            deploy::ScopeFiles{&disk_files(), options.limits.max_file_bytes});
  if (!ordered) {
    print_error(ordered.error().message);
    return kExitUsage;
  }
  driver::CheckRequest request;
  request.deployment.ordered = std::move(ordered).value();
  // Messages and the policy's path patterns see the name given, never the temporary copy.
  if (from_stdin) {
    for (deploy::Input& input : request.deployment.ordered.forward) {
      input.display = stdin_script.name();
    }
    std::string& reason = request.deployment.ordered.reason;
    const std::string copy = stdin_script.file().string();
    for (std::size_t at = reason.find(copy); at != std::string::npos;
         at = reason.find(copy, at + stdin_script.name().size())) {
      reason.replace(at, copy.size(), stdin_script.name());
    }
  }
  request.deployment.baseline = deploy::collect_inputs(options.baseline);
  request.deployment.read = options.limits.read_options(sqlcmd_values_of(options.variables));
  request.deployment.includes = includes.value();
  request.deployment.jobs = options.jobs;
  request.policy = std::move(loaded_policy).value();
  request.today = *today;
  driver::CheckResult result = driver::check(request, disk_files());
  report::RunReport& run = result.run;
  for (const report::FileReport& file : run.files) {
    if (file.error) print_input_error(file.path, *file.error);
  }
  if (options.strict_waivers && unapplied_waivers(request.policy, result.outcome)) {
    return kExitUsage;
  }

  report::WriteOptions write_options;
  write_options.tool_version = std::string(kVersion);
  write_options.information_uri = std::string(kInformationUri);
  write_options.text.changes = options.summary == "on";
  write_options.markdown = options.markdown;
  bool write_failed = false;
  std::vector<report::Artifact> artifacts;
  for (const driver::ReportRequest& r : requests.value()) {
    // A report file is the same whatever else the run writes: only stdout, which Octopus reads,
    // announces the artifacts.
    std::ostringstream content;
    report::write_report(content, r.format, run, write_options);
    const source::Expected<std::uint64_t> written = driver::write_report_file(r, content.str());
    if (!written) {
      print_error(written.error().message);
      write_failed = true;
      continue;
    }
    // Octopus uploads an artifact from its path: a device or a pipe is no file to keep.
    if (r.stream) continue;
    artifacts.push_back(
        report::Artifact{artifact_path(r.path), r.path.filename().string(), written.value()});
  }
  write_options.artifacts = std::move(artifacts);
  const report::Format format = report::parse_format(options.format).value_or(report::Format::Text);
  write_options.text.color = format == report::Format::Text && use_color(options.color);
  write_options.text.quiet = options.quiet;
  // Each input error is already on stderr: printed once (a report file keeps its own copy).
  write_options.text.errors = false;
  report::write_report(std::cout, format, run, write_options);

  // A report that could not be written is never a pass: the pipeline would lose the evidence.
  if (run.summary.errors > 0 || write_failed) return kExitInputError;
  switch (run.verdict) {
    case policy::Verdict::Pass:
      return kExitPass;
    case policy::Verdict::ManualReview:
      return options.review_exit_code;
    case policy::Verdict::Fail:
      return kExitFail;
  }
  return kExitInputError;
}

}  // namespace

Subcommand add_check(CLI::App& app) {
  auto options = std::make_shared<CheckOptions>();
  CheckOptions& check = *options;
  CLI::App* command =
      app.add_subcommand("check", "Check scripts and folders; exit code is the verdict");
  command
      ->add_option("paths", check.paths,
                   "Script files or folders of .sql files; - reads one script from standard input")
      ->required()
      ->type_name("PATH");
  command
      ->add_option("--stdin-filename", check.stdin_filename,
                   "The name of the script read from standard input (`check -`), for messages "
                   "and the policy's path patterns; never opened")
      ->type_name("NAME");
  command->add_option("--format", check.format, "Output format on stdout (default text)")
      ->check(CLI::IsMember(
          std::vector<std::string>(report::format_names().begin(), report::format_names().end())));
  command
      ->add_option("--report", check.reports,
                   "Also write FORMAT to PATH (FORMAT=PATH, repeatable), e.g. "
                   "--report sarif=out.sarif --report html=report.html")
      ->allow_extra_args(false)
      ->type_name("FORMAT=PATH");
  command
      ->add_option("--markdown-limit", check.markdown.limit,
                   fmt::format(FMT_STRING("Bytes the markdown report takes at most, cut between "
                                          "findings with a note (default {}: a GitHub comment; "
                                          "0: no limit; else at least {})"),
                               check.markdown.limit, kMinMarkdownLimit))
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            const bool digits = !value.empty() && value.size() < 16 &&
                                std::all_of(value.begin(), value.end(),
                                            [](char c) { return c >= '0' && c <= '9'; });
            if (digits) {
              const std::size_t n = std::stoull(value);
              if (n == 0 || n >= kMinMarkdownLimit) return {};
            }
            return fmt::format(FMT_STRING("expected 0 (no limit) or at least {}, got '{}'"),
                               kMinMarkdownLimit, report::visible(value));
          },
          "BYTES"));
  command
      ->add_option("--markdown-link", check.markdown.link,
                   "Address of the full report (the CI run or its artifact), linked from the "
                   "note when the markdown report is cut")
      ->check(CLI::Validator([](std::string& value) { return check_markdown_link(value); }, "URL"));
  command->add_option("--color", check.color, "Colour text output: auto (default), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  command
      ->add_option("--summary", check.summary,
                   "List what the pending scripts change before the verdict in text output: on "
                   "(default), off")
      ->check(CLI::IsMember({"on", "off"}));
  command
      ->add_option("--review-exit-code", check.review_exit_code,
                   "Exit code for a manual-review verdict (default 2)")
      ->check(CLI::Range(0, 255));
  add_order_option(*command, check.order,
                   "Order of the deployment's files: flyway, natural, lexical or given "
                   "(default: files.order, else detected from the names)");
  command
      ->add_option("--baseline", check.baseline,
                   "CREATE script(s) of the target database, file or folder: the state "
                   "before the deployment (one per --baseline; repeatable)")
      ->allow_extra_args(false)
      ->type_name("PATH");
  command
      ->add_option("--jobs", check.jobs,
                   "Threads that read and parse the files (default: every core); the output is "
                   "the same for any number")
      ->check(CLI::Range(1, 1024));
  command->add_flag("--quiet,-q", check.quiet,
                    "Text output: only the findings' first lines and the verdict (no code, help, "
                    "suppressed findings, warnings or counts)");
  command->add_flag("--strict-waivers", check.strict_waivers,
                    "Unused or expired waivers are a configuration error (exit 3)");
  command
      ->add_option("--var", check.variables,
                   "SQLCMD variable the deployment defines, as sqlcmd -v does: Name=value "
                   "(repeatable)")
      ->allow_extra_args(false)
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            const std::size_t equals = value.find('=');
            if (equals == std::string::npos || equals == 0) {
              return "expected Name=value, got '" + value + "'";
            }
            return {};
          },
          "Name=value"));
  add_scope_options(*command, check.scope);
  add_limit_options(*command, check.limits);
  add_include_options(*command, check.includes);
  add_policy_options(*command, check.policy);
  return Subcommand{command, [options] { return run_check(*options); }};
}

}  // namespace pf::cli
