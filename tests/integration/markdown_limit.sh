#!/usr/bin/env bash
# 10,000 findings in the Markdown report: it stays within --markdown-limit (default 65,536 bytes,
# a GitHub comment: "Body is too long (maximum is 65536 characters)" from the REST API, and a
# character is at least one byte), is cut between whole findings, ends with the note that says
# how many were left out, and still renders through cmark-gfm with every code block closed.
source "$(dirname "$0")/common.sh"
command -v cmark-gfm >/dev/null || skip "no cmark-gfm (Debian package cmark-gfm)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=10000
# Backtick runs in every line's comment: each code block needs a longer fence.
for ((i = 0; i < n; i++)); do echo "DROP TABLE dbo.T$i; -- \`\`\`\` @octocat"; done >"$work/big.sql"

# check_cut FILE LIMIT: FILE is within LIMIT bytes, its shown findings and the number the note
# says were left out add up to n, and its fences are balanced in the rendered HTML.
check_cut() {
  local file=$1 limit=$2 size shown left
  size=$(wc -c <"$file")
  [ "$size" -le "$limit" ] || fail "$file: $size bytes, over the limit $limit"
  shown=$(grep -c '^\*\*review\*\* PF101 ' "$file" || true)
  tail -n 1 "$file" | grep -q '^\*\*Cut to fit '"$limit"' bytes:\*\* [0-9]* findings* not shown here\.' ||
    fail "$file does not end with the note: $(tail -c 300 "$file")"
  left=$(tail -n 1 "$file" | sed -E 's/^.*bytes:\*\* ([0-9]+) finding.*$/\1/')
  [ $((shown + left)) = $n ] || fail "$file: $shown shown + $left left out != $n"
  echo "$file: $size bytes, $shown findings shown, $left left out"
  cmark-gfm -e table -e strikethrough -e autolink -e tagfilter "$file" >"$file.html"
  # Every finding's code block is its own <pre>, and the note is a paragraph after the last one,
  # not text inside an unclosed fence.
  [ "$(grep -c '<pre><code class="language-text">' "$file.html")" = "$shown" ] ||
    fail "$file: $(grep -c '<pre>' "$file.html") code blocks for $shown findings"
  tail -n 1 "$file.html" | grep -q '^<p><strong>Cut to fit' || fail "$file: the note is not a paragraph"
}

set +e
"$PREFLIGHT" check --no-config --format markdown "$work/big.sql" >"$work/default.md" 2>/dev/null
code=$?
set -e
[ "$code" = 2 ] || fail "exit $code"
check_cut "$work/default.md" 65536
grep -q 'Every finding is in the full report: write it in the same run with `--report html=PATH`' \
  "$work/default.md" || fail "the note does not say where the full report is"

# A job summary's limit (1 MiB per step), and the note's link to the full report.
set +e
"$PREFLIGHT" check --no-config --format markdown --markdown-limit 1048576 \
  --markdown-link 'https://ci.example/runs/7?a=1&b=<x>' "$work/big.sql" >/dev/null 2>"$work/err"
[ $? = 3 ] || fail "a link with < > was accepted"
"$PREFLIGHT" check --no-config --markdown-limit 1048576 \
  --markdown-link 'https://ci.example/runs/7?a=1&lt;=2' \
  --report "markdown=$work/summary.md" "$work/big.sql" >/dev/null 2>&1
set -e
check_cut "$work/summary.md" 1048576
grep -q '<a href="https://ci.example/runs/7?a=1&amp;lt;=2">full report</a>' "$work/summary.md.html" ||
  fail "the link is not the address given: $(grep -o '<a [^>]*>' "$work/summary.md.html")"

# The smallest limit with the longest link, all `&` (each written `&amp;`): still within it.
link="https://ci.example/?$(head -c 980 /dev/zero | tr '\0' '&')"
[ ${#link} = 1000 ] || fail "link of ${#link} characters"
set +e
"$PREFLIGHT" check --no-config --format markdown --markdown-limit 8192 --markdown-link "$link" \
  "$work/big.sql" >"$work/small.md" 2>/dev/null
"$PREFLIGHT" check --no-config --format markdown --markdown-link "${link}x" "$work/big.sql" \
  >/dev/null 2>&1
[ $? = 3 ] || fail "a link of 1001 characters was accepted"
set -e
check_cut "$work/small.md" 8192

# No limit: every finding.
set +e
"$PREFLIGHT" check --no-config --format markdown --markdown-limit 0 "$work/big.sql" >"$work/all.md" 2>/dev/null
set -e
[ "$(grep -c '^\*\*review\*\* PF101 ' "$work/all.md")" = $n ] || fail "--markdown-limit 0 cut the report"
! grep -q 'Cut to fit' "$work/all.md" || fail "an uncut report has the note"

# A limit the verdict and the note cannot fit in is refused.
set +e
"$PREFLIGHT" check --no-config --format markdown --markdown-limit 100 "$work/big.sql" >/dev/null 2>"$work/err"
code=$?
set -e
[ "$code" = 3 ] || fail "--markdown-limit 100: exit $code"
echo "ok"
