#!/usr/bin/python3
"""Decodes the Octopus service messages in a step's output and checks them.

    octopus_messages.py LOG WORKDIR KEY=VALUE...

Each KEY=VALUE is an expected output variable (setVariable, base64-decoded). Every createArtifact
must name a file that exists under WORKDIR with the announced length. Prints what it decoded.
"""
import base64
import os
import re
import sys

MESSAGE = re.compile(r"^##octopus\[(\w[\w-]*)((?: \w+='[^']*')*)\]$")
ATTRIBUTE = re.compile(r"(\w+)='([^']*)'")


def decode(value: str) -> str:
    return base64.b64decode(value, validate=True).decode("utf-8")


def main() -> int:
    log_path, workdir, expectations = sys.argv[1], sys.argv[2], sys.argv[3:]
    variables, artifacts, highlighted, problems = {}, [], [], []
    in_highlight = False
    with open(log_path, encoding="utf-8") as f:
        for line in f.read().splitlines():
            m = MESSAGE.match(line)
            if not m:
                if line.startswith("##octopus"):
                    problems.append(f"malformed service message: {line}")
                elif in_highlight:
                    highlighted.append(line)
                continue
            name, attrs = m.group(1), dict(ATTRIBUTE.findall(m.group(2)))
            if name == "setVariable":
                variables[decode(attrs["name"])] = decode(attrs["value"])
            elif name == "createArtifact":
                artifacts.append({k: decode(v) for k, v in attrs.items()})
            elif name == "stdout-highlight":
                in_highlight = True
            elif name == "stdout-default":
                in_highlight = False
    print(f"variables: {variables}")
    print(f"artifacts: {artifacts}")
    print(f"highlighted: {highlighted}")
    for e in expectations:
        key, _, value = e.partition("=")
        if key == "highlighted":
            if not any(value in h for h in highlighted):
                problems.append(f"no highlighted line contains {value!r}")
        elif key == "artifacts":
            names = sorted(a["name"] for a in artifacts)
            if names != sorted(value.split(",")):
                problems.append(f"artifacts {names}, expected {value}")
        elif variables.get(key) != value:
            problems.append(f"{key} = {variables.get(key)!r}, expected {value!r}")
    for a in artifacts:
        path = os.path.join(workdir, a["path"])
        if not os.path.isfile(path):
            problems.append(f"artifact {a['path']} does not exist")
        elif os.path.getsize(path) != int(a["length"]):
            problems.append(f"artifact {a['path']}: length {a['length']}, file has {os.path.getsize(path)}")
    for p in problems:
        print(f"FAIL: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
