#!/usr/bin/env bash
# Deployment scope (docs/deployments.md "Deployment scope"), end to end against a git repository
# built here: the false pass of issue #18 (V1 creates orders, V2 seeds, V3 drops orders) is a pass
# when the whole folder is pending and manual-review once V1 and V2 are history, under --since and
# --applied-through; the old DROP of a history file is not reported; added, edited, deleted and
# renamed migrations under --since; not-a-repository and a bad revision exit 3; hostile file names
# are data, not commands.
source "$(dirname "$0")/common.sh"
command -v git >/dev/null || skip "no git"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GIT_CONFIG_GLOBAL=$work/gitconfig GIT_CONFIG_NOSYSTEM=1
git config --global init.defaultBranch main
g() { git -c user.name=test -c user.email=test@example.invalid "$@"; }

repo=$work/repo
mkdir -p "$repo/db/migrations" "$repo/app/src"
cd "$repo"
g init -q .
m=db/migrations
printf 'CREATE TABLE dbo.Orders (Id int NOT NULL, Note nvarchar(200) NULL);\n' >$m/V1__create_orders.sql
printf 'INSERT dbo.Orders (Id) VALUES (1);\n' >$m/V2__seed.sql
g add -A && g commit -qm "V1, V2: deployed"
g branch deployed
g checkout -qb feature
printf 'DROP TABLE dbo.Orders;\n' >$m/V3__drop_orders.sql
g add -A && g commit -qm "V3: drop orders"

# Today's answer, the false pass: the DROP is exempt because "the deployment created the table".
run_case whole 0 "$PREFLIGHT" check --no-config $m
expect whole out "deployment: all 3 files pending"
expect whole out "--since"

# --since: V1 and V2 are unchanged since `deployed`, so history; V3 was added, so pending.
run_case since 2 "$PREFLIGHT" check --no-config --since deployed $m
expect since out "deployment: 1 pending (V3), 2 history, 0 undo (--since deployed)"
expect since out "V3__drop_orders.sql:1:1: review PF101 drop-table"
expect since out "an applied migration"
# From another working folder inside the repository, and from outside it.
(cd app/src && run_case since_subdir 2 "$PREFLIGHT" check --no-config --since deployed ../../$m)
(cd / && run_case since_outside 2 "$PREFLIGHT" check --no-config --since deployed "$repo/$m")

# --applied-through: the same split by version.
run_case through 2 "$PREFLIGHT" check --no-config --applied-through 2 $m
expect through out "deployment: 1 pending (V3), 2 history, 0 undo (--applied-through 2)"
expect through out "PF101"
run_case through_json 2 "$PREFLIGHT" check --no-config --applied-through 2 --format json $m
python3 - "through_json.out" <<'PY' || fail "JSON roles"
import json, sys
doc = json.load(open(sys.argv[1]))
roles = {f["path"].rsplit("/", 1)[-1]: f["role"] for f in doc["files"]}
assert roles == {"V1__create_orders.sql": "history", "V2__seed.sql": "history",
                 "V3__drop_orders.sql": "pending"}, roles
assert doc["scope"] == {"by": "--applied-through 2", "pending": 1, "history": 2, "undo": 0}, doc["scope"]
assert all(not f["findings"] for f in doc["files"] if f["role"] == "history")
PY
# Everything applied: nothing pending, and the old DROP in a history file is not reported.
run_case all_history 0 "$PREFLIGHT" check --no-config --applied-through 3 $m
expect all_history out "deployment: 0 pending, 3 history"
grep -q PF101 all_history.out && fail "a DROP in a history file was reported"
run_case through_bad 3 "$PREFLIGHT" check --no-config --applied-through 2x $m
expect through_bad err "is not a version"
run_case through_lexical 3 "$PREFLIGHT" check --no-config --order lexical --applied-through 2 $m
expect through_lexical err "lexical order"
run_case two_ways 3 "$PREFLIGHT" check --no-config --applied-through 2 --since deployed $m

# rollback drafts the undo of pending files only; model takes the same options.
run_case rollback 0 "$PREFLIGHT" rollback --no-config --applied-through 1 $m
grep -q "V1__create_orders" rollback.out && fail "rollback undid a history file's CREATE TABLE"
expect rollback out "V3__drop_orders.sql:1: DROP TABLE dbo.Orders"
expect rollback out "1 history file ran before the deployment"
run_case model 0 "$PREFLIGHT" model --no-config --since deployed $m

