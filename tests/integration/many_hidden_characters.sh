#!/usr/bin/env bash
# 100,000 lines with a hidden character in a comment, one in a bracketed name and one in a string
# literal (PF317): the first two are found on every line, at their columns, the third never, in
# time linear in the file (the literals that hold one are sorted once and swept, not searched per
# character).
source "$(dirname "$0")/common.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -c "
import sys
sys.stdout.write('SELECT [a\u200b], N\'\u202e\' AS x; -- \u2066\n' * 100000)" >"$work/hidden.sql"
cd "$work"
# Exit 124 is timeout's: over the bound.
run_case hidden 2 timeout $((60 * TIME_SCALE)) "$PREFLIGHT" check --no-config --format json hidden.sql
python3 - hidden.out <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
found = [f for f in report["files"][0]["findings"] if f["rule"] == "PF317"]
assert len(found) == 200000, len(found)
# `SELECT [a` is 9 characters: U+200B is the 10th; `], N'<U+202E>' AS x; -- ` brings U+2066 to 28.
for n in range(100000):
    a, b = found[2 * n], found[2 * n + 1]
    assert (a["line"], a["column"], b["line"], b["column"]) == (n + 1, 10, n + 1, 28), (a, b)
PY
echo "many_hidden_characters: ok"
