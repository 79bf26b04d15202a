#include "driver/check.h"

#include <fmt/format.h>

#include <utility>

namespace pf::driver {
namespace {

[[nodiscard]] report::FileReport file_report(deploy::FileStatus status) {
  report::FileReport file;
  static_cast<deploy::FileStatus&>(file) = std::move(status);
  return file;
}

}  // namespace

CheckResult check(const CheckRequest& request, const deploy::ScriptFiles& files) {
  CheckResult result;
  result.loaded = deploy::load_deployment(request.deployment, files);
  deploy::LoadedDeployment& loaded = result.loaded;
  const policy::Policy& policy = request.policy;
  report::RunReport& run = result.run;
  run.environment = policy.environment;
  run.policy_file = policy.config_path;
  run.date = request.today.iso();
  run.order = std::string(deploy::order_name(request.deployment.ordered.order));
  run.order_reason = request.deployment.ordered.reason;
  run.scope = request.deployment.ordered.scope;
  for (deploy::FileStatus& status : loaded.run.files) {
    if (status.error) ++run.summary.errors;
    run.summary.statements += status.statements;
    run.summary.unparsed += status.unparsed;
    run.files.push_back(file_report(std::move(status)));
  }
  // A baseline file that cannot be read hides nothing: the deployment is still checked and
  // reported, without the baseline, and the run ends in an input error with that file listed.
  for (deploy::FileStatus& status : loaded.baseline_errors) {
    status.error->message = "--baseline file: " + status.error->message;
    ++run.summary.errors;
    run.files.push_back(file_report(std::move(status)));
  }
  run.summary.files = run.files.size();

  const std::vector<model::ScriptInput> baseline = deploy::script_inputs(loaded.baseline);
  result.model =
      std::make_unique<model::Deployment>(loaded.run.scripts, baseline, std::move(loaded.plan),
                                          request.deployment.read.parse.sqlcmd_values,
                                          model::ModelOptions{policy.case_sensitive_names});
  const model::Deployment& deployment = *result.model;
  std::vector<rules::Finding>& findings = result.findings;
  const rules::RuleSettings settings{policy.edition, policy.large_tables};
  findings = rules::run_rules(deployment, settings);
  std::vector<policy::ScriptView> views;
  for (const model::ScriptInput& script : deployment.scripts()) {
    // A history script's directives were for the run that checked it: here nothing of it is
    // reported, so none can apply or go unused (a waiver still takes a history finding).
    views.push_back(
        policy::ScriptView{script.file->path(), script.history ? nullptr : script.script});
  }
  // Each undo script is linted on its own, against the state a rollback runs it in.
  for (const deploy::UndoRun& undo : loaded.undo) {
    std::vector<model::ScriptInput> replayed =
        deploy::scripts_after_inputs(loaded.run, undo.runs_after);
    for (rules::Finding& f :
         rules::run_rules_on_undo(std::move(replayed), undo.script, baseline, settings)) {
      f.script_index = views.size();
      findings.push_back(std::move(f));
    }
    views.push_back(policy::ScriptView{undo.script.file->path(), undo.script.script});
  }
  result.outcome = policy::decide(policy, findings, views, request.today, run.summary.errors);
  // Settings of the policy file that were not applied (a category or name that would lower a
  // rule that fails by default): the file does not do what it seems to say.
  run.policy_warnings.insert(run.policy_warnings.end(), policy.notes.begin(), policy.notes.end());
  // Fail closed: what a history script did in a statement nobody could parse is unknown, so the
  // model uses none of history's column definitions, and the report says why.
  for (const std::string& path : deployment.history_not_understood()) {
    run.policy_warnings.push_back(fmt::format(
        FMT_STRING("history file {} has statements Preflight could not parse: the column types "
                   "history defines are not used, so changes to them count as unknown"),
        path));
  }
  if (!loaded.baseline_errors.empty()) {
    run.policy_warnings.push_back(fmt::format(
        FMT_STRING("checked without --baseline: {} of its files could not be read or parsed"),
        loaded.baseline_errors.size()));
  }
  report::record_outcome(run, findings, result.outcome, loaded.run.file_of_script);
  run.changes = model::summarize_changes(deployment);
  return result;
}

}  // namespace pf::driver
