#!/usr/bin/env bash
# 20,000 findings in one script: every format reports all of them, within a bound that only a
# super-linear writer would break (measured ~0.5-1.2 s per format here, docs/dev/performance.md).
source "$(dirname "$0")/common.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=20000
for ((i = 0; i < n; i++)); do echo "DROP TABLE dbo.T$i;"; done >"$work/big.sql"
for f in text json sarif junit github octopus html markdown; do
  start=$(date +%s%N)
  set +e
  # --markdown-limit 0: the markdown report too has every finding (it is cut only on request).
  "$PREFLIGHT" check --no-config --format "$f" --markdown-limit 0 "$work/big.sql" >"$work/out.$f" 2>/dev/null
  code=$?
  set -e
  ms=$((($(date +%s%N) - start) / 1000000))
  [ "$code" = 2 ] || fail "$f: exit $code"
  case $f in
    text) count=$(grep -c ': review PF101 drop-table:' "$work/out.$f") ;;
    json|sarif) count=$(grep -c '"PF101"' "$work/out.$f") ;;
    junit) count=$(grep -c '<failure ' "$work/out.$f") ;;
    github) count=$(grep -c '^::warning file=' "$work/out.$f") ;;
    # The changes block is highlighted too: count the highlighted findings only.
    octopus) count=$(grep -A1 '^##octopus\[stdout-highlight\]$' "$work/out.$f" |
      grep -c ': review PF101 drop-table:') ;;
    html) count=$(grep -c '<div class="finding review"' "$work/out.$f") ;;
    markdown) count=$(grep -c '^\*\*review\*\* PF101 ' "$work/out.$f") ;;
  esac
  # SARIF also names PF101 once in tool.driver.rules.
  [ "$f" = sarif ] && count=$((count - 1))
  echo "$f: $count findings in ${ms} ms"
  [ "$count" = $n ] || fail "$f: $count findings reported, expected $n"
  [ "$ms" -lt $((30000 * TIME_SCALE)) ] || fail "$f: ${ms} ms for $n findings"
done
echo "ok"
