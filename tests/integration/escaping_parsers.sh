#!/usr/bin/env bash
# A script whose object name holds markup, quotes, `]]>`, `%`, `:`, `,` and control characters:
# each format's output, read back by a real parser (expat for JUnit, GitHub's unescaping rules,
# JSON for SARIF), gives back the message of the JSON report.
source "$(dirname "$0")/common.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'DROP TABLE [we]]>ird<&"\x27 %%:,\x01\x1f name];\n' >"$work/nasty,1:%.sql"
cd "$work"
for f in json sarif junit github; do
  "$PREFLIGHT" check --no-config --format "$f" "nasty,1:%.sql" >"out.$f" 2>/dev/null || [ $? = 2 ] ||
    fail "$f: unexpected exit code"
done
/usr/bin/python3 - <<'PY' || fail "read-back mismatch"
import json, re, sys
import xml.etree.ElementTree as ET
finding = json.load(open("out.json"))["files"][0]["findings"][0]
message = finding["message"]
assert "\x01" in message and "]]>" in message, message
problems = []
# SARIF: plain JSON strings, nothing lost.
sarif = json.load(open("out.sarif"))["runs"][0]
if sarif["results"][0]["message"]["text"] != message:
    problems.append("sarif message")
if sarif["artifacts"][0]["location"]["uri"] != "nasty%2C1%3A%25.sql":
    problems.append(f"sarif uri {sarif['artifacts'][0]['location']['uri']}")
# JUnit: expat must accept it; control characters (not representable in XML 1.0) become \xNN.
failure = ET.parse("out.junit").getroot().find(".//failure")
visible = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", lambda m: "\\x%02X" % ord(m.group()), message)
if failure.get("message") != visible:
    problems.append(f"junit message {failure.get('message')!r}")
if ET.parse("out.junit").getroot().find(".//testcase").get("name") != "nasty,1:%.sql":
    problems.append("junit test case name")
# GitHub: undo the documented escapes and get the path and the visible message back.
line = open("out.github").read().splitlines()[0]
m = re.fullmatch(r"::warning file=([^,]*),line=1,col=1,endLine=1,endColumn=\d+,title=PF101 drop-table::(.*)", line)
def unescape(s):
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")
if not m:
    problems.append(f"github line {line!r}")
else:
    if unescape(m.group(1)) != "nasty,1:%.sql":
        problems.append(f"github file {m.group(1)!r}")
    # The message is shown as every human format shows it: control characters as \xNN.
    if unescape(m.group(2)) != visible:
        problems.append(f"github message {m.group(2)!r}")
for p in problems:
    print("FAIL:", p)
sys.exit(1 if problems else 0)
PY
echo "ok"
