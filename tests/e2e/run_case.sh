#!/usr/bin/env bash
# Runs one golden end-to-end case against the real binary.
#
#   run_case.sh PREFLIGHT CASE_DIR REPO_ROOT
#
# CASE_DIR/args holds the command line (shell words; paths relative to REPO_ROOT, where the binary
# runs). CASE_DIR/expected/ holds exit_code, stdout.txt and, where a case is about them,
# stderr.txt or report files. Only the tool version and Octopus artifact paths are normalised. On a mismatch the actual
# output is left in CASE_DIR/actual/ and a diff is printed; accept it with
# `tests/e2e/accept CASE` after reading that diff.
set -u
bin=$1 case_dir=$2 root=$3
cd "$root" || exit 2
actual="$case_dir/actual"
rm -rf "$actual" && mkdir -p "$actual"
eval "set -- $(cat "$case_dir/args")"
"$bin" "$@" >"$actual/stdout.txt" 2>"$actual/stderr.txt" </dev/null
echo $? >"$actual/exit_code"
sed -i -E 's/"version": "[0-9][^"]*"/"version": "<version>"/; s/^preflight [0-9][0-9.]*$/preflight <version>/' \
  "$actual/stdout.txt"
# An Octopus artifact path is absolute (Octopus collects it from another folder), so it names the
# checkout: it is written decoded, the checkout as <root>, e.g. path=<root>/tests/…/report.html.
python3 - "$actual/stdout.txt" "$(pwd -P)" <<'PY'
import base64, re, sys
path, root = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
def decoded(m):
    value = base64.b64decode(m.group(1)).decode("utf-8")
    # preflight.exe under wine (tests/integration/windows_wine.sh) sees the checkout as Z:\tmp\…
    if re.match(r"^[A-Za-z]:[\\/]", value):
        value = value[2:].replace("\\", "/")
    return "path=" + ("<root>" + value[len(root):] if value.startswith(root + "/") else value)
text = re.sub(r"(?<=^##octopus\[createArtifact )path='([A-Za-z0-9+/=]*)'", decoded, text, flags=re.M)
open(path, "w", encoding="utf-8").write(text)
PY

status=0
[ -f "$case_dir/expected/exit_code" ] || { echo "missing $case_dir/expected/exit_code"; exit 1; }
for expected in "$case_dir"/expected/*; do
  name=$(basename "$expected")
  if ! diff -u "$expected" "$actual/$name"; then
    echo "MISMATCH: $name (expected $expected, actual $actual/$name)"
    status=1
  fi
done
[ $status -eq 0 ] && rm -rf "$actual"
exit $status
