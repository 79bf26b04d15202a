#!/usr/bin/env bash
# --color auto colours text only on a terminal, and not when NO_COLOR is set; always/never win.
# script(1) gives the binary a pseudo-terminal.
source "$(dirname "$0")/common.sh"
command -v script >/dev/null || skip "no script(1) (Debian package bsdutils)"
input=tests/e2e/drop_table_json/input/drop.sql
esc=$'\x1b['
on_tty() { env "$@" script -qec "'$PREFLIGHT' check $input" /dev/null || true; }
out=$(on_tty NO_COLOR=); [[ "$out" == *"$esc"* ]] || fail "no colour on a terminal"
out=$(on_tty NO_COLOR=1); [[ "$out" != *"$esc"* ]] || fail "colour on a terminal with NO_COLOR set"
out=$(env NO_COLOR= script -qec "'$PREFLIGHT' check --color never $input" /dev/null || true)
[[ "$out" != *"$esc"* ]] || fail "colour with --color never"
out=$("$PREFLIGHT" check $input || true); [[ "$out" != *"$esc"* ]] || fail "colour into a pipe"
out=$(NO_COLOR=1 "$PREFLIGHT" check --color always $input || true)
[[ "$out" == *"$esc"* ]] || fail "--color always must colour"
out=$(env NO_COLOR= script -qec "'$PREFLIGHT' check --format json $input" /dev/null || true)
[[ "$out" != *"$esc"* ]] || fail "colour in json"
echo "ok"
