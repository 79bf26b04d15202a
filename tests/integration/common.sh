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

# run_case NAME EXPECTED_EXIT COMMAND...: COMMAND with stdout and stderr in NAME.out and NAME.err
# in the current folder; fails unless it exits EXPECTED_EXIT.
run_case() {
  local name=$1 expected=$2 code
  shift 2
  set +e
  "$@" >"$name.out" 2>"$name.err"
  code=$?
  set -e
  echo "$name: exit $code: $(head -1 "$name.err")"
  [ "$code" = "$expected" ] || fail "$name: exit $code, expected $expected; stderr: $(head -c 500 "$name.err"); stdout: $(head -c 500 "$name.out")"
}

# expect NAME STREAM TEXT: TEXT (ignoring case) is in NAME.STREAM (err or out).
expect() {
  grep -qiF -- "$3" "$1.$2" || fail "$1: '$3' not in $2: $(head -c 500 "$1.$2")"
}
