#!/usr/bin/env bash
# The release packages, from a clean clone (docs/install.md):
#
#   bash .ci/install-deps && bash tools/package.sh [BUILD_DIR] [CMAKE ARGS...]   (default build-pkg)
#
# writes into BUILD_DIR: preflight_<version>_<arch>.deb, preflight-<version>-linux-<machine>.tar.gz
# (each with a .sha256) and Preflight.<version>.zip, the Octopus package. The binary is the
# portable build (-DPREFLIGHT_PORTABLE=ON, cmake/Portable.cmake): static but for glibc, with
# mimalloc compiled from Debian's source package, which `apt-get source` fetches once into
# BUILD_DIR/deps (never committed). Extra CMake arguments go to the configure step, e.g.
# -DPREFLIGHT_OCTOPUS_EXTRA_FILES=/path/to/preflight.exe to put a Windows build into the zip.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build-pkg
if [ $# -gt 0 ] && [[ $1 != -* ]]; then
  build=$(realpath -m "$1")
  shift
fi
deps=$build/deps
mkdir -p "$deps"

version=$(apt-cache showsrc mimalloc | sed -n 's/^Version: //p' | sort -V | tail -1)
[ -n "$version" ] || { echo "no source package mimalloc: deb-src lines missing? (.ci/install-deps)" >&2; exit 1; }
upstream=${version#*:}
mimalloc=$deps/mimalloc-${upstream%-*}
if [ ! -f "$mimalloc/src/static.c" ]; then
  (cd "$deps" && apt-get source -qq "mimalloc=$version" >/dev/null)
fi

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DPREFLIGHT_PORTABLE=ON -DBUILD_TESTING=OFF \
  -DPREFLIGHT_MIMALLOC_SOURCE="$mimalloc" "$@" >/dev/null
cmake --build "$build" -j"$(nproc)" --target preflight octopus_package man
(cd "$build" && cpack --config CPackConfig.cmake >/dev/null)
cd "$build"
ls -1 ./*.deb ./*.tar.gz Preflight.*.zip
