#!/usr/bin/python3
"""Runs the Bash body of an Octopus step template the way Calamari runs a script step, and
reports what Octopus would see.

    calamari_bash.py TEMPLATE WORKDIR [--step-name NAME] [--var NAME=VALUE]...
                     [--package REF=ZIP]... [--condition TEMPLATE]

Prints one JSON object: exit code, output variables, artifacts, highlighted lines, the result
message (fail_step), unexpected service messages, and the run condition evaluated for the next
step. Each step mirrors Calamari (OctopusDeploy/Calamari, commit 8635895, 2026-08-21):

1. Packages (StageDependenciesConvention, Features/Packages/ZipPackageExtractor.cs): each zip is
   extracted into its own folder with SharpCompress's WriteToDirectory, which does not apply Unix
   permissions, so nothing extracted is executable; the folder is published as
   `Octopus.Action.Package[REF].ExtractedPath`. A package that is not given is not published.
2. Variables: a template parameter's value is the one the step sets, else its DefaultValue;
   values are Octostache templates themselves (octostache.py).
3. Commands/RunScriptCommand.cs: the raw body is written to `Script.sh` (UTF-8 without BOM) in the
   working directory, then variables are substituted in that file (Octostache).
4. Features/Scripting/Bash/BashScriptBootstrapper.cs: a configuration file (Bootstrap.sh with the
   variables) and a bootstrap `#!/bin/bash`, `source "$(pwd)/Configure….sh"`, `shift`,
   `source "$(pwd)/Script.sh"`, run as `bash Bootstrap….sh KEY` in the working directory.
   Our Configure file defines the helpers the body uses with the behaviour of Bootstrap.sh:
   get_octopusvariable prints the value or "" for an unknown name; fail_step prints
   `##octopus[resultMessage message='…']` when given a message, then exits 1;
   set_octopusvariable and new_octopusartifact print their messages with base64 values, the
   artifact path made absolute with the physical folder (`pwd -P`).
5. Output: Calamari's ServiceMessageParser over standard output (service_messages.py).
   setVariable becomes `Octopus.Action[STEP].Output.NAME`.
"""
import argparse
import base64
import json
import os
import shlex
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from octostache import Variables, evaluate, is_truthy  # noqa: E402
from service_messages import messages_of  # noqa: E402

CONFIGURE = r'''
# Stand-ins for the helpers of Calamari's Bootstrap.sh (see calamari_bash.py).
encode_servicemessagevalue() { echo -n "$1" | base64 -w0; }
get_octopusvariable() {
  case "$(encode_servicemessagevalue "$1")" in
%(cases)s
    *) echo "" ;;
  esac
}
fail_step() {
  if [ -n "${1:-}" ]; then
    echo "##octopus[resultMessage message='$(encode_servicemessagevalue "$1")']"
  fi
  exit 1
}
set_octopusvariable() {
  echo "##octopus[setVariable name='$(encode_servicemessagevalue "$1")' value='$(encode_servicemessagevalue "$2")']"
}
new_octopusartifact() {
  if [ ! -e "$1" ]; then echo "\"$1\" does not exist." >&2; exit 1; fi
  pth=$(cd "$(dirname "$1")"; pwd -P)/$(basename "$1")
  ofn=${2:-$(basename "$pth")}
  len=$(wc -c < "$1")
  echo "##octopus[createArtifact path='$(encode_servicemessagevalue "$pth")' name='$(encode_servicemessagevalue "$ofn")' length='$(encode_servicemessagevalue $len)']"
}
'''


def extract(zip_path: str, folder: str):
    os.makedirs(folder)
    with zipfile.ZipFile(zip_path) as z:
        for info in z.infolist():
            target = os.path.join(folder, info.filename)
            if info.is_dir():
                os.makedirs(target, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with z.open(info) as src, open(target, "wb") as dst:  # mode from the umask: no +x
                dst.write(src.read())
            os.chmod(target, 0o644)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("template")
    ap.add_argument("workdir")
    ap.add_argument("--step-name")
    ap.add_argument("--var", action="append", default=[])
    ap.add_argument("--package", action="append", default=[])
    ap.add_argument("--condition", help="run condition of the next step (Octostache)")
    args = ap.parse_args()
    with open(args.template, encoding="utf-8") as f:
        template = json.load(f)
    step = args.step_name or template["Name"]
    given = dict(v.split("=", 1) for v in args.var)

    values = {}
    for p in template["Parameters"]:
        values[p["Name"]] = given.pop(p["Name"], p.get("DefaultValue") or "")
    values.update(given)  # system variables: Octopus.Environment.Name, …
    work = os.path.abspath(args.workdir)
    os.makedirs(work, exist_ok=True)
    for i, spec in enumerate(args.package):
        ref, zip_path = spec.split("=", 1)
        folder = os.path.join(work, "packages", f"{i}-{ref}")
        extract(zip_path, folder)
        values[f"Octopus.Action.Package[{ref}].ExtractedPath"] = folder
    variables = Variables(values)

    step_dir = os.path.join(work, "step")
    os.makedirs(step_dir)
    body = template["Properties"]["Octopus.Action.Script.ScriptBody"]
    with open(os.path.join(step_dir, "Script.sh"), "w", encoding="utf-8", newline="\n") as f:
        f.write(evaluate(body, variables))
    cases = "\n".join(
        f"    {shlex.quote(base64.b64encode(name.encode()).decode())}) "
        f"printf '%s\\n' {shlex.quote(variables.get(name) or '')} ;;"
        for name in values)
    with open(os.path.join(step_dir, "Configure.sh"), "w", encoding="utf-8") as f:
        f.write(CONFIGURE % {"cases": cases})
    with open(os.path.join(step_dir, "Bootstrap.Script.sh"), "w", encoding="utf-8") as f:
        f.write('#!/bin/bash\nsource "$(pwd)/Configure.sh"\nshift\nsource "$(pwd)/Script.sh"\n')
    run = subprocess.run(["bash", "Bootstrap.Script.sh", "0123456789ABCDEF"], cwd=step_dir,
                         capture_output=True, text=True, env={"PATH": os.environ["PATH"]},
                         timeout=600)

    result = {"exit": run.returncode, "variables": {}, "artifacts": [], "highlighted": [],
              "result_message": None, "other_messages": [], "stdout": run.stdout,
              "stderr": run.stderr}
    highlight = False
    parsed = messages_of(run.stdout)
    for name, attrs in parsed:
        if name == "setVariable":
            result["variables"][attrs["name"]] = attrs.get("value", "")
        elif name == "createArtifact":
            result["artifacts"].append(attrs)
        elif name == "resultMessage":
            result["result_message"] = attrs.get("message")
        elif name not in ("stdout-highlight", "stdout-default", "stdout-warning",
                          "stdout-error", "stdout-verbose"):
            result["other_messages"].append([name, attrs])
    # Highlighted text: lines between a stdout-highlight and the next stdout-default, as written.
    for line in run.stdout.splitlines():
        if line == "##octopus[stdout-highlight]":
            highlight = True
        elif line == "##octopus[stdout-default]":
            highlight = False
        elif highlight:
            result["highlighted"].append(line)
    result["message_count"] = len(parsed)
    if args.condition is not None:
        after = {f"Octopus.Action[{step}].Output.{k}": v for k, v in result["variables"].items()}
        if run.returncode != 0:
            after["Octopus.Deployment.Error"] = result["result_message"] or "step failed"
        evaluated = evaluate(args.condition, Variables(after))
        result["condition"] = {"evaluated": evaluated, "runs": is_truthy(evaluated)}
    json.dump(result, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
