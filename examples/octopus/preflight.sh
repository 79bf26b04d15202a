#!/usr/bin/env bash
# Preflight step for Octopus Deploy (Bash): the inline body of the step template
# "SQL - Preflight Check" (preflight-step-template.json). Calamari sources it after its
# bootstrap, which defines get_octopusvariable, fail_step and the other helpers.
#
# Octopus substitutes variables in this text before it runs, so a literal hash-brace is written
# with two hashes (##{...}) wherever it appears, comments included.
#
# The step succeeds on pass and on manual-review (--review-exit-code 0): the process routes on the
# output variable ##{Octopus.Action[SQL - Preflight Check].Output.Verdict}, so a Manual
# Intervention step runs only when a person must look (examples/octopus/README.md). A fail verdict
# and every error fail the step with a message the Octopus UI shows.
set -u

fail() { fail_step "Preflight: $1"; }

scripts_package=$(get_octopusvariable "Octopus.Action.Package[Preflight.Scripts.Package].ExtractedPath")
tool_package=$(get_octopusvariable "Octopus.Action.Package[Preflight.Tool.Package].ExtractedPath")
scripts_path=$(get_octopusvariable "Preflight.Scripts.Path")
environment=$(get_octopusvariable "Preflight.Environment")
config=$(get_octopusvariable "Preflight.ConfigFile")
journal_file=$(get_octopusvariable "Preflight.JournalFile")
journal_text=$(get_octopusvariable "Preflight.Journal")

# ---------------------------------------------------------------- inputs
if [ -z "$scripts_package" ] || [ ! -d "$scripts_package" ]; then
  fail "the scripts package was not extracted: set the parameter 'Scripts package' to the package that holds the SQL scripts"
fi
target=$scripts_package
if [ -n "$scripts_path" ]; then
  target="$scripts_package/$scripts_path"
  [ -e "$target" ] || fail "'$scripts_path' (parameter 'Scripts path') is not in the scripts package"
fi
if [ -z "$tool_package" ] || [ ! -d "$tool_package" ]; then
  fail "the Preflight package was not extracted: set the parameter 'Preflight package' to Preflight.<version>.zip from your feed"
fi
preflight="$tool_package/preflight"
[ -f "$preflight" ] || fail "the Preflight package has no 'preflight' executable at its root (Linux workers need the Linux build)"
if [ ! -x "$preflight" ]; then
  # Calamari extracts zip packages without Unix permissions; the package folder may be read-only.
  if ! chmod u+x "$preflight" 2>/dev/null; then
    cp "$preflight" ./preflight && chmod u+x ./preflight && preflight="$PWD/preflight" ||
      fail "cannot make $preflight executable"
  fi
fi

# Relative paths are relative to the scripts package, where a policy file usually lives.
in_package() { case "$1" in /*) echo "$1" ;; *) echo "$scripts_package/$1" ;; esac; }

args=(check --format octopus --review-exit-code 0
  --report "html=preflight-report.html" --report "sarif=preflight.sarif")
# --deployment-environment: an environment the policy does not define gets its top-level settings,
# with a warning, instead of failing every deployment to a new environment.
[ -n "$environment" ] && args+=(--deployment-environment "$environment")
if [ -n "$config" ]; then
  config=$(in_package "$config")
  [ -f "$config" ] || fail "the policy file '$config' (parameter 'Policy file') does not exist"
  args+=(--config "$config")
fi
if [ -n "$journal_file" ] && [ -n "$journal_text" ]; then
  fail "set one of 'Journal file' and 'Journal', not both"
fi
if [ -n "$journal_file" ]; then
  journal_file=$(in_package "$journal_file")
  [ -f "$journal_file" ] || fail "the journal file '$journal_file' (parameter 'Journal file') does not exist"
  args+=(--journal "$journal_file")
elif [ -n "$journal_text" ]; then
  printf '%s\n' "$journal_text" >preflight-journal.txt
  args+=(--journal "$PWD/preflight-journal.txt")
fi

# ---------------------------------------------------------------- run
# The octopus format highlights the findings, sets the output variables Verdict, FailCount,
# ReviewCount and WarnCount, and attaches both reports (absolute paths) to the deployment.
"$preflight" "${args[@]}" "$target"
code=$?
case $code in
  0) ;;
  1) fail "verdict fail: the findings above must be fixed (or waived in the policy) before this deployment" ;;
  3) fail "configuration error (exit 3): see the message above" ;;
  *) fail "the scripts could not be checked (exit $code): see the message above" ;;
esac
