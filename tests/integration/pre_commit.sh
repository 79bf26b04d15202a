#!/usr/bin/env bash
# The real pre-commit tool with the hook of .pre-commit-hooks.yaml, in a throw-away git
# repository: committing a clean script passes, committing a DROP TABLE is stopped with the
# finding shown. Offline: a `repo: local` configuration carries the hook definition verbatim, and
# the built binary comes first on PATH.
source "$(dirname "$0")/common.sh"
command -v pre-commit >/dev/null || skip "no pre-commit (Debian package pre-commit)"
command -v git >/dev/null || skip "no git"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME=$work/cache PATH="$(dirname "$PREFLIGHT"):$PATH"
export GIT_CONFIG_GLOBAL=$work/gitconfig GIT_CONFIG_NOSYSTEM=1
git config --global user.email test@example.invalid
git config --global user.name "Preflight test"
git config --global init.defaultBranch main

repo=$work/repo
git init -q "$repo"
/usr/bin/python3 - "$ROOT/.pre-commit-hooks.yaml" "$repo/.pre-commit-config.yaml" <<'PY'
import sys, yaml
hooks = yaml.safe_load(open(sys.argv[1]))
hook = next(h for h in hooks if h["id"] == "preflight")
assert hook["types"] == ["sql"], hook
yaml.safe_dump({"repos": [{"repo": "local", "hooks": [hook]}]}, open(sys.argv[2], "w"), sort_keys=False)
PY
cd "$repo"
pre-commit install >/dev/null
git add .pre-commit-config.yaml && git commit -qm "hook config" || fail "committing the config"

# A clean script: the hook runs and passes.
printf 'CREATE TABLE dbo.Orders (Id int NOT NULL PRIMARY KEY);\n' >V1__create.sql
git add V1__create.sql
git commit -m "create orders" >"$work/clean.log" 2>&1 || { cat "$work/clean.log"; fail "a clean script was stopped"; }
cat "$work/clean.log"
grep -q "preflight (SQL Server deployment scripts).*Passed" "$work/clean.log" || fail "the hook did not run on the clean commit"

# A DROP TABLE: the commit is stopped and the finding is shown.
printf 'DROP TABLE dbo.X;\n' >V2__drop.sql
git add V2__drop.sql
if git commit -m "drop x" >"$work/drop.log" 2>&1; then
  cat "$work/drop.log"; fail "a DROP TABLE commit went through"
fi
cat "$work/drop.log"
grep -q "Failed" "$work/drop.log" || fail "the hook did not fail"
grep -q "V2__drop.sql:1:1: review PF101 drop-table: DROP TABLE dbo.X destroys the table and its rows" \
  "$work/drop.log" || fail "the finding is not shown"
[ "$(git rev-list --count HEAD)" = 2 ] || fail "the DROP TABLE commit exists"
echo "ok"
