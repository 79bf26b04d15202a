# Sourced by the package tests (package_*.sh): the release packages that tools/package.sh wrote
# into the package build folder, the fourth argument (tests/CMakeLists.txt, docs/install.md).
#   package_X.sh PREFLIGHT REPO_ROOT BUILD_DIR PACKAGE_BUILD_DIR
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
PACKAGES=${4:?package build folder}
VERSION=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD/CMakeCache.txt")
[ -n "$VERSION" ] || fail "no project version in $BUILD/CMakeCache.txt"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# need_package FILE: FILE exists, else the packages were not built here (a skip, or CI's failure).
need_package() {
  [ -f "$1" ] || skip "no $1: build the packages with tools/package.sh $PACKAGES"
}

# runs_examples BINARY: the packaged binary judges the bundled examples as the README says, and
# exactly as the developer build does (same JSON report, byte for byte).
runs_examples() {
  run_case "$work/version" 0 "$1" --version
  expect "$work/version" out "$VERSION"
  run_case "$work/examples" 2 "$1" check --journal examples/journal.txt examples/
  expect "$work/examples" out "deployment: 2 pending (V003–V004), 2 history"
  run_case "$work/production" 1 "$1" check --environment Production examples/
  run_case "$work/packaged_json" 2 "$1" check --format json examples/
  run_case "$work/developer_json" 2 "$PREFLIGHT" check --format json examples/
  cmp -s "$work/packaged_json.out" "$work/developer_json.out" ||
    fail "the packaged binary's report differs from the developer build's: $(diff "$work/packaged_json.out" "$work/developer_json.out" | head -20)"
}
