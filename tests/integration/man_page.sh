#!/usr/bin/env bash
# The man page `preflight man` writes (the build's `man` target): valid man(7) roff that groff
# renders without a warning, holding every visible command and each command's options as --help
# lists them, and the exit codes.
source "$(dirname "$0")/common.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
run_case man 0 "$PREFLIGHT" man
cp man.out "$work/preflight.1"
head -1 man.out | grep -q '^\.TH PREFLIGHT 1 ' || fail "no .TH line: $(head -1 man.out)"
for section in NAME SYNOPSIS DESCRIPTION COMMANDS "EXIT STATUS" FILES SEE; do
  grep -q "^\.SH \"\?$section" man.out || fail "no section $section"
done
# Every command --help lists has its subsection; `man` itself is hidden.
"$PREFLIGHT" --help >help.txt
for command in check config init parse lex model rollback rules explain completion; do
  grep -q "^\.SS \"preflight $command " man.out || fail "no subsection for $command"
  grep -q "^  $command" help.txt || fail "--help does not list $command (the test is out of date)"
done
grep -q '^\.SS "preflight man' man.out && fail "the hidden man command is documented"
# Options are written with \- (roff's minus), so copying them from the page works.
grep -q '\\fB\\-\\-stdin\\-filename\\fR' man.out || fail "check's --stdin-filename is missing"
grep -q '\\fB\\-\\-format\\fR' man.out || fail "--format is missing"
if command -v groff >/dev/null; then
  # -ww: every warning; -z: format, write nothing. A roff mistake is a warning on stderr.
  groff -man -Tutf8 -ww -z "$work/preflight.1" 2>groff.err || fail "groff failed: $(cat groff.err)"
  [ ! -s groff.err ] || fail "groff warns: $(head -5 groff.err)"
  groff -man -Tutf8 "$work/preflight.1" 2>/dev/null | sed 's/.\x08//g' >rendered.txt
  grep -q "preflight check \[options\] PATH" rendered.txt || fail "rendered page lacks the check synopsis"
  grep -q -- "--stdin-filename NAME" rendered.txt || fail "rendered page lacks --stdin-filename"
  grep -q "usage or configuration error" rendered.txt || fail "rendered page lacks the exit codes"
  if command -v man >/dev/null; then
    MANPAGER=cat man -l "$work/preflight.1" >/dev/null 2>man.err || fail "man -l failed: $(cat man.err)"
  fi
else
  skip "groff not installed: the page was checked by structure only"
fi
echo "PASS"
