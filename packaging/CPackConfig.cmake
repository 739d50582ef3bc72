# `cpack -G DEB` in a build folder makes a .deb with the program, its desktop entry and MIME type. The packaging
# issue adds icons, AppStream metadata and the man page.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/uproot.desktop DESTINATION share/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/uproot-mime.xml DESTINATION share/mime/packages RENAME uproot.xml)
set(CPACK_PACKAGE_NAME uproot)
set(CPACK_PACKAGE_VENDOR "Uproot")
set(CPACK_PACKAGE_CONTACT "Uproot developers <uproot@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
