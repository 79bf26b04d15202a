#!/usr/bin/env bash
# --report onto something that is not a regular file. A character device or a FIFO is written
# straight into and stays what it was (renaming a temporary file onto /dev/null once replaced the
# machine's /dev/null with a regular file); a symbolic link, a block device or a socket is refused
# (exit 3, named, nothing written); a write that fails (a full device, stdout on /dev/full) is
# exit 4 with a message. Only device nodes made here are written to, never the system's.
source "$(dirname "$0")/common.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
clean=tests/e2e/clean_create_table
drop=tests/e2e/policy_waivers/input

[ "$(id -u)" = 0 ] || skip "needs root to make device nodes (mknod)"
command -v mknod >/dev/null || skip "mknod missing"
mknod "$work/null" c 1 3 || skip "mknod not permitted here"
mknod "$work/full" c 1 7
mkfifo "$work/fifo"

run() {  # runs preflight check ARGS, setting $code; stdout and stderr in $work/out, $work/err
  set +e
  "$PREFLIGHT" check "$@" >"$work/out" 2>"$work/err"
  code=$?
  set -e
}

# A character device: written into, still a device afterwards, the verdict's exit code.
run --report "json=$work/null" "$clean"
[ "$code" = 0 ] || { cat "$work/err"; fail "report to a null device exited $code, expected 0"; }
test -c "$work/null" || fail "the null device was replaced: $(stat -c %F "$work/null")"
[ -z "$(ls -A "$work" | grep -F .preflight-)" ] || fail "a temporary file was left"
run --report "sarif=$work/null" --report "html=$work/out.html" "$drop"
[ "$code" = 2 ] || fail "review verdict with a null device report exited $code, expected 2"
test -c "$work/null" || fail "the null device was replaced by the second run"
# No Octopus artifact for a device: there is no file to upload.
run --format octopus --report "json=$work/null" --report "html=$work/r.html" "$clean"
# (Octopus service messages are base64: "r.html" is ci5odG1s, "null" bnVsbA==.)
grep -q "createArtifact.*name='ci5odG1s'" "$work/out" || fail "the file report lost its artifact"
[ "$(grep -c createArtifact "$work/out")" = 1 ] || fail "the device was announced as an artifact"

# A full device: exit 4 with a message naming it, and still a device.
run --report "json=$work/full" "$clean"
[ "$code" = 4 ] || fail "report to a full device exited $code, expected 4"
grep -q "cannot write $work/full: No space left on device" "$work/err" ||
  { cat "$work/err"; fail "no message for the full device"; }
test -c "$work/full" || fail "the full device was replaced"
grep -q "verdict: pass" "$work/out" || fail "stdout lost its report"

# stdout on a full device: exit 4 with a message on stderr, for any verdict.
for input in "$clean" "$drop"; do
  set +e
  "$PREFLIGHT" check "$input" >"$work/full" 2>"$work/err"
  code=$?
  set -e
  [ "$code" = 4 ] || fail "stdout on a full device exited $code for $input, expected 4"
  grep -q "^preflight: cannot write to stdout" "$work/err" ||
    { cat "$work/err"; fail "no message for stdout on a full device"; }
done
# A short report fails only when stdout is flushed at the end, where the reason is known.
grep -q "cannot write to stdout: No space left on device" <("$PREFLIGHT" check "$clean" 2>&1 >"$work/full") ||
  fail "no reason given for stdout on a full device"
test -c "$work/full" || fail "the full device was replaced by a redirection"
# Other commands too: the rule list on a full stdout is not a success.
set +e
"$PREFLIGHT" rules >"$work/full" 2>"$work/err"
code=$?
set -e
[ "$code" = 4 ] || fail "rules with stdout on a full device exited $code, expected 4"

# A FIFO: written into while a reader reads it; still a FIFO afterwards, and the reader got the
# whole report.
cat "$work/fifo" >"$work/from_fifo" &
reader=$!
run --report "json=$work/fifo" "$clean"
wait "$reader"
[ "$code" = 0 ] || { cat "$work/err"; fail "report to a FIFO exited $code, expected 0"; }
test -p "$work/fifo" || fail "the FIFO was replaced"
"$PREFLIGHT" check --format json "$clean" >"$work/direct.json"
cmp -s "$work/direct.json" "$work/from_fifo" || fail "the FIFO reader did not get the report"
# A reader that goes away: exit 4 with a message, not death by SIGPIPE.
head -c 1 "$work/fifo" >/dev/null &
reader=$!
run --report "json=$work/fifo" "$drop"
wait "$reader" || true
# The report is a few KiB; the kernel may take it all before the reader closes. Either it
# arrived (exit 2) or the error is reported (exit 4); never a signal.
[ "$code" = 2 ] || [ "$code" = 4 ] || fail "report to a FIFO whose reader left exited $code"
if [ "$code" = 4 ]; then grep -q "cannot write" "$work/err" || fail "no message for EPIPE"; fi

# Refused before anything is checked: exit 3, the path named, nothing changed.
expect_refused() {  # MESSAGE PATH
  run --report "json=$2" "$clean"
  [ "$code" = 3 ] || { cat "$work/err"; fail "--report json=$2 exited $code, expected 3"; }
  grep -qF -- "$1" "$work/err" || { cat "$work/err"; fail "--report json=$2: no '$1'"; }
  [ ! -s "$work/out" ] || fail "--report json=$2 printed a report"
}
ln -s "$work/null" "$work/link_to_null"
expect_refused "$work/link_to_null is a symbolic link (to $work/null); refusing" "$work/link_to_null"
test -L "$work/link_to_null" || fail "the link to the null device was replaced"
test -c "$work/null" || fail "the null device changed through a link"
echo keep >"$work/kept.json"
ln -s "$work/kept.json" "$work/link_to_file"
expect_refused "is a symbolic link" "$work/link_to_file"
test -L "$work/link_to_file" || fail "the link to a file was replaced"
[ "$(cat "$work/kept.json")" = keep ] || fail "a file was written through a link"
ln -s "$work/nowhere.json" "$work/dangling"
expect_refused "is a symbolic link" "$work/dangling"
[ ! -e "$work/nowhere.json" ] || fail "a dangling link was followed"
test -L "$work/dangling" || fail "the dangling link was replaced"
# Like /dev/stdout (a link to /proc/self/fd/1), which is not used here: a regression would
# replace the machine's.
ln -s /proc/self/fd/1 "$work/stdout"
expect_refused "$work/stdout is a symbolic link (to /proc/self/fd/1)" "$work/stdout"
test -L "$work/stdout" || fail "the link to stdout was replaced"
mkdir "$work/folder"
expect_refused "is a folder" "$work/folder"
if mknod "$work/block" b 7 200 2>/dev/null; then
  expect_refused "is a block device, not a regular file" "$work/block"
  test -b "$work/block" || fail "the block device node was replaced"
fi
python3 -c 'import socket,sys; s=socket.socket(socket.AF_UNIX); s.bind(sys.argv[1])' "$work/sock" 2>/dev/null &&
  expect_refused "is a socket, not a regular file" "$work/sock"

# A missing folder is still exit 4 (not 3): it is found when the report is written.
run --report "json=$work/missing/r.json" "$clean"
[ "$code" = 4 ] || fail "a report in a missing folder exited $code, expected 4"
[ -z "$(find "$work" -name '*.preflight-*')" ] || fail "a temporary file was left"
echo "ok"
