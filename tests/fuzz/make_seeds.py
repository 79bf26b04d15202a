#!/usr/bin/env python3
"""Writes the fuzzer's seed corpus into a folder (never committed; see docs/dev/fuzzing.md).

    make_seeds.py REPO_ROOT OUT_DIR

Seeds: every input script under tests/ and examples/ (the .sql files, and the e2e cases' other
input files such as the binary and UTF-16 ones); each e2e case with a .preflight.yml as one
multi-section input (its scripts, then the policy: the section markers of pipeline.h); and the
`sql:` of every catalogue example in rules/*.yaml, with its `undo:` as an undo section (the «»
range markers are removed, as the catalogue test does); and the reproducers of
tests/fuzz/regressions, which include the `--@file` inputs that exercise `:r`.
"""
import hashlib
import os
import sys

import yaml

# Larger files (the hostile-input tests make theirs at run time) only slow every mutation down.
MAX_SEED_BYTES = 256 * 1024


def main():
    root, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    seeds = []

    for top in ("tests", "examples"):
        for folder, dirs, files in os.walk(os.path.join(root, top)):
            dirs[:] = sorted(d for d in dirs if d not in ("node_modules", "expected", "actual"))
            in_e2e_case = os.path.dirname(folder) == os.path.join(root, "tests", "e2e")
            for name in sorted(files):
                path = os.path.join(folder, name)
                if name.endswith(".sql") or (in_e2e_case and name not in ("args", ".preflight.yml")):
                    with open(path, "rb") as f:
                        seeds.append(f.read())
            config = os.path.join(folder, ".preflight.yml")
            if in_e2e_case and os.path.isfile(config):
                scripts = []
                for sub, _, names in sorted(os.walk(folder)):
                    for name in sorted(names):
                        if name.endswith(".sql") and "/expected" not in sub:
                            with open(os.path.join(sub, name), "rb") as f:
                                scripts.append(f.read())
                with open(config, "rb") as f:
                    policy = f.read()
                seeds.append(b"\n--@script\n".join(scripts) + b"\n--@policy\n" + policy)

    for name in sorted(os.listdir(os.path.join(root, "rules"))):
        if not name.endswith(".yaml"):
            continue
        with open(os.path.join(root, "rules", name), encoding="utf-8") as f:
            entry = yaml.safe_load(f)
        for kind in ("bad", "good"):
            for example in (entry.get("examples") or {}).get(kind) or []:
                if isinstance(example, str):
                    example = {"sql": example}
                sql = example["sql"].replace("«", "").replace("»", "")
                seed = sql.encode("utf-8")
                if example.get("undo"):
                    seed += b"\n--@undo\n" + example["undo"].encode("utf-8")
                seeds.append(seed)

    # The reproducers too: among them the `--@file` inputs that exercise `:r`.
    regressions = os.path.join(root, "tests", "fuzz", "regressions")
    for name in sorted(os.listdir(regressions)) if os.path.isdir(regressions) else []:
        with open(os.path.join(regressions, name), "rb") as f:
            seeds.append(f.read())

    written = 0
    for seed in seeds:
        if len(seed) > MAX_SEED_BYTES:
            continue
        # Named by content, as libFuzzer names its corpus files: duplicates collapse.
        with open(os.path.join(out, hashlib.sha1(seed).hexdigest()), "wb") as f:
            f.write(seed)
        written += 1
    print(f"{written} seeds in {out}")


if __name__ == "__main__":
    main()
