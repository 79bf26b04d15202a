#!/usr/bin/env bash
# files.migrations (docs/configuration.md, docs/deployments.md "Deployment scope"): the real
# pre-commit tool with the hook of .pre-commit-hooks.yaml passes only the staged file; with
# `files.migrations` in .preflight.yml the earlier files of that folder are history, so a staged
# V3 that drops a table V1 created is manual-review (pass without it, the false pass of issue
# #18), and a staged ALTER COLUMN is judged against V1's type (PF132, not "unknown previous type").
source "$(dirname "$0")/common.sh"
command -v git >/dev/null || skip "no git"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME=$work/cache PATH="$(dirname "$PREFLIGHT"):$PATH"
export GIT_CONFIG_GLOBAL=$work/gitconfig GIT_CONFIG_NOSYSTEM=1
git config --global user.email test@example.invalid
git config --global user.name "Preflight test"
git config --global init.defaultBranch main

repo=$work/repo
mkdir -p "$repo/db/migrations"
cd "$repo"
git init -q .
m=db/migrations
printf 'CREATE TABLE dbo.Orders (Id int NOT NULL, Note nvarchar(200) NULL);\n' >$m/V1__create_orders.sql
printf 'INSERT dbo.Orders (Id) VALUES (1);\n' >$m/V2__seed.sql
printf 'files:\n  migrations: db/migrations\n' >.preflight.yml
git add -A && git commit -qm "V1, V2"

# Without the hook: one file named, the folder's earlier files loaded as history.
printf 'DROP TABLE dbo.Orders;\n' >$m/V3__drop_orders.sql
run_case one_file 2 "$PREFLIGHT" check $m/V3__drop_orders.sql
expect one_file out "deployment: 1 pending (V3), 2 history, 0 undo (files.migrations in .preflight.yml"
expect one_file out "V3__drop_orders.sql:1:1: review PF101"
# From a subfolder too.
(cd $m && run_case from_folder 2 "$PREFLIGHT" check V3__drop_orders.sql)
# Naming the folder is not a pre-commit run: everything is pending, as before (the false pass).
run_case folder 0 "$PREFLIGHT" check $m
expect folder out "deployment: all 3 files pending"

printf 'ALTER TABLE dbo.Orders ALTER COLUMN Note nvarchar(50) NULL;\n' >$m/V4__narrow.sql
run_case narrow 2 "$PREFLIGHT" check $m/V4__narrow.sql
expect narrow out "PF132"
grep -q PF133 narrow.out && fail "the type V1 gave the column was not used"
# V3 sorts before V4 and is not named: it is history too, so its DROP is not reported.
grep -q PF101 narrow.out && fail "a history file's DROP was reported"
# Without the configuration the staged file has no history: the previous type is unknown.
run_case narrow_alone 2 "$PREFLIGHT" check --no-config $m/V4__narrow.sql
expect narrow_alone out "PF133"
rm $m/V4__narrow.sql

command -v pre-commit >/dev/null || { echo "no pre-commit: the hook itself not run"; exit 0; }
/usr/bin/python3 - "$ROOT/.pre-commit-hooks.yaml" .pre-commit-config.yaml <<'PY'
import sys, yaml
hooks = yaml.safe_load(open(sys.argv[1]))
hook = next(h for h in hooks if h["id"] == "preflight")
yaml.safe_dump({"repos": [{"repo": "local", "hooks": [hook]}]}, open(sys.argv[2], "w"), sort_keys=False)
PY
pre-commit install >/dev/null
git add .pre-commit-config.yaml && git commit -qm "hook" || fail "committing the hook config"
git add $m/V3__drop_orders.sql
if git commit -m "V3" >"$work/v3.log" 2>&1; then
  cat "$work/v3.log"; fail "the staged DROP of a table from V1 went through"
fi
cat "$work/v3.log"
grep -q "V3__drop_orders.sql:1:1: review PF101 drop-table" "$work/v3.log" || fail "finding not shown"
grep -q "2 history" "$work/v3.log" || fail "the hook did not load the history"
echo "scope_pre_commit: ok"
