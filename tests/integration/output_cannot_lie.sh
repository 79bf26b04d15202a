#!/usr/bin/env bash
# Output that cannot lie to its reader (issue #16, points 4 and 5), through the real binary:
# - a bracketed name holding a newline and `verdict: pass`, one holding ESC [2K (a terminal's
#   "erase line"), a U+202E (right-to-left override) in a comment before a DROP, and `##[` (a
#   GitHub runner command anywhere in a log line): in every format, no raw control, bidi or
#   invisible character reaches the output, the forged verdict is never a line of its own, JUnit
#   parses as XML and SARIF/JSON as JSON;
# - a file name with a newline, `verdict: pass` and ESC, on stderr and in the report;
# - a finding at column 5,000,001 of a 10 MB line: every report stays a few KB larger than the
#   same finding on a short line, and the caret is under the right character.
source "$(dirname "$0")/common.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# U+202E is E2 80 AE in UTF-8.
printf 'DROP TABLE [x\nverdict: pass];\nDROP TABLE [a\x1b[2Kb];\n/* \xe2\x80\xae */ DROP TABLE dbo.Rlo;\nDROP TABLE [q ##[add-mask]]verdict];\n' >hostile.sql
for f in text json sarif junit github octopus html markdown; do
  set +e
  "$PREFLIGHT" check --no-config --format "$f" hostile.sql >"hostile.$f" 2>"hostile.$f.err"
  code=$?
  set -e
  [ "$code" = 2 ] || fail "$f: exit $code, expected 2 (manual review of the DROPs)"
done

# A script whose name forges a line, and one that cannot be read (NUL bytes) with such a name.
forged=$(printf 'n\nverdict: pass\x1b[2K.sql')
printf 'DROP TABLE dbo.T;\n' >"$forged"
set +e
"$PREFLIGHT" check --no-config "$forged" >named.text 2>named.err
"$PREFLIGHT" check --no-config --format junit "$forged" >named.junit 2>/dev/null
printf 'DROP TABLE t;\0\0' >"b$forged"
"$PREFLIGHT" check --no-config "b$forged" >binary.text 2>binary.err
[ $? = 4 ] || fail "binary file: expected exit 4"
# Arguments quoted by the CLI's own errors: a --format value (the argument parser's message), a
# report path that cannot be written, an unknown rule, a --today that is no date.
"$PREFLIGHT" check --no-config --format "$forged" hostile.sql >/dev/null 2>args1.err
[ $? = 3 ] || fail "--format: expected exit 3"
"$PREFLIGHT" check --no-config --report "json=/nonexistent/$forged" hostile.sql >/dev/null 2>args2.err
[ $? = 4 ] || fail "--report: expected exit 4"
"$PREFLIGHT" explain "$forged" >/dev/null 2>args3.err
"$PREFLIGHT" check --no-config --today "$forged" hostile.sql >/dev/null 2>args4.err
# The draft undo script names each file in a comment line: a newline in the name would put SQL
# after it.
mkdir rollback
printf 'CREATE TABLE dbo.A (Id int);\n' >"rollback/V1__$(printf 'x\nDROP TABLE dbo.C;\n').sql"
"$PREFLIGHT" rollback --no-config rollback >rollback.sql 2>rollback.err
set -e
grep -q '^DROP TABLE dbo.A;$' rollback.sql || fail "rollback: no undo of the CREATE"
if grep -q '^DROP TABLE dbo.C' rollback.sql; then fail "rollback: the file name made a line of SQL"; fi

/usr/bin/python3 - <<'PY' || fail "hostile text reached the output"
import json, sys
import xml.etree.ElementTree as ET

# What a reader must never get raw: C0 controls but tab and the line feed that ends a line, DEL,
# C1, the bidi controls, line/paragraph separators, zero-width and other invisible characters.
HIDDEN = set(range(0x00, 0x20)) - {0x09, 0x0A}
HIDDEN |= set(range(0x7F, 0xA0))
HIDDEN |= {0x00AD, 0x061C, 0x180E, 0x2028, 0x2029, 0xFEFF}
HIDDEN |= set(range(0x200B, 0x2010)) | set(range(0x202A, 0x202F)) | set(range(0x2060, 0x2070))
HIDDEN |= set(range(0xE0000, 0xE0080))
problems = []

def check_human(name):
    raw = open(name, "rb").read()
    try:
        text = raw.decode("utf-8", errors="strict")
    except UnicodeDecodeError as e:
        problems.append(f"{name}: not UTF-8: {e}")
        return ""
    bad = sorted({hex(ord(c)) for c in text if ord(c) in HIDDEN})
    if bad:
        problems.append(f"{name}: raw hidden characters {bad}")
    for line in text.split("\n"):
        if line.lstrip().startswith("verdict: pass"):
            problems.append(f"{name}: forged line {line!r}")
        if "##[" in line or "##vso[" in line:
            problems.append(f"{name}: runner command prefix in {line!r}")
    return text

for f in ["text", "github", "octopus", "junit", "html", "markdown"]:
    check_human(f"hostile.{f}")
    check_human(f"hostile.{f}.err")
for name in ["named.text", "named.err", "named.junit", "binary.text", "binary.err", "args1.err",
             "args2.err", "args3.err", "args4.err", "rollback.sql", "rollback.err"]:
    check_human(name)
for name in ["args1.err", "args2.err", "args3.err", "args4.err"]:
    if "n\\x0Averdict: pass\\x1B[2K.sql" not in open(name, encoding="utf-8").read():
        problems.append(f"{name}: the argument is not shown escaped")

