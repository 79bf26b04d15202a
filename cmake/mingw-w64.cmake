# Cross-compiling for 64-bit Windows with Debian's mingw-w64 (docs/windows.md):
#   cmake -DCMAKE_TOOLCHAIN_FILE=cmake/mingw-w64.cmake -DPF_WINDOWS_DEPS=PREFIX ...
# The posix thread model: std::thread and std::mutex need it (the win32 model has neither in
# GCC 12), and src/deploy/parallel.cpp sets a parser thread's stack size through winpthreads.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)

# The libraries tools/windows/build-deps.sh cross-built; never the build machine's.
set(PF_WINDOWS_DEPS "${CMAKE_CURRENT_LIST_DIR}/../build-win/deps/prefix"
    CACHE PATH "Prefix of the cross-built dependencies (tools/windows/build-deps.sh)")
list(APPEND CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 "${PF_WINDOWS_DEPS}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)  # antlr4 (Java) runs on the build machine
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# The build-time tools (the catalogue compiler, the snapshot trainer, the Unicode classes writer)
# are Windows programs too; wine runs them, so they are exercised as the product is.
find_program(PF_WINE wine)
if(PF_WINE)
  set(CMAKE_CROSSCOMPILING_EMULATOR "${PF_WINE}")
endif()

# One self-contained .exe: libstdc++, libgcc and winpthreads linked in, no DLL beside it.
# libmd is linked by name (src/source/), as on Debian, and its sha2.h has no CMake package.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -L${PF_WINDOWS_DEPS}/lib")
set(CMAKE_CXX_FLAGS_INIT "-isystem ${PF_WINDOWS_DEPS}/include")
