# What `cmake --install` puts beside the binary (src/cli/CMakeLists.txt installs `preflight`), the
# `cpack` packages, and the Octopus package target. docs/install.md; tools/package.sh runs them on
# the portable build (-DPREFLIGHT_PORTABLE=ON), whose binary is the one worth shipping.
include(GNUInstallDirs)

# The user documentation, under share/doc/preflight/ as in the repository (README.md at the top,
# the rest in docs/), so that their links between each other still work. docs/rules.md is the
# rule catalogue's reference, written from rules/*.yaml and kept current by rule.docs_current.
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES docs/usage.md docs/configuration.md docs/deployments.md docs/journals.md
              docs/reports.md docs/rules.md docs/install.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs)

# `cpack --config build-pkg/CPackConfig.cmake`: a .deb and a .tar.gz of the installed tree.
set(CPACK_PACKAGE_NAME preflight)
set(CPACK_PACKAGE_VENDOR "Preflight")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Checks SQL Server deployment scripts before they reach a database")
set(CPACK_PACKAGE_FILE_NAME preflight-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR})
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Preflight maintainers")
# The libc6 version the binary needs, read off its symbols by dpkg-shlibdeps (none when static).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
include(CPack)

# `cmake --build BUILD --target octopus_package`: Preflight.<version>.zip, the package the Octopus
# step template takes (examples/octopus/README.md), `preflight` at its root. Files listed in
# PREFLIGHT_OCTOPUS_EXTRA_FILES go beside it at the root (for a cross-built preflight.exe).
set(PREFLIGHT_OCTOPUS_EXTRA_FILES "" CACHE STRING
    "More files for the root of the Octopus package (a ;-list of paths), e.g. preflight.exe")
set(pf_octopus_stage ${CMAKE_BINARY_DIR}/octopus)
set(pf_octopus_zip ${CMAKE_BINARY_DIR}/Preflight.${PROJECT_VERSION}.zip)
set(pf_octopus_files preflight README.md)
set(pf_octopus_extra_copy "")
foreach(extra ${PREFLIGHT_OCTOPUS_EXTRA_FILES})
  get_filename_component(name ${extra} NAME)
  list(APPEND pf_octopus_files ${name})
  list(APPEND pf_octopus_extra_copy COMMAND ${CMAKE_COMMAND} -E copy ${extra} ${pf_octopus_stage}/)
endforeach()
# The zip takes the files listed, by name: whatever else lies in the staging folder stays out.
file(MAKE_DIRECTORY ${pf_octopus_stage})
add_custom_command(
  OUTPUT ${pf_octopus_zip}
  COMMAND ${CMAKE_COMMAND} -E copy $<TARGET_FILE:preflight> ${pf_octopus_stage}/preflight
  COMMAND ${CMAKE_STRIP} ${pf_octopus_stage}/preflight
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/README.md ${pf_octopus_stage}/README.md
  ${pf_octopus_extra_copy}
  COMMAND ${CMAKE_COMMAND} -E rm -f ${pf_octopus_zip}
  # A fixed date: the same binary gives the same zip.
  COMMAND ${CMAKE_COMMAND} -E tar cf ${pf_octopus_zip} --format=zip "--mtime=2000-01-01 00:00:00 UTC"
          ${pf_octopus_files}
  WORKING_DIRECTORY ${pf_octopus_stage}
  DEPENDS preflight ${CMAKE_SOURCE_DIR}/README.md ${PREFLIGHT_OCTOPUS_EXTRA_FILES}
  COMMENT "Writing the Octopus package Preflight.${PROJECT_VERSION}.zip"
  VERBATIM)
add_custom_target(octopus_package DEPENDS ${pf_octopus_zip})
