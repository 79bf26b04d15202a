// Front door of the report stage: findings + verdict -> text, json, sarif, junit, github, octopus,
// html, markdown. Every writer is deterministic: the same RunReport gives byte-identical output.
#pragma once

#include "ast/ast.h"
#include "deploy/file_status.h"
#include "model/changes.h"
#include "model/model.h"
#include "policy/policy.h"
#include "rules/rules.h"
#include "source/source.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace pf::report {

struct ReportedFinding {
  const rules::CatalogueEntry* rule;  // never null
  rules::Level level;                 // after policy
  source::SourceRange range;
  std::string object;
  std::string message;
  std::optional<policy::Suppression> suppressed_by;
  // The innermost statement the finding lies in; empty when none (rules::Finding::statement).
  source::SourceRange statement = {};
};

// A file's status from the deploy stage, plus what the rules and the policy said of it.
struct FileReport : deploy::FileStatus {
  std::vector<ReportedFinding> findings;                // sorted by line, column, rule id
  std::vector<policy::SuppressionReport> suppressions;  // inline directives, in source order
};

struct Summary {
  std::size_t files = 0, statements = 0, unparsed = 0;
  std::size_t fail = 0, review = 0, warn = 0, suppressed = 0;
  std::size_t errors = 0;  // files that could not be read or parsed
};

struct RunReport {
  std::vector<FileReport> files;  // in input order
  policy::Verdict verdict = policy::Verdict::Pass;
  std::string environment;   // empty when none was chosen
  std::string order;         // how the files were ordered (flyway, natural, lexical, given)
  std::string order_reason;  // why: the option or config key, or what the names showed
  // How history was told apart from pending (`--since origin/main`; docs/deployments.md
  // "Deployment scope"); empty when it was not and every forward script is pending.
  std::string scope;
  Summary summary;
  // What the pending scripts change (model::summarize_changes), in the order they run.
  std::vector<model::Change> changes;
  std::vector<policy::WaiverReport> waivers;  // in configuration order
  std::vector<std::string> policy_warnings;  // expired/unused waivers, rejected/unused suppressions
  // What the run was judged by, for the reader of a report kept for later: the policy file (empty
  // for the built-in defaults) and the day waivers were checked against (YYYY-MM-DD).
  std::string policy_file;
  std::string date;
};

struct TextOptions {
  bool code_frames = true;
  bool changes = true;  // the "changes" block before the verdict (`--summary on|off`)
  bool color = false;   // ANSI colours; the CLI decides (TTY, --color, NO_COLOR)
  // `--quiet`: the findings' first lines and the verdict; no deployment line, code frames, help,
  // suppressed findings, warnings or counts.
  bool quiet = false;
  // Each file's input error as a line of the report; off on stdout, where the CLI has already
  // written it to stderr (an error is printed once).
  bool errors = true;
};

enum class Format { Text, Json, Sarif, Junit, Github, Octopus, Html, Markdown };

// `text`, `json`, ... as `--format` and `--report F=PATH` spell them.
// Puts the policy's decisions into the report: each finding the policy did not turn off, and each
// suppression, goes to its script's file entry (file_of_script: script index -> index in
// run.files); the verdict, the counts, the waivers and the policy's warnings are set.
void record_outcome(RunReport& run, const std::vector<rules::Finding>& findings,
                    const policy::Outcome& outcome, const std::vector<std::size_t>& file_of_script);

// The deployment's files by role, counting the scripts named or found (not their `:r` files).
struct RoleCounts {
  std::size_t pending = 0, history = 0, undo = 0;
};
[[nodiscard]] RoleCounts role_counts(const RunReport& report);

// The line the text and HTML reports open with: `deployment: 3 pending (V12–V14), 11 history,
// 0 undo (--since origin/main)`, or, without a scope, that all N files were taken as pending and
// how to narrow that.
[[nodiscard]] std::string deployment_line(const RunReport& report);

// One change as a short line, without its place: `alter column dbo.Orders.Total: int → bigint`,
// `delete dbo.Audit: whole table`, `grant on dbo.Orders: SELECT to app_reader`, with `(×N
// statements)` and `[only under IF or WHILE]` when they apply. Text of the script (names) is in
// it unescaped: each format escapes it as it escapes everything else.
[[nodiscard]] std::string describe(const model::Change& change);

// Why the verdict is what it is: `standard change: no finding at review or fail`, or the rules
// that need review or fail, counted (`2 findings need review: PF101 drop-table ×1, PF221
// offline-index-build ×1`), and input errors.
[[nodiscard]] std::string verdict_reason(const RunReport& report);

