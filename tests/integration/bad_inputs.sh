#!/usr/bin/env bash
# Inputs that cannot be read, decoded or parsed within the limits (issue 8, Robustness 3 and 4):
# each is made here at run time, run through the real binary under `timeout` (a FIFO that blocks
# or a link loop that recurses would hang, not fail), and its exit code and message are checked.
# Then several inputs at once: a failing file never hides the others' findings, and the exit code
# is the most severe outcome (input error 4 over fail 1 over manual-review 2 over pass 0).
source "$(dirname "$0")/common.sh"
PREFLIGHT=$(realpath "$PREFLIGHT")  # the cases run inside $work
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# run NAME EXPECTED_EXIT ARGS...: `check --no-config ARGS` from $work, at most 60 s; stdout and
# stderr land in $work/NAME.{out,err}.
run() {
  local name=$1 expected=$2 code
  shift 2
  set +e
  (cd "$work" && timeout 60 "$PREFLIGHT" check --no-config "$@") >"$work/$name.out" 2>"$work/$name.err"
  code=$?
  set -e
  echo "$name: exit $code: $(head -c 200 "$work/$name.err" | head -1)"
  [ "$code" != 124 ] || fail "$name: still running after 60 s"
  [ "$code" = "$expected" ] || fail "$name: exit $code, expected $expected; stderr: $(head -c 300 "$work/$name.err")"
}

# expect NAME STREAM TEXT: the exact TEXT is in $work/NAME.STREAM (err or out).
expect() {
  grep -qF -- "$3" "$work/$1.$2" || fail "$1: '$3' not in $2: $(head -c 500 "$work/$1.$2")"
}

cd "$work"
python3 - <<'PY'
import random
def write(name, data):
    with open(name, "wb") as f:
        f.write(data)
# A fixed seed: the same "random" megabyte every run, so the first NUL is always at the same place.
rng = random.Random(8)
noise = bytes(rng.getrandbits(8) for _ in range(1 << 20))
assert noise[:2] not in (b"\xff\xfe", b"\xfe\xff") and noise[:3] != b"\xef\xbb\xbf"
write("random.sql", noise)
write("invalid_utf8.sql", b"SELECT 1;\n\xff\n")
write("overlong2.sql", b"SELECT '\xc0\xaf';\n")           # '/' in two bytes
write("overlong3.sql", b"SELECT '\xe0\x80\xaf';\n")       # '/' in three bytes
write("utf8_surrogate.sql", b"SELECT '\xed\xa0\x80';\n")  # U+D800 encoded as UTF-8
write("nul.sql", b"DROP TABLE dbo.A;\nSELECT 1;\x00\n")
le = lambda s: s.encode("utf-16-le")
be = lambda s: s.encode("utf-16-be")
write("lone_high_le.sql", b"\xff\xfe" + le("SELECT '") + b"\x00\xd8" + le("';\n"))
write("lone_low_be.sql", b"\xfe\xff" + be("SELECT '") + b"\xdc\x00" + be("';\n"))
write("high_at_end_be.sql", b"\xfe\xff" + be("SELECT 1; --") + b"\xd8\x00")
write("nul_utf16le.sql", b"\xff\xfe" + le("SELECT 1;") + b"\x00\x00" + le("\n"))
write("small.sql", b"-- " + b"x" * 1997)  # 2,000 bytes
# 3,000 tokens in one batch; 3 per batch once GO splits them (checked below).
write("tokens.sql", b"SELECT 1;\n" * 1000)
write("tokens_go.sql", b"SELECT 1;\nGO\n" * 1000)
write("ifs.sql", b"IF 1 = 1\n" * 10000 + b"DROP TABLE dbo.Deep;\n")
write("whiles.sql", b"WHILE 1 = 1\n" * 100000 + b"BREAK;\n")
write("else_if.sql", b"IF @a = 0 PRINT 0\n" + b"".join(b"ELSE IF @a = %d PRINT %d\n" % (i, i) for i in range(1, 2000)))
write("parens.sql", b"SELECT " + b"(" * 100000 + b"1" + b")" * 100000 + b";\n")
PY

