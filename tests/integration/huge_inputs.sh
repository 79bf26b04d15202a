#!/usr/bin/env bash
# Huge one-line inputs (issue 16, point 4): the peak memory of a run, measured with GNU time, stays
# within a small multiple of the file's size (docs/usage.md, "Limits"), and running out of memory under
# `ulimit -v` ends the run with exit 4 and a one-line message, never an abort. Before the fix the
# first file below peaked at 21 times its size, the EXEC one at 43 times, and a run out of memory
# died of SIGABRT with no message.
source "$(dirname "$0")/common.sh"
[ -x /usr/bin/time ] || skip "GNU time (/usr/bin/time) is not installed"
# A sanitizer build has another allocator and reserves terabytes of shadow address space, so
# neither its footprint nor `ulimit -v` says anything about the release binary.
if [ "$TIME_SCALE" != 1 ] || grep -qa __asan_init "$PREFLIGHT"; then
  echo "SKIPPED: sanitizer build: memory figures and ulimit -v are for the optimised build"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import os, sys
w = sys.argv[1]
mib = 1024 * 1024
def write(name, text):
    with open(os.path.join(w, name), "w") as f:
        f.write(text)
# Every file is one line: nothing splits it into batches or lines.
write("string.sql", "SELECT '" + "x" * (64 * mib) + "' AS big; DROP TABLE dbo.AfterString;\n")
update = "UPDATE dbo.Orders SET Total = Total + 1 WHERE Id = 1; "
write("statements.sql", "DROP TABLE dbo.T; " + update * (64 * mib // len(update)) + "\n")
# Dynamic SQL is parsed again from the literal's value, with every character placed in the file.
write("exec.sql", "EXEC('SELECT ''" + "x" * (32 * mib) + "'' AS a; DROP TABLE dbo.InExec;');\n")
# sqlcmd puts the value in: the batch is read from a copy of its text.
write("variable.sql", "SELECT '$(Suffix)" + "x" * (32 * mib) + "' AS big; DROP TABLE dbo.AfterVar;\n")
write("tiny.sql", "SELECT 1;\n")
# 1.2 MB of file; 300 MB of text once sqlcmd has put the value in at each of 300 uses.
write("amplified.sql", ':setvar Big "' + "x" * mib + '"\n' + "SELECT '$(Big)' AS big;\n" * 300)
PY

# measure NAME EXPECTED_EXIT FILE [ARGS...]: runs check with JSON output (no code frames, so the
# report's own size does not count) under GNU time; the peak RSS in KiB lands in $work/NAME.kb.
measure() {
  local name=$1 expected=$2 file=$3
  shift 3
  run_case "$work/$name" "$expected" /usr/bin/time -f %M -o "$work/$name.kb" \
    "$PREFLIGHT" check --no-config --format json "$@" "$file"
}

# within NAME FILE MAX_KIB: the peak of NAME is at most MAX_KIB.
within() {
  local name=$1 file=$2 max=$3 peak size
  peak=$(tail -1 "$work/$name.kb")
  size=$(($(stat -c %s "$file") / 1024))
  echo "$name: peak ${peak} KiB for ${size} KiB of input (ceiling ${max} KiB)"
  [ "$peak" -le "$max" ] || fail "$name: peak RSS ${peak} KiB, over the ceiling of ${max} KiB"
}

size_kb() { echo $(($(stat -c %s "$1") / 1024)); }

# The bounds of docs/usage.md "Limits" with room to spare: the ceilings are about twice what was
# measured, and the old multiples (21 to 43 times the file) are far above them. ~60 MiB of the
# peak is the binary, its libraries and the grammar's tables, whatever the input.
base=61440

# A string literal: the text is held once, as UTF-8, and the lexer reads it in place (measured:
# 1.2 times the file).
measure string 2 "$work/string.sql"
within string "$work/string.sql" $((3 * $(size_kb "$work/string.sql") + base))
grep -q '"object": "dbo.AfterString"' "$work/string.out" ||
  fail "string: the DROP after the literal was not found: $(head -c 500 "$work/string.out")"

# Statements: one batch of 20 million tokens; the run stops at --max-tokens, having held the text
# and ~120 bytes per token read (measured: 64 MiB + 1,000,000 tokens = 200 MiB).
measure statements 4 "$work/statements.sql" --max-tokens 1000000
expect "$work/statements" err "more than 1000000 tokens (the --max-tokens limit)"
within statements "$work/statements.sql" $((2 * $(size_kb "$work/statements.sql") + 300 * 1000 + base))

# EXEC of a literal: its value and its tokens are copies (measured: 6.4 to 7.3 times the file).
measure exec 2 "$work/exec.sql"
grep -q '"object": "dbo.InExec"' "$work/exec.out" ||
  fail "exec: the DROP inside the EXEC literal was not found: $(head -c 500 "$work/exec.out")"
within exec "$work/exec.sql" $((10 * $(size_kb "$work/exec.sql") + base))

measure variable 2 "$work/variable.sql" --var Suffix=y
grep -q '"object": "dbo.AfterVar"' "$work/variable.out" ||
  fail "variable: the DROP after the literal was not found: $(head -c 500 "$work/variable.out")"
within variable "$work/variable.sql" $((8 * $(size_kb "$work/variable.sql") + base))

# A value put in at every use: the text sqlcmd would send is the file's many times over, and
# counts against --max-file-bytes (all the batches with values put in, together).
measure amplified 4 "$work/amplified.sql" --max-file-bytes 20000000
expect "$work/amplified" err "with the SQLCMD values put in, the batches from line 2 on are longer than 20000000 bytes (the --max-file-bytes limit)"
within amplified "$work/amplified.sql" $((3 * 20000 + base))

# Out of memory: under 100 MB of address space the binary starts (the tiny script passes), but a
# 64 MiB file does not fit with the binary: reading it fails. The EXEC file is read within 160 MB
# and runs out while its literal is parsed. Both are exit 4 with one line naming the file.
# mimalloc's operator new abort()ed there before (src/cli/allocation.cpp).
limited() {
  local name=$1 expected=$2 limit=$3 file=$4
  run_case "$work/$name" "$expected" bash -c 'ulimit -v "$1" && exec "$2" check --no-config \
    --format json "$3"' limited "$limit" "$PREFLIGHT" "$file"
}
limited limited_tiny 0 100000 "$work/tiny.sql"
for case in "limited_read 100000 string.sql" "limited_parse 160000 exec.sql"; do
  read -r name limit file <<<"$case"
  limited "$name" 4 "$limit" "$work/$file"
  [ "$(wc -l <"$work/$name.err")" = 1 ] || fail "$name: not one line on stderr: $(cat "$work/$name.err")"
  expect "$work/$name" err "preflight: $work/$file: out of memory while reading and parsing it"
  expect "$work/$name" err 'README "Limits"'
done
echo "huge inputs: all passed"
