#!/usr/bin/env bash
# The policy `preflight init` writes is what teams adopt unchanged: it must not weaken a single
# built-in level, in no environment and in each of its environments (issue "Close every route to
# a false pass", point 7). Its `drop: review` once lowered drop-database to review, and a script's
# own `preflight-disable-next-statement PF103` then made a DROP DATABASE pass.
source "$(dirname "$0")/common.sh"
PREFLIGHT=$(realpath "$PREFLIGHT")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
"$PREFLIGHT" init >/dev/null || fail "init failed"
[ -f .preflight.yml ] || fail "init wrote no .preflight.yml"

# What a script author can write against it: every fail rule, each with its own suppression.
mkdir -p migrations
cat >migrations/V7__cleanup.sql <<'SQL'
-- preflight-disable-next-statement PF103 -- the reporting database moved to the warehouse
DROP DATABASE Reporting;
GO
-- preflight-disable-next-statement PF211 -- a report; dirty reads are fine
SELECT COUNT(*) FROM dbo.Orders WITH (NOLOCK);
GO
-- preflight-disable-next-statement PF212 -- same
SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED;
GO
-- preflight-disable-next-statement PF311 -- one-off export
EXEC xp_cmdshell 'dir';
SQL

# The environments the starter file defines, read from `config` output's source of truth: the file.
environments=$(sed -n '/^environments:/,/^[^ #]/p' .preflight.yml | sed -n 's/^  \([A-Za-z][A-Za-z0-9_-]*\):.*/\1/p')
[ -n "$environments" ] || fail "the starter file defines no environment (the test expects some)"

for env in "" $environments; do
  set +e
  "$PREFLIGHT" check --format json ${env:+--environment "$env"} migrations >"check.json" 2>"check.err"
  code=$?
  set -e
  echo "environment '${env:-none}': exit $code"
  [ "$code" = 1 ] || fail "environment '${env:-none}': exit $code, expected 1 (fail); $(head -c 400 check.err)"
  # Each fail rule is an unsuppressed fail finding.
  python3 - "$env" <<'PY' || exit 1
import json, sys
report = json.load(open("check.json"))
found = {f["rule"]: f for file in report["files"] for f in file["findings"]}
bad = [r for r in ("PF103", "PF211", "PF212", "PF311")
       if r not in found or found[r]["level"] != "fail" or found[r]["suppressed_by"] is not None]
if bad or report["verdict"] != "fail":
    print(f"FAIL: environment '{sys.argv[1] or 'none'}': verdict {report['verdict']}; "
          f"not an unsuppressed fail: {bad}")
    sys.exit(1)
PY

  # No rule below its built-in level: `config` against `rules` (the catalogue).
  "$PREFLIGHT" config ${env:+--environment "$env"} >config.yml || fail "config failed"
  "$PREFLIGHT" rules >rules.txt
  python3 - "$env" <<'PY' || exit 1
import re, sys
rank = {"off": 0, "warn": 1, "review": 2, "fail": 3}
builtin = {}
for line in open("rules.txt").read().splitlines()[1:]:
    parts = line.split()
    builtin[parts[0]] = parts[3]
effective = dict(re.findall(r"^  (PF\d+): \{.*?level: (\w+)", open("config.yml").read(), re.M))
if set(effective) != set(builtin):
    print(f"FAIL: config lists {sorted(effective)}, the catalogue {sorted(builtin)}")
    sys.exit(1)
lower = [f"{r}: {effective[r]} < {builtin[r]}" for r in builtin if rank[effective[r]] < rank[builtin[r]]]
if lower:
    print(f"FAIL: environment '{sys.argv[1] or 'none'}' lowers built-in levels: {lower}")
    sys.exit(1)
PY
done
echo "OK"
