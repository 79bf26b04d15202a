#!/usr/bin/env bash
# Links to folders are not followed (a link loop must end the walk). A link that leads outside
# every folder named on the command line leads to scripts no walk would see: it is an input error
# (exit 4) naming it, never a folder quietly left out of a passing run. Links that lead back into
# a named folder, or to a parent of the folder walked (a loop), hide nothing and are passed over.
source "$(dirname "$0")/common.sh"
PREFLIGHT=$(realpath "$PREFLIGHT")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# run NAME EXPECTED_EXIT ARGS...: `check --no-config ARGS` in $work, at most 60 s.
run() {
  local name=$1 expected=$2
  shift 2
  run_case "$name" "$expected" timeout 60 "$PREFLIGHT" check --no-config "$@"
}

mkdir -p deploy shared/2025
echo "CREATE TABLE dbo.Audit (Id int NOT NULL);" >deploy/V1__create_audit.sql
echo "DROP TABLE dbo.Orders;" >shared/2025/V2__drop_orders.sql
ln -s ../shared/2025 deploy/2025

# The DROP behind the link is not checked, so the run cannot pass.
run outside_link 4 deploy
expect outside_link err "preflight: deploy/2025: a symbolic link to the folder"
expect outside_link err "outside the folder checked"
expect outside_link out "verdict: fail"
# Naming the folder it leads to checks it, and the link hides nothing any more.
run outside_named 2 deploy shared/2025
expect outside_named out "shared/2025/V2__drop_orders.sql:1:1: review PF101"
# A link back into the folder, and one to a parent (a loop): passed over, the walk ends.
rm deploy/2025
mkdir -p deploy/sub && echo "DROP TABLE dbo.Sub;" >deploy/sub/V3__drop_sub.sql
ln -s ../sub deploy/sub/again
ln -s .. deploy/sub/up
ln -s ../../.. deploy/sub/far_up
run inside_links 2 deploy
expect inside_links out "2 files, 2 statements"

# A link to a script outside every path named: never opened, so nothing of it reaches any output
# (it could be /etc/shadow); an input error names the link. Naming the file checks it.
mkdir -p secret && printf "DROP TABLE dbo.Secret_MARKER_7f3a;\n" >secret/keys.sql
ln -s ../secret/keys.sql deploy/keys.sql
run outside_file 4 deploy --report html=report.html
expect outside_file err "preflight: deploy/keys.sql: a symbolic link to the file"
expect outside_file err "not read: name that file or its folder to check it"
expect outside_file out "verdict: fail"
if grep -q MARKER_7f3a "$work/outside_file.out" "$work/outside_file.err" report.html; then
  fail "outside_file: the linked file's content reached the output"
fi
run outside_file_named 2 deploy secret/keys.sql
expect outside_file_named out "review PF101"
# A link to a script inside the folder checked is read as before.
rm deploy/keys.sql
ln -s sub/V3__drop_sub.sql deploy/same.sql
run inside_file_link 2 deploy
expect inside_file_link out "3 files, 3 statements"
echo "OK"
