#!/usr/bin/env python3
"""Runs the annotated fixtures of one rule (tests/rules/PFNNN/) against the real binary.

    run_fixtures.py PREFLIGHT RULE_DIR          one rule's fixtures (the CTest test rule.PFNNN)
    run_fixtures.py --complete SOURCE_DIR       every catalogue entry has a folder with a bad and
                                                a good fixture (the CTest test rule.fixtures)

Each `*.sql` file of RULE_DIR is checked on its own (`check --no-config --format json FILE`, run in
RULE_DIR). Each sub-folder is one deployment (undo scripts, a baseline, several files): it runs
`check --no-config --format json .` in the sub-folder, or the command line in its `args` file
(shell words after the binary, like tests/routes). docs/dev/adding-a-rule.md describes the files.

An expected finding is written on the line where it starts, in a `--` comment at the end:

    DROP TABLE dbo.Orders;  -- expect: PF101

or, where the line cannot take a comment (inside a string literal or a block comment), on a line of
its own right after it, which then names the line above:

    -- expect-above: PF101

Several findings on one line are several `expect:` clauses in the comment. After the rule id, a
clause may pin the finding further (shell words): `at=COLUMN`, `end=LINE:COLUMN` (exclusive, as in
the JSON report), `object=NAME`, `message="exact text"`, `contains="part of the message"`,
`suppressed=inline|waiver|no` (a suppressed finding stays in the report, so it is annotated too).

The comparison goes both ways: every expectation needs its finding, and every finding (of any rule,
suppressed or not) needs its expectation, so a line without an annotation must raise nothing.
A file or sub-folder named `bad*` must expect a finding of the folder's rule; one named `good*` must
not; every rule has at least one of each (rule.fixtures).
"""
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

DEFAULT_ARGS = ["check", "--no-config", "--format", "json"]
ATTRIBUTES = ("at", "end", "object", "message", "contains", "suppressed")
CLAUSE = re.compile(r"expect(-above)?:\s*(PF\d{3})((?:(?!expect(?:-above)?:).)*)")


def expectations(path: Path, problems: list) -> list:
    """(line, rule, {attribute: value}) for every clause of the file."""
    found = []
    last_code_line = 0
    # Only LF ends a line, as in the JSON report (a lone CR is not a line break there).
    lines = path.read_bytes().decode("utf-8").split("\n")
    for number, text in enumerate(lines, start=1):
        own_line = text.lstrip().startswith("-- expect-above:")
        for match in CLAUSE.finditer(text):
            above, rule, rest = match.group(1), match.group(2), match.group(3)
            if above and not own_line:
                problems.append(f"{path}:{number}: expect-above: must be alone on its line")
            attributes = {}
            for word in shlex.split(rest.strip().rstrip("*/").strip()):
                key, sep, value = word.partition("=")
                if not sep or key not in ATTRIBUTES:
                    problems.append(f"{path}:{number}: unknown attribute '{word}'")
                attributes[key] = value
            found.append((last_code_line if above else number, rule, attributes))
        if not own_line:
            last_code_line = number
    return found


def matches(finding: dict, attributes: dict) -> bool:
    if "at" in attributes and str(finding["column"]) != attributes["at"]:
        return False
    end = f'{finding["end_line"]}:{finding["end_column"]}'
    if "end" in attributes and end != attributes["end"]:
        return False
    if "object" in attributes and finding.get("object") != attributes["object"]:
        return False
    if "message" in attributes and finding["message"] != attributes["message"]:
        return False
    if "contains" in attributes and attributes["contains"] not in finding["message"]:
        return False
    if "suppressed" in attributes:
        by = finding.get("suppressed_by")
        if (by["kind"] if by else "no") != attributes["suppressed"]:
            return False
    return True


def run(binary: str, cwd: Path, args: list, problems: list) -> dict:
    """Findings by file path relative to cwd."""
    done = subprocess.run([binary, *args], cwd=cwd, capture_output=True, stdin=subprocess.DEVNULL)
    if done.returncode not in (0, 1, 2):
        stderr = done.stderr.decode(errors="replace")
        problems.append(f"{cwd}: exit code {done.returncode}: {stderr}")
        return {}
    report = json.loads(done.stdout)
    by_file = {}
    for f in report["files"]:
        if f.get("error"):
            problems.append(f"{cwd}/{f['path']}: {f['error']['message']}")
        by_file[os.path.normpath(f["path"])] = f.get("findings", [])
    return by_file


