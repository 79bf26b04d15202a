#!/usr/bin/env bash
# Runs the pipeline fuzzer from the seed corpus (docs/dev/fuzzing.md):
#   tests/fuzz/run_fuzzer.sh BUILD_DIR SECONDS [extra libFuzzer flags]
# BUILD_DIR is a -DPREFLIGHT_FUZZ=ON build. New inputs go to BUILD_DIR/fuzz-corpus (kept between
# runs), crashes, timeouts and leaks to BUILD_DIR/fuzz-artifacts/; exit status non-zero when the
# fuzzer found one. One process: the machines this runs on have 2 cores, shared.
set -euo pipefail
build=$(cd "$1" && pwd) seconds=$2
shift 2
root=$(cd "$(dirname "$0")/../.." && pwd)
seeds=$build/fuzz-seeds corpus=$build/fuzz-corpus artifacts=$build/fuzz-artifacts
rm -rf "$seeds"
python3 "$root/tests/fuzz/make_seeds.py" "$root" "$seeds"
mkdir -p "$corpus" "$artifacts"
# -timeout: an input that takes 10 s is a hang (the CLI parses 100,000-line files in well under
# that). -max_len: nesting and statement limits are reached well within 16 KiB. -rss_limit_mb:
# ASan's shadow and quarantine included.
"$build/pipeline_fuzzer" "$corpus" "$seeds" \
  -dict="$root/tests/fuzz/tsql.dict" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len=16384 -artifact_prefix="$artifacts/" -print_final_stats=1 "$@"
