#!/usr/bin/env bash
# Preflight.<version>.zip, the Octopus package: `preflight` at its root, runnable once extracted
# the way Octopus does it (no executable bits kept, so the step template's chmod comes first).
source "$(dirname "$0")/package_common.sh"
zip=$PACKAGES/Preflight.$VERSION.zip
need_package "$zip"
/usr/bin/python3 - "$zip" "$work/extracted" >"$work/names" <<'PY' || fail "not a zip: $zip"
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    for name in z.namelist():
        print(name)
    z.extractall(sys.argv[2])  # zipfile keeps no permissions, like Calamari's extraction
PY
cat "$work/names"
grep -qx "preflight" "$work/names" || fail "no preflight at the root of $zip"
bin=$work/extracted/preflight
[ ! -x "$bin" ] || fail "extraction kept the executable bit: the test would not show the step's chmod is needed"
chmod +x "$bin"
runs_examples "$bin"
echo "ok"
