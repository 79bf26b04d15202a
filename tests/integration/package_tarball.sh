#!/usr/bin/env bash
# The .tar.gz's preflight runs with nothing from the system but glibc: ldd and the ELF's NEEDED
# entries name only glibc's own libraries (or none, for a fully static binary).
source "$(dirname "$0")/package_common.sh"
command -v ldd >/dev/null && command -v readelf >/dev/null || skip "no ldd or readelf (libc-bin, binutils)"
name=preflight-$VERSION-linux-$(uname -m)
tarball=$PACKAGES/$name.tar.gz
need_package "$tarball"
(cd "$PACKAGES" && sha256sum --quiet -c "$name.tar.gz.sha256") || fail "checksum of $tarball"
tar -xzf "$tarball" -C "$work"
bin=$work/$name/bin/preflight
[ -x "$bin" ] || fail "no executable $name/bin/preflight in the tarball"
[ -f "$work/$name/share/doc/preflight/docs/rules.md" ] || fail "no rule reference in the tarball"
# glibc's parts: the C library, its math, threads, dl, rt, the dynamic loader and the kernel's vDSO.
allowed='^(linux-vdso\.so\.1|libc\.so\.6|libm\.so\.6|libpthread\.so\.0|libdl\.so\.2|librt\.so\.1|ld-linux-x86-64\.so\.2|ld-linux-aarch64\.so\.1)$'
ldd "$bin" >"$work/ldd" 2>&1 || true
cat "$work/ldd"
if ! grep -qE "not a dynamic executable|statically linked" "$work/ldd"; then
  while read -r lib _; do
    base=${lib##*/}
    [[ $base =~ $allowed ]] || fail "the binary needs $lib from the system: only glibc is allowed"
  done <"$work/ldd"
fi
readelf -d "$bin" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' >"$work/needed"
while read -r lib; do
  [[ $lib =~ $allowed ]] || fail "NEEDED $lib: only glibc is allowed"
done <"$work/needed"
runs_examples "$bin"
echo "ok"
