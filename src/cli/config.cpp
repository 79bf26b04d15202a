// `preflight config` (the effective policy) and `preflight init` (a commented .preflight.yml).
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "policy/policy.h"
#include "report/visible_text.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <fstream>
#include <iostream>
#include <memory>

namespace pf::cli {
namespace {

int run_config(const PolicyOptions& options, const std::string& start) {
  const std::optional<policy::Date> today = today_of(options);
  if (!today) {
    fmt::print(std::cerr, FMT_STRING("preflight: --today '{}' is not a date (YYYY-MM-DD)\n"),
               report::visible(options.today));
    return kExitUsage;
  }
  // Found as `check PATH` finds it (options.h load_policy), so both show the same policy.
  const source::Expected<policy::Policy> policy = load_policy(options, start);
  if (!policy) {
    print_error(policy.error().message);
    return kExitUsage;
  }
  fmt::print(FMT_STRING("{}"), policy::effective_policy_yaml(policy.value(), *today));
  return kExitPass;
}

// Writes only the named file (or .preflight.yml in a named folder), never over an existing one
// unless --force: a policy file is reviewed work.
int run_init(std::string path, bool force) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    path = (std::filesystem::path(path) / std::string(policy::kConfigFileName)).generic_string();
  }
  if (std::filesystem::exists(path, ec) && !force) {
    fmt::print(std::cerr, FMT_STRING("preflight: {} already exists (use --force to overwrite)\n"),
               report::visible(path));
    return kExitUsage;
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << policy::init_template();
  out.close();
  if (!out) {
    fmt::print(std::cerr, FMT_STRING("preflight: cannot write {}\n"), report::visible(path));
    return kExitInputError;
  }
  fmt::print(FMT_STRING("wrote {}\n"), report::visible(path));
  return kExitPass;
}

}  // namespace

Subcommand add_config(CLI::App& app) {
  struct ConfigOptions {
    PolicyOptions policy;
    std::string path = ".";
  };
  auto options = std::make_shared<ConfigOptions>();
  CLI::App* command =
      app.add_subcommand("config", "Print the effective policy (after the environment) as YAML");
  command
      ->add_option("path", options->path,
                   "The script or folder whose policy to print, as `check PATH` finds it "
                   "(default: the current folder)")
      ->type_name("PATH");
  add_policy_options(*command, options->policy);
  return Subcommand{command, [options] { return run_config(options->policy, options->path); }};
}

Subcommand add_init(CLI::App& app) {
  struct InitOptions {
    std::string path = std::string(policy::kConfigFileName);
    bool force = false;
  };
  auto options = std::make_shared<InitOptions>();
  CLI::App* command = app.add_subcommand("init", "Write a commented .preflight.yml");
  command->add_option("path", options->path, "File to write (default: ./.preflight.yml)")
      ->type_name("PATH");
  command->add_flag("--force", options->force, "Overwrite an existing file");
  return Subcommand{command, [options] { return run_init(options->path, options->force); }};
}

}  // namespace pf::cli
