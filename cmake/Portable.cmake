# The release build (docs/install.md): a `preflight` that needs nothing from the system, for
# workers and hook users who never built the project. Included by CMakeLists.txt
# before the stages, so the targets below stand in for Debian's shared ones:
#   fmt::fmt   fmt's header-only mode, from Debian's headers (Debian ships no libfmt.a)
#   yaml-cpp   Debian's libyaml-cpp.a
#   md         Debian's libmd.a
#   mimalloc   compiled here from Debian's source package (Debian ships no libmimalloc.a), which
#              tools/package.sh fetches with `apt-get source`; PREFLIGHT_MIMALLOC_SOURCE names it.
#              Empty: glibc's malloc.
# The ANTLR runtime is Debian's static library in every build. glibc goes in too (static-pie),
# unless PREFLIGHT_FULLY_STATIC=OFF, which links libstdc++ and libgcc statically and glibc
# dynamically. docs/install.md "Why fully static" has the measurements behind the default.
if(PREFLIGHT_SANITIZE OR PREFLIGHT_FUZZ)
  message(FATAL_ERROR "PREFLIGHT_PORTABLE builds the release binary: no sanitizers, no fuzzing")
endif()
set(PREFLIGHT_MIMALLOC_SOURCE "" CACHE PATH
    "Debian's mimalloc source folder for the portable build (empty: glibc's malloc)")
option(PREFLIGHT_FULLY_STATIC "Portable build: link glibc statically too (static-pie)" ON)

find_library(PF_YAML_CPP_STATIC NAMES libyaml-cpp.a REQUIRED)
find_library(PF_MD_STATIC NAMES libmd.a REQUIRED)
find_path(PF_FMT_INCLUDE fmt/format-inl.h REQUIRED)

add_library(fmt::fmt INTERFACE IMPORTED)
set_target_properties(fmt::fmt PROPERTIES INTERFACE_COMPILE_DEFINITIONS FMT_HEADER_ONLY=1
                                          INTERFACE_INCLUDE_DIRECTORIES ${PF_FMT_INCLUDE})
add_library(yaml-cpp STATIC IMPORTED)
set_target_properties(yaml-cpp PROPERTIES IMPORTED_LOCATION ${PF_YAML_CPP_STATIC})
add_library(md STATIC IMPORTED)
set_target_properties(md PROPERTIES IMPORTED_LOCATION ${PF_MD_STATIC})

if(PREFLIGHT_MIMALLOC_SOURCE)
  if(NOT EXISTS ${PREFLIGHT_MIMALLOC_SOURCE}/src/static.c)
    message(FATAL_ERROR "PREFLIGHT_MIMALLOC_SOURCE=${PREFLIGHT_MIMALLOC_SOURCE} has no src/static.c "
                        "(tools/package.sh fetches Debian's mimalloc source)")
  endif()
  enable_language(C)
  # mimalloc's own amalgamation, with the flags its CMakeLists.txt gives a Release build. No
  # MI_MALLOC_OVERRIDE: malloc stays glibc's (overriding it inside a static glibc is fragile), and
  # operator new comes to mimalloc through src/cli/allocation.cpp, as in the normal build.
  add_library(mimalloc STATIC ${PREFLIGHT_MIMALLOC_SOURCE}/src/static.c)
  target_include_directories(mimalloc SYSTEM PUBLIC ${PREFLIGHT_MIMALLOC_SOURCE}/include)
  target_compile_definitions(mimalloc PRIVATE MI_STATIC_LIB)
  target_compile_options(mimalloc PRIVATE -w -fvisibility=hidden -ftls-model=initial-exec)
  target_link_libraries(mimalloc PUBLIC Threads::Threads)
endif()

if(PREFLIGHT_FULLY_STATIC)
  # static-pie rather than -static: -static links crtbeginT.o, which registers .eh_frame, and the
  # first exception thrown (CLI11's --version and --help, every error path) then sorts all of the
  # binary's unwind entries: 69 million instructions for `--version` against 20 million.
  add_link_options(-static-pie)
else()
  # This binary still asks for glibc 2.36 (arc4random, _dl_find_object from the static libstdc++
  # and libgcc), later than the dynamic build's 2.34.
  add_link_options(-static-libstdc++ -static-libgcc)
endif()
