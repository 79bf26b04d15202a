#!/usr/bin/env bash
# The Markdown report rendered by a real GitHub-flavoured Markdown renderer: cmark-gfm (Debian
# package cmark-gfm), the C library of GitHub's own renderer family, with the extensions GitHub
# enables (table, strikethrough, autolink, tagfilter). A deployment of several files with
# findings, a waiver, inline suppressions, a secret and hostile names and texts; the HTML must
# show every input character literally and hold no element the input made.
#
# cmark-gfm does not turn `@name` into a mention or `#123` into an issue link: GitHub does that
# after rendering, on text nodes outside pre, code and a elements (html-pipeline, which started at
# GitHub: MentionFilter's IGNORE_PARENTS, and its pattern `@` followed by [a-z0-9]). The test
# asserts what that filter would find: no text node outside code/pre/a with `@` or `#` before a
# letter or digit.
source "$(dirname "$0")/common.sh"
command -v cmark-gfm >/dev/null || skip "no cmark-gfm (Debian package cmark-gfm)"
/usr/bin/python3 -c 'import html.parser' 2>/dev/null || skip "no python3"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
render() { cmark-gfm -e table -e strikethrough -e autolink -e tagfilter "$1"; }

d=$work/deploy
mkdir -p "$d"
hostile='V2__a|b<img src=x onerror=alert(1)>@octo-org *x* [l](http:evil.example).sql'
# A waiver whose approver would ping a team and whose reason holds a pipe, HTML, emphasis and a
# link: all shown in the waivers table's cells as written.
cat >"$work/policy.yml" <<'EOF'
waivers:
  - rule: PF101
    path: "**/V1__*.sql"
    reason: "a | b <script>alert(1)</script> **bold** [x](http://evil.example) www.evil.example #12"
    approved_by: "@octo-org/dba-team <img src=y>"
    expires: 2099-12-31
EOF
printf 'DROP TABLE dbo.Orders;\n' >"$d/V1__drop.sql"
# A name with a pipe, backtick runs (``` and ````) and a mention: in the message and in the code.
printf 'DROP TABLE dbo.[a|b```c````d@octocat];\n-- preflight-disable-next-statement PF122 -- unused\nSELECT 1;\n' \
  >"$d/$hostile"
printf -- '-- preflight-disable-next-statement PF101 -- pipe | and @octocat <b>x</b>\nDROP TABLE dbo.Customers;\n' \
  >"$d/V3__suppressed.sql"
printf "CREATE LOGIN AppLogin WITH PASSWORD = 'Sup3rS3cret!_MARKER';\n" >"$d/V4__login.sql"
printf 'CREATE TABLE dbo.Quiet (Id int NOT NULL);\n' >"$d/V5__quiet.sql"

set +e
"$PREFLIGHT" check --today 2026-11-24 --config "$work/policy.yml" --format markdown "$d" \
  >"$work/report.md" 2>"$work/err"
code=$?
set -e
[ "$code" = 1 ] || [ "$code" = 2 ] || fail "exit $code: $(head -c 500 "$work/err")"
! grep -q 'Sup3rS3cret' "$work/report.md" || fail "the password is in the markdown"
render "$work/report.md" >"$work/report.html"
! grep -q 'Sup3rS3cret' "$work/report.html" || fail "the password is in the HTML"

/usr/bin/python3 - "$work/report.html" "$hostile" <<'PY'
import re, sys
from html.parser import HTMLParser

html_path, hostile = sys.argv[1], sys.argv[2]

class Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.tags, self.texts, self.cells = [], [], [], []
        self.headings, self.pres = [], []
    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self.stack.append(tag)
        if tag in ("td", "h2", "h4", "pre"):
            setattr(self, "buf_" + tag, "")
    def handle_endtag(self, tag):
        if tag in ("td", "h2", "h4", "pre"):
            text = getattr(self, "buf_" + tag)
            {"td": self.cells, "h2": self.headings, "h4": self.headings, "pre": self.pres}[tag].append(text)
        while self.stack and self.stack.pop() != tag:
            pass
    def handle_data(self, data):
        for tag in ("td", "h2", "h4", "pre"):
            if tag in self.stack:
                setattr(self, "buf_" + tag, getattr(self, "buf_" + tag) + data)
        self.texts.append((data, set(self.stack)))

t = Tree()
t.feed(open(html_path, encoding="utf-8").read())

def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)

allowed = {"h2", "h3", "h4", "p", "strong", "code", "pre", "table", "thead", "tbody", "tr", "th",
           "td", "ul", "li", "hr", "a"}
for tag, attrs in t.tags:
    if tag not in allowed:
        fail(f"element <{tag} {attrs}> in the HTML: the input made markup")
    if tag == "a":
        fail(f"a link {attrs} without --markdown-link: autolinked input")
for text, parents in t.texts:
    if parents & {"code", "pre", "a"}:
        continue
    m = re.search(r"[@#][A-Za-z0-9]", text)
    if m:
        fail(f"'{text}' would be a GitHub mention or issue reference")
if not any(h.startswith("Preflight verdict: ") for h in t.headings):
    fail(f"no verdict heading in {t.headings}")
for name in ("V1__drop.sql", hostile, "V3__suppressed.sql", "V4__login.sql"):
    if not any(h.endswith("/" + name) for h in t.headings):
        fail(f"no file heading '{name}' in {t.headings}")
reason = "a | b <script>alert(1)</script> **bold** [x](http://evil.example) www.evil.example #12"
approver = "@octo-org/dba-team <img src=y>"
for want in (reason, approver, "2099-12-31", "pipe | and @octocat <b>x</b>"):
    if want not in t.cells:
        fail(f"no table cell '{want}' in {t.cells}")
# The hostile name in the inline suppressions table: one cell, its pipe and markup literal.
if not any(c.endswith("/" + hostile) for c in t.cells):
    fail(f"no table cell with the file name '{hostile}' in {t.cells}")
code = [p for p in t.pres if "a|b```c````d@octocat" in p]
if not code:
    fail(f"the code with backtick runs is not one code block: {t.pres}")
if not any("'********'" in p for p in t.pres):
    fail("the password is not masked in the code block")
body = open(html_path, encoding="utf-8").read()
if "DROP TABLE dbo.[a|b```c````d@octocat] destroys" not in re.sub(r"<[^>]+>", "", body).replace("&amp;", "&"):
    fail("the message with a pipe, backticks and a mention is not shown literally")
print(f"ok: {len(t.tags)} elements, {len(t.cells)} cells, {len(t.pres)} code blocks")
PY

# A 1 MB line: the code block shows a window of it, not the line.
{ printf 'DROP TABLE dbo.Wide; -- '; head -c 1000000 /dev/zero | tr '\0' 'x'; printf '\n'; } >"$work/wide.sql"
set +e
"$PREFLIGHT" check --no-config --format markdown "$work/wide.sql" >"$work/wide.md" 2>/dev/null
set -e
size=$(wc -c <"$work/wide.md")
[ "$size" -lt 20000 ] || fail "a 1 MB line gave a ${size}-byte report"
render "$work/wide.md" | grep -q '<pre><code class="language-text"> 1 | DROP TABLE dbo.Wide;' ||
  fail "the wide line's code block did not render"
echo "ok"
