// Front door of the policy stage: .preflight.yml + environment + waivers + inline suppressions
// -> each finding's level and suppression, and the verdict (docs/configuration.md).
#pragma once

#include "ast/ast.h"
#include "rules/rules.h"
#include "source/source.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pf::policy {

enum class Verdict { Pass, ManualReview, Fail };

[[nodiscard]] std::string_view verdict_name(Verdict verdict);

// ---------------------------------------------------------------- vocabulary

// A calendar date; waivers expire on one. "Today" is always passed in, never read here, so tests
// and reproducible runs can fix it.
struct Date {
  int year = 0, month = 0, day = 0;

  [[nodiscard]] std::string iso() const;  // YYYY-MM-DD
  friend bool operator<(const Date& a, const Date& b) {
    if (a.year != b.year) return a.year < b.year;
    if (a.month != b.month) return a.month < b.month;
    return a.day < b.day;
  }
  friend bool operator==(const Date& a, const Date& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
};

// `YYYY-MM-DD`, a real calendar day; nothing else.
[[nodiscard]] std::optional<Date> parse_date(std::string_view iso);

// Path globs of waivers and `files`: `*` and `?` never cross `/`, `**` does, and `**/` also
// matches no folder at all (`**/V1.sql` matches `V1.sql`). Everything else is literal.
[[nodiscard]] bool glob_match(std::string_view pattern, std::string_view path);

// ---------------------------------------------------------------- the configuration file

inline constexpr std::string_view kConfigFileName = ".preflight.yml";

// One `key: level` line of a `rules:` map. `key` is a rule id, a rule name or a category, as
// written.
struct RuleSetting {
  std::string key;
  rules::Level level = rules::Level::Off;
  std::uint32_t line = 0;  // in the configuration file, 1-based
};

// What a script may suppress for itself. The built-in default: warn and review, with a reason.
struct InlinePolicy {
  bool enabled = true;
  std::vector<rules::Level> allow{rules::Level::Warn, rules::Level::Review};
  bool require_reason = true;

  [[nodiscard]] bool allows(rules::Level level) const;
};

// `inline_suppressions:` as written: what is not written is inherited.
struct InlineSettings {
  std::optional<bool> enabled;
  std::optional<std::vector<rules::Level>> allow;
  std::optional<bool> require_reason;
};

struct Environment {
  std::string name;
  std::vector<RuleSetting> rules;
  InlineSettings inline_suppressions;
};

struct Waiver {
  std::string rule;                              // as written (id or name)
  const rules::CatalogueEntry* entry = nullptr;  // never null in a parsed configuration
  std::string path;                              // glob against the path reports show
  std::string object;                            // empty: any object
  std::string reason;
  std::string approved_by;
  Date expires;
  std::uint32_t line = 0;  // in the configuration file, 1-based
};

// `files:` — which files of a folder are checked, and in which order they run (issue #7).
struct FileSelection {
  std::vector<std::string> include;  // empty: every .sql file
  std::vector<std::string> exclude;
  std::string order;  // flyway | natural | lexical | given; empty when not written
  // File-name patterns of undo scripts (`*.down.sql`): one `*`, ending in `.sql`, no folder.
  std::vector<std::string> undo;
  // Folders `:r` may read from besides those of the paths checked; relative ones are relative
  // to the policy file's folder (docs/deployments.md).
  std::vector<std::string> include_roots;
  // The migration folder, relative to the policy file's folder: a run that names only files
  // inside it (a pre-commit hook) replays the folder's earlier files as history
  // (docs/deployments.md "Deployment scope"). Empty when not written.
  std::string migrations;

  [[nodiscard]] bool selects(std::string_view path) const;
};

struct Config {
  std::string path;  // as messages show it; empty for the built-in defaults
  std::vector<RuleSetting> rules;
  std::vector<Environment> environments;  // in file order
  FileSelection files;
  std::vector<Waiver> waivers;  // in file order
  InlineSettings inline_suppressions;
  bool case_sensitive_names = false;                 // `names: case-sensitive`
  rules::Edition edition = rules::Edition::Unknown;  // `target: {edition: ...}`
  std::vector<std::string> large_tables;             // `target: {large_tables: [...]}`
};

// Parses a configuration. Every mistake (bad YAML, unknown key, wrong type, unknown rule id, name
// or category, bad level or date) is an Error `path:line:column: message`: a typo never weakens
// the policy silently.
[[nodiscard]] source::Expected<Config> parse_config(std::string_view yaml,
                                                    std::string display_path);
// Reads and parses a file; `display_path` is how messages name it.
[[nodiscard]] source::Expected<Config> load_config(const std::filesystem::path& file,
                                                   std::string display_path);
// The nearest `.preflight.yml` in `start`'s folder (or `start` itself when it is a folder) and
// then its parents.
[[nodiscard]] std::optional<std::filesystem::path> find_config(const std::filesystem::path& start);

// ---------------------------------------------------------------- the effective policy

struct RuleLevel {
  const rules::CatalogueEntry* rule = nullptr;
  rules::Level level = rules::Level::Off;
  // `default`, `rules.drop`, `environments.Production.rules.PF101`; then, for each category or
  // name setting that was not applied because it would lower a rule whose built-in level is
  // `fail`, `; not applied: rules.drop: review (why)`.
  std::string from;
};

struct Policy {
  std::string config_path;        // empty: built-in defaults
  std::string environment;        // empty: none chosen
  std::vector<RuleLevel> levels;  // one per catalogue entry, in catalogue order
  InlinePolicy inline_suppressions;
  std::vector<Waiver> waivers;
  FileSelection files;
  // One line per setting the file has that was not applied (see resolve), for the report's
  // policy warnings: the data guardian should know the file does not say what it does.
  std::vector<std::string> notes;
  // `names: case-sensitive`: names differing only in case are different objects (the model's
  // ModelOptions::case_sensitive_names).
  bool case_sensitive_names = false;
  // `target.edition`: what the rules stage assumes runs online or metadata-only.
  rules::Edition edition = rules::Edition::Unknown;
  // `target.large_tables`: where a whole-table backfill needs a review (PF231).
  std::vector<std::string> large_tables;

