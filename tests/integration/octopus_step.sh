#!/usr/bin/env bash
# The Octopus step template in examples/octopus: its parameters cover what both bodies read and
# neither body has a `#{…}` Octopus would substitute (check_step_template.py); its Bash body, run
# as Calamari runs a script step (tests/tools/octopus/calamari_bash.py), routes each verdict,
# fails with a clear message on missing inputs, attaches reports by absolute path, and the
# documented run condition evaluates as Octostache would (tests/tools/octopus/step_scenarios.py).
source "$(dirname "$0")/common.sh"
command -v base64 >/dev/null || skip "base64 is not installed"
/usr/bin/python3 tests/tools/check_step_template.py "$ROOT" || fail "step template"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 tests/tools/octopus/step_scenarios.py "$ROOT" "$PREFLIGHT" "$work" ||
  fail "the step as Calamari runs it"
echo "ok"
