// Front door of the driver: the one check pipeline, deployment -> model -> rules -> undo lint ->
// policy -> run report, that `preflight check`, the fuzzer and the tests all call. It reads
// through a ScriptFiles (disk or memory) and writes nothing: reports are written by the caller
// (report_files.h for files).
#pragma once

#include "deploy/load.h"
#include "deploy/script_files.h"
#include "model/model.h"
#include "policy/policy.h"
#include "report/report.h"
#include "rules/rules.h"

#include <memory>
#include <vector>

namespace pf::driver {

struct CheckRequest {
  deploy::DeploymentRequest deployment;
  policy::Policy policy;
  policy::Date today;  // waivers expire on calendar days
};

struct CheckResult {
  // What the report and the findings point into; kept alive with them.
  deploy::LoadedDeployment loaded;
  std::unique_ptr<model::Deployment> model;
  std::vector<rules::Finding> findings;  // forward scripts, then each undo script's
  policy::Outcome outcome;
  // The verdict and everything the reporters show: every file read (forward scripts and their
  // `:r` files in the order they run, the undo scripts, then baseline files that could not be
  // read), its findings, the waivers and the policy's warnings.
  report::RunReport run;
};

[[nodiscard]] CheckResult check(const CheckRequest& request, const deploy::ScriptFiles& files);

}  // namespace pf::driver