# --- decoding: every undecodable file is exit 4, its name and the first bad byte's offset.
run random 4 random.sql
expect random err "preflight: random.sql: binary file: NUL byte at byte offset "
run invalid_utf8 4 invalid_utf8.sql
expect invalid_utf8 err "preflight: invalid_utf8.sql: invalid UTF-8 at line 2, column 1 (if the file is Windows-1252, as SSMS saves \"ANSI\" files, convert it: \`iconv -f WINDOWS-1252 -t UTF-8 invalid_utf8.sql > converted.sql\`): byte 0xFF at byte offset 10"
run overlong2 4 overlong2.sql
expect overlong2 err "preflight: overlong2.sql: invalid UTF-8 at line 1, column 9 (if the file is Windows-1252, as SSMS saves \"ANSI\" files, convert it: \`iconv -f WINDOWS-1252 -t UTF-8 overlong2.sql > converted.sql\`): byte 0xC0 at byte offset 8"
run overlong3 4 overlong3.sql
expect overlong3 err "preflight: overlong3.sql: invalid UTF-8 at line 1, column 9 (if the file is Windows-1252, as SSMS saves \"ANSI\" files, convert it: \`iconv -f WINDOWS-1252 -t UTF-8 overlong3.sql > converted.sql\`): byte 0xE0 at byte offset 8"
run utf8_surrogate 4 utf8_surrogate.sql
expect utf8_surrogate err "preflight: utf8_surrogate.sql: invalid UTF-8 at line 1, column 9 (if the file is Windows-1252, as SSMS saves \"ANSI\" files, convert it: \`iconv -f WINDOWS-1252 -t UTF-8 utf8_surrogate.sql > converted.sql\`): byte 0xED at byte offset 8"
# NUL is never T-SQL text: a UTF-8 file with one is binary (an input error), not a script.
run nul 4 nul.sql
expect nul err "preflight: nul.sql: binary file: NUL byte at byte offset 27"
# BOM (2) + 8 code units of `SELECT '` (16) = byte 18.
run lone_high_le 4 lone_high_le.sql
expect lone_high_le err "lone_high_le.sql: invalid UTF-16: high surrogate without a low surrogate at byte offset 18"
run lone_low_be 4 lone_low_be.sql
expect lone_low_be err "lone_low_be.sql: invalid UTF-16: low surrogate without a high surrogate at byte offset 18"
run high_at_end_be 4 high_at_end_be.sql
expect high_at_end_be err "high_at_end_be.sql: invalid UTF-16: high surrogate without a low surrogate at byte offset 26"
run nul_utf16le 4 nul_utf16le.sql
expect nul_utf16le err "nul_utf16le.sql: binary file: NUL character at byte offset 20"

# --- paths that are not readable files. CI runs as root, where chmod 000 stops nothing: these
# fail for root too.
mkdir dir.sql
run dir_named 4 dir.sql
expect dir_named err "preflight: dir.sql: folder has no .sql files"
# A dangling link takes the same path as a file deleted between listing and reading (the name was
# listed, the file is not there when opened): a deletion at that instant cannot be timed here.
ln -s gone.sql dangling.sql
run dangling 4 dangling.sql
expect dangling err "preflight: dangling.sql: no such file: a symbolic link to a file that does not exist"
ln -s loop_b.sql loop_a.sql
ln -s loop_a.sql loop_b.sql
run link_loop 4 loop_a.sql
expect link_loop err "preflight: loop_a.sql: cannot open: a loop of symbolic links"
mkfifo fifo.sql
run fifo 4 fifo.sql
expect fifo err "preflight: fifo.sql: is a FIFO (named pipe), not a regular file; not read"
run dev_zero 4 /dev/zero
expect dev_zero err "preflight: /dev/zero: is a character device, not a regular file; not read"
run dev_null 4 /dev/null
expect dev_null err "preflight: /dev/null: is a character device, not a regular file; not read"
# A regular file whose read fails, even for root: /proc/self/mem at offset 0 is unmapped memory.
if [ -r /proc/self/mem ]; then
  run proc_mem 4 /proc/self/mem
  expect proc_mem err "preflight: /proc/self/mem: cannot read: Input/output error"
fi
run missing 4 missing.sql
expect missing err "preflight: missing.sql: no such file"

