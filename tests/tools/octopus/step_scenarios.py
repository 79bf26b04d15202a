#!/usr/bin/python3
"""The Octopus step template, run as Calamari runs it (calamari_bash.py), in the situations a
real deployment meets. Used by tests/integration/octopus_step.sh.

    step_scenarios.py REPO_ROOT PREFLIGHT WORKDIR
"""
import json
import os
import re
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from octostache import Variables, evaluate, is_truthy  # noqa: E402

ROOT, PREFLIGHT, WORK = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
TEMPLATE = f"{ROOT}/examples/octopus/preflight-step-template.json"
HARNESS = f"{ROOT}/tests/tools/octopus/calamari_bash.py"
problems = []


def check(ok: bool, what: str):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        problems.append(what)


def documented_condition() -> str:
    """The run condition examples/octopus/README.md tells people to paste, exactly."""
    readme = open(f"{ROOT}/examples/octopus/README.md", encoding="utf-8").read()
    found = re.findall(r"^(#\{unless Octopus\.Deployment\.Error\}.*)$", readme, re.M)
    check(len(found) == 1, "README documents one run condition")
    return found[0] if found else ""


def make_zip(path: str, files: dict):
    with zipfile.ZipFile(path, "w") as z:
        for name, data in files.items():
            if isinstance(data, str) and os.path.isfile(data):
                z.write(data, name)  # the executable: zip keeps no +x that Calamari applies
            else:
                z.writestr(name, data)


def folder_files(folder: str) -> dict:
    files = {}
    for d, _, names in os.walk(folder):
        for n in names:
            p = os.path.join(d, n)
            files[os.path.relpath(p, folder)] = open(p, "rb").read()
    return files


