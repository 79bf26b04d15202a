#!/usr/bin/python3
"""Checks the DOM Chromium rendered from an HTML report against the JSON report of the same run.

    check_html_dom.py DOM.html REPORT.json

Every finding of the JSON report (suppressed ones too) must be an element with its rule and line,
its message must be in the page's text, and the banner must carry the verdict.
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

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if tag == "header" and a.get("id") == "verdict":
            self.banner = a.get("data-verdict")
        if tag == "div" and "finding" in a.get("class", "").split():
            self.findings.append((a.get("data-rule"), int(a.get("data-line")), a.get("class")))

    def handle_data(self, data):
        self.text.append(data)


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
    for p in problems:
        print(f"{dom_path}: {p}")
    if not problems:
        print(f"{dom_path}: verdict {dom.banner}, {len(expected)} findings, all shown")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
