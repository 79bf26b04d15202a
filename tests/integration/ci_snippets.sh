#!/usr/bin/env bash
# The CI snippets in examples/ci parse as YAML, and the preflight command lines in them are
# accepted by the built binary (run on the bundled examples instead of migrations/).
source "$(dirname "$0")/common.sh"
/usr/bin/python3 -c 'import yaml' 2>/dev/null || skip "no python3-yaml (Debian package)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 - "$ROOT/examples/ci" >"$work/commands" <<'PY'
import glob, re, sys, yaml
for path in sorted(glob.glob(sys.argv[1] + "/*.yml")):
    text = open(path).read()
    yaml.safe_load(text)
    # Folded/literal blocks join into one command line: take every `build/preflight check ...`.
    for m in re.finditer(r"build/preflight check(?:[^\n]|\n(?=\s+--))*", text):
        print(" ".join(m.group(0).split()))
PY
[ "$(wc -l <"$work/commands")" -ge 3 ] || fail "expected a preflight command in each snippet"
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
  eval "${cmd/build\/preflight/$PREFLIGHT}" >/dev/null 2>"$work/err"
  code=$?
  set -e
  [ "$code" = 2 ] || { cat "$work/err"; fail "'$cmd' exited $code, expected 2 (manual-review)"; }
  echo "ok: $cmd"
done <"$work/commands"
echo "ok"