def run(name: str, variables: dict, packages: dict, condition: str):
    args = [sys.executable, HARNESS, TEMPLATE, f"{WORK}/{name}", "--condition", condition]
    for k, v in variables.items():
        args += ["--var", f"{k}={v}"]
    for ref, z in packages.items():
        args += ["--package", f"{ref}={z}"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    result = json.loads(out)
    print(f"--- {name}: exit {result['exit']}, variables {result['variables']}, "
          f"result message {result['result_message']!r}, condition {result.get('condition')}")
    if result["stderr"]:
        print("stderr: " + result["stderr"][:800])
    return result


def artifacts_ok(name: str, result: dict, expected: list):
    names = sorted(a["name"] for a in result["artifacts"])
    check(names == sorted(expected), f"{name}: artifacts {names}")
    for a in result["artifacts"]:
        path = a["path"]
        check(os.path.isabs(path), f"{name}: artifact path {path} is absolute")
        check(os.path.isfile(path) and os.path.getsize(path) == int(a["length"]),
              f"{name}: artifact {path} exists with the announced length")


def main() -> int:
    os.makedirs(WORK, exist_ok=True)
    condition = documented_condition()
    template = json.load(open(TEMPLATE, encoding="utf-8"))
    check(condition in template["Description"], "the template's description gives the same condition")
    check(f"Octopus.Action[{template['Name']}]" in condition,
          "the condition names the step by the template's name (a new step's default name)")

    tool = f"{WORK}/Preflight.zip"
    make_zip(tool, {"preflight": PREFLIGHT})
    examples = f"{WORK}/Database.1.0.0.zip"
    make_zip(examples, folder_files(f"{ROOT}/examples"))
    clean = f"{WORK}/Clean.1.0.0.zip"
    make_zip(clean, {"V001__create.sql": "CREATE TABLE dbo.Orders (Id int NOT NULL PRIMARY KEY);\n"})
    both = {"Preflight.Scripts.Package": examples, "Preflight.Tool.Package": tool}

    # An environment the policy does not define (every new one): the top-level policy, a warning,
    # and the DROP of the examples is review. The step succeeds; the condition runs the review.
    r = run("undefined-environment", {"Octopus.Environment.Name": "Staging",
                                      "Preflight.Scripts.Path": "migrations"}, both, condition)
    check(r["exit"] == 0, "undefined environment: the step succeeds")
    check(r["variables"].get("Verdict") == "manual-review", "undefined environment: manual-review")
    check(r["variables"].get("ReviewCount") == "1", "undefined environment: ReviewCount 1")
    check(any("PF101 drop-table" in h for h in r["highlighted"]), "the DROP is highlighted")
    check("'Staging' is not defined" in r["stdout"], "the log says the environment is not defined")
    check(r["condition"]["runs"], "manual-review: the Manual Intervention step runs")
    artifacts_ok("undefined-environment", r, ["preflight-report.html", "preflight.sarif"])
    check(not r["other_messages"], "no service message but ours")

    # Production, defined in examples/.preflight.yml, makes the DROP a fail.
    r = run("production", {"Octopus.Environment.Name": "Production"}, both, condition)
    check(r["exit"] == 1, "fail: the step fails")
    check(r["variables"].get("Verdict") == "fail", "fail: Verdict fail")
    check("verdict fail" in (r["result_message"] or ""), "fail: the step says why (fail_step)")
    check(not r["condition"]["runs"], "fail: the Manual Intervention step does not run")

    # No policy file at all, empty scripts path (the whole package), a clean script: pass.
    r = run("no-policy", {"Octopus.Environment.Name": "Production"},
            {"Preflight.Scripts.Package": clean, "Preflight.Tool.Package": tool}, condition)
    check(r["exit"] == 0 and r["variables"].get("Verdict") == "pass", "no policy: pass")
    check("no policy file was found" in r["stdout"], "no policy: the log says the defaults apply")
    check(r["condition"]["evaluated"] == "" and not r["condition"]["runs"],
          "pass: the Manual Intervention step does not run")

    # The condition as the old README wrote it is truthy for every verdict: the reason for #{if}.
    naive = evaluate('#{Octopus.Action[Preflight].Output.Verdict} == "manual-review"',
                     Variables({"Octopus.Action[Preflight].Output.Verdict": "pass"}))
    check(is_truthy(naive), "the naive condition is true even for pass (as Octostache evaluates it)")

    # A journal given as text (an earlier step's output variable): V001-V003 ran, V004 pending.
    journal = "V001__create_customers.sql\nV002__create_orders.sql\nV003__import_legacy_orders.sql"
    listed = sorted(n for n in folder_files(f"{ROOT}/examples/migrations"))
    check(all(n.split("\n")[0] in listed for n in journal.split("\n")), f"journal names exist: {listed}")
    r = run("journal-text", {"Octopus.Environment.Name": "Staging", "Preflight.Scripts.Path": "migrations",
                             "Preflight.Journal": journal}, both, condition)
    check(r["exit"] == 0, "journal text: the step succeeds")
    check("1 pending" in r["stdout"] and "3 history" in r["stdout"],
          "journal text: one pending file, three history")
    r = run("journal-file-missing", {"Preflight.JournalFile": "no-such-journal.txt"}, both, condition)
    check(r["exit"] == 1 and "journal file" in (r["result_message"] or ""),
          "a missing journal file fails the step with a message")
    r = run("journal-both", {"Preflight.JournalFile": "x", "Preflight.Journal": "y"}, both, condition)
    check(r["exit"] == 1 and "not both" in (r["result_message"] or ""), "both journal inputs: a message")

    # Inputs that are not there: clear messages from fail_step, no verdict, nothing runs after.
    for name, variables, packages, says in [
        ("no-scripts-package", {}, {"Preflight.Tool.Package": tool}, "scripts package was not extracted"),
        ("no-tool-package", {}, {"Preflight.Scripts.Package": examples}, "Preflight package was not extracted"),
        ("empty-tool-package", {}, {"Preflight.Scripts.Package": examples,
                                    "Preflight.Tool.Package": clean}, "no 'preflight' executable"),
        ("scripts-path-missing", {"Preflight.Scripts.Path": "nope"}, both, "is not in the scripts package"),
        ("policy-missing", {"Preflight.ConfigFile": "missing.yml"}, both, "policy file"),
    ]:
        r = run(name, variables, packages, condition)
        check(r["exit"] == 1, f"{name}: the step fails")
        check(says in (r["result_message"] or ""), f"{name}: the message says {says!r}")
        check("Verdict" not in r["variables"] and not r["condition"]["runs"],
              f"{name}: no verdict, no Manual Intervention")
    for p in problems:
        print(f"FAIL: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
