#!/usr/bin/env bash
# The step template passes the checks of the Octopus community step template library
# (tests/tools/octopus/library_spec.js, re-implemented from the library's jasmine spec), run with
# jasmine as the library runs them: the template in ./step-templates/ of the working directory.
# With PF_OCTOPUS_LIBRARY_SPEC=path/to/step-template-validation-tests.js (the library's own file,
# from a checkout of OctopusDeploy/Library), that spec runs on the same folder too.
source "$(dirname "$0")/common.sh"
jasmine="$PWD/tests/tools/node_modules/jasmine/bin/jasmine.js"
command -v node >/dev/null || skip "node is not installed"
[ -f "$jasmine" ] || skip "jasmine is not installed (cd tests/tools && npm ci)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/step-templates" "$work/spec"
cp "$ROOT/examples/octopus/preflight-step-template.json" "$work/step-templates/sql-preflight-check.json"
cp "$ROOT/tests/tools/octopus/library_spec.js" "$work/spec/preflight-library-tests.js"
if [ -n "${PF_OCTOPUS_LIBRARY_SPEC:-}" ]; then
  cp "$PF_OCTOPUS_LIBRARY_SPEC" "$work/spec/step-template-validation-tests.js"
fi
cd "$work"
node "$jasmine" --config=/dev/null "spec/*.js" >"$work/out" 2>&1 || {
  cat "$work/out"
  fail "the library's checks reject the template"
}
cat "$work/out"
grep -qE '^[0-9]+ specs?, 0 failures' "$work/out" || fail "jasmine did not report 0 failures"
# A template the spec must reject, so the run above proves something: a placeholder Id.
sed -i 's/"Id": "be28452f-2cdf-4577-a981-249b6be59ead"/"Id": "00000000-0000-0000-0000-000000000000"/' \
  step-templates/sql-preflight-check.json
if node "$jasmine" --config=/dev/null "spec/*.js" >"$work/bad" 2>&1; then
  cat "$work/bad"
  fail "the checks accept a template with a placeholder Id"
fi
echo "ok"