[[nodiscard]] std::optional<Format> parse_format(std::string_view name);
[[nodiscard]] std::string_view format_name(Format format);
[[nodiscard]] const std::vector<std::string_view>& format_names();

// A report file written in this run; `--format octopus` attaches each to the deployment.
struct Artifact {
  std::string path;        // absolute, as Octopus collects it after the step
  std::string name;        // the file name Octopus shows
  std::uint64_t length{};  // bytes
};

// The Markdown report's size bound and where the full report is (docs/reports.md "Markdown").
struct MarkdownOptions {
  // Bytes the document takes at most; 0: no limit. Bytes, not characters: a platform that counts
  // characters or UTF-16 units never counts more than the bytes. The platforms' limits
  // (docs/reports.md, markdown): a GitHub comment 65,536 characters (REST API: "Body is too long
  // (maximum is 65536 characters)"), the default; a GitHub job summary 1 MiB per step (GitHub
  // docs "Adding a job summary"; the runner: "supports content up to a size of 1024k"); a GitLab
  // note 1,000,000 characters (Notes API; a later change speaks of 1 MB); Azure DevOps documents
  // none for ##vso[task.uploadsummary].
  std::size_t limit = 65536;
  // Where the full report is (the CI run's or artifact's address), linked from the note a cut
  // adds; empty: the note says how to write one. The CLI accepts only an http(s) URL.
  std::string link;
};

struct WriteOptions {
  std::string tool_version;
  std::string information_uri;  // SARIF tool.driver.informationUri; omitted when empty
  TextOptions text;
  std::vector<Artifact> artifacts;  // octopus only
  MarkdownOptions markdown;
};

// The one entry point the CLI uses: writes `report` in `format`.
void write_report(std::ostream& out, Format format, const RunReport& report,
                  const WriteOptions& options);

// `path:line:col: level PFnnn name: message`, a code frame, then a summary line and the verdict.
void write_text(std::ostream& out, const RunReport& report, const TextOptions& options = {});

// The report contract (docs/reports.md), schema version 1.
void write_json(std::ostream& out, const RunReport& report, std::string_view tool_version);

// SARIF 2.1.0, one run: the catalogue as tool.driver.rules, one result per finding (suppressed
// ones with `suppressions`), the files as artifacts with SHA-256 hashes, the verdict in properties.
void write_sarif(std::ostream& out, const RunReport& report, const WriteOptions& options);

// JUnit XML: one test case per file; a <failure> per fail/review finding, a <skipped> per
// suppressed one, an <error> for a file that could not be read or parsed.
void write_junit(std::ostream& out, const RunReport& report);

// GitHub Actions workflow commands (::error/::warning/::notice), then a summary line.
void write_github(std::ostream& out, const RunReport& report);

// Octopus Deploy service messages: highlighted findings, output variables Verdict, FailCount,
// ReviewCount, WarnCount, and createArtifact for each report file written in this run.
void write_octopus(std::ostream& out, const RunReport& report,
                   const std::vector<Artifact>& artifacts);

// One self-contained HTML page (inline CSS, no scripts, nothing fetched): verdict banner, summary,
// findings by file beside their code, suppressed findings, policy warnings.
void write_html(std::ostream& out, const RunReport& report, std::string_view tool_version);

// GitHub-flavoured Markdown for a pull request comment or a CI job summary: the verdict and why,
// the counts, findings by file with their code and what to do instead, policy warnings,
// suppressed findings, waivers and inline suppressions, files without findings. Input text cannot
// form Markdown, HTML, a mention or an issue reference; cut between whole findings to
// options.limit with a note saying what was left out.
void write_markdown(std::ostream& out, const RunReport& report, const MarkdownOptions& options);

// `preflight model`: how the scripts were ordered and what described the database before them.
struct ModelInfo {
  std::string order;
  std::string order_reason;
  std::vector<std::string> baseline_files;
  std::string scope;  // how history was told apart (`--since origin/main`); empty: no scope
};

// `preflight model`: every object that exists (or, `possibly`, may exist) after the deployment,
// with where it was created; tables with their columns.
void write_model_json(std::ostream& out, const model::Deployment& deployment, const ModelInfo& info,
                      std::string_view tool_version);

// `preflight parse`: the AST of one script, every statement with its kind and range.
void write_ast_json(std::ostream& out, const source::SourceFile& file, const ast::Script& script);

}  // namespace pf::report
