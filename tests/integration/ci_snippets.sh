#!/usr/bin/env bash
# The CI snippets in examples/ci parse as YAML, install the released package (not a build of this
# repository), and the preflight command lines in them are accepted by the built binary (run on the
# bundled examples instead of migrations/). package.ci_install runs their install steps.
source "$(dirname "$0")/common.sh"
/usr/bin/python3 -c 'import yaml' 2>/dev/null || skip "no python3-yaml (Debian package)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 - "$ROOT/examples/ci" >"$work/commands" <<'PY'
import glob, re, sys, yaml
for path in sorted(glob.glob(sys.argv[1] + "/*.yml")):
    text = open(path).read()
    yaml.safe_load(text)
    # Folded/literal blocks join into one command line: take every `preflight check ...`.
    for m in re.finditer(r"(?<![\w/.-])preflight check(?:[^\n]|\n(?=\s+--))*", text):
        print(" ".join(m.group(0).split()))
PY
[ "$(wc -l <"$work/commands")" -ge 3 ] || fail "expected a preflight command in each snippet"
# Each snippet installs the release named by PREFLIGHT_VERSION (this tree's version, so that a
# version bump updates them) from PREFLIGHT_RELEASE_URL, a variable the user sets, and checks its
# checksum; none builds Preflight inside the user's repository.
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD/CMakeCache.txt")
[ -n "$version" ] || fail "no project version in $BUILD/CMakeCache.txt"
for snippet in "$ROOT"/examples/ci/*.yml; do
  name=${snippet##*/}
  grep -qE "PREFLIGHT_VERSION: \"$version\"" "$snippet" || fail "$name: PREFLIGHT_VERSION is not \"$version\""
  # The file names tools/package.sh writes (package.tarball and package.deb check them).
  grep -q 'curl -fsSLO "$PREFLIGHT_RELEASE_URL/' "$snippet" &&
    grep -qE 'preflight-\$PREFLIGHT_VERSION-linux-x86_64|preflight_\$\{PREFLIGHT_VERSION\}_amd64\.deb' "$snippet" ||
    fail "$name: does not download a release package from \$PREFLIGHT_RELEASE_URL"
  grep -q "sha256sum -c" "$snippet" || fail "$name: the download's checksum is not checked"
  ! grep -nE "install-deps|cmake|build/preflight" "$snippet" || fail "$name: builds Preflight instead of installing it"
done
grep -q -- "--format github" "$work/commands" || fail "the GitHub workflow does not annotate"
grep -q "upload-sarif" "$ROOT/examples/ci/github-actions.yml" || fail "no SARIF upload"
[ "$(grep -c -- "--since" "$work/commands")" -ge 3 ] || fail "a snippet does not scope the check with --since"
grep -q "fetch-depth: 0" "$ROOT/examples/ci/github-actions.yml" || fail "GitHub: no full history for --since"
# --since needs a repository with history: the examples' migrations, V001-V002 on the branch the
# pull request targets (`base`) and V003-V004 added on top, as a pull request would bring them.
repo=$work/repo
mkdir -p "$repo/migrations"
cp "$ROOT/examples/.preflight.yml" "$repo/"
cp "$ROOT"/examples/migrations/V00[12]__*.sql "$repo/migrations/"
g() { git -C "$repo" -c user.name=test -c user.email=test@example.invalid "$@"; }
g init -q && g add -A && g commit -qm base && g branch base
cp "$ROOT"/examples/migrations/V00[34]__*.sql "$repo/migrations/"
g add -A && g commit -qm "pull request"
while read -r line; do
  # Variables of the CI system become a scratch folder; the scripts folder becomes examples/, or
  # the repository above when the command names the target branch with --since.
  if [[ $line == *--since* ]]; then
    line=$(echo "$line" | sed -E "s#--since (\"[^\"]*\"|[^ ]*\\$\\{\\{[^}]*\\}\\}|[^ ]+)#--since base#; s# migrations/# $repo/migrations/#")
  fi
  cmd=$(echo "$line" | sed -E "s#\\\$\\([A-Za-z.]+\\)#$work#g; s#(=)([a-z-]+\\.(sarif|html|xml))#\\1$work/\\2#g; s# migrations/# examples/#")
  set +e
  eval "${cmd/#preflight/$PREFLIGHT}" >/dev/null 2>"$work/err"
  code=$?
  set -e
  [ "$code" = 2 ] || { cat "$work/err"; fail "'$cmd' exited $code, expected 2 (manual-review)"; }
  echo "ok: $cmd"
done <"$work/commands"
echo "ok"
