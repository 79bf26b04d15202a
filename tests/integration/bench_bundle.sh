#!/usr/bin/env bash
# The benchmark's inputs and plumbing (docs/dev/performance.md, "Benchmark"), not its timings: the bundle generator
# writes the number of lines asked for, the same bytes every time, in Flyway names, and Preflight
# parses all of it; `lex --parse` counts the batches `check` reports; bench.py runs end to end on
# tiny sizes and writes its JSON.
source "$(dirname "$0")/common.sh"
command -v python3 >/dev/null || skip "python3 not installed"

work="$BUILD/bench-test"
rm -rf "$work" && mkdir -p "$work"

python3 tests/bench/make_bundle.py --lines 2000 --out "$work/a" >/dev/null
python3 tests/bench/make_bundle.py --lines 2000 --out "$work/b" >/dev/null
diff -r "$work/a" "$work/b" >/dev/null || fail "two runs with the same arguments differ"

lines=$(cat "$work"/a/*.sql | wc -l)
# ±1% of the request; the generator aims at exactly 2000.
[ "$lines" -ge 1980 ] && [ "$lines" -le 2020 ] || fail "asked for 2000 lines, got $lines"
files=$(find "$work/a" -name '*.sql' | wc -l)
[ "$files" -ge 3 ] || fail "a bundle of 2000 lines should have several scripts, got $files"
bad_names=$(find "$work/a" -name '*.sql' -printf '%f\n' | grep -Evc '^V[0-9]+__[a-z0-9_]+\.sql$' || true)
[ "$bad_names" -eq 0 ] || fail "$bad_names scripts without a Flyway name"

set +e
"$PREFLIGHT" check --no-config --format json "$work/a" >"$work/report.json"
code=$?
set -e
case $code in 0 | 1 | 2) ;; *) fail "check exited $code on the bundle" ;; esac
python3 - "$work/report.json" "$files" <<'EOF' || fail "the JSON report of the bundle (above)"
import json, sys
report = json.load(open(sys.argv[1]))
s = report["summary"]
assert s["files"] == int(sys.argv[2]), s
assert s["unparsed"] == 0, f"{s['unparsed']} unparsed statements"
assert s.get("errors", 0) == 0, s
assert s["statements"] > 400, s  # ordinary migrations: several statements per 20 lines
assert report["order"] == "flyway", report["order"]
print(sum(f["batches"] for f in report["files"]), file=open(sys.argv[1] + ".batches", "w"))
EOF

"$PREFLIGHT" lex --parse "$work/a" >"$work/parse.txt" || fail "lex --parse exited $?"
grep -qx "files $files" "$work/parse.txt" || fail "lex --parse: $(cat "$work/parse.txt")"
grep -qx "unparsed 0" "$work/parse.txt" || fail "lex --parse: $(cat "$work/parse.txt")"
grep -qx "batches $(cat "$work/report.json.batches")" "$work/parse.txt" ||
  fail "lex --parse counts other batches than check: $(cat "$work/parse.txt")"
"$PREFLIGHT" lex "$work/a" >"$work/lex.txt" || fail "lex exited $?"
grep -qx "batches $(cat "$work/report.json.batches")" "$work/lex.txt" ||
  fail "lex counts other batches than check: $(cat "$work/lex.txt")"

python3 tests/bench/make_bundle.py --lines 200 --one-file --out "$work/one" >/dev/null
[ "$(find "$work/one" -name '*.sql' | wc -l)" -eq 1 ] || fail "--one-file wrote several files"
[ "$(cat "$work"/one/*.sql | wc -l)" -eq 200 ] || fail "--one-file: not 200 lines"
"$PREFLIGHT" lex --parse "$work/one" | grep -qx "unparsed 0" || fail "the 200-line script"

if python3 tests/bench/make_bundle.py --lines 10 --out tests/bench/out >/dev/null 2>&1; then
  rm -rf tests/bench/out
  fail "the generator wrote into the source tree"
fi

python3 tests/bench/bench.py --binary "$PREFLIGHT" --corpus tests/e2e/lex_counts/input \
  --work "$work/bench" --lines 1000 --scaling 1000 --repeat 1 --precommit-runs 2 \
  --json "$work/bench.json" >"$work/bench.txt" || fail "bench.py: $(cat "$work/bench.txt")"
python3 - "$work/bench.json" <<'EOF' || fail "bench.py JSON (above)"
import json, sys
r = json.load(open(sys.argv[1]))
corpus, bundle = r["throughput"]
assert corpus["files"] == 3 and corpus["lex"]["batches"] == 4, corpus
assert corpus["parse"]["ll_batches"] == 1, corpus  # c.sql: SLL failed, then LL too
assert bundle["lines"] == 1000 and bundle["check"]["unparsed"] == 0, bundle
# The prediction snapshot's counts reach the JSON; no more runtime predictions than predictions.
p = bundle["parse"]
assert p["predictions"] > 1000 and 0 <= p["runtime_predictions"] <= p["predictions"], p
assert r["precommit"]["runs"] == 2 and r["scaling"][0]["lines"] == 1000, r
EOF
echo "ok: bundle of $lines lines in $files scripts, parsed without unparsed statements"