# Edited, deleted, renamed and out-of-order under --since, against V1-V3 applied.
g checkout -q feature
g checkout -qb edits
printf 'CREATE TABLE dbo.Orders (Id bigint NOT NULL);\n' >$m/V1__create_orders.sql
g mv $m/V2__seed.sql $m/V2__seed_orders.sql
printf 'SELECT 1;\n' >$m/V2_5__late.sql
run_case edits 1 "$PREFLIGHT" check --no-config --since feature $m
expect edits out "V1__create_orders.sql:1:1: fail PF501 applied-migration-edited"
expect edits out "V2__seed.sql:1:1: review PF502 applied-migration-missing"
expect edits out "V2_5__late.sql:1:1: review PF503 migration-out-of-order"
# The rename's new name is a new pending script; the edited one is pending too.
expect edits out "deployment: 3 pending"
g add -A && g commit -qm "edits"
run_case edits_committed 1 "$PREFLIGHT" check --no-config --since feature $m
expect edits_committed out "PF501"
expect edits_committed out "PF502"
expect edits_committed out "PF503"
# A deleted file, staged only.
g checkout -q main
g rm -q $m/V2__seed.sql
run_case deleted 2 "$PREFLIGHT" check --no-config --since main $m
expect deleted out "V2__seed.sql:1:1: review PF502"
g reset -q --hard
# A changed repeatable.
printf 'CREATE OR ALTER VIEW dbo.v AS SELECT 1 AS x;\n' >$m/R__views.sql
g add -A && g commit -qm "R" && g branch with_r
printf 'CREATE OR ALTER VIEW dbo.v AS SELECT 2 AS x;\n' >$m/R__views.sql
run_case repeatable 0 "$PREFLIGHT" check --no-config --since with_r $m
expect repeatable out "warn PF504 repeatable-changed"
g checkout -q -- .

# Not a repository, and a revision that does not resolve: exit 3 with a message.
mkdir "$work/plain" && cp $m/V1__create_orders.sql "$work/plain/"
run_case not_repo 3 "$PREFLIGHT" check --no-config --since main "$work/plain"
expect not_repo err "not inside a git work tree"
run_case bad_ref 3 "$PREFLIGHT" check --no-config --since no-such-branch $m
expect bad_ref err "does not name a commit"
run_case option_ref 3 "$PREFLIGHT" check --no-config --since=--output=x $m
[ -e x ] && fail "a revision became a git option"

# Hostile file names: spaces, quotes, $(...), a newline; git output is read NUL-separated.
h=$work/hostile
mkdir -p "$h/m" && cd "$h" && g init -q .
printf 'CREATE TABLE dbo.T (Id int);\n' >"m/V1__a b 'q' \$(touch pwned).sql"
printf 'SELECT 1;\n' >"m/V2__line
break.sql"
g add -A && g commit -qm base && g branch base
printf 'DROP TABLE dbo.T;\n' >"m/V3__\"x\" \`touch pwned2\`.sql"
run_case hostile 2 "$PREFLIGHT" check --no-config --since base m
expect hostile out "1 pending (V3), 2 history"
[ -e pwned ] || [ -e m/pwned ] || [ -e pwned2 ] && fail "a file name ran as a command"
# A history script whose `:r` file changed since REF ran with other text than it holds now: it is
# pending (the new text is checked: here a TRUNCATE) and edited (PF501), not replayed unread.
i=$work/includes
mkdir -p "$i/db" "$i/seed" && cd "$i" && g init -q .
printf 'CREATE TABLE dbo.A (x int);\n:r ../seed/seed.sql\n' >db/V1__a.sql
printf 'INSERT INTO dbo.A VALUES (1);\n' >seed/seed.sql
g add -A && g commit -qm base && g branch base
printf 'CREATE TABLE dbo.B (x int);\n' >db/V2__b.sql
run_case include_unchanged 0 "$PREFLIGHT" check --no-config --include-root seed --since base db
expect include_unchanged out "1 pending (V2), 1 history"
printf 'TRUNCATE TABLE dbo.A;\n' >seed/seed.sql
run_case include_changed 1 "$PREFLIGHT" check --no-config --include-root seed --since base db
expect include_changed out "2 pending (V1–V2), 0 history"
expect include_changed out "PF501 applied-migration-edited: db/V1__a.sql was already applied to the target and has its \`:r\` file seed/seed.sql changed since base"
expect include_changed out "PF111 truncate-table"
run_case include_changed_model 0 "$PREFLIGHT" model --no-config --include-root seed --since base db
/usr/bin/python3 -c '
import json, sys
roles = {s["path"]: s["role"] for s in json.load(open(sys.argv[1]))["scripts"]}
assert roles == {"db/V1__a.sql": "pending", "seed/seed.sql": "pending", "db/V2__b.sql": "pending"}, roles
' include_changed_model.out || fail "model roles with a changed include: $(cat include_changed_model.out | head -30)"
echo "scope_since: ok"
