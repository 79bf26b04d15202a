#!/usr/bin/env bash
# Cross-builds the libraries preflight.exe links from Debian's own source packages (docs/windows.md).
#
#   tools/windows/build-deps.sh [PREFIX]     (default: build-win/deps/prefix)
#
# `apt-get source` fetches each package (Debian's patches applied) into build-win/deps/src; nothing
# is committed. Each library is built static with x86_64-w64-mingw32-g++-posix
# (cmake/mingw-w64.cmake) and installed under PREFIX. The header-only libraries (CLI11,
# nlohmann-json, doctest, utfcpp) are Debian's installed headers, linked into PREFIX/include so that
# the cross compiler never sees /usr/include (glibc's headers there would shadow MinGW's).
# Idempotent: a library whose stamp (package and version) is in PREFIX/stamps is skipped.
# Needs the packages and deb-src lines that .ci/install-deps sets up.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$root/build-win/deps
prefix=${1:-$work/prefix}
toolchain=$root/cmake/mingw-w64.cmake
jobs=$(nproc)
mkdir -p "$work/src" "$work/build" "$prefix/include" "$prefix/lib" "$prefix/stamps"

# source_dir PACKAGE: fetches and unpacks Debian's source of PACKAGE once; prints the folder.
source_dir() {
  local version dir
  version=$(apt-cache showsrc "$1" | sed -n 's/^Version: //p' | sort -V | tail -1)
  [ -n "$version" ] || { echo "no source package $1: deb-src lines missing? (.ci/install-deps)" >&2; exit 1; }
  dir=$work/src/$1-${version%-*}
  if [ ! -d "$dir" ]; then
    (cd "$work/src" && apt-get source -qq "$1=$version" >/dev/null)
  fi
  echo "$dir"
}

# stamp_of PACKAGE: the file that says PACKAGE, at the version apt offers, is in PREFIX.
stamp_of() {
  echo "$prefix/stamps/$1-$(apt-cache showsrc "$1" | sed -n 's/^Version: //p' | sort -V | tail -1)"
}

# cmake_build NAME SOURCE_DIR [CMAKE ARGS...]: configure, build and install a static library.
cmake_build() {
  local name=$1 src=$2
  shift 2
  cmake -S "$src" -B "$work/build/$name" -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" -DBUILD_SHARED_LIBS=OFF \
    -DCMAKE_POLICY_DEFAULT_CMP0069=NEW -Wno-dev "$@" >"$work/build/$name.log"
  cmake --build "$work/build/$name" -j"$jobs" >>"$work/build/$name.log" 2>&1
  cmake --install "$work/build/$name" >>"$work/build/$name.log" 2>&1
}

# ---------------------------------------------------------------- header-only: Debian's headers
for dir in CLI nlohmann doctest utf8cpp; do
  [ -e "$prefix/include/$dir" ] || ln -s "/usr/include/$dir" "$prefix/include/$dir"
done
# Their CMake package files, copied so that they point into PREFIX (they locate their headers
# relative to themselves; doctest's names /usr, which is put right here).
mkdir -p "$prefix/share/cmake" "$prefix/lib/cmake"
for pkg in /usr/share/cmake/CLI11 /usr/share/cmake/nlohmann_json; do
  [ -d "$prefix/share/cmake/$(basename "$pkg")" ] || cp -r "$pkg" "$prefix/share/cmake/"
done
if [ ! -d "$prefix/lib/cmake/doctest" ]; then
  cp -r /usr/lib/cmake/doctest "$prefix/lib/cmake/"
  sed -i "s#\"/usr\"#\"$prefix\"#" "$prefix/lib/cmake/doctest/doctestTargets.cmake"
fi

# ---------------------------------------------------------------- fmt
stamp=$(stamp_of fmtlib)
if [ ! -f "$stamp" ]; then
  echo "building fmt"
  cmake_build fmt "$(source_dir fmtlib)" -DFMT_DOC=OFF -DFMT_TEST=OFF -DFMT_INSTALL=ON
  touch "$stamp"
fi

# ---------------------------------------------------------------- yaml-cpp
stamp=$(stamp_of yaml-cpp)
if [ ! -f "$stamp" ]; then
  echo "building yaml-cpp"
  cmake_build yaml-cpp "$(source_dir yaml-cpp)" -DYAML_BUILD_SHARED_LIBS=OFF \
    -DYAML_CPP_BUILD_TESTS=OFF -DYAML_CPP_BUILD_TOOLS=OFF -DYAML_CPP_BUILD_CONTRIB=OFF
  touch "$stamp"
fi

# ---------------------------------------------------------------- libmd (SHA-256 of src/source/)
stamp=$(stamp_of libmd)
if [ ! -f "$stamp" ]; then
  echo "building libmd"
  src=$(source_dir libmd)
  rm -rf "$work/build/libmd" && mkdir -p "$work/build/libmd"
  (cd "$work/build/libmd" &&
    "$src/configure" --host=x86_64-w64-mingw32 --prefix="$prefix" --disable-shared \
      --enable-static CC=x86_64-w64-mingw32-gcc-posix >"$work/build/libmd.log" &&
    make -j"$jobs" >>"$work/build/libmd.log" 2>&1 && make install >>"$work/build/libmd.log" 2>&1)
  touch "$stamp"
fi

# ---------------------------------------------------------------- ANTLR 4.9 C++ runtime
# Only its static library is built (the upstream CMake also builds a DLL, twice the time), so the
# headers, the archive and a CMake package naming them are installed here, in the shape of
# Debian's libantlr4-runtime-dev (ANTLR4_INCLUDE_DIR, target antlr4_static).
stamp=$(stamp_of antlr4-cpp-runtime)
if [ ! -f "$stamp" ]; then
  echo "building the ANTLR 4.9 C++ runtime"
  src=$(source_dir antlr4-cpp-runtime)
  # Debian's patch points the runtime at the system's utfcpp in /usr/include; a cross build takes
  # the same headers from PREFIX.
  sed -i "s#^  /usr/include#  $prefix/include/utf8cpp#" "$src/runtime/CMakeLists.txt"
  cmake -S "$src" -B "$work/build/antlr4" -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
    -DCMAKE_BUILD_TYPE=Release -Wno-dev >"$work/build/antlr4.log" 2>&1
  cmake --build "$work/build/antlr4" -j"$jobs" --target antlr4_static >>"$work/build/antlr4.log" 2>&1
  rm -rf "$prefix/include/antlr4-runtime"
  (cd "$src/runtime/src" && find . -name '*.h' -exec install -D -m 644 {} \
    "$prefix/include/antlr4-runtime/{}" \;)
  install -m 644 "$src/dist/libantlr4-runtime.a" "$prefix/lib/"
  mkdir -p "$prefix/lib/cmake/antlr4-runtime"
  cat >"$prefix/lib/cmake/antlr4-runtime/antlr4-runtime-config.cmake" <<'EOF'
# Written by tools/windows/build-deps.sh: the static ANTLR 4.9 runtime, cross-built.
get_filename_component(_pf_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
set(ANTLR4_INCLUDE_DIR "${_pf_prefix}/include/antlr4-runtime")
if(NOT TARGET antlr4_static)
  add_library(antlr4_static STATIC IMPORTED)
  # The runtime's headers mark every class __declspec(dllimport) on Windows unless told it is static.
  set_target_properties(antlr4_static PROPERTIES
    IMPORTED_LOCATION "${_pf_prefix}/lib/libantlr4-runtime.a"
    INTERFACE_COMPILE_DEFINITIONS ANTLR4CPP_STATIC)
endif()
EOF
  touch "$stamp"
fi
echo "dependencies in $prefix"