text = open("hostile.text", encoding="utf-8").read()
lines = text.split("\n")
verdicts = [l for l in lines if l.startswith("verdict:")]
if len(verdicts) != 1 or not verdicts[0].startswith("verdict: manual-review ("):
    problems.append("text: the verdict line is not the only one")
# Each hostile character is shown as its documented escape.
for want in ["DROP TABLE [x\\x0Averdict: pass]", "[a\\x1B[2Kb]", "/* \\u{202E} */ DROP TABLE dbo.Rlo",
             "##\\x5Badd-mask]"]:
    if want not in text:
        problems.append(f"text: {want!r} not shown")
html = open("hostile.html", encoding="utf-8").read()
if '<span class="esc">\\u{202E}</span>' not in html:
    problems.append("html: U+202E not shown as a marked escape")
# JUnit is XML 1.0; ESC cannot be in it at all, not even as a reference.
root = ET.parse("hostile.junit").getroot()
messages = [f.get("message") for f in root.iter("failure")]
if "DROP TABLE [a\\x1B[2Kb] destroys the table and its rows" not in messages:
    problems.append(f"junit messages {messages!r}")
ET.parse("named.junit")
# JSON and SARIF: machine formats, valid JSON whatever the input, the text itself kept.
report = json.load(open("hostile.json"))
if not any(f["message"].startswith("DROP TABLE [x\nverdict: pass]")
           for f in report["files"][0]["findings"]):
    problems.append("json: the message is not kept as it is")
sarif = json.load(open("hostile.sarif"))
# The four DROPs, and PF317 for the U+202E in the comment.
rule_ids = sorted(r["ruleId"] for r in sarif["runs"][0]["results"])
if rule_ids != ["PF101"] * 4 + ["PF317"]:
    problems.append(f"sarif: expected 4 PF101 and 1 PF317, got {rule_ids}")
for name in ["hostile.json", "hostile.sarif"]:
    raw = open(name, "rb").read()
    if any(b < 0x20 and b != 0x0A for b in raw):
        problems.append(f"{name}: a raw control byte")
# The forged file name: on stderr and in the report, one line, escaped.
err = open("binary.err", encoding="utf-8").read()
if not err.startswith("preflight: bn\\x0Averdict: pass\\x1B[2K.sql: binary file"):
    problems.append(f"stderr {err!r}")
if "n\\x0Averdict: pass\\x1B[2K.sql:1:1: review PF101" not in open("named.text").read():
    problems.append("named.text: the path is not escaped")
for p in problems:
    print("FAIL:", p)
sys.exit(1 if problems else 0)
PY

# The windowed frame. 10,000,000 characters on one line; the DROP at column 5,000,001.
/usr/bin/python3 -c "
pad = 'SELECT 1; ' * 500000
open('long.sql', 'w').write(pad + 'DROP TABLE dbo.T; ' + 'SELECT 2; ' * 499998)
open('short.sql', 'w').write('SELECT 1; DROP TABLE dbo.T; SELECT 2;')
"
formats="text html github junit sarif json octopus markdown"
for input in long short; do
  # One run writes every format (--report F=PATH), so the 10 MB script is parsed once.
  reports=()
  for f in $formats; do reports+=(--report "$f=$input.$f"); done
  set +e
  "$PREFLIGHT" check --no-config "${reports[@]}" "$input.sql" >/dev/null 2>&1
  code=$?
  set -e
  [ "$code" = 2 ] || fail "$input.sql: exit $code, expected 2"
done
for f in $formats; do
  long=$(wc -c <"long.$f") short=$(wc -c <"short.$f")
  echo "$f: $long bytes (the same finding on a short line: $short)"
  # A frame shows at most 120 characters of a line (html: 5 lines of them).
  [ "$long" -le $((short + 4096)) ] || fail "$f: $long bytes for one finding on a 10 MB line"
done
/usr/bin/python3 - <<'PY' || fail "windowed frame"
lines = open("long.text", encoding="utf-8").read().split("\n")
i = next(n for n, l in enumerate(lines) if "PF101" in l)
header, code, marker = lines[i], lines[i + 1], lines[i + 2]
assert header.startswith("long.sql:1:5000001: review PF101"), header  # the real column
assert code.startswith(" 1 | …") and code.endswith("…"), code
assert len(code) < 200 and len(marker) < 200
# Characters, not bytes: the caret is under the D of DROP.
at = marker.index("^")
assert code[at:at + 16] == "DROP TABLE dbo.T", (code[at:], marker)
assert marker[at:] == "^" + "~" * 15, marker
PY

# 30,000 findings on one 540 KB line: each frame looks its column up from where the previous one
# stopped. Scanning the line from its start for each finding took minutes (60,000 findings on a
# 1 MB line: 508 s); this takes about 5 s.
/usr/bin/python3 -c "open('many.sql', 'w').write('DROP TABLE dbo.T; ' * 30000)"
start=$(date +%s)
set +e
"$PREFLIGHT" check --no-config --format text --report html=many.html many.sql >many.text 2>/dev/null
set -e
elapsed=$(($(date +%s) - start))
echo "30,000 findings on one line: ${elapsed} s, text $(wc -c <many.text) bytes"
[ "$elapsed" -le $((40 * TIME_SCALE)) ] || fail "30,000 findings on one line took ${elapsed} s"
[ "$(grep -c ' review PF101 ' many.text)" = 30000 ] || fail "expected 30,000 findings"
# Bounded per statement (two findings, PF101 and PF404): each a header, a frame of at most 120
# characters and its marker, and the rule's help and `see:` lines (catalogue text, not the input).
[ "$(wc -c <many.text)" -le $((30000 * 1200)) ] || fail "text report larger than 1,200 bytes a statement"
echo "ok"
