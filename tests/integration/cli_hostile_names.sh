#!/usr/bin/env bash
# The did-you-mean echo of an unknown command, option, rule or category quotes what was typed;
# what was typed may be a deployment tool's variable holding an Octopus service message or a
# terminal escape sequence. The echo must neither forge a service message (Calamari's parser finds
# `##octopus` anywhere in a line: tests/tools/octopus/service_messages.py) nor pass an escape
# sequence through to a terminal.
source "$(dirname "$0")/common.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
printf 'SELECT 1;\n' >ok.sql
message="##octopus[setVariable name='VmVyZGljdA==' value='cGFzcw==']"
esc=$'\e]0;owned\a\e[2J'
i=0
check_err() {
  local name=$1
  /usr/bin/python3 - "$ROOT" "$name.err" <<'PY' || fail "$name: a service message or escape sequence got through"
import sys
sys.path.insert(0, sys.argv[1] + "/tests/tools/octopus")
from service_messages import messages_of
text = open(sys.argv[2], encoding="utf-8", errors="replace").read()
found = messages_of(text)
if found or "\x1b" in text or "\x07" in text:
    print(f"FAIL: {sys.argv[2]}: {found} {text!r}")
    sys.exit(1)
PY
}
for word in "$message" "--$message" "--x$esc" "$esc" $'--format\n##octopus[stdout-error]'; do
  i=$((i + 1))
  run_case "command$i" 3 "$PREFLIGHT" "$word" ok.sql
  expect "command$i" err "preflight: unknown"
  check_err "command$i"
  run_case "option$i" 3 "$PREFLIGHT" check --no-config "--x$word" ok.sql
  expect "option$i" err "preflight: unknown option"
  check_err "option$i"
  run_case "explain$i" 3 "$PREFLIGHT" explain -- "$word"
  expect "explain$i" err "preflight: no rule or category"
  check_err "explain$i"
done
# The escaped form is there: the test would prove nothing if the word were dropped.
grep -q 'x23octopus' command1.err || fail "command1: the hostile word is not echoed at all: $(cat command1.err)"
echo "PASS"
