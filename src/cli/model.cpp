// `preflight model`: the schema state after the deployment, as JSON.
#include "model/model.h"

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "deploy/load.h"
#include "deploy/parallel.h"
#include "report/report.h"

#include <iostream>
#include <memory>

namespace pf::cli {
namespace {

struct ModelOptions {
  std::vector<std::string> paths;
  std::vector<std::string> baseline;
  std::string order;
  std::string format = "json";
  Limits limits;
  IncludeFlags includes;
  std::size_t jobs = deploy::default_jobs();
  PolicyOptions policy;
  deploy::ScopeRequest scope;
};

// Any file that cannot be read or parsed is an input error, since a model without it would be
// wrong in ways nobody could see.
int run_model(const ModelOptions& options) {
  const source::Expected<policy::Policy> loaded_policy =
      load_policy(options.policy, options.paths.front());
  if (!loaded_policy) {
    print_error(loaded_policy.error().message);
    return kExitUsage;
  }
  const policy::Policy& policy = loaded_policy.value();
  const source::Expected<deploy::OrderedInputs> scoped =
      deploy::scoped_inputs(options.paths, options.order, file_rules(policy), options.scope,
                            deploy::ScopeFiles{&disk_files(), options.limits.max_file_bytes});
  if (!scoped) {
    print_error(scoped.error().message);
    return kExitUsage;
  }
  const source::Expected<deploy::IncludeOptions> includes =
      include_options(options.includes, options.paths, policy);
  if (!includes) {
    print_error(includes.error().message);
    return kExitUsage;
  }
  deploy::DeploymentRequest request;
  request.ordered = scoped.value();
  request.baseline = deploy::collect_inputs(options.baseline);
  request.read = options.limits.read_options();
  request.includes = includes.value();
  request.jobs = options.jobs;
  // The same loading as `check`: history scripts marked as such, with their `:r` files.
  const deploy::LoadedDeployment loaded = deploy::load_deployment(request, disk_files());
  bool failed = false;
  for (const deploy::FileStatus& file : loaded.baseline_errors) {
    print_input_error(file.path, *file.error);
    failed = true;
  }
  for (const deploy::FileStatus& file : loaded.run.files) {
    if (!file.error || file.undo) continue;
    print_input_error(file.path, *file.error);
    failed = true;
  }
  if (failed) return kExitInputError;
  const model::Deployment deployment(loaded.run.scripts, deploy::script_inputs(loaded.baseline), {},
                                     {}, model::ModelOptions{policy.case_sensitive_names});
  report::ModelInfo info{std::string(deploy::order_name(request.ordered.order)),
                         request.ordered.reason,
                         {},
                         request.ordered.scope};
  for (const deploy::LoadedScript& l : loaded.baseline)
    info.baseline_files.push_back(l.file->path());
  report::write_model_json(std::cout, deployment, info, kVersion);
  return kExitPass;
}

}  // namespace

Subcommand add_model(CLI::App& app) {
  auto options = std::make_shared<ModelOptions>();
  ModelOptions& model = *options;
  CLI::App* command =
      app.add_subcommand("model", "Print the schema state after the deployment (JSON)");
  command->add_option("paths", model.paths, "Script files or folders of .sql files")
      ->required()
      ->type_name("PATH");
  command
      ->add_option("--baseline", model.baseline,
                   "CREATE script(s) of the target database, file or folder (one per --baseline; "
                   "repeatable)")
      ->allow_extra_args(false)
      ->type_name("PATH");
  add_order_option(*command, model.order,
                   "Order of the files: flyway, natural, lexical or given (default: detected)");
  command->add_option("--format", model.format, "Output format")->check(CLI::IsMember({"json"}));
  add_scope_options(*command, model.scope);
  add_limit_options(*command, model.limits);
  add_include_options(*command, model.includes);
  // Environments change rule levels and suppressions, which a model does not show: no
  // --environment, --deployment-environment or --today here.
  add_policy_options(*command, model.policy, /*with_environment=*/false);
  return Subcommand{command, [options] { return run_model(*options); }};
}

}  // namespace pf::cli
