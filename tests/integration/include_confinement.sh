#!/usr/bin/env bash
# `:r` confined and capped (issue #16, points 2 and 3; docs/deployments.md "SQLCMD mode", docs/usage.md
# "Limits"): a `:r`
# outside the allowed folders is an input error and its file is never read, so nothing of it
# reaches any output; fan-out stops at --max-includes / --max-include-bytes, quickly.
source "$(dirname "$0")/common.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

marker=SECRET_MARKER_7f3a9c
# Were the secret read, it would parse as a DROP TABLE: a fail finding whose message and code frame
# carry the marker into every format.
mkdir -p secrets proj/sub real/inner
printf 'DROP TABLE dbo.%s;\n' "$marker" >secrets/secret.env
printf 'DROP TABLE dbo.%s;\n' "$marker" >secrets/secret.sql
printf 'PRINT 1;\nGO\n:r /etc/passwd\n:r ../secrets/secret.env\n:r ..\\secrets\\secret.sql\n' \
  >proj/escape.sql
ln -s "$work/secrets/secret.sql" proj/sub/link.sql
printf ':r sub/link.sql\n' >proj/via_link.sql
printf ':r sub\\..\\..\\secrets\\secret.sql\n' >proj/dotdot.sql

# no_leak NAME: the marker and /etc/passwd's first entry are in none of NAME's outputs.
no_leak() {
  local f
  for f in "$1".out "$1".err "$1".report.*; do
    [ -e "$f" ] || continue
    if grep -q -e "$marker" -e 'root:x:0:0' "$f"; then fail "$1: $f shows the content of a file outside the roots"; fi
  done
}

# all_reports NAME: every --report format into NAME.report.FORMAT.
all_reports() {
  local f
  for f in text json sarif junit github octopus html; do printf -- '--report %s=%s.report.%s ' "$f" "$1" "$f"; done
}

for name in escape via_link dotdot; do
  # shellcheck disable=SC2046
  run_case "$name" 4 "$PREFLIGHT" check --no-config $(all_reports "$name") "proj/$name.sql"
  [ -s "$name.report.html" ] && [ -s "$name.report.json" ] || fail "$name: reports not written"
  no_leak "$name"
  expect "$name" err "outside the folders \`:r\` may read (proj)"
  expect "$name" err "--include-root DIR"
  expect "$name" err "(included from proj/$name.sql:"
done
expect escape err ":r /etc/passwd (included from proj/escape.sql:3) resolves to /etc/passwd"
expect escape err "(included from proj/escape.sql:4) resolves to $work/secrets/secret.env"
expect escape err "(included from proj/escape.sql:5) resolves to $work/secrets/secret.sql"
# The link is inside the root, the file it points at is not: its resolved path is what counts.
expect via_link err ":r sub/link.sql (included from proj/via_link.sql:1) resolves to $work/secrets/secret.sql"
# The other script of escape.sql is still checked and reported.
expect escape out "proj/escape.sql"
# JSON: each refused include is a file entry of its own, with the error and where it was read.
python3 - escape.report.json <<'PY' || fail "escape: JSON report entries"
import json, sys
files = json.load(open(sys.argv[1]))["files"]
refused = [f for f in files if f.get("included_from")]
assert len(refused) == 3, refused
assert all("error" in f and "outside the folders" in json.dumps(f["error"]) for f in refused), refused
PY

# A folder given: the same.
mkdir proj2
cp proj/escape.sql proj/dotdot.sql proj2/
# shellcheck disable=SC2046
run_case folder 4 "$PREFLIGHT" check --no-config --format json $(all_reports folder) proj2
no_leak folder
expect folder err "outside the folders \`:r\` may read (proj2)"

# SSDT: Scripts/Post-Deployment/Script.PostDeployment.sql reads ..\Data\Seed.sql.
mkdir -p ssdt/Scripts/Post-Deployment ssdt/Scripts/Data
printf 'PRINT N%s;\nGO\n:r ..\\Data\\Seed.sql\n' "'post-deployment'" \
  >ssdt/Scripts/Post-Deployment/Script.PostDeployment.sql
printf 'INSERT INTO dbo.Colors (Id, Name) VALUES (1, N%s);\n' "'Red'" >ssdt/Scripts/Data/Seed.sql
post=ssdt/Scripts/Post-Deployment/Script.PostDeployment.sql
# The project folder given: the include is inside it, and read (2 files: the script and the seed).
run_case ssdt_folder 0 "$PREFLIGHT" check --no-config ssdt
expect ssdt_folder out "2 files, 2 statements"
# The single file given: its folder is the only root, so ..\Data is outside; the message says how
# to allow it, and the run is not a pass.
run_case ssdt_file 4 "$PREFLIGHT" check --no-config "$post"
expect ssdt_file err ":r ..\\Data\\Seed.sql (included from $post:3) resolves to $work/ssdt/Scripts/Data/Seed.sql"
expect ssdt_file err "(ssdt/Scripts/Post-Deployment)"
expect ssdt_file err "--include-root DIR"
run_case ssdt_root 0 "$PREFLIGHT" check --no-config --include-root ssdt/Scripts "$post"
expect ssdt_root out "2 files, 2 statements"
# A root that is itself a link works: its target is what paths resolve to.
ln -s ssdt/Scripts scripts_link
run_case ssdt_link_root 0 "$PREFLIGHT" check --no-config --include-root scripts_link "$post"
# `model` follows includes with the same roots.
run_case ssdt_model 4 "$PREFLIGHT" model --no-config "$post"
expect ssdt_model err "--include-root DIR"
run_case ssdt_model_root 0 "$PREFLIGHT" model --no-config --include-root ssdt "$post"
# A root that is no folder is a usage error, not a silently smaller set of roots.
run_case bad_root 3 "$PREFLIGHT" check --no-config --include-root ssdt/nothing "$post"
expect bad_root err "--include-root: ssdt/nothing is not a folder"

