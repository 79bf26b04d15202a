#!/usr/bin/env bash
# Hostile input (issue 3, "Bad input"): each case runs the real binary and checks its exit code
# and message. Deep nesting is an input error naming the limit and its flag; everything else parses
# (or fails closed as unparsed) without a crash, within generous time bounds that only a
# super-linear path would break.
source "$(dirname "$0")/common.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# run NAME EXPECTED_EXIT MAX_SECONDS FILE [ARGS...]: stdout/stderr land in $work/NAME.{out,err}.
run() {
  local name=$1 expected=$2 max=$3 file=$4
  shift 4
  local start=$(date +%s%N) code
  set +e
  "$PREFLIGHT" check --no-config "$@" "$file" >"$work/$name.out" 2>"$work/$name.err"
  code=$?
  set -e
  local ms=$((($(date +%s%N) - start) / 1000000))
  echo "$name: exit $code in ${ms} ms"
  [ "$code" = "$expected" ] || fail "$name: exit $code, expected $expected; stderr: $(head -c 300 "$work/$name.err")"
  [ "$ms" -lt $((max * 1000 * TIME_SCALE)) ] || fail "$name: ${ms} ms, more than ${max} s"
}

python3 - "$work" <<'PY'
import sys, os
w = sys.argv[1]
def write(name, text):
    with open(os.path.join(w, name), "w") as f:
        f.write(text)
write("parens.sql", "SELECT " + "(" * 100000 + "1" + ")" * 100000 + ";\n")
write("begins.sql", "BEGIN\n" * 10000 + "SELECT 1;\n" + "END\n" * 10000)
write("ifs.sql", "IF 1 = 1\n" * 10000 + "DROP TABLE dbo.Deep;\n")
write("string.sql", "SELECT '" + "x" * (10 * 1024 * 1024) + "' AS big;\nDROP TABLE dbo.AfterString;\n")
write("longline.sql", "SELECT " + ", ".join("c%d" % i for i in range(200000)) + " FROM dbo.T;\n")
write("go_in_text.sql", "SELECT '\nGO\n' AS s; /*\nGO\n*/ DROP TABLE dbo.AfterGo;\n")
write("unterminated.sql", "DROP TABLE dbo.Before;\nSELECT 'never closed\n")
write("unterminated_comment.sql", "DROP TABLE dbo.Before;\n/* never closed\n")
# 50 MB: 850,000 short DML statements in batches of 100.
with open(os.path.join(w, "big.sql"), "w") as f:
    for b in range(8500):
        for i in range(100):
            f.write("UPDATE dbo.Orders SET Total = Total + 1 WHERE Id = %d;\n" % (b * 100 + i))
        f.write("GO\n")
PY

run parens 4 20 "$work/parens.sql"
grep -q 'nesting deeper than 100 levels (the --max-depth limit) at line 1, column 108' "$work/parens.err" ||
  fail "parens: message: $(cat "$work/parens.err")"
grep -q 'parens.sql' "$work/parens.err" || fail "parens: the file is not named"

run begins 4 20 "$work/begins.sql"
grep -q 'nesting deeper than 100 levels (the --max-depth limit) at line 101, column 1' "$work/begins.err" ||
  fail "begins: message: $(cat "$work/begins.err")"

# Nested IFs recurse in the parser as parentheses do (1,000,000 of them overflowed the stack), so
# they count toward --max-depth; with the limit raised, 10,000 of them parse and the DROP at the
# bottom is still found.
run ifs 4 20 "$work/ifs.sql"
grep -q 'nesting deeper than 100 levels (the --max-depth limit) at line 101, column 1' "$work/ifs.err" ||
  fail "ifs: message: $(cat "$work/ifs.err")"
run ifs_raised 2 30 "$work/ifs.sql" --max-depth 10000
grep -q 'PF101 drop-table: DROP TABLE dbo.Deep' "$work/ifs_raised.out" || fail "ifs: DROP not found"

run string 2 30 "$work/string.sql"
grep -q 'DROP TABLE dbo.AfterString' "$work/string.out" || fail "string: DROP after it not found"

run longline 0 30 "$work/longline.sql"
grep -q '1 file, 1 statement, 0 unparsed' "$work/longline.out" || fail "longline: $(tail -2 "$work/longline.out")"

# GO inside a string or a comment separates nothing: one batch, and the DROP after it is found.
run go_in_text 2 10 "$work/go_in_text.sql" --format json
grep -q '"batches": 1,' "$work/go_in_text.out" || fail "go_in_text: GO in text split the batch"
grep -q '"object": "dbo.AfterGo"' "$work/go_in_text.out" || fail "go_in_text: DROP not found"

# An unterminated string or comment fails closed at its position; the DROP before it still counts.
for f in unterminated unterminated_comment; do
  run $f 2 10 "$work/$f.sql"
  grep -q 'PF001 unparsed-statement' "$work/$f.out" || fail "$f: no unparsed finding"
  grep -q 'PF101 drop-table: DROP TABLE dbo.Before' "$work/$f.out" || fail "$f: DROP before it lost"
done

# 50 MB is parsed batch by batch, and every statement is counted. The whole AST stays in memory
# for the deployment model, so memory grows with the script: the bound here only catches a
# blow-up (issue 8 sets the 300 MB target).
start=$(date +%s%N)
set +e
/usr/bin/time -f '%M' -o "$work/big.rss" "$PREFLIGHT" check --no-config --format json "$work/big.sql" \
  >"$work/big.out" 2>"$work/big.err"
code=$?
set -e
ms=$((($(date +%s%N) - start) / 1000000))
rss_kb=$(tail -1 "$work/big.rss")
echo "big: $(stat -c %s "$work/big.sql") bytes, exit $code in ${ms} ms, peak RSS ${rss_kb} KB"
[ "$code" = 0 ] || fail "big: exit $code: $(head -c 300 "$work/big.err")"
grep -q '"statements": 850000,' "$work/big.out" || fail "big: statement count"
[ "$rss_kb" -lt 2097152 ] || fail "big: peak RSS ${rss_kb} KB over 2 GiB"
[ "$ms" -lt $((240000 * TIME_SCALE)) ] || fail "big: ${ms} ms"
echo "ok"
