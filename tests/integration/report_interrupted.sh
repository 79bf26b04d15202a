#!/usr/bin/env bash
# A run stopped by SIGTERM or SIGINT while it writes a --report file leaves no temporary file
# (`.NAME.preflight-XXXXXX`, tens of MB for a big report) behind, and its exit status still says
# it was killed by that signal. Another run writing next to it is not disturbed.
source "$(dirname "$0")/common.sh"
set -m  # background jobs keep SIGINT (without job control, bash starts them with SIGINT ignored)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/out"
# 200,000 findings: the JSON report is ~85 MB, written for a few hundred milliseconds.
for ((i = 1; i <= 200000; i++)); do echo "DROP TABLE dbo.T$i;"; done >"$work/big.sql"

temps() { find "$work/out" -name ".${1:-*}.preflight-*" | wc -l; }  # [REPORT NAME]

interrupt() {  # SIGNAL EXPECTED_STATUS: kill a run while its temporary report file exists
  local sig=$1 expected=$2 pid status 
  "$PREFLIGHT" check --report "json=$work/out/report.json" "$work/big.sql" >/dev/null 2>&1 &
  pid=$!
  # Poll (no sleep: the window is short) until the temporary file is there, then kill.
  until [ -n "$(compgen -G "$work/out/.report.json.preflight-*")" ]; do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" || true; fail "$sig: the run ended before its temporary file was seen"; }
  done
  kill -s "$sig" "$pid"
  set +e
  wait "$pid"
  status=$?
  set -e
  [ "$status" = "$expected" ] || fail "$sig: exit status $status, expected $expected (killed by $sig)"
  [ "$(temps report.json)" = 0 ] || { ls -la "$work/out"; fail "$sig: a temporary report file was left"; }
  [ ! -e "$work/out/report.json" ] || fail "$sig: a report was written although the run was killed"
}
interrupt TERM 143
interrupt INT 130

# Two runs write reports into one folder; one is killed mid-write, the other finishes intact.
"$PREFLIGHT" check --report "json=$work/out/other.json" "$work/big.sql" >/dev/null 2>&1 &
other=$!
interrupt TERM 143
set +e
wait "$other"
code=$?
set -e
[ "$code" = 2 ] || fail "the run beside the killed one exited $code, expected 2 (manual-review)"
command -v python3 >/dev/null || skip "python3 missing"
python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["summary"]["review"] == 200000' \
  "$work/out/other.json" || fail "the report beside the killed run is not whole"
[ "$(temps)" = 0 ] || fail "a temporary file was left beside the finished report"
echo "ok"
