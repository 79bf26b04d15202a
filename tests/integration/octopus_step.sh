#!/usr/bin/env bash
# The Octopus step template in examples/octopus: its parameters cover what the scripts read, and
# its Bash body, run against the built binary with Octopus's get_octopusvariable stubbed, prints
# service messages that decode to the right verdict, counts and attached reports.
source "$(dirname "$0")/common.sh"
/usr/bin/python3 tests/tools/check_step_template.py "$ROOT" || fail "step template"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/package" "$work/step"
cp "$PREFLIGHT" "$work/package/preflight"

run_step() {  # ENVIRONMENT LOG: runs the Bash body as Octopus would, in the step's folder
  local environment=$1 log=$2
  (
    cd "$work/step"
    get_octopusvariable() {
      case "$1" in
        Preflight.ScriptsPath) echo "$ROOT/examples" ;;
        Preflight.Environment) echo "$environment" ;;
        Preflight.ConfigFile) echo "" ;;
        "Octopus.Action.Package[Preflight.Package].ExtractedPath") echo "$work/package" ;;
        *) echo "unexpected variable $1" >&2; exit 99 ;;
      esac
    }
    source "$ROOT/examples/octopus/preflight.sh"
  ) >"$log" 2>&1
}

# Default environment: the examples' DROP TABLE is review. The step succeeds; routing is by Verdict.
set +e
run_step "" "$work/review.log"; code=$?
set -e
cat "$work/review.log"
[ "$code" = 0 ] || fail "manual-review: the step exited $code, expected 0"
/usr/bin/python3 tests/tools/octopus_messages.py "$work/review.log" "$work/step" \
  Verdict=manual-review FailCount=0 ReviewCount=1 WarnCount=0 \
  "highlighted=review PF101 drop-table" artifacts=preflight-report.html,preflight.sarif ||
  fail "manual-review service messages"

# Production makes the drop a fail (examples/.preflight.yml): the step fails and says why.
set +e
run_step Production "$work/fail.log"; code=$?
set -e
[ "$code" = 1 ] || fail "fail: the step exited $code, expected 1"
/usr/bin/python3 tests/tools/octopus_messages.py "$work/fail.log" "$work/step" \
  Verdict=fail FailCount=1 ReviewCount=0 "highlighted=fail PF101 drop-table" ||
  fail "fail service messages"
echo "ok"
