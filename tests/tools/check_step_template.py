#!/usr/bin/python3
"""Checks the Octopus step template: it parses, is an Octopus.Script step whose inline body is
examples/octopus/preflight.sh, and every variable the Bash and PowerShell bodies read is one of
its parameters (or the extracted path of a package it declares)."""
import json
import re
import sys

root = sys.argv[1]
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
for required in ("Preflight.ScriptsPath", "Preflight.Environment", "Preflight.ConfigFile", "Preflight.Package"):
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
used_ps1 = re.findall(r"\$OctopusParameters\['([^']+)'\]", ps1)
if not used_bash or not used_ps1:
    problems.append("no variables found in a script body (the patterns are stale)")
for name in used_bash + used_ps1:
    if not known(name):
        problems.append(f"a script reads {name!r}, which the template does not define")
if sorted(set(used_bash)) != sorted(set(used_ps1)):
    problems.append(f"the bodies read different variables: {sorted(set(used_bash))} vs {sorted(set(used_ps1))}")
for p in problems:
    print(f"FAIL: {p}")
if not problems:
    print(f"template ok: parameters {sorted(params)}, scripts read {sorted(set(used_bash))}")
sys.exit(1 if problems else 0)