def compare(path: Path, findings: list, rule_dir: Path, problems: list) -> list:
    """Problems go to `problems`; returns the expectations of the folder's own rule."""
    expected = expectations(path, problems)
    unmatched = list(findings)
    for line, rule, attributes in expected:
        hit = next((f for f in unmatched
                    if f["rule"] == rule and f["line"] == line and matches(f, attributes)), None)
        if hit is None:
            near = [f"{f['rule']} {f['line']}:{f['column']} {f['message']!r}" for f in findings
                    if f["rule"] == rule]
            problems.append(f"{path}:{line}: expected {rule} {attributes or ''} not reported"
                            + (f" (reported: {'; '.join(near)})" if near else ""))
        else:
            unmatched.remove(hit)
    for f in unmatched:
        problems.append(f"{path}:{f['line']}: unexpected {f['rule']} at column {f['column']}: "
                        f"{f['message']}")
    return [e for e in expected if e[1] == rule_dir.name]


def compare_missing(folder: Path, by_file: dict, scripts: set, rule: str, problems: list) -> list:
    """Findings on report entries that are no file of the folder (an applied script the scope
    says is missing, docs/deployments.md "Deployment scope"), against the folder's `missing` file:
    one `PATH RULE` per line, the finding on line 1 of PATH."""
    listed = folder / "missing"
    expected = []
    if listed.exists():
        for number, line in enumerate(listed.read_text().splitlines(), 1):
            if not line.strip():
                continue
            parts = line.split()
            if len(parts) != 2:
                problems.append(f"{listed}:{number}: expected 'PATH RULE'")
                continue
            expected.append((os.path.normpath(parts[0]), parts[1]))
    own = []
    for path, findings in by_file.items():
        if path in scripts:
            continue
        unmatched = list(findings)
        for want_path, want_rule in expected:
            if want_path != path:
                continue
            hit = next((f for f in unmatched if f["rule"] == want_rule and f["line"] == 1), None)
            if hit is None:
                problems.append(f"{listed}: expected {want_rule} on {path} not reported")
            else:
                unmatched.remove(hit)
                if want_rule == rule:
                    own.append((1, want_rule, {}))
        for f in unmatched:
            problems.append(f"{folder}/{path}:{f['line']}: unexpected {f['rule']}: {f['message']}")
    for want_path, want_rule in expected:
        if want_path not in by_file:
            problems.append(f"{listed}: no report entry {want_path} for {want_rule}")
    return own


def check_kind(fixture: Path, own: list, rule: str, problems: list) -> None:
    if fixture.name.startswith("bad") and not own:
        problems.append(f"{fixture}: a bad fixture must expect a finding of {rule}")
    if fixture.name.startswith("good") and own:
        problems.append(f"{fixture}: a good fixture must not expect {rule}")


def check_rule(binary: str, rule_dir: Path) -> list:
    problems = []
    for entry in sorted(rule_dir.iterdir()):
        if entry.is_file() and entry.suffix == ".sql":
            by_file = run(binary, rule_dir, [*DEFAULT_ARGS, entry.name], problems)
            own = compare(entry, by_file.get(entry.name, []), rule_dir, problems)
            check_kind(entry, own, rule_dir.name, problems)
        elif entry.is_dir():
            args_file = entry / "args"
            args = (shlex.split(args_file.read_text()) if args_file.exists()
                    else [*DEFAULT_ARGS, "."])
            by_file = run(binary, entry, args, problems)
            own = []
            scripts = set()
            for script in sorted(entry.rglob("*.sql")):
                relative = os.path.normpath(script.relative_to(entry))
                scripts.add(relative)
                own += compare(script, by_file.get(relative, []), rule_dir, problems)
            own += compare_missing(entry, by_file, scripts, rule_dir.name, problems)
            check_kind(entry, own, rule_dir.name, problems)
    return problems


def check_complete(source: Path) -> list:
    problems = []
    for yaml in sorted((source / "rules").glob("PF*.yaml")):
        rule = yaml.name[:5]
        folder = source / "tests" / "rules" / rule
        names = [p.name for p in folder.iterdir()] if folder.is_dir() else []
        for kind in ("bad", "good"):
            if not any(n.startswith(kind) for n in names):
                problems.append(f"tests/rules/{rule}/: no {kind}*.sql fixture for {yaml.name}")
    return problems


def main() -> int:
    if sys.argv[1] == "--complete":
        problems = check_complete(Path(sys.argv[2]))
    else:
        problems = check_rule(str(Path(sys.argv[1]).resolve()), Path(sys.argv[2]).resolve())
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
