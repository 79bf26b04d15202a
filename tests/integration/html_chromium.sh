#!/usr/bin/env bash
# The HTML report rendered in headless Chromium: the DOM holds the verdict and every finding of
# the JSON report of the same run, nothing is fetched from the network, and a screenshot is left
# in BUILD/html-report/ for a person to look at.
source "$(dirname "$0")/common.sh"
chromium=$(command -v chromium || true)
[ -n "$chromium" ] || skip "no chromium (Debian package chromium)"

out=$BUILD/html-report
rm -rf "$out" && mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# The flags keep Chromium from reaching for the network at start-up (none is reachable in CI).
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync
  --user-data-dir="$profile")

case_run() {  # NAME ARGS...: html + json reports of one run, then render and check
  local name=$1; shift
  "$PREFLIGHT" check --report "html=$out/$name.html" --report "json=$out/$name.json" "$@" \
    >/dev/null 2>&1 || [ $? -le 2 ] || fail "$name: preflight failed"
  # Self-contained: no URL of any scheme Chromium could fetch. A link to a place in the page
  # itself (`href="#change-3"`, the changes table) fetches nothing.
  if grep -Eq 'src=|href="[^#]|href=[^"]|https?:|url\(|@import' "$out/$name.html"; then
    fail "$name: the page refers to something outside itself"
  fi
  timeout 60 "$chromium" "${flags[@]}" --dump-dom "file://$out/$name.html" >"$out/$name.dom.html" \
    2>"$out/$name.chromium.log" || fail "$name: chromium --dump-dom failed (see $out/$name.chromium.log)"
  /usr/bin/python3 tests/tools/check_html_dom.py "$out/$name.dom.html" "$out/$name.json" ||
    fail "$name: DOM check"
  timeout 60 "$chromium" "${flags[@]}" --hide-scrollbars --window-size=1200,1400 \
    --screenshot="$out/$name.png" "file://$out/$name.html" >/dev/null 2>&1 ||
    fail "$name: screenshot failed"
  [ -s "$out/$name.png" ] || fail "$name: empty screenshot"
  echo "screenshot: $out/$name.png"
}

case_run examples examples
# Two findings of one rule on one statement are one card with both places; a file with nothing
# to report is listed by name; every card carries the rule's guidance (check_html_dom.py).
cards=$(mktemp -d)
trap 'rm -rf "$profile" "$cards"' EXIT
printf 'SELECT o.Id\nFROM dbo.Orders AS o WITH (NOLOCK)\nJOIN dbo.Lines AS l WITH (NOLOCK) ON l.OrderId = o.Id;\n' \
  >"$cards/V1__report.sql"
printf 'CREATE TABLE dbo.Audit (Id int NOT NULL PRIMARY KEY);\n' >"$cards/V2__audit.sql"
case_run cards --no-config "$cards"
grep -q 'data-rule="PF211" data-line="2" data-lines="2 3"' "$out/cards.html" ||
  fail "cards: the two NOLOCK hints of one SELECT are not one card with lines 2 and 3"
grep -q '2 places in one statement' "$out/cards.dom.html" || fail "cards: the card does not say it has 2 places"
case_run waivers --today 2026-11-24 --config tests/e2e/policy_waivers/.preflight.yml tests/e2e/policy_waivers/input
case_run inline --config tests/e2e/policy_inline/.preflight.yml tests/e2e/policy_inline/input/V5__cleanup.sql
echo "ok"
