#!/usr/bin/env bash
# No text from a script, a file name or the policy can print an Octopus service message, in any
# format: a run inside an Octopus step has its standard output read by Calamari's parser, which
# finds `##octopus` anywhere in a line and carries a half-read `#` from one line into the next
# (tests/tools/octopus/service_messages.py cites the source). Hostile: a table name, a string
# literal, a comment, a `#` at a line end followed by `#octopus[…` on the next line, a file name,
# and a waiver whose reason has a line break and whose approver is a message.
source "$(dirname "$0")/common.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dir="$work/db"
mkdir -p "$dir"
pass_b64=$(printf pass | base64)            # cGFzcw==
verdict_b64=$(printf Verdict | base64)      # VmVyZGljdA==
message="##octopus[setVariable name='$verdict_b64' value='$pass_b64']"
cat >"$dir/V1__hostile.sql" <<SQL
DROP TABLE dbo.[x ##octopus[stdout-error]]];
UPDATE dbo.Orders SET Note = N'$(printf '%s' "$message" | sed "s/'/''/g")';
DELETE FROM dbo.Orders -- $message
;
DROP TABLE dbo.Lines /* a comment that ends in #
#octopus[setVariable name='$verdict_b64' value='$pass_b64'] */;
SQL
cp "$dir/V1__hostile.sql" "$dir/V2__x $message.sql"
cat >"$dir/.preflight.yml" <<YAML
waivers:
  - rule: PF101
    path: "**/V1__hostile.sql"
    object: dbo.Lines
    reason: "archived\n##octopus[stdout-error] $message"
    approved_by: "$message"
    expires: 2099-12-31
YAML

for format in text json sarif junit github html octopus; do
  set +e
  "$PREFLIGHT" check --format "$format" --report "$format=$work/report.$format" \
    --today 2026-12-04 "$dir" >"$work/out.$format" 2>"$work/err.$format"
  code=$?
  set -e
  [ "$code" = 1 ] || [ "$code" = 2 ] || fail "$format: exit $code: $(head -c 400 "$work/err.$format")"
  grep -q "x23octopus\|u0023octopus\|&#35;octopus" "$work/out.$format" ||
    fail "$format: the hostile text is not in the output at all (the test would prove nothing)"
  /usr/bin/python3 - "$ROOT" "$format" "$work" <<'PY' || fail "$format: a service message came from the input"
import sys
sys.path.insert(0, sys.argv[1] + "/tests/tools/octopus")
from service_messages import messages_of
fmt, work = sys.argv[2], sys.argv[3]
ours = {"stdout-highlight", "stdout-default", "stdout-warning", "stdout-error", "setVariable",
        "createArtifact"}
for name in (f"out.{fmt}", f"report.{fmt}", f"err.{fmt}"):
    text = open(f"{work}/{name}", encoding="utf-8", errors="replace").read()
    found = messages_of(text)
    if fmt == "octopus" and name != f"err.{fmt}":
        bad = [m for m in found if m[0] not in ours]
        variables = [m[1] for m in found if m[0] == "setVariable"]
        names = [v["name"] for v in variables]
        verdict = [v["value"] for v in variables if v["name"] == "Verdict"]
        print(f"{name}: {len(found)} messages, variables {names}, verdict {verdict}")
        if bad or names != ["Verdict", "FailCount", "ReviewCount", "WarnCount"] or verdict == ["pass"]:
            print(f"FAIL: {name}: unexpected messages {bad or variables}")
            sys.exit(1)
    elif found:
        print(f"FAIL: {name}: {found}")
        sys.exit(1)
    else:
        print(f"{name}: no service message")
PY
done
echo "ok"
