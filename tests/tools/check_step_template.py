#!/usr/bin/python3
"""Checks the Octopus step template: it parses, is an Octopus.Script step whose inline body is
examples/octopus/preflight.sh, every variable the Bash and PowerShell bodies read is one of its
parameters (or the extracted path of a package it declares), and neither body has a `#{…}` that
Octopus would substitute before the script runs (a literal one is written `##{…}`)."""
import json
import os
import re
import sys

root = sys.argv[1]
sys.path.insert(0, os.path.join(root, "tests/tools/octopus"))
from octostache import Variables, evaluate  # noqa: E402

d = f"{root}/examples/octopus"
with open(f"{d}/preflight-step-template.json", encoding="utf-8") as f:
    t = json.load(f)
problems = []
if t.get("ActionType") != "Octopus.Script":
    problems.append(f"ActionType is {t.get('ActionType')!r}")
props = t["Properties"]
if props.get("Octopus.Action.Script.ScriptSource") != "Inline":
    problems.append("script source is not Inline")
if props.get("Octopus.Action.Script.Syntax") != "Bash":
    problems.append("syntax is not Bash")
bash = open(f"{d}/preflight.sh", encoding="utf-8").read()
ps1 = open(f"{d}/preflight.ps1", encoding="utf-8").read()
if props.get("Octopus.Action.Script.ScriptBody") != bash:
    problems.append("the template's script body differs from preflight.sh")

params = {p["Name"]: p for p in t["Parameters"]}
for required in ("Preflight.Scripts.Package", "Preflight.Scripts.Path", "Preflight.Tool.Package",
                 "Preflight.Environment", "Preflight.ConfigFile", "Preflight.JournalFile",
                 "Preflight.Journal"):
    if required not in params:
        problems.append(f"no parameter {required}")
packages = {p["Name"] for p in t.get("Packages", [])}
for p in t.get("Packages", []):
    ref = p["Properties"].get("PackageParameterName")
    if params.get(ref, {}).get("DisplaySettings", {}).get("Octopus.ControlType") != "Package":
        problems.append(f"package {p['Name']} refers to {ref!r}, which is not a Package parameter")


def known(name: str) -> bool:
    m = re.fullmatch(r"Octopus\.Action\.Package\[(.+)\]\.ExtractedPath", name)
    return name in params or (m is not None and m.group(1) in packages)


used_bash = re.findall(r'get_octopusvariable "([^"]+)"', bash)
used_ps1 = re.findall(r"Parameter '([^']+)'", ps1)
if not used_bash or not used_ps1:
    problems.append("no variables found in a script body (the patterns are stale)")
for name in used_bash + used_ps1:
    if not known(name):
        problems.append(f"a script reads {name!r}, which the template does not define")
if sorted(set(used_bash)) != sorted(set(used_ps1)):
    problems.append(f"the bodies read different variables: {sorted(set(used_bash))} vs {sorted(set(used_ps1))}")

# Octostache over a body with every variable defined must change only the `##{` escapes.
everything = Variables({name: "SUBSTITUTED" for name in list(params) + [
    "Octopus.Environment.Name", "Octopus.Action[SQL - Preflight Check].Output.Verdict"]})
for name, body in (("preflight.sh", bash), ("preflight.ps1", ps1)):
    if "##{" not in body:
        problems.append(f"{name}: no ##{{ escape found (the check would prove nothing)")
    if evaluate(body, everything) != body.replace("##{", "#{"):
        problems.append(f"{name}: Octopus would substitute a #{{…}} in it; write it ##{{…}}")
for p in problems:
    print(f"FAIL: {p}")
if not problems:
    print(f"template ok: parameters {sorted(params)}, scripts read {sorted(set(used_bash))}")
sys.exit(1 if problems else 0)
