// Private to the cli stage: the option groups several subcommands share, defined once, and what
// turns them into the other stages' inputs (the policy, the read options, the `:r` roots).
#pragma once

#include "deploy/includes.h"
#include "deploy/load.h"
#include "deploy/scope.h"
#include "parse/parse.h"
#include "policy/policy.h"
#include "source/source.h"

#include <CLI/CLI.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pf::cli {

// docs/usage.md "Limits". Each error over a limit names the file, the limit's value and its flag.
struct Limits {
  std::uint64_t max_file_bytes = source::ReadLimits{}.max_file_bytes;
  std::size_t max_depth = parse::ParseOptions{}.max_nesting_depth;
  std::size_t max_tokens = parse::ParseOptions{}.max_tokens_per_batch;

  // How a script is read: these limits, starting with the SQLCMD values `sqlcmd_values` (`--var`),
  // by lower-case name.
  [[nodiscard]] deploy::ReadOptions read_options(
      std::map<std::string, std::string> sqlcmd_values = {}) const;
};
void add_limit_options(CLI::App& command, Limits& limits);

// Where `:r` may read from and how much it may read (docs/deployments.md "SQLCMD mode").
struct IncludeFlags {
  std::vector<std::string> roots;  // --include-root DIR, repeatable
  std::size_t max_includes = deploy::IncludeOptions{}.max_includes;
  std::uint64_t max_include_bytes = deploy::IncludeOptions{}.max_include_bytes;
};
void add_include_options(CLI::App& command, IncludeFlags& flags);

// Where the policy comes from. `with_environment`: the subcommand also takes --environment and
// --today (those that decide verdicts or print the policy).
struct PolicyOptions {
  std::string config;  // --config FILE; empty: look for .preflight.yml
  bool no_config = false;
  std::string environment;  // --environment; empty: PREFLIGHT_ENVIRONMENT, else none
  // --deployment-environment: the environment a deployment tool passes (Octopus's
  // #{Octopus.Environment.Name}); one the policy does not define gets the top-level policy.
  std::string deployment_environment;
  std::string today;  // --today YYYY-MM-DD; empty: the system date (UTC)
};
void add_policy_options(CLI::App& command, PolicyOptions& options, bool with_environment = true);

// What already ran on the target (docs/deployments.md "Deployment scope"), at most one of
// --applied-through, --since, --journal; check, model and rollback take the same.
void add_scope_options(CLI::App& command, deploy::ScopeRequest& scope);

// --order, the same choices everywhere.
void add_order_option(CLI::App& command, std::string& order, const std::string& description);

// The policy in force: --config, else the nearest .preflight.yml above `start`, else defaults;
// then the environment from --environment or PREFLIGHT_ENVIRONMENT.
[[nodiscard]] source::Expected<policy::Policy> load_policy(const PolicyOptions& options,
                                                           const std::filesystem::path& start);

// --today, or the system date in UTC: waivers expire on calendar days, the same everywhere.
[[nodiscard]] std::optional<policy::Date> today_of(const PolicyOptions& options);

// The policy's `files:` as the deploy stage takes it.
[[nodiscard]] deploy::FileRules file_rules(const policy::Policy& policy);

// The folders `:r` may read from: the paths' own, --include-root and `files.include_roots`.
[[nodiscard]] source::Expected<deploy::IncludeOptions> include_options(
    const IncludeFlags& flags, const std::vector<std::string>& paths, const policy::Policy& policy);

// Every input read and parsed, or nothing (after printing each problem, in input order) when one
// fails: for commands whose output would be wrong without any one file (model, rollback).
[[nodiscard]] std::optional<std::vector<deploy::LoadedScript>> load_all(
    const std::vector<deploy::Input>& inputs, const deploy::ReadOptions& read, std::size_t jobs);

// The real file system, which every command reads.
[[nodiscard]] const deploy::ScriptFiles& disk_files();

// Messages on stderr. A file name or a `:r` argument is the script author's text: a newline and
// `verdict: pass` in one must not make a line of their own.
void print_error(const std::string& message);
// A command line refused: `preflight: <message>` (already escaped) and where the usage is, e.g.
// `Run 'preflight check --help' for more information.`
void print_usage_error(const std::string& escaped_message, const std::string& command);
void print_input_error(const std::string& path, const source::Error& error);

}  // namespace pf::cli
