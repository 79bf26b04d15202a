#!/usr/bin/env bash
# `check -`: one script from standard input, named by --stdin-filename in messages and in the
# policy's path patterns; the command lines that cannot mean one script are usage errors; input
# that cannot be a script (binary, over the size limit, endless) is an input error, never a hang.
source "$(dirname "$0")/common.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# Standard input is copied to a folder in TMPDIR for the run: a private one, to see it removed.
export TMPDIR="$work/tmp"
mkdir "$TMPDIR"
printf 'DROP TABLE dbo.Orders;\n' >drop.sql

# The name given is what the report shows, on the finding and in the deployment line.
run_case named 2 "$PREFLIGHT" check --no-config --stdin-filename db/V7__drop.sql - <drop.sql
expect named out "db/V7__drop.sql:1:1: review PF101 drop-table"
grep -q "preflight-stdin" named.out named.err && fail "named: the temporary copy's path shows"
# Without a name: <stdin>.
run_case unnamed 2 "$PREFLIGHT" check --no-config - <drop.sql
expect unnamed out "<stdin>:1:1: review PF101"
# The name is only a name: nothing is read from it, and the JSON report carries it as given.
run_case passwd 2 "$PREFLIGHT" check --no-config --format json --stdin-filename ../../etc/passwd - <drop.sql
expect passwd out '"path": "../../etc/passwd"'
grep -q "root:" passwd.out && fail "passwd: /etc/passwd was read"
# The policy matches the name: a waiver for db/V7__drop.sql takes the finding.
cat >.preflight.yml <<'YAML'
waivers:
  - rule: PF101
    path: "db/V7__drop.sql"
    reason: archived in CHG-1
    approved_by: dba
    expires: 2099-12-31
YAML
run_case waived 0 "$PREFLIGHT" check --today 2026-12-04 --stdin-filename db/V7__drop.sql - <drop.sql
expect waived out "suppressed by waiver (approved by dba): archived in CHG-1"
rm .preflight.yml

# UTF-16 (with a BOM) decodes as a file does; binary input is an input error.
printf 'DROP TABLE dbo.Orders;\n' | iconv -f UTF-8 -t UTF-16 >utf16.sql
run_case utf16 2 "$PREFLIGHT" check --no-config - <utf16.sql
expect utf16 out "<stdin>:1:1: review PF101"
printf 'SELECT 1;\0\1\2' >binary.bin
run_case binary 4 "$PREFLIGHT" check --no-config --stdin-filename x.sql - <binary.bin
expect binary err "preflight: x.sql: binary file: NUL byte"

# An endless stream stops at --max-file-bytes (here 1 MB of /dev/zero) with an input error.
run_case endless 4 timeout $((20 * TIME_SCALE)) "$PREFLIGHT" check --no-config --max-file-bytes 1000000 - </dev/zero
expect endless err "preflight: <stdin>: standard input is over the --max-file-bytes limit of 1000000 bytes"

# `:r` in standard input: no folder of its own to read from, so the include is refused (fail
# closed, exit 4); the report names the script as given, never the temporary copy.
printf ':r other.sql\nDROP TABLE dbo.A;\n' >include.sql
printf 'DROP TABLE dbo.B;\n' >other.sql
run_case include 4 "$PREFLIGHT" check --no-config --stdin-filename db/x.sql - <include.sql
expect include out "order: natural (detected: 'db/x.sql' is not a Flyway name"
expect include err "outside the folders \`:r\` may read (none); not read"
grep -q "preflight-stdin" include.out && fail "include: the temporary copy's path is in the report"

# Command lines that cannot mean one script from standard input.
run_case twice 3 "$PREFLIGHT" check --no-config - - <drop.sql
expect twice err "preflight: '-' (standard input) is given twice"
run_case mixed 3 "$PREFLIGHT" check --no-config - drop.sql <drop.sql
expect mixed err "is checked alone"
run_case name_only 3 "$PREFLIGHT" check --no-config --stdin-filename x.sql drop.sql
expect name_only err "--stdin-filename names standard input"
run_case scope 3 "$PREFLIGHT" check --no-config --applied-through 1 - <drop.sql
expect scope err "standard input has no history"

# No temporary copy is left behind, whatever the outcome.
[ -z "$(ls -A "$TMPDIR")" ] || fail "left in TMPDIR: $(ls -A "$TMPDIR")"
echo "PASS"
