#!/usr/bin/env bash
# Builds build-win/preflight.exe on Debian 12 (docs/windows.md): the cross-built dependencies
# first (tools/windows/build-deps.sh, skipped when already built), then the project with
# cmake/mingw-w64.cmake. The build-time tools are Windows programs run by wine, in a wine prefix
# of the build's own (build-win/wine), never the user's ~/.wine.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
bash tools/windows/build-deps.sh
export WINEPREFIX=${WINEPREFIX:-$root/build-win/wine} WINEDEBUG=-all
mkdir -p "$WINEPREFIX"
cmake -S . -B build-win -DCMAKE_TOOLCHAIN_FILE="$root/cmake/mingw-w64.cmake" \
  -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF ${CMAKE_CXX_COMPILER_LAUNCHER:+-DCMAKE_CXX_COMPILER_LAUNCHER=$CMAKE_CXX_COMPILER_LAUNCHER}
cmake --build build-win -j"$(nproc)" --target preflight
echo "built build-win/preflight.exe"
