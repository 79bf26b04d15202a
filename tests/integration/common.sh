# Sourced by the integration tests: arguments, skipping and failing.
#   test.sh PREFLIGHT REPO_ROOT BUILD_DIR
set -euo pipefail
PREFLIGHT=$1 ROOT=$2 BUILD=$3
cd "$ROOT"
# Time bounds are for the optimised build; CTest sets PF_TIME_SCALE in a sanitizer build
# (tests/CMakeLists.txt), whose instrumented code is several times slower.
TIME_SCALE=${PF_TIME_SCALE:-1}

# Exit 77 is CTest's "skipped" (SKIP_RETURN_CODE). CI sets PF_REQUIRE_TOOLS=1, where a missing
# tool is a failure: the test must really run there.
skip() {
  if [ "${PF_REQUIRE_TOOLS:-0}" = 1 ]; then
    echo "FAIL: $* (PF_REQUIRE_TOOLS=1: CI must run this test)"
    exit 1
  fi
  echo "SKIPPED: $*"
  exit 77
}

fail() {
  echo "FAIL: $*"
  exit 1
}
