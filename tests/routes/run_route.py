#!/usr/bin/env python3
"""Runs one false-pass route case (tests/routes/<case>/) against the real binary.

    run_route.py PREFLIGHT CASE_DIR

A route is a way a script could reach `pass` although it destroys data or hides what it runs
(issue "Close every route to a false pass"). CASE_DIR holds the scripts, an `args` file (the command
line after the binary, shell words, run with CASE_DIR as the working directory; `--format json` is
required so findings can be read) and an `expect` file, one assertion a line:

    exit N                 the exit code (2 manual-review, 1 fail, 3 usage, 4 input error)
    verdict V              the JSON verdict (pass, manual-review, fail)
    finding PF101          an unsuppressed finding of that rule (id) is in the report
    finding PF101 at 3     ... starting on line 3
    no-finding PF101       no finding of that rule at all, suppressed or not
    stderr TEXT            TEXT appears in standard error
    stdout TEXT            TEXT appears in standard output

Every case must assert its exit code; each assertion that fails is printed.
"""
import json
import shlex
import subprocess
import sys
from pathlib import Path


def main() -> int:
    binary, case_dir = str(Path(sys.argv[1]).resolve()), Path(sys.argv[2])
    args = shlex.split((case_dir / "args").read_text())
    expect = [l.strip() for l in (case_dir / "expect").read_text().splitlines()]
    expect = [l for l in expect if l and not l.startswith("#")]
    if not any(l.startswith("exit ") for l in expect):
        print(f"{case_dir}/expect: no 'exit N' line")
        return 1
    run = subprocess.run([binary, *args], cwd=case_dir, capture_output=True, stdin=subprocess.DEVNULL)
    stdout = run.stdout.decode("utf-8", "replace")
    stderr = run.stderr.decode("utf-8", "replace")
    report = None
    try:
        report = json.loads(stdout)
    except ValueError:
        pass
    findings = []
    if report is not None:
        for f in report.get("files", []):
            findings.extend(f.get("findings", []))

    failures = []
    for line in expect:
        word, _, rest = line.partition(" ")
        if word == "exit":
            if run.returncode != int(rest):
                failures.append(f"exit code {run.returncode}, expected {rest}")
        elif word == "verdict":
            got = report.get("verdict") if report else None
            if got != rest:
                failures.append(f"verdict {got}, expected {rest}")
        elif word == "finding":
            rule, _, where = rest.partition(" at ")
            hits = [f for f in findings if f["rule"] == rule and f.get("suppressed_by") is None]
            if where:
                hits = [f for f in hits if f["line"] == int(where)]
            if not hits:
                failures.append(f"no unsuppressed {rule} finding" + (f" at line {where}" if where else ""))
        elif word == "no-finding":
            if any(f["rule"] == rest for f in findings):
                failures.append(f"unexpected {rest} finding")
        elif word == "stderr":
            if rest not in stderr:
                failures.append(f"stderr lacks {rest!r}")
        elif word == "stdout":
            if rest not in stdout:
                failures.append(f"stdout lacks {rest!r}")
        else:
            failures.append(f"unknown assertion {line!r}")
    if failures:
        print(f"route {case_dir.name}: " + "; ".join(failures))
        print("--- stdout\n" + stdout[:6000] + "\n--- stderr\n" + stderr[:3000])
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
