#include "cli/options.h"

#include "deploy/order.h"
#include "report/visible_text.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <utility>

namespace pf::cli {
namespace {

// A limit of 0 would refuse every input; CLI::PositiveNumber's message prints a range of 300
// digits.
[[nodiscard]] CLI::Validator at_least_one_validator() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        const bool digits = !value.empty() && std::all_of(value.begin(), value.end(), [](char c) {
          return c >= '0' && c <= '9';
        });
        if (digits && value.find_first_not_of('0') != std::string::npos) return {};
        return "expected a whole number of at least 1, got '" + value + "'";
      },
      "N>=1");
}

}  // namespace

deploy::ReadOptions Limits::read_options(std::map<std::string, std::string> sqlcmd_values) const {
  deploy::ReadOptions options;
  options.max_file_bytes = max_file_bytes;
  options.parse.max_nesting_depth = max_depth;
  options.parse.max_tokens_per_batch = max_tokens;
  options.parse.sqlcmd_values = std::move(sqlcmd_values);
  options.parse.max_substituted_bytes = static_cast<std::size_t>(max_file_bytes);
  return options;
}

// A count that must be at least one, its help ending in its default.
template <class Number>
void add_count_option(CLI::App& command, const char* name, Number& value, std::string_view help) {
  command.add_option(name, value, fmt::format(FMT_STRING("{} (default {})"), help, value))
      ->check(at_least_one_validator());
}

void add_limit_options(CLI::App& command, Limits& limits) {
  add_count_option(command, "--max-file-bytes", limits.max_file_bytes,
                   "Largest file read, in bytes");
  add_count_option(command, "--max-depth", limits.max_depth,
                   "Deepest nesting of parentheses, BEGIN/CASE ... END, IF and WHILE in one batch");
  add_count_option(command, "--max-tokens", limits.max_tokens, "Most tokens in one batch");
}

void add_include_options(CLI::App& command, IncludeFlags& flags) {
  command
      .add_option("--include-root", flags.roots,
                  "Folder a `:r` line may also read from (repeatable); the folders of the "
                  "paths given are always allowed")
      ->allow_extra_args(false)
      ->type_name("DIR");
  add_count_option(command, "--max-includes", flags.max_includes,
                   "Most `:r` lines followed in one run, the same file twice counting twice");
  add_count_option(command, "--max-include-bytes", flags.max_include_bytes,
                   "Most bytes read through `:r` in one run");
}

void add_policy_options(CLI::App& command, PolicyOptions& options, bool with_environment) {
  CLI::Option* config =
      command
          .add_option("--config", options.config, "Policy file (default: nearest .preflight.yml)")
          ->type_name("FILE");
  command.add_flag("--no-config", options.no_config, "Ignore .preflight.yml; built-in defaults")
      ->excludes(config);
  if (!with_environment) return;
  CLI::Option* chosen = command.add_option(
      "--environment", options.environment,
      "Environment of the policy (default: $PREFLIGHT_ENVIRONMENT); one the policy does not "
      "define is an error");
  command
      .add_option("--deployment-environment", options.deployment_environment,
                  "Environment the deployment goes to, as a deployment tool names it: the "
                  "policy's environment of that name if it defines one, else the top-level policy "
                  "(the report says so)")
      ->excludes(chosen);
  command.add_option("--today", options.today,
                     "Date for waiver expiry, YYYY-MM-DD (default: today, UTC); for reproducible "
                     "runs and tests");
}

void add_scope_options(CLI::App& command, deploy::ScopeRequest& scope) {
  CLI::Option* through = command.add_option(
      "--applied-through", scope.applied_through,
      "Files up to this version already ran on the target (flyway or natural order): replayed "
      "as history, not checked");
  CLI::Option* since = command.add_option(
      "--since", scope.since,
      "Git revision the target is at: files unchanged since it are history, added or changed "
      "ones pending");
  CLI::Option* journal = command.add_option(
      "--journal", scope.journal,
      "The target's journal exported to a file (flyway info JSON, flyway_schema_history or DbUp "
      "SchemaVersions CSV, or a list of script names): the scripts in it are history");
  journal->type_name("FILE");
  through->excludes(since)->excludes(journal);
  since->excludes(journal);
}

