#!/usr/bin/env bash
# preflight.exe (docs/windows.md) under Debian's wine: every golden end-to-end case of tests/e2e,
# compared with the same expected files as the Linux binary, then what only Windows has: paths
# typed with backslashes and a drive letter, CRLF scripts, `:r` with backslashes, report files
# replaced with MoveFileExW and the NUL device.
#
# Skipped when build-win/preflight.exe is absent (tools/windows/build.sh builds it), unless
# PF_REQUIRE_WINDOWS=1 (CI builds it first); PF_WINDOWS_EXE names another .exe.
source "$(dirname "$0")/common.sh"
exe=${PF_WINDOWS_EXE:-$ROOT/build-win/preflight.exe}
if [ ! -f "$exe" ]; then
  [ "${PF_REQUIRE_WINDOWS:-0}" = 1 ] && fail "no $exe (PF_REQUIRE_WINDOWS=1): run tools/windows/build.sh"
  echo "SKIPPED: no $exe (tools/windows/build.sh builds it)"
  exit 77
fi
command -v wine >/dev/null || skip "wine is not installed (packages wine, wine64)"

tmp=$(mktemp -d)
trap 'wineserver -k >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
# A wine prefix of this run's own: nothing of the user's ~/.wine is read or changed.
export WINEPREFIX=$tmp/wine WINEDEBUG=-all
wineboot -i >/dev/null 2>&1 || fail "wineboot could not create a wine prefix"

# win ARGS...: preflight.exe with ARGS, stdin empty.
win() { wine "$exe" "$@" </dev/null; }

# ---------------------------------------------------------------- the golden e2e cases
# Each case runs through tests/e2e/run_case.sh itself, with preflight.exe under wine as the binary,
# so its arguments, expected files and normalisation are exactly those of the Linux test. The root
# is a copy of the folders the cases read (tests/e2e, examples), so that the cases writing report
# files into their actual/ folder do not meet the Linux e2e test of the same case running at the
# same time. No case is excluded.
mkdir -p "$tmp/root/tests"
cp -r "$ROOT/tests/e2e" "$tmp/root/tests/" && cp -r "$ROOT/examples" "$tmp/root/"
rm -rf "$tmp"/root/tests/e2e/*/actual
printf '#!/bin/sh\nexec wine "%s" "$@"\n' "$exe" >"$tmp/preflight-wine"
chmod +x "$tmp/preflight-wine"
cases=0 failed=()
for args_file in "$tmp"/root/tests/e2e/*/args; do
  case_dir=$(dirname "$args_file")
  cases=$((cases + 1))
  if ! bash "$ROOT/tests/e2e/run_case.sh" "$tmp/preflight-wine" "$case_dir" "$tmp/root" >"$tmp/case.log" 2>&1; then
    echo "MISMATCH e2e.$(basename "$case_dir"):"
    head -40 "$tmp/case.log"
    failed+=("$(basename "$case_dir")")
  fi
done
echo "e2e cases under wine: $cases run, ${#failed[@]} mismatched"
[ ${#failed[@]} -eq 0 ] || fail "e2e cases differ under wine: ${failed[*]}"
[ "$cases" -gt 50 ] || fail "only $cases e2e cases found"

# ---------------------------------------------------------------- Windows spellings
cd "$tmp"
cp -r "$ROOT/tests/e2e/drop_table_json/input" typed
expected_path='"path": "typed/drop.sql"'
# Backslashes: the same report as with forward slashes (reports always use `/`).
run_case backslash 2 win check --format json 'typed\drop.sql'
expect backslash out "$expected_path"
# A drive letter (wine's Z: is /): the file is found and named with its drive.
drive_path=$(winepath -w "$tmp/typed/drop.sql" 2>/dev/null)
case $drive_path in [A-Z]:\\*) ;; *) fail "winepath gave '$drive_path'" ;; esac
run_case drive 2 win check --format json "$drive_path"
expect drive out "\"path\": \"${drive_path:0:2}/"
# A missing file with a drive letter: exit 4 (an input error) and the path in the message.
run_case drive_missing 4 win check "${drive_path%drop.sql}nothing.sql"
expect drive_missing err "nothing.sql"

