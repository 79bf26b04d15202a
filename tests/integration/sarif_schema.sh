#!/usr/bin/env bash
# SARIF output validates against the official SARIF 2.1.0 schema, for runs that exercise
# suppressions (waivers and inline), input errors, policy warnings and an environment.
source "$(dirname "$0")/common.sh"
schema=tests/tools/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json
[ -f "$schema" ] || skip "no SARIF schema: run 'npm ci --prefix tests/tools' (.ci/install-deps does)"
/usr/bin/python3 -c 'import jsonschema' 2>/dev/null || skip "no python3-jsonschema (Debian package)"

out=$BUILD/sarif-schema
rm -rf "$out" && mkdir -p "$out"
run() {  # NAME ARGS...: write one SARIF log; any exit code of a verdict is fine here
  local name=$1; shift
  "$PREFLIGHT" check --format sarif "$@" >"$out/$name.sarif" 2>/dev/null || [ $? -le 4 ]
}
run examples examples
run production --environment Production examples
run waivers --today 2026-11-24 --config tests/e2e/policy_waivers/.preflight.yml tests/e2e/policy_waivers/input
run inline --config tests/e2e/policy_inline/.preflight.yml tests/e2e/policy_inline/input/V5__cleanup.sql
run missing tests/e2e/missing_file_others_checked/input/missing.sql tests/e2e/drop_table_json/input/drop.sql
run utf16 tests/e2e/utf16_drop/input

/usr/bin/python3 tests/tools/validate_sarif.py "$schema" "$out"/*.sarif || fail "schema violations above"

# The validator must be able to fail: a log with a wrong level is rejected.
sed 's/"level": "warning"/"level": "severe"/' "$out/examples.sarif" >"$out/broken.json"
if /usr/bin/python3 tests/tools/validate_sarif.py "$schema" "$out/broken.json" >/dev/null; then
  fail "the validator accepted an invalid level"
fi
# Suppressions really are exercised by the runs above.
grep -q '"kind": "external"' "$out/waivers.sarif" || fail "no waiver suppression in waivers.sarif"
grep -q '"kind": "inSource"' "$out/inline.sarif" || fail "no inline suppression in inline.sarif"
echo "ok"
