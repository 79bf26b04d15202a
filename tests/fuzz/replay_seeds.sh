#!/usr/bin/env bash
# Runs the fuzzer's seed corpus (make_seeds.py) through the pipeline in this build:
#   replay_seeds.sh PF_FUZZ_REPLAY REPO_ROOT SEED_DIR
set -euo pipefail
replay=$1 root=$2 seeds=$3
if ! python3 -c 'import yaml' 2>/dev/null; then
  [ "${PF_REQUIRE_TOOLS:-0}" = 1 ] && { echo "FAIL: python3-yaml missing (PF_REQUIRE_TOOLS=1)"; exit 1; }
  echo "SKIPPED: python3-yaml missing"
  exit 77
fi
rm -rf "$seeds"
python3 "$root/tests/fuzz/make_seeds.py" "$root" "$seeds"
"$replay" "$seeds"
