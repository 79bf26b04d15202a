#!/usr/bin/env bash
# The .deb installs (dpkg -x into a temporary root, no root rights needed) and its preflight judges
# the examples; it depends on nothing but libc6, and installs the rule reference beside it.
source "$(dirname "$0")/package_common.sh"
command -v dpkg-deb >/dev/null || skip "no dpkg-deb"
deb=$PACKAGES/preflight_${VERSION}_$(dpkg --print-architecture).deb
need_package "$deb"
dpkg-deb --field "$deb" Package Version Depends >"$work/fields"
cat "$work/fields"
grep -qx "Package: preflight" "$work/fields" || fail "package name"
grep -qx "Version: $VERSION" "$work/fields" || fail "package version is not $VERSION"
# dpkg-shlibdeps writes the libc6 the binary needs; a library beyond glibc would be named here.
depends=$(sed -n 's/^Depends: //p' "$work/fields" | tr ',' '\n' | sed 's/^ *//; s/ .*//' | grep -v '^$' || true)
for d in $depends; do
  [ "$d" = libc6 ] || fail "the package depends on $d: only glibc (libc6) is allowed"
done
dpkg-deb -x "$deb" "$work/root"
bin=$work/root/usr/bin/preflight
[ -x "$bin" ] || fail "no executable usr/bin/preflight in the package"
cmp -s "$work/root/usr/share/doc/preflight/docs/rules.md" docs/rules.md ||
  fail "usr/share/doc/preflight/docs/rules.md is not docs/rules.md"
# The man page written by the binary at build time (src/cli/CMakeLists.txt, target man).
grep -q '^\.TH PREFLIGHT 1' "$work/root/usr/share/man/man1/preflight.1" ||
  fail "no man page usr/share/man/man1/preflight.1"
runs_examples "$bin"
echo "ok"
