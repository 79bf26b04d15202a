#!/usr/bin/env bash
# `check --jobs N` reads and parses files on N threads; the reports must not depend on N. Run on
# real projects from ../shared/corpus (bitwarden's 524 migrations as one deployment, and the
# ScriptDom test scripts, whose folder also holds a file that is an input error), in every format.
source "$(dirname "$0")/common.sh"
corpus="$ROOT/../shared/corpus"
[ -d "$corpus/bitwarden-server" ] || skip "../shared/corpus is not there"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
deployments=(
  "$corpus/bitwarden-server/util/Migrator/DbScripts"
  "$corpus/sqlscriptdom-testscripts/Test/SqlDom/TestScripts"
)
for d in "${deployments[@]}"; do
  name=$(basename "$d")
  for f in json text; do
    for jobs in 1 2 5; do
      set +e
      "$PREFLIGHT" check --no-config --today 2026-01-01 --format "$f" --jobs "$jobs" "$d" \
        >"$work/$name.$f.$jobs" 2>"$work/$name.$f.$jobs.err"
      echo $? >"$work/$name.$f.$jobs.code"
      set -e
    done
    for jobs in 2 5; do
      cmp -s "$work/$name.$f.1" "$work/$name.$f.$jobs" ||
        fail "$name $f: --jobs $jobs differs from --jobs 1: $(diff "$work/$name.$f.1" "$work/$name.$f.$jobs" | head -5)"
      cmp -s "$work/$name.$f.1.err" "$work/$name.$f.$jobs.err" || fail "$name $f: stderr differs at --jobs $jobs"
      cmp -s "$work/$name.$f.1.code" "$work/$name.$f.$jobs.code" || fail "$name $f: exit code differs at --jobs $jobs"
    done
  done
  echo "$name: exit $(cat "$work/$name.json.1.code"), $(grep -c '"rule":' "$work/$name.json.1") findings, identical for --jobs 1, 2 and 5"
done
# The bitwarden deployment has findings (exit 2); ScriptDom's folder holds a Latin-1 file (exit 4),
# which must not hide the other files' findings.
[ "$(cat "$work/DbScripts.json.1.code")" = 2 ] || fail "bitwarden: exit $(cat "$work/DbScripts.json.1.code")"
[ "$(cat "$work/TestScripts.json.1.code")" = 4 ] || fail "ScriptDom: exit $(cat "$work/TestScripts.json.1.code")"
grep -q '"rule": "PF101"' "$work/TestScripts.json.1" || fail "ScriptDom: findings hidden by the input error"
# One file of 1 MiB or more: its batches are parsed on the threads instead (a comment per batch
# makes it 1.3 MB).
python3 - "$work/one.sql" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    for b in range(2000):
        f.write("-- %s\nUPDATE dbo.T SET a = %d WHERE b = %d;\nDELETE FROM dbo.U;\nGO\n" % ("x" * 600, b, b))
PY
for jobs in 1 2; do
  set +e
  "$PREFLIGHT" check --no-config --format json --jobs "$jobs" "$work/one.sql" >"$work/one.$jobs" 2>&1
  echo $? >"$work/one.$jobs.code"
  set -e
done
cmp -s "$work/one.1" "$work/one.2" || fail "one file: --jobs 2 differs from --jobs 1"
[ "$(cat "$work/one.1.code")" = 2 ] || fail "one file: exit $(cat "$work/one.1.code")"
[ "$(grep -c '"rule": "PF121"' "$work/one.1")" = 2000 ] || fail "one file: PF121 count"
echo "one file of 2,000 batches: identical for --jobs 1 and 2"
"$PREFLIGHT" check --jobs 0 examples/ >/dev/null 2>"$work/zero.err" && fail "--jobs 0 accepted"
echo "ok"
