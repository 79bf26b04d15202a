#!/usr/bin/python3
"""Checks the DOM Chromium rendered from an HTML report against the JSON report of the same run.

    check_html_dom.py DOM.html REPORT.json

Every finding of the JSON report (suppressed ones too) must be an element with its rule and line
(a card holding several findings of one rule on one statement lists every line in data-lines), its
message must be in the page's text, and the banner must carry the verdict. The page must also say
which tool version judged it, list every file of the report in the deployment order, name the files
judged without findings, show each card's guidance, and each waiver's expiry date. The "What this
deployment changes" table must hold one row per entry of the JSON report's `changes` (up to the
2000 the page shows), in order, each with its object and a link to an element of the page that
holds the change's summary.
"""
import html.parser
import json
import sys


class Dom(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.findings = []  # (rule, line, class)
        self.text = []
        self.banner = None
        self.scripts = 0
        self.ids = {}  # id -> text inside the element (direct and nested)
        self.open_ids = []  # stack of (tag, id or None)
        self.order_paths = []
        self.instead = 0
        self.cards = 0
        self.change_rows = []  # (data-action, href) per row of the changes table

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if tag == "header" and a.get("id") == "verdict":
            self.banner = a.get("data-verdict")
        if tag == "div" and "finding" in a.get("class", "").split():
            self.cards += 1
            lines = a.get("data-lines", a.get("data-line")).split()
            for line in lines:
                self.findings.append((a.get("data-rule"), int(line), a.get("class")))
        if tag == "p" and a.get("class") == "instead":
            self.instead += 1
        if tag == "tr" and "change" in a.get("class", "").split():
            self.change_rows.append([a.get("data-action"), None])
        if tag == "a" and self.change_rows and self.change_rows[-1][1] is None:
            self.change_rows[-1][1] = a.get("href")
        if tag == "tr" and "data-path" in a:
            self.order_paths.append(a["data-path"])
        if tag in ("meta", "br", "img", "input", "link"):
            return  # void elements never close
        self.open_ids.append((tag, a.get("id")))
        if a.get("id"):
            self.ids[a["id"]] = ""

    def handle_endtag(self, tag):
        while self.open_ids:
            t, _ = self.open_ids.pop()
            if t == tag:
                break

    def handle_data(self, data):
        self.text.append(data)
        for _, i in self.open_ids:
            if i:
                self.ids[i] += data


def main() -> int:
    dom_path, report_path = sys.argv[1], sys.argv[2]
    dom = Dom()
    with open(dom_path, encoding="utf-8") as f:
        dom.feed(f.read())
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    text = "".join(dom.text)
    problems = []
    if dom.banner != report["verdict"]:
        problems.append(f"banner verdict {dom.banner!r}, report says {report['verdict']!r}")
    if f"Preflight verdict: {report['verdict']}" not in text:
        problems.append("the verdict is not in the page's text")
    if dom.scripts:
        problems.append(f"{dom.scripts} script element(s)")
    expected = []
    for file in report["files"]:
        for f in file["findings"]:
            level = "suppressed" if f["suppressed_by"] else f["level"]
            expected.append((f["rule"], f["line"], f"finding {level}"))
            if f["message"] not in text:
                problems.append(f"message not shown: {f['message']!r}")
            if f["suppressed_by"] and f["suppressed_by"]["reason"] and f["suppressed_by"]["reason"] not in text:
                problems.append(f"suppression reason not shown: {f['suppressed_by']['reason']!r}")
    if sorted(expected) != sorted(dom.findings):
        problems.append(f"findings in the DOM {sorted(dom.findings)} != report {sorted(expected)}")
    for w in report["policy_warnings"]:
        if w not in text:
            problems.append(f"policy warning not shown: {w!r}")
    if dom.ids.get("version") != report["tool"]["version"]:
        problems.append(f"tool version {dom.ids.get('version')!r}, report says {report['tool']['version']!r}")
    if dom.order_paths != [f["path"] for f in report["files"]]:
        problems.append(f"deployment order {dom.order_paths} != report files")
    clean = [f["path"] for f in report["files"]
             if f["role"] in ("pending", "undo") and "error" not in f
             and not any(not g["suppressed_by"] for g in f["findings"])]
    for path in clean:
        if path not in dom.ids.get("clean-files", ""):
            problems.append(f"file without findings not listed: {path!r}")
    if dom.instead != dom.cards:
        problems.append(f"{dom.cards} finding cards but {dom.instead} with guidance")
    for w in report.get("waivers", []):
        if w["expires"] not in dom.ids.get("waivers", ""):
            problems.append(f"waiver expiry not shown: {w['expires']!r}")
    changes = report.get("changes", [])[:2000]
    if [r[0] for r in dom.change_rows] != [c["action"] for c in changes]:
        problems.append(f"changes table actions {[r[0] for r in dom.change_rows]} != report {[c['action'] for c in changes]}")
    table = dom.ids.get("changes", "")
    for c, (_, href) in zip(changes, dom.change_rows):
        if c["object"] and c["object"] not in table:
            problems.append(f"change object not in the table: {c['object']!r}")
        target = (href or "").lstrip("#")
        if not href or not href.startswith("#") or target not in dom.ids:
            problems.append(f"change link {href!r} leads to no element of the page")
        elif c["summary"] not in dom.ids[target]:
            problems.append(f"change {target}: {c['summary']!r} not where its link leads")
    for p in problems:
        print(f"{dom_path}: {p}")
    if not problems:
        print(f"{dom_path}: verdict {dom.banner}, {len(expected)} findings, all shown")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