# `check -` checks the bytes given. The C runtime opens stdin in text mode, which ends the input
# at the first Ctrl-Z (0x1A) and turns CRLF into LF (Microsoft's C runtime docs: `_setmode`, and
# `fopen` "Text and binary mode"); a DROP after a Ctrl-Z in a comment would go unchecked.
printf 'SELECT 1;\r\n-- \032 end of file for MS-DOS\r\nDROP TABLE dbo.AfterCtrlZ;\r\n' >ctrlz.sql
set +e
wine "$exe" check --format json - <ctrlz.sql >ctrlz.out 2>ctrlz.err
code=$?
set -e
case $code in 1 | 2) ;; *) fail "check - with a Ctrl-Z: exit $code: $(head -c 300 ctrlz.err)" ;; esac
grep -q '"object": "dbo.AfterCtrlZ"' ctrlz.out || fail "the DROP after a Ctrl-Z on stdin was not checked"
grep -q '"line": 3' ctrlz.out || fail "CRLF on stdin moved the lines: $(head -c 500 ctrlz.out)"
# A name Windows reserves for a device (NUL, CON) or refuses (`<`): named in the report, while
# the copy checked is a plain file of a name of Preflight's own.
for name in NUL CON.sql '<stdin>'; do
  set +e
  wine "$exe" check --format json --stdin-filename "$name" - <ctrlz.sql >named.out 2>named.err
  code=$?
  set -e
  case $code in 1 | 2) ;; *) fail "--stdin-filename $name: exit $code: $(head -c 300 named.err)" ;; esac
  grep -qF "\"path\": \"$name\"" named.out || fail "--stdin-filename $name is not the path reported"
done

# CRLF line ends: the same findings at the same lines and columns as LF.
sed 's/$/\r/' typed/drop.sql >crlf.sql
cp typed/drop.sql lf.sql
run_case lf 2 win check --format json lf.sql
run_case crlf 2 win check --format json crlf.sql
grep -E '"(rule|line|column)"' lf.out >lf.findings
grep -E '"(rule|line|column)"' crlf.out >crlf.findings
[ -s lf.findings ] || fail "no findings in the LF run"
cmp -s lf.findings crlf.findings || fail "CRLF changed findings: $(diff lf.findings crlf.findings | head -10)"

# `:r` with backslashes, as sqlcmd scripts written on Windows have them, relative and absolute.
mkdir -p inc/Scripts
printf ':r .\\Scripts\\Drop.sql\r\n' >inc/main.sql
printf 'DROP TABLE dbo.Legacy;\r\nGO\r\n' >inc/Scripts/Drop.sql
run_case include 2 win check --no-config --format json inc/main.sql
expect include out '"inc/Scripts/Drop.sql"'
expect include out '"PF101"'
abs_include=$(winepath -w "$tmp/inc/Scripts/Drop.sql")
printf ':r %s\r\n' "$abs_include" >inc/absolute.sql
run_case include_absolute 2 win check --no-config --format json inc/absolute.sql
expect include_absolute out '"PF101"'

# The parser's threads get their large stack (reserved with _beginthreadex, not committed): 10,000
# nested IFs recurse far deeper than a default Windows stack of 1-2 MiB holds (tests/integration/
# hostile_inputs.sh runs the same file on Linux), on the command's thread and on helper threads.
python3 -c 'print("IF 1 = 1\n" * 10000 + "DROP TABLE dbo.Deep;")' >deep.sql
run_case deep 2 win check --no-config --max-depth 10000 deep.sql
expect deep out "DROP TABLE dbo.Deep"
cp deep.sql deep2.sql
run_case deep_jobs 2 win check --no-config --max-depth 10000 --jobs 2 deep.sql deep2.sql
expect deep_jobs out "deep2.sql"

# ---------------------------------------------------------------- report files and exit codes
# A report replaces an existing file (MoveFileExW), leaves no temporary file behind, and is the
# same bytes as stdout.
echo old >report.json
run_case report 2 win check --format json --report json=report.json typed/drop.sql
cmp -s report.out report.json || fail "report.json differs from the JSON on stdout"
[ -z "$(find . -maxdepth 1 -name '.report.json.preflight-*')" ] || fail "a temporary report file was left"
# NUL is the null device in every folder: written to, never created as a file.
run_case report_nul 2 win check --report json=NUL --report sarif=nul.sarif typed/drop.sql
[ ! -e NUL ] && [ ! -e nul.sarif ] || fail "a report to NUL created a file: $(ls)"
# A folder is refused before anything runs: exit 3, as every bad option.
mkdir -p folder
run_case report_folder 3 win check --report json=folder typed/drop.sql
expect report_folder err "is a folder"
# Exit codes as on Linux: 0 pass, 1 fail, 2 manual review, 3 usage, 4 input error.
echo "CREATE TABLE dbo.T (id int NOT NULL);" >pass.sql
run_case exit_pass 0 win check --no-config pass.sql
run_case exit_usage 3 win check --format nope pass.sql
echo "windows_wine: ok"