  [[nodiscard]] const RuleLevel& level_of(const rules::CatalogueEntry& rule) const;
};

// The built-in defaults: catalogue levels, default inline policy, no waivers.
[[nodiscard]] Policy default_policy();

// Applies `environment` (empty: none) over the top-level settings. Lookup order for each rule:
// environment id/name, environment category, top-level id/name, top-level category, catalogue.
// A rule whose catalogue level is `fail` is lowered only by a setting that names its id: a
// category or name setting below `fail` is passed over for it (the lookup goes on), and its
// `from` and `notes` say so. Settings that raise a level always apply.
// Where the environment's name comes from, which decides what a name the file does not define
// means.
enum class EnvironmentSource {
  // Typed by a person (--environment, PREFLIGHT_ENVIRONMENT): a name the file does not define is
  // an Error, never a silent fallback — it is most likely a typo.
  Chosen,
  // Passed by the deployment tool (--deployment-environment #{Octopus.Environment.Name}): every
  // environment a deployment goes to need not have its own section; an undefined one gets the
  // top-level policy, and a note in `notes` says so.
  FromDeployment,
};

[[nodiscard]] source::Expected<Policy> resolve(
    const Config& config, std::string_view environment,
    EnvironmentSource source = EnvironmentSource::Chosen);

// ---------------------------------------------------------------- decisions

// Why a finding does not count toward the verdict; every suppressed finding stays in every report.
struct Suppression {
  std::string kind;  // "inline" or "waiver"
  std::string reason;
  std::string approved_by;  // empty for inline suppressions
  std::string expires;      // a waiver's last day (YYYY-MM-DD); empty for inline suppressions
};

struct Decision {
  rules::Level level;
  std::optional<Suppression> suppressed_by;
};

enum class SuppressionStatus { Applied, Unused, Rejected };
[[nodiscard]] std::string_view status_name(SuppressionStatus status);

// What became of one inline directive.
struct SuppressionReport {
  std::size_t script_index = 0;
  source::SourceRange range;
  std::vector<std::string> rules;  // as written
  std::string reason;
  std::string scope;  // next-statement | file | unknown
  SuppressionStatus status = SuppressionStatus::Unused;
  std::string why;  // empty when applied
  std::size_t suppressed = 0;
};

enum class WaiverStatus { Applied, Expired, Unused };
[[nodiscard]] std::string_view status_name(WaiverStatus status);

struct WaiverReport {
  Waiver waiver;
  WaiverStatus status = WaiverStatus::Unused;
  std::size_t matched = 0;  // findings it matched (for an expired waiver: would have matched)
};

// A script as the policy sees it: the path reports show (waiver globs match it) and its AST
// (inline directives and the statements they precede).
struct ScriptView {
  std::string path;
  const ast::Script* script = nullptr;
};

struct Outcome {
  std::vector<Decision> decisions;  // one per finding, same order
  Verdict verdict = Verdict::Pass;
  std::size_t fail = 0, review = 0, warn = 0, suppressed = 0;
  std::vector<SuppressionReport> suppressions;  // by script, in source order
  std::vector<WaiverReport> waivers;            // in configuration order
  // Expired and unused waivers, rejected and unused suppressions, and each finding a suppression
  // was not allowed to take.
  std::vector<std::string> warnings;
};

// Levels from `policy`; waivers first (a person approved them), then the scripts' own inline
// directives, which only see findings no waiver took. Findings at `off` are neither counted nor
// matched (the caller drops them); PF002 findings are never suppressed.
//
// The verdict is `fail` if any unsuppressed finding is at `fail`, else `manual-review` if any is
// at `review`, else `pass`. Warnings never change it. `input_errors` > 0 makes it `fail`: a file
// Preflight could not read cannot be vouched for.
[[nodiscard]] Outcome decide(const Policy& policy, const std::vector<rules::Finding>& findings,
                             const std::vector<ScriptView>& scripts, Date today,
                             std::size_t input_errors);

// The built-in defaults, without scripts (no inline directives) or waivers.
[[nodiscard]] Outcome decide(const std::vector<rules::Finding>& findings, std::size_t input_errors);

// ---------------------------------------------------------------- commands

// `preflight config`: the effective policy as YAML, every rule with its level and where it came
// from, the inline-suppression policy, file selection and waivers (with their status on `today`).
[[nodiscard]] std::string effective_policy_yaml(const Policy& policy, Date today);

// `preflight init`: a commented .preflight.yml with the defaults, an example environment and an
// example waiver. It parses as a valid configuration.
[[nodiscard]] std::string init_template();

}  // namespace pf::policy
