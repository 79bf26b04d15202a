#!/usr/bin/env bash
# --report F=PATH: several formats in one run, each byte-identical to --format F; nothing but the
# named files is left behind; bad requests are exit 3 and write nothing.
source "$(dirname "$0")/common.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/out"
cp tests/e2e/policy_waivers/input/V1__drop.sql "$work/original.sql"
input=tests/e2e/policy_waivers/input
policy=(--today 2026-11-24 --config tests/e2e/policy_waivers/.preflight.yml)

args=()
for f in text json sarif junit github octopus html; do args+=(--report "$f=$work/out/report.$f"); done
set +e
"$PREFLIGHT" check "${policy[@]}" "${args[@]}" "$input" >"$work/stdout" 2>"$work/stderr"
code=$?
set -e
[ "$code" = 2 ] || fail "exit $code, expected 2"
for f in text json sarif junit github octopus html; do
  set +e
  "$PREFLIGHT" check "${policy[@]}" --format "$f" "$input" >"$work/direct.$f" 2>/dev/null
  set -e
  cmp -s "$work/direct.$f" "$work/out/report.$f" || fail "report.$f differs from --format $f"
done
# Exactly the seven reports: no temporary file left in the folder.
[ "$(ls -A "$work/out" | wc -l)" = 7 ] || { ls -A "$work/out"; fail "unexpected files in the report folder"; }
# Report files get ordinary permissions (not mkstemp's 0600).
[ "$(stat -c %a "$work/out/report.html")" = "$(umask -S >/dev/null; printf '%o' $((0666 & ~$(umask))))" ] ||
  fail "report.html has mode $(stat -c %a "$work/out/report.html")"
# An existing report is replaced.
echo old >"$work/out/again.json"
"$PREFLIGHT" check --report "json=$work/out/again.json" tests/e2e/clean_create_table >/dev/null 2>&1 ||
  fail "clean run failed"
grep -q '"verdict": "pass"' "$work/out/again.json" || fail "existing report not replaced"

expect_usage() {  # MESSAGE ARGS...: exit 3, the message on stderr, nothing new in $work/out
  local message=$1; shift
  local before; before=$(ls -A "$work/out")
  set +e
  "$PREFLIGHT" check "$@" >/dev/null 2>"$work/err"
  local c=$?
  set -e
  [ "$c" = 3 ] || fail "'$*' exited $c, expected 3"
  grep -qF "$message" "$work/err" || { cat "$work/err"; fail "'$*': no '$message'"; }
  [ "$(ls -A "$work/out")" = "$before" ] || fail "'$*' wrote something"
}
expect_usage "expected FORMAT=PATH" --report "$work/out/x.sarif" "$input"
expect_usage "expected FORMAT=PATH" --report "sarif=" "$input"
expect_usage "unknown format 'pdf'" --report "pdf=$work/out/x.pdf" "$input"
expect_usage "is a folder" --report "html=$work/out" "$input"
expect_usage "is named twice" --report "html=$work/out/a" --report "json=$work/out/../out/a" "$input"
expect_usage "is an input script" --report "html=$input/V1__drop.sql" "$input"
cp "$input/V1__drop.sql" "$work/out/script.sql"
expect_usage "is an input script" --report "json=$work/out/../out/script.sql" "$work/out"
cmp -s "$input/V1__drop.sql" "$work/out/script.sql" || fail "an input script was changed"
cp tests/e2e/policy_waivers/.preflight.yml "$work/out/policy.yml"
expect_usage "is the policy file" --config "$work/out/policy.yml" --report "json=$work/out/policy.yml" "$input"
cmp -s tests/e2e/policy_waivers/.preflight.yml "$work/out/policy.yml" || fail "the policy file was changed"
ln -s "$ROOT/$input/V1__drop.sql" "$work/out/link.sql"
expect_usage "is an input script" --report "html=$work/out/link.sql" "$input"
cmp -s "$input/V1__drop.sql" "$work/original.sql" || fail "an input script was changed through a link"

# A folder that does not exist: an error (exit 4), never a pass, and stdout still has the verdict.
set +e
"$PREFLIGHT" check --report "json=$work/missing/r.json" tests/e2e/clean_create_table >"$work/stdout" 2>"$work/err"
code=$?
set -e
[ "$code" = 4 ] || fail "unwritable report exited $code, expected 4"
grep -q "cannot write" "$work/err" || fail "no message for the unwritable report"
grep -q "verdict: pass" "$work/stdout" || fail "stdout lost its report"
echo "ok"
