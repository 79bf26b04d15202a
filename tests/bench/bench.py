#!/usr/bin/env python3
"""Preflight benchmark (docs/dev/performance.md, "Benchmark"). Run from the repository root
after a Release build:

    python3 tests/bench/bench.py                 # everything, 1M-line bundle included
    python3 tests/bench/bench.py --quick         # no 1M-line bundle, one run per measurement
    python3 tests/bench/bench.py --json out.json # the numbers as JSON too

Measures the real binary, one process per measurement (start to exit, as CI and pre-commit see
it), timed with os.wait4 for CPU time and peak RSS:

  throughput  `check --no-config --format json DIR` over ../shared/corpus and over a generated
              100,000-line bundle (tests/bench/make_bundle.py), each folder one deployment; the
              same folders through `lex --parse` (parse only: batches that needed LL, predictions the
              prediction snapshot answered) and `lex`
              (split and lex only), so parse+lint can be compared with lexing.
  pre-commit  `check` on one ordinary 200-line script, median of --precommit-runs runs.
  scaling     `check` on generated bundles of 10k, 100k and 1M lines.

Generated bundles go to --work (default build/bench), never into the source tree. The machine
may be shared: the load average before and after is printed with the results.
"""
import argparse
import datetime
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import make_bundle  # noqa: E402

NORMAL_EXITS = {0: "pass", 1: "fail", 2: "manual-review"}



# `check --jobs N`, set from --jobs in main().
JOBS: list = []

def machine():
    model = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": model, "kernel": platform.release(),
            "python": platform.python_version()}


def load():
    try:
        out = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
        return out.split("load average:")[-1].strip() if "load average" in out else out
    except OSError:
        return "unknown"


def run(cmd):
    """Runs cmd once; wall seconds, CPU seconds (user+sys), peak RSS in MiB, exit code, stdout."""
    with tempfile.TemporaryFile() as out, open(os.devnull, "wb") as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=err)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    return {"wall": wall, "cpu": ru.ru_utime + ru.ru_stime, "rss_mib": ru.ru_maxrss / 1024,
            "exit": p.returncode, "stdout": text}


