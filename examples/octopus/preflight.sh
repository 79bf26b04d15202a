#!/usr/bin/env bash
# Preflight step for Octopus Deploy (Bash). Octopus runs this as the script body of the step
# template in preflight-step-template.json; get_octopusvariable is provided by Octopus (Calamari).
#
# The step succeeds on pass and on manual-review (--review-exit-code 0): the process routes on the
# output variable #{Octopus.Action[Preflight].Output.Verdict} instead, so a Manual Intervention
# step runs only when a person must look. fail (1), configuration errors (3) and input errors (4)
# fail the step, and the deployment stops.
set -u

scripts=$(get_octopusvariable "Preflight.ScriptsPath")
environment=$(get_octopusvariable "Preflight.Environment")
config=$(get_octopusvariable "Preflight.ConfigFile")
package_dir=$(get_octopusvariable "Octopus.Action.Package[Preflight.Package].ExtractedPath")

preflight="$package_dir/preflight"
if [ ! -x "$preflight" ]; then
  # Packages do not always keep the executable bit.
  chmod +x "$preflight" 2>/dev/null || { echo "preflight not found at $preflight" >&2; exit 4; }
fi

args=(check --format octopus --review-exit-code 0
  --report "html=preflight-report.html" --report "sarif=preflight.sarif")
[ -n "$environment" ] && args+=(--environment "$environment")
[ -n "$config" ] && args+=(--config "$config")

# The octopus format prints the findings highlighted, sets the output variables Verdict,
# FailCount, ReviewCount and WarnCount, and attaches both reports to the deployment.
"$preflight" "${args[@]}" "$scripts"
exit $?