void add_order_option(CLI::App& command, std::string& order, const std::string& description) {
  command.add_option("--order", order, description)->check(CLI::IsMember(deploy::order_names()));
}

source::Expected<policy::Policy> load_policy(const PolicyOptions& options,
                                             const std::filesystem::path& start) {
  policy::Config config;
  if (!options.no_config) {
    std::optional<std::filesystem::path> file;
    if (!options.config.empty()) {
      file = options.config;
    } else {
      file = policy::find_config(start);
    }
    if (file) {
      source::Expected<policy::Config> loaded = policy::load_config(
          *file, options.config.empty() ? deploy::display_path(*file) : options.config);
      if (!loaded) return loaded.error();
      config = std::move(loaded).value();
    }
  }
  if (!options.deployment_environment.empty()) {
    return policy::resolve(config, options.deployment_environment,
                           policy::EnvironmentSource::FromDeployment);
  }
  std::string environment = options.environment;
  if (environment.empty()) {
    // Read here, in the CLI, and passed in: the policy stage never reads the process environment.
    if (const char* from_env = std::getenv("PREFLIGHT_ENVIRONMENT")) environment = from_env;
  }
  return policy::resolve(config, environment);
}

std::optional<policy::Date> today_of(const PolicyOptions& options) {
  if (!options.today.empty()) return policy::parse_date(options.today);
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  return policy::Date{utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday};
}

deploy::FileRules file_rules(const policy::Policy& policy) {
  deploy::FileRules rules;
  rules.selects = [&files = policy.files](std::string_view path) { return files.selects(path); };
  rules.order = policy.files.order;
  rules.undo_patterns = policy.files.undo;
  rules.config_path = policy.config_path;
  rules.migrations = policy.files.migrations;
  return rules;
}

source::Expected<deploy::IncludeOptions> include_options(const IncludeFlags& flags,
                                                         const std::vector<std::string>& paths,
                                                         const policy::Policy& policy) {
  deploy::IncludeRequest request;
  request.roots = flags.roots;
  request.config_roots = policy.files.include_roots;
  request.config_path = policy.config_path;
  request.max_includes = flags.max_includes;
  request.max_include_bytes = flags.max_include_bytes;
  return deploy::include_options(paths, request);
}

const deploy::ScriptFiles& disk_files() {
  static const deploy::ScriptFiles files;
  return files;
}

std::optional<std::vector<deploy::LoadedScript>> load_all(const std::vector<deploy::Input>& inputs,
                                                          const deploy::ReadOptions& read,
                                                          std::size_t jobs) {
  std::vector<deploy::LoadedScript> loaded;
  bool failed = false;
  for (deploy::ReadScript& script : deploy::read_all(inputs, read, jobs, disk_files())) {
    if (script.status.error) {
      print_input_error(script.status.path, *script.status.error);
      failed = true;
    }
    loaded.push_back(std::move(script.loaded));
  }
  if (failed) return std::nullopt;
  return loaded;
}

void print_error(const std::string& message) {
  fmt::print(std::cerr, FMT_STRING("preflight: {}\n"), report::visible(message));
}

void print_usage_error(const std::string& escaped_message, const std::string& command) {
  fmt::print(std::cerr, FMT_STRING("preflight: {}\nRun '{} --help' for more information.\n"),
             escaped_message, command);
}

void print_input_error(const std::string& path, const source::Error& error) {
  fmt::print(std::cerr, FMT_STRING("preflight: {}: {}{}\n"), report::visible(path),
             report::visible(error.message),
             error.byte_offset ? fmt::format(FMT_STRING(" at byte offset {}"), *error.byte_offset)
                               : std::string());
}

}  // namespace pf::cli
