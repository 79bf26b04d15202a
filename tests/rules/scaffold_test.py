#!/usr/bin/env python3
"""The rule scaffold, end to end (CTest rule.scaffold; docs/dev/adding-a-rule.md).

    scaffold_test.py SOURCE_DIR

Copies the source tree (the files git knows, or everything but build folders without git) into a
temporary folder, runs tools/new_rule.py there, configures and builds the `preflight` target, and
runs the new rule's fixture test through CTest. Then it removes the new check file and expects the
build to stop with the catalogue compiler's message about the missing file.

With ccache on PATH the build goes through it, with CCACHE_BASEDIR at the copy so the objects of an
ordinary build of the tree (built with CCACHE_BASEDIR above it, as CI does) are reused: then only
the new and generated files compile. Without ccache it is a full build (minutes).
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RULE, NAME = "PF999", "scaffold-probe"


def source_files(source: Path) -> list:
    try:
        listed = subprocess.run(
            ["git", "-C", str(source), "ls-files", "-z", "--cached", "--others",
             "--exclude-standard"], capture_output=True, check=True).stdout
        return [Path(p) for p in listed.decode().split("\0") if p]
    except (OSError, subprocess.CalledProcessError):
        skip = lambda part: part.startswith("build") or part == ".git"
        return [p.relative_to(source) for p in source.rglob("*")
                if p.is_file() and not any(skip(part) for part in p.relative_to(source).parts)]


def step(what: str, command: list, cwd: Path, env: dict, expect_ok: bool = True):
    started = time.monotonic()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    print(f"{what}: {time.monotonic() - started:.1f} s")
    if (done.returncode == 0) != expect_ok:
        print(done.stdout[-4000:], done.stderr[-4000:], sep="\n")
        raise SystemExit(f"{what} {'failed' if expect_ok else 'succeeded'}: {' '.join(command)}")
    return done


def main() -> int:
    source = Path(sys.argv[1]).resolve()
    work = Path(tempfile.mkdtemp(prefix="pf-scaffold-"))
    try:
        tree = work / "src"
        for relative in source_files(source):
            if (source / relative).is_file():
                (tree / relative).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source / relative, tree / relative)
        env = dict(os.environ, CCACHE_BASEDIR=str(work))
        configure = ["cmake", "-S", ".", "-B", "build", "-DCMAKE_BUILD_TYPE=Release"]
        if shutil.which("ccache"):
            configure.append("-DCMAKE_CXX_COMPILER_LAUNCHER=ccache")
        step("scaffold", [sys.executable, "tools/new_rule.py", RULE, NAME, "--category", "style",
                          "--level", "warn"], tree, env)
        step("configure", configure, tree, env)
        step("build preflight", ["cmake", "--build", "build", "--target", "preflight", "-j2"],
             tree, env)
        step(f"ctest rule.{RULE}", ["ctest", "--test-dir", "build", "-R", f"^rule\\.{RULE}$",
                                    "--no-tests=error", "--output-on-failure"], tree, env)
        # A catalogue entry without its check must stop the build, saying which file is missing.
        (tree / "src/rules/checks" / f"{RULE.lower()}_{NAME.replace('-', '_')}.cpp").unlink()
        failed = step("build without the check", ["cmake", "--build", "build", "--target",
                                                  "preflight", "-j2"], tree, env, expect_ok=False)
        wanted = f"rules/{RULE}-{NAME}.yaml: no rule file src/rules/checks/"
        if wanted not in failed.stdout + failed.stderr:
            print(failed.stdout[-4000:], failed.stderr[-4000:], sep="\n")
            raise SystemExit(f"the failed build does not say '{wanted}'")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
