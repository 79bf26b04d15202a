#!/usr/bin/env bash
# A folder Preflight cannot list may hold any script, a DROP included: it is an input error (exit
# 4) naming the folder, never a folder quietly left out of a passing run (issue "Close every route
# to a false pass", point 9). Permission bits stop only an unprivileged user: as root the cases
# run the binary as `nobody` (setpriv or runuser); without a way to do that, the test is skipped
# (a failure under PF_REQUIRE_TOOLS=1).
source "$(dirname "$0")/common.sh"
work=$(mktemp -d)
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
chmod 755 "$work"
# The binary where the unprivileged user can run it, whatever the build folder's permissions.
cp "$(realpath "$PREFLIGHT")" "$work/preflight"
chmod 755 "$work/preflight"

if [ "$(id -u)" != 0 ]; then
  as_user() { "$@"; }
else
  nobody_gid=$(id -g nobody 2>/dev/null) || skip "no user 'nobody' to run the binary as"
  if command -v setpriv >/dev/null &&
    setpriv --reuid=nobody --regid="$nobody_gid" --clear-groups true 2>/dev/null; then
    as_user() { setpriv --reuid=nobody --regid="$nobody_gid" --clear-groups "$@"; }
  elif command -v runuser >/dev/null && runuser -u nobody -- true 2>/dev/null; then
    as_user() { runuser -u nobody -- "$@"; }
  else
    skip "running as root without setpriv or runuser: permission bits cannot be tested"
  fi
fi

cd "$work"
# The unprivileged user must really be stopped by the bits, or the cases prove nothing.
mkdir probe && chmod 000 probe
if as_user ls probe >/dev/null 2>&1; then
  skip "$(as_user id -un) reads a folder with mode 000 (a capability?): cannot test"
fi

# run NAME EXPECTED_EXIT ARGS...: `ARGS` as the unprivileged user in $work, at most 60 s.
run() {
  local name=$1 expected=$2
  shift 2
  run_case "$name" "$expected" as_user timeout 60 ./preflight "$@"
}
# refute NAME STREAM TEXT: TEXT (ignoring case) is not in NAME.STREAM.
refute() {
  if grep -qiF -- "$3" "$1.$2"; then fail "$1: '$3' in $2: $(head -c 500 "$1.$2")"; fi
}

# --- a deployment folder whose subfolder cannot be listed: the DROP in it is not known to be absent.
mkdir -p deploy/2024 deploy/2025
echo "CREATE TABLE dbo.Audit (Id int NOT NULL);" >deploy/2024/V1__create_audit.sql
echo "DROP TABLE dbo.Orders;" >deploy/2025/V2__drop_orders.sql
chmod 000 deploy/2025
run locked_subfolder 4 check --no-config deploy
expect locked_subfolder err "deploy/2025"
expect locked_subfolder err "permission denied"
expect locked_subfolder out "verdict: fail"
# The readable part is still checked and reported: V1's one statement, and the folder's error.
expect locked_subfolder out "2 files, 1 statement"
# A folder with execute but no read permission cannot be listed either.
chmod 311 deploy/2025
run search_only_subfolder 4 check --no-config deploy
expect search_only_subfolder err "deploy/2025"
# Readable but not searchable: its files are listed but cannot be opened; each is an error.
chmod 644 deploy/2025
run list_only_subfolder 4 check --no-config deploy
expect list_only_subfolder err "deploy/2025/V2__drop_orders.sql"
chmod 755 deploy/2025
run readable_again 2 check --no-config deploy
expect readable_again out "PF101"

# --- a folder named on the command line that cannot be listed: "permission denied", not "no .sql
# files" (which would send the reader looking for files that are there).
mkdir -p locked && echo "DROP DATABASE Sales;" >locked/V1__drop.sql
chmod 000 locked
run locked_top 4 check --no-config locked
expect locked_top err "locked: cannot list folder: permission denied"
refute locked_top err "no .sql files"

# --- an unreadable file in a readable folder.
mkdir -p files && echo "SELECT 1;" >files/V1__a.sql && echo "DROP TABLE dbo.T;" >files/V2__b.sql
chmod 000 files/V2__b.sql
run locked_file 4 check --no-config files
expect locked_file err "files/V2__b.sql"
expect locked_file err "permission denied"

# --- the other commands that walk folders refuse the same way: model, rollback, lex, --baseline.
chmod 000 deploy/2025
run model_locked 4 model --no-config deploy
expect model_locked err "deploy/2025"
run rollback_locked 4 rollback --no-config deploy
expect rollback_locked err "deploy/2025"
run lex_locked 4 lex deploy
expect lex_locked err "deploy/2025"
mkdir -p schema/tables && echo "CREATE TABLE dbo.Orders (Id int NOT NULL);" >schema/tables/Orders.sql
chmod 000 schema/tables
run baseline_locked 4 check --no-config --baseline schema files/V1__a.sql
expect baseline_locked err "schema/tables"

# --- policy `files:` selects among the files found; it never hides a folder that could not be
# listed (what it holds is unknown, so whether the policy would select it is unknown too).
printf 'files:\n  exclude: ["**/2025/**"]\n' >deploy/.preflight.yml
run excluded_locked 4 check --config deploy/.preflight.yml deploy
expect excluded_locked err "deploy/2025"
echo "OK"