# A real deletion between listing and reading: the folder's first script takes seconds to parse
# (600,000 statements: about 4 s in a release build),
# and files listed after it are deleted meanwhile. Only the timing is left to chance (the delete
# must come after the listing, which takes milliseconds): a run where it came first has fewer
# files and no errors, and is tried again.
# Files are read in order only on one worker: with more --jobs the others would be read while
# the first one parses, before the delete.
jobs=(--jobs 1)
mkdir race
python3 -c 'open("race/a_slow.sql", "w").write("SELECT 1;\n" * 600000)'
deleted_seen=0
for attempt in 1 2 3; do
  for i in $(seq 1 40); do echo "DROP TABLE dbo.T$i;" >race/b$i.sql; done
  set +e
  (timeout 120 "$PREFLIGHT" check --no-config "${jobs[@]}" --format json race >race.out 2>race.err) &
  pid=$!
  sleep 1
  rm race/b1*.sql  # b1 and b10..b19: 11 files
  wait $pid
  code=$?
  set -e
  python3 - <<'PY2' || fail "race: report: $(head -c 300 race.err)"
import json, sys
r = json.load(open("race.out"))
errors = [f for f in r["files"] if f.get("error")]
for f in errors:
    assert f["error"]["message"] == "no such file", f
assert len(r["files"]) == 30 + len(errors), len(r["files"])  # listed ones are reported
assert r["summary"]["review"] == 29, r["summary"]  # every file still there has its DROP
open("race.errors", "w").write(str(len(errors)))
PY2
  echo "race attempt $attempt: exit $code, $(cat race.errors) deleted after listing"
  if [ "$(cat race.errors)" = 11 ]; then
    [ "$code" = 4 ] || fail "race: exit $code with deleted files"
    grep -qF "preflight: race/b1.sql: no such file" race.err || fail "race: $(head -c 300 race.err)"
    deleted_seen=1
    break
  fi
done
[ "$deleted_seen" = 1 ] || fail "race: the files were never deleted between listing and reading"

# --- folders: a loop of folder links ends (links to folders are not followed), and a `.sql`
# entry that is not a regular file is listed as an error instead of being skipped.
mkdir -p loop/sub
ln -s .. loop/sub/up
ln -s ../.. loop/sub/up2.sql
echo 'DROP TABLE dbo.InLoop;' >loop/a.sql
run folder_link_loop 2 loop
expect folder_link_loop out "loop/a.sql:1:1: review PF101 drop-table: DROP TABLE dbo.InLoop"
expect folder_link_loop out "1 file, 1 statement"
mkdir odd
echo 'DROP TABLE dbo.Beside;' >odd/a.sql
mkfifo odd/b_fifo.sql
ln -s nowhere.sql odd/c_dangling.sql
run folder_odd_entries 4 odd
expect folder_odd_entries out "odd/a.sql:1:1: review PF101 drop-table: DROP TABLE dbo.Beside"
expect folder_odd_entries err "preflight: odd/b_fifo.sql: is a FIFO (named pipe), not a regular file; not read"
expect folder_odd_entries err "preflight: odd/c_dangling.sql: no such file: a symbolic link to a file that does not exist"
expect folder_odd_entries out "3 files, 1 statement, 0 unparsed: 0 fail, 1 review, 0 warn, 0 suppressed, 2 input errors"

# --- limits: exit 4, the file, the limit's value and the flag that raises it.
# Sparse: 300 MiB of size, no disk; refused by its size before anything is read.
truncate -s 300M huge.sql
run file_size 4 huge.sql
expect file_size err "preflight: huge.sql: file is 300 MiB (314572800 bytes), over the --max-file-bytes limit of 256 MiB (268435456 bytes)"
run file_size_flag 4 --max-file-bytes 1000 small.sql
expect file_size_flag err "preflight: small.sql: file is 2.0 KiB (2000 bytes), over the --max-file-bytes limit of 1000 bytes"
run file_size_raised 0 --max-file-bytes 2000 small.sql
# `SELECT 1;` is 3 tokens: 1,000 of them are 3,000 in one batch; split by GO, 3 per batch.
run tokens 4 --max-tokens 2999 tokens.sql
expect tokens err "preflight: tokens.sql: more than 2999 tokens (the --max-tokens limit) in the batch at line 1"
run tokens_exact 0 --max-tokens 3000 tokens.sql
run tokens_split 0 --max-tokens 3 tokens_go.sql
run parens 4 parens.sql
expect parens err "preflight: parens.sql: nesting deeper than 100 levels (the --max-depth limit) at line 1, column 108"
# IF and WHILE nest the statement they govern, and ELSE IF chains nest too: they count.
run ifs 4 ifs.sql
expect ifs err "preflight: ifs.sql: nesting deeper than 100 levels (the --max-depth limit) at line 101, column 1"
run ifs_raised 2 --max-depth 10001 ifs.sql
expect ifs_raised out "PF101 drop-table: DROP TABLE dbo.Deep"
run whiles 4 whiles.sql
expect whiles err "preflight: whiles.sql: nesting deeper than 100 levels (the --max-depth limit) at line 101, column 1"
run else_if 4 else_if.sql
expect else_if err "preflight: else_if.sql: nesting deeper than 100 levels (the --max-depth limit) at line 101, column 6"
run else_if_raised 0 --max-depth 2000 else_if.sql
for flag in --max-file-bytes --max-depth --max-tokens; do
  run "zero$flag" 3 "$flag" 0 small.sql
  expect "zero$flag" err "$flag: expected a whole number of at least 1, got '0'"
