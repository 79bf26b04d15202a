#!/usr/bin/env bash
# Nesting costs time linear in the input (issue 16, point 7): batches of parentheses nested just
# under --max-depth take a small multiple of the CPU time of as many bytes of ordinary SQL,
# measured here, in the same run, so the bound holds on any machine. Before the fix (the parser's
# prediction read ahead to the end of the run of `(` at every level) the ratio was 19-30. Plain
# parentheses are linear at any depth (checked at 998 levels, under --max-depth 1000); a run of
# `(` that ends at a SELECT still costs more the deeper it is, so the default --max-depth (100) is
# where those stay near 3x ordinary SQL (docs/usage.md, "Limits"), and they are checked at 99 levels.
source "$(dirname "$0")/common.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import sys, os
w = sys.argv[1]
size = 2 * 1024 * 1024
def fill(name, batch):
    with open(os.path.join(w, name), "w") as f:
        written = 0
        while written < size:
            text = batch(written)
            f.write(text)
            written += len(text)
fill("plain.sql", lambda n: "".join(
    "UPDATE dbo.Orders SET Total = Total + 1 WHERE Id = %d;\n" % (n + i) for i in range(100)) + "GO\n")
n = 998  # the SELECT's own level and 998 parentheses: just under --max-depth 1000
fill("parens.sql", lambda _: "SELECT " + "(" * n + "1" + ")" * n + ";\nGO\n")
fill("tables.sql", lambda _: "SELECT 1 FROM " + "(" * n + "dbo.T" + ")" * n + ";\nGO\n")
d = 99  # just under the default --max-depth 100
fill("derived.sql", lambda _: "SELECT 1 FROM " + "(" * d + "SELECT 1 AS a) AS t" + ")" * (d - 1) + ";\nGO\n")
fill("subquery.sql", lambda _: "SELECT " + "(" * d + "SELECT 1" + ") + 1" * d + ";\nGO\n")
with open(os.path.join(w, "deep.sql"), "w") as f:
    f.write("SELECT " + "(" * 40000 + "1" + ")" * 40000 + ";\n")
PY

# cpu NAME FILE [ARGS...]: sets `ms` to the CPU milliseconds (user + system) of a check that must
# pass with every statement parsed.
cpu() {
  local name=$1 file=$2
  shift 2
  set +e
  /usr/bin/time -f '%U %S' -o "$work/$name.time" "$PREFLIGHT" check --no-config "$@" "$file" \
    >"$work/$name.out" 2>"$work/$name.err"
  local code=$?
  set -e
  [ "$code" = 0 ] || fail "$name: exit $code: $(head -c 300 "$work/$name.err")"
  grep -q ' 0 unparsed' "$work/$name.out" || fail "$name: $(tail -2 "$work/$name.out")"
  ms=$(tail -1 "$work/$name.time" | awk '{ printf "%d\n", ($1 + $2) * 1000 + 1 }')
}

factor=8
cpu plain "$work/plain.sql"
plain=$ms
echo "plain: $plain CPU ms"
cpu parens "$work/parens.sql" --max-depth 1000
echo "parens: $ms CPU ms"
[ "$ms" -le $((plain * factor)) ] || fail "parens: ${ms} ms, over ${factor}x plain (${plain} ms)"
cpu tables "$work/tables.sql" --max-depth 1000
echo "tables: $ms CPU ms"
[ "$ms" -le $((plain * factor)) ] || fail "tables: ${ms} ms, over ${factor}x plain (${plain} ms)"
# At the default limit, with no option: measured 3.0x (derived) and 1.9x (subquery) plain.
for shape in derived subquery; do
  cpu $shape "$work/$shape.sql"
  echo "$shape: $ms CPU ms"
  [ "$ms" -le $((plain * factor)) ] || fail "$shape: ${ms} ms, over ${factor}x plain (${plain} ms)"
done
# 80 KB: a fraction of the plain file's bytes; with the cost quadratic it took minutes.
cpu deep "$work/deep.sql" --max-depth 50000
echo "40,000 levels: $ms CPU ms"
[ "$ms" -le $((plain * 4)) ] || fail "40,000 levels: ${ms} ms, over 4x plain (${plain} ms)"
echo "ok"
