// `preflight rollback`: a draft undo script for the deployment, newest change first, and a
// commented list of what only a backup brings back. A draft: a reviewer reads it before use.
#include "model/rollback.h"

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "deploy/load.h"
#include "deploy/parallel.h"
#include "report/visible_text.h"

#include <fmt/format.h>

#include <memory>

namespace pf::cli {
namespace {

struct RollbackOptions {
  std::vector<std::string> paths;
  std::string order;
  Limits limits;
  PolicyOptions policy;
  deploy::ScopeRequest scope;
};

int run_rollback(const RollbackOptions& options) {
  // The policy's `files:` (include, exclude, order, undo) says which files are the forward
  // scripts: a draft that inverted the undo scripts too would undo the rollback itself.
  const source::Expected<policy::Policy> policy =
      load_policy(options.policy, options.paths.front());
  if (!policy) {
    print_error(policy.error().message);
    return kExitUsage;
  }
  const source::Expected<deploy::OrderedInputs> scoped =
      deploy::scoped_inputs(options.paths, options.order, file_rules(policy.value()), options.scope,
                            deploy::ScopeFiles{&disk_files(), options.limits.max_file_bytes});
  if (!scoped) {
    print_error(scoped.error().message);
    return kExitUsage;
  }
  const deploy::OrderedInputs& ordered = scoped.value();
  // Only what the deployment runs is undone: history already ran before it, and stays.
  std::vector<deploy::Input> pending;
  for (const deploy::Input& input : ordered.forward) {
    if (!input.history) pending.push_back(input);
  }
  const std::optional<std::vector<deploy::LoadedScript>> loaded =
      load_all(pending, options.limits.read_options(), deploy::default_jobs());
  if (!loaded) return kExitInputError;
  const model::RollbackDraft draft = model::draft_rollback(deploy::script_inputs(*loaded));
  fmt::print(FMT_STRING("-- Draft undo script (preflight rollback), order: {} ({}).\n"
                        "-- Review it before use: it inverts only what the scripts state.\n"),
             deploy::order_name(ordered.order), report::visible(ordered.reason));
  if (!ordered.scope.empty()) {
    fmt::print(
        FMT_STRING("-- Scope: {}; {} history file{} ran before the deployment: not undone.\n"),
        report::visible(ordered.scope), ordered.forward.size() - pending.size(),
        ordered.forward.size() - pending.size() == 1 ? "" : "s");
  }
  for (const model::UndoStep& step : draft.undo) {
    // The path is in a comment line: a newline in a file name would put SQL after it.
    fmt::print(FMT_STRING("\n-- undoes {}:{}\n{}\nGO\n"), report::visible(step.path),
               step.position.line, step.sql);
  }
  if (draft.undo.empty()) fmt::print(FMT_STRING("\n-- (nothing reversible)\n"));
  if (!draft.irreversible.empty()) {
    fmt::print(
        FMT_STRING("\n-- Not undone by this script (restore from a backup, or write it by "
                   "hand):\n"));
    for (const model::UndoStep& step : draft.irreversible) {
      fmt::print(FMT_STRING("--   {}:{}: {}\n"), report::visible(step.path), step.position.line,
                 report::visible(step.why));
    }
  }
  return kExitPass;
}

}  // namespace

Subcommand add_rollback(CLI::App& app) {
  auto options = std::make_shared<RollbackOptions>();
  RollbackOptions& rollback = *options;
  CLI::App* command =
      app.add_subcommand("rollback", "Print a draft undo script for the given scripts");
  command->add_option("paths", rollback.paths, "Script files or folders of .sql files")
      ->required()
      ->type_name("PATH");
  add_order_option(*command, rollback.order,
                   "Order of the files: flyway, natural, lexical or given (default: detected)");
  add_scope_options(*command, rollback.scope);
  add_limit_options(*command, rollback.limits);
  add_policy_options(*command, rollback.policy, /*with_environment=*/false);
  return Subcommand{command, [options] { return run_rollback(*options); }};
}

}  // namespace pf::cli