done

# --- several inputs: the failing one is listed, the others' findings are reported, and the
# exit code is the most severe outcome.
mkdir multi
echo 'DROP TABLE dbo.A;' >multi/a.sql                             # review
printf 'SELECT 1;\0\n' >multi/b.sql                                # input error
echo 'SELECT * FROM dbo.T WITH (NOLOCK);' >multi/c.sql            # fail
run multi_text 4 multi
expect multi_text out "multi/a.sql:1:1: review PF101 drop-table: DROP TABLE dbo.A"
# The error is printed once, on stderr (below), not repeated in the report on stdout.
grep -q "multi/b.sql: error:" "$work/multi_text.out" && fail "multi_text: the input error is on stdout too"
expect multi_text out "multi/c.sql:1:27: fail PF211 nolock-hint"
expect multi_text out "3 files, 2 statements, 0 unparsed: 1 fail, 1 review, 0 warn, 0 suppressed, 1 input error"
expect multi_text err "preflight: multi/b.sql: binary file: NUL byte at byte offset 9"
run multi_json 4 --format json multi
python3 - "$work/multi_json.out" <<'PY' || fail "multi_json: report"
import json, sys
r = json.load(open(sys.argv[1]))
files = {f["path"]: f for f in r["files"]}
assert r["verdict"] == "fail", r["verdict"]
assert files["multi/b.sql"]["error"] == {"message": "binary file: NUL byte", "byte_offset": 9}
assert [f["rule"] for f in files["multi/a.sql"]["findings"]] == ["PF101"]
assert [f["rule"] for f in files["multi/c.sql"]["findings"]] == ["PF211"]
s = r["summary"]
assert (s["files"], s["errors"], s["fail"], s["review"]) == (3, 1, 1, 1), s
PY
run multi_review_exit_0 4 --review-exit-code 0 multi/a.sql multi/b.sql
run fail_over_review 1 multi/a.sql multi/c.sql
run review_only 2 multi/a.sql
run review_mapped 0 --review-exit-code 0 multi/a.sql
run error_with_pass 4 small.sql missing.sql

# --- a --baseline file that cannot be read: the deployment is still checked (without the
# baseline) and reported, the baseline file is listed, and the exit code is 4.
echo 'CREATE TABLE dbo.A (Id int);' >schema.sql
run baseline_bad 4 --baseline schema.sql --baseline nul.sql multi/a.sql
expect baseline_bad out "multi/a.sql:1:1: review PF101 drop-table: DROP TABLE dbo.A"
grep -q "nul.sql: error:" "$work/baseline_bad.out" && fail "baseline_bad: the input error is on stdout too"
expect baseline_bad out "warning: checked without --baseline: 1 of its files could not be read or parsed"
expect baseline_bad err "preflight: nul.sql: --baseline file: binary file: NUL byte at byte offset 27"
run baseline_missing_json 4 --format json --baseline no_such_schema.sql multi/a.sql
python3 - "$work/baseline_missing_json.out" <<'PY' || fail "baseline_missing_json: report"
import json, sys
r = json.load(open(sys.argv[1]))
files = {f["path"]: f for f in r["files"]}
assert files["no_such_schema.sql"]["error"]["message"] == "--baseline file: no such file"
assert [f["rule"] for f in files["multi/a.sql"]["findings"]] == ["PF101"]
assert r["summary"]["errors"] == 1 and r["verdict"] == "fail", r["summary"]
PY
echo "ok"