def median_run(cmd, repeat):
    """The run with the median wall time of `repeat` runs (its CPU and RSS come with it)."""
    runs = sorted((run(cmd) for _ in range(repeat)), key=lambda r: r["wall"])
    best = dict(runs[len(runs) // 2])
    best["walls"] = [round(r["wall"], 3) for r in runs]
    return best


def sql_files(folder):
    """The files `check` reads from a folder: .sql in any case, recursively."""
    found = []
    for root, dirs, files in os.walk(folder):
        for name in files:
            if name.lower().endswith(".sql"):
                found.append(os.path.join(root, name))
    return found


def size_of_file(path):
    """Lines and bytes of one file, lines counted as ../shared/corpus/SOURCES.md does: newlines,
    +1 for an unterminated last line, UTF-16 decoded first."""
    with open(path, "rb") as f:
        data = f.read()
    size = len(data)
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        data = data.decode("utf-16", "replace").encode("utf-8")
    return {"lines": data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0),
            "bytes": size}


def size_of(folder):
    """Files, lines and MB (10^6 bytes) of a folder's .sql files."""
    files = sql_files(folder)
    sizes = [size_of_file(path) for path in files]
    return {"files": len(files), "lines": sum(s["lines"] for s in sizes),
            "mb": sum(s["bytes"] for s in sizes) / 1e6}


def counts(text):
    """`lex` prints `key value` lines."""
    out = {}
    for line in text.splitlines():
        key, _, value = line.partition(" ")
        if value.isdigit():
            out[key] = int(value)
    return out


def verdict(code):
    if code in NORMAL_EXITS:
        return f"{code} {NORMAL_EXITS[code]}"
    if code == 4:
        return "4 input error"
    return f"{code} ERROR"


def throughput(binary, folder, name, repeat):
    """check, lex --parse and lex over one folder."""
    size = size_of(folder)
    # --no-config: a .preflight.yml above the folder must not change what is measured.
    check = median_run([binary, "check", *JOBS, "--no-config", "--format", "json", folder], repeat)
    try:
        report = json.loads(check["stdout"])
        check["batches"] = sum(f.get("batches", 0) for f in report["files"])
        check["statements"] = report["summary"]["statements"]
        check["unparsed"] = report["summary"]["unparsed"]
        check["errors"] = report["summary"].get("errors", 0)
        check["verdict"] = report["verdict"]
        check["findings"] = {k: report["summary"][k] for k in ("fail", "review", "warn")}
    except (ValueError, KeyError) as e:
        check["report_error"] = repr(e)
    parse = median_run([binary, "lex", "--parse", folder], repeat)
    parse.update(counts(parse["stdout"]))
    lex = median_run([binary, "lex", folder], repeat)
    lex.update(counts(lex["stdout"]))
    for r in (check, parse, lex):
        r["lines_per_s"] = size["lines"] / r["wall"]
        r.pop("stdout")
    return {"name": name, "path": folder, **size, "check": check, "parse": parse, "lex": lex,
            # How much of lexing's throughput a full run keeps; by CPU time too, which other
            # processes on a shared machine disturb less than wall time.
            "check_vs_lex": lex["wall"] / check["wall"],
            "parse_vs_lex": lex["wall"] / parse["wall"],
            "check_vs_lex_cpu": lex["cpu"] / check["cpu"] if check["cpu"] else None,
            "parse_vs_lex_cpu": lex["cpu"] / parse["cpu"] if parse["cpu"] else None}


def fmt_int(n):
    return f"{n:,}"


def print_throughput(rows):
    print("Throughput: one process per run (median wall of the runs); check = read + parse + "
          "model + rules + JSON report")
    head = ["input", "files", "lines", "MB", "run", "wall s", "CPU s", "lines/s", "lines/CPU s",
            "peak RSS MiB", "batches", "LL batches", "unparsed", "exit"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for r in rows:
        for mode, label in (("check", "check"), ("parse", "lex --parse"), ("lex", "lex")):
            m = r[mode]
            first = mode == "check"
            cells = [r["name"], fmt_int(r["files"]), fmt_int(r["lines"]), f"{r['mb']:.2f}"] \
                if first else ["", "", "", ""]
            cells += [label, f"{m['wall']:.2f}", f"{m['cpu']:.2f}", fmt_int(round(m["lines_per_s"])),
                      fmt_int(round(r["lines"] / m["cpu"])) if m["cpu"] > 0 else "-",
                      f"{m['rss_mib']:.0f}", fmt_int(m.get("batches", 0)),
                      fmt_int(m["ll_batches"]) if "ll_batches" in m else "",
                      fmt_int(m["unparsed"]) if "unparsed" in m else "", verdict(m["exit"])]
            print("| " + " | ".join(cells) + " |")
    print()
    for r in rows:
        c, p = r["check"], r["parse"]
        cpu = r["check_vs_lex_cpu"]
        print(f"{r['name']}: parse+lint / lex-only throughput = {r['check_vs_lex']:.3f} by wall "
              f"(lex-only {1 / r['check_vs_lex']:.1f}x faster)"
              + (f", {cpu:.3f} by CPU ({1 / cpu:.1f}x)" if cpu else "")
              + f"; parse-only / lex-only = {r['parse_vs_lex']:.3f} by wall")
        print(f"  LL fallback in {fmt_int(p.get('ll_batches', 0))} of "
              f"{fmt_int(p.get('batches', 0))} batches; {fmt_int(p.get('ll_statements', 0))} "
              "statements parsed by LL after SLL failed (a statement that fails both is unparsed)")
        if p.get("predictions"):
            missed = p.get("runtime_predictions", 0)
            print(f"  prediction snapshot: {fmt_int(p['predictions'] - missed)} of "
                  f"{fmt_int(p['predictions'])} parser predictions answered "
                  f"({100 * (1 - missed / p['predictions']):.1f}%); {fmt_int(missed)} made by the "
                  "ANTLR runtime")
        if "verdict" in c:
            print(f"  check: verdict {c['verdict']}, {fmt_int(c['statements'])} statements, "
                  f"{c['findings']['fail']} fail / {c['findings']['review']} review / "
                  f"{c['findings']['warn']} warn findings, {c['errors']} input errors; "
                  f"wall of each run: {c['walls']}")


def main():
    ap = argparse.ArgumentParser(description="Preflight benchmark (README \"Benchmark\")")
    ap.add_argument("--binary", default="build/preflight")
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--work", default="build/bench", help="where generated bundles are written")
    ap.add_argument("--lines", type=int, default=100_000, help="lines of the throughput bundle")
    ap.add_argument("--scaling", default="10000,100000,1000000",
                    help="comma-separated bundle sizes for the scaling rows")
    ap.add_argument("--repeat", type=int, default=3, help="runs per throughput measurement")
    ap.add_argument("--precommit-runs", type=int, default=20)
    ap.add_argument("--quick", action="store_true",
                    help="one run per measurement, scaling without the 1M-line bundle")
    ap.add_argument("--json", help="also write the results to this file")
    ap.add_argument("--jobs", type=int, default=1,
                    help="check --jobs N (default 1: the single-thread figures issue 8 targets)")
    args = ap.parse_args()
    JOBS[:] = ["--jobs", str(args.jobs)]
    sys.stdout.reconfigure(line_buffering=True)  # progress shows when stdout is a file, too
    if args.quick:
        args.repeat = 1
        args.scaling = ",".join(s for s in args.scaling.split(",") if int(s) < 1_000_000)
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"bench: {args.binary} is not an executable; build first (README)")
    sizes = [int(s) for s in args.scaling.split(",") if s]
    work = os.path.abspath(args.work)

    started = datetime.datetime.now(datetime.timezone.utc)
    info = {"date": started.strftime("%Y-%m-%d %H:%M UTC"), "machine": machine(),
            "load_before": load(), "binary": args.binary,
            "command": "python3 " + " ".join([os.path.relpath(__file__)] + sys.argv[1:])}
    try:
        info["commit"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"],
                                        capture_output=True, text=True).stdout.strip()
    except OSError:
        pass

    def bundle(lines, one_file=False):
        folder = os.path.join(work, f"bundle-{lines}" + ("-one" if one_file else ""))
        shutil.rmtree(folder, ignore_errors=True)
        make_bundle.generate(lines, folder, one_file=one_file)
        return folder

    print(f"# Preflight benchmark, {info['date']}, commit {info.get('commit', '?')}")
    m = info["machine"]
    print(f"machine: {m['nproc']} CPUs ({m['cpu']}), Linux {m['kernel']}; load average before: "
          f"{info['load_before']}")
    print(f"command: {info['command']}")
    print()

    rows = []
    if os.path.isdir(args.corpus):
        rows.append(throughput(binary, args.corpus, "corpus", args.repeat))
    else:
        print(f"(no corpus at {args.corpus}: skipped)")
    rows.append(throughput(binary, bundle(args.lines), f"bundle {args.lines // 1000}k",
                           args.repeat))
    print_throughput(rows)
    print()

    one = bundle(200, one_file=True)
    script = sql_files(one)[0]
    run([binary, "check", *JOBS, script])  # page cache and dynamic loader warm, as on a developer machine
    pre = [run([binary, "check", *JOBS, script]) for _ in range(args.precommit_runs)]
    walls = sorted(r["wall"] * 1000 for r in pre)
    precommit = {"file_lines": 200, "runs": len(pre), "median_ms": statistics.median(walls),
                 "min_ms": walls[0], "max_ms": walls[-1],
                 "cpu_ms_median": statistics.median(r["cpu"] * 1000 for r in pre),
                 "rss_mib": max(r["rss_mib"] for r in pre), "exit": pre[0]["exit"]}
    # What the 200-line run costs beyond starting the process and the parser's first statement.
    tiny = os.path.join(work, "one-statement.sql")
    with open(tiny, "w") as f:
        f.write("SELECT 1;\n")
    for name, cmd in (("version_ms_median", [binary, "--version"]),
                      ("one_statement_ms_median", [binary, "check", *JOBS, tiny])):
        precommit[name] = statistics.median(run(cmd)["wall"] * 1000
                                            for _ in range(args.precommit_runs))
    print(f"Pre-commit: `preflight check` on one 200-line script, {len(pre)} runs: median "
          f"{precommit['median_ms']:.1f} ms wall (min {precommit['min_ms']:.1f}, max "
          f"{precommit['max_ms']:.1f}), {precommit['cpu_ms_median']:.1f} ms CPU, peak RSS "
          f"{precommit['rss_mib']:.0f} MiB, exit {verdict(precommit['exit'])}")
    print(f"  for comparison, medians: `preflight --version` {precommit['version_ms_median']:.1f} "
          f"ms; `check` on `SELECT 1;` {precommit['one_statement_ms_median']:.1f} ms")
    # The generated script uses the constructs the bundle generator knows; real scripts meet
    # decisions the prediction snapshot's training did not, which the runtime then predicts cold.
    if os.path.isdir(args.corpus):
        real = sorted(p for p in sql_files(args.corpus)
                      if 150 <= size_of_file(p)["lines"] <= 250)
        if real:
            chosen = random.Random(8).sample(real, min(20, len(real)))
            per_file = sorted(statistics.median(run([binary, "check", *JOBS, path])["wall"] * 1000
                                                for _ in range(5)) for path in chosen)
            precommit["corpus_scripts"] = {"files": len(chosen), "median_ms": statistics.median(per_file),
                                           "max_ms": per_file[-1], "per_file_ms": per_file}
            print(f"  {len(chosen)} corpus scripts of 150-250 lines (fixed seed), median of 5 runs "
                  f"each: median {statistics.median(per_file):.1f} ms, "
                  f"{sum(1 for t in per_file if t < 20)} under 20 ms, slowest {per_file[-1]:.1f} ms")
    print()

    scaling = []
    print("Scaling: `check --no-config --format json` on generated bundles, one run each")
    print("| lines | files | MB | wall s | CPU s | lines/s | peak RSS MiB | s per 100k lines | exit |")
    print("|---|---|---|---|---|---|---|---|---|")
    for lines in sizes:
        folder = bundle(lines)
        size = size_of(folder)
        r = run([binary, "check", *JOBS, "--no-config", "--format", "json", folder])
        r.pop("stdout")
        r.update(size)
        scaling.append(r)
        print(f"| {fmt_int(size['lines'])} | {fmt_int(size['files'])} | {size['mb']:.1f} | "
              f"{r['wall']:.2f} | {r['cpu']:.2f} | {fmt_int(round(size['lines'] / r['wall']))} | "
              f"{r['rss_mib']:.0f} | {r['wall'] / size['lines'] * 100_000:.2f} | "
              f"{verdict(r['exit'])} |", flush=True)
        shutil.rmtree(folder, ignore_errors=True)
    info["load_after"] = load()
    print()
    print(f"load average after: {info['load_after']}")

    if args.json:
        with open(args.json, "w") as f:
            json.dump({**info, "throughput": rows, "precommit": precommit, "scaling": scaling}, f,
                      indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