# The policy's files.include_roots, relative to the policy file's folder.
mkdir -p pol/db pol/shared
printf ':r ../shared/common.sql\n' >pol/db/main.sql
printf 'SELECT 1 AS one;\n' >pol/shared/common.sql
run_case policy_without 4 "$PREFLIGHT" check --no-config pol/db/main.sql
printf 'files:\n  include_roots: ["shared"]\n' >pol/.preflight.yml
run_case policy_with 0 "$PREFLIGHT" check pol/db/main.sql
run_case policy_config 0 "$PREFLIGHT" check --config pol/.preflight.yml pol/db/main.sql
printf 'files:\n  include_roots: ["elsewhere"]\n' >pol/.preflight.yml
run_case policy_bad_root 3 "$PREFLIGHT" check pol/db/main.sql
expect policy_bad_root err "files.include_roots in pol/.preflight.yml: pol/elsewhere is not a folder"

# A git work tree is one deployment: a pre-commit hook names the one changed script, whose `..`
# reads stay inside the repository. `.git` may be a folder or (a linked work tree) a file; out of
# the work tree is still refused. Read with `git rev-parse --show-toplevel`'s rule: the nearest
# folder above holding `.git` (git-rev-parse(1)).
mkdir -p repo/db/Post repo/db/Data
printf ':r ..\\Data\\Seed.sql\n:r ../../../secrets/secret.sql\n' >repo/db/Post/post.sql
printf 'SELECT 1 AS seed;\n' >repo/db/Data/Seed.sql
run_case git_none 4 "$PREFLIGHT" check --no-config repo/db/Post/post.sql
expect git_none err ":r ..\\Data\\Seed.sql (included from repo/db/Post/post.sql:1)"
mkdir repo/.git
run_case git_dir 4 "$PREFLIGHT" check --no-config repo/db/Post/post.sql
expect git_dir out "3 files, 1 statement"
expect git_dir err ":r ../../../secrets/secret.sql (included from repo/db/Post/post.sql:2) resolves to $work/secrets/secret.sql"
no_leak git_dir
rmdir repo/.git
printf 'gitdir: /elsewhere/.git/worktrees/repo\n' >repo/.git
printf ':r ..\\Data\\Seed.sql\n' >repo/db/Post/post.sql
run_case git_file 0 "$PREFLIGHT" check --no-config repo/db/Post/post.sql
expect git_file out "2 files, 1 statement, 0 unparsed"

# Fan-out: f0 reads f1 twice, f1 reads f2 twice, ... f24 reads f25 twice: 2^25 includes unbounded.
mkdir fan
for i in $(seq 0 24); do printf ':r f%d.sql\n:r f%d.sql\n' $((i + 1)) $((i + 1)) >"fan/f$i.sql"; done
printf 'SELECT 1 AS one;\n' >fan/f25.sql
start=$(date +%s%N)
run_case fan 4 "$PREFLIGHT" check --no-config fan/f0.sql
ms=$((($(date +%s%N) - start) / 1000000))
echo "fan: ${ms} ms"
[ "$ms" -lt $((10 * 1000 * TIME_SCALE)) ] || fail "fan: ${ms} ms, more than 10 s"
expect fan err "the run follows at most 10000 \`:r\` lines (the --max-includes limit"
# One error for the cap, not one per `:r` line left.
[ "$(grep -c 'max-includes' fan.err)" = 1 ] || fail "fan: the cap is reported $(grep -c 'max-includes' fan.err) times"
# 10,000 includes followed, each a file of the report: 1 input, 10,000 read, 1 refused.
expect fan out "10002 files"

# Every `:r` counts, the same file twice twice.
mkdir twice
printf ':r a.sql\n:r a.sql\n' >twice/main.sql
printf 'SELECT 1 AS one;\n' >twice/a.sql
run_case twice_over 4 "$PREFLIGHT" check --no-config --max-includes 1 twice/main.sql
expect twice_over err ":r a.sql (included from twice/main.sql:2) is one include too many: the run follows at most 1 \`:r\` line (the"
run_case twice_at 0 "$PREFLIGHT" check --no-config --max-includes 2 twice/main.sql

# Bytes: a 100,000-byte file read three times is 300,000 bytes.
mkdir bytes
python3 -c "open('bytes/big.sql','w').write(('SELECT 1 AS one;' + ' ' * 83 + '\n') * 1000)"
[ "$(stat -c %s bytes/big.sql)" = 100000 ] || fail "bytes/big.sql is not 100000 bytes"
printf ':r big.sql\n:r big.sql\n:r big.sql\n' >bytes/main.sql
run_case bytes_over 4 "$PREFLIGHT" check --no-config --max-include-bytes 299999 bytes/main.sql
expect bytes_over err "(included from bytes/main.sql:3) takes the files read through \`:r\` to 300000 bytes, over the --max-include-bytes limit of 299999 bytes"
run_case bytes_at 0 "$PREFLIGHT" check --no-config --max-include-bytes 300000 bytes/main.sql
run_case bytes_zero 3 "$PREFLIGHT" check --no-config --max-include-bytes 0 bytes/main.sql
# Inputs that read each other: each is "read by another input", yet none runs first; they must
# still be checked (here: the cycle, an input error), never a pass of nothing.
mkdir cycle
printf 'DROP TABLE dbo.Orders;\n:r b.sql\n' >cycle/a.sql
printf ':r a.sql\n' >cycle/b.sql
run_case cycle 4 "$PREFLIGHT" check --no-config cycle
expect cycle err "an include cycle"
expect cycle out "PF101"
echo "OK"
