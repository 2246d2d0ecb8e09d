# `cpack -G DEB` in the build directory: a Debian package of what `cmake --install` installs.
# The shared-library dependencies are worked out by dpkg-shlibdeps (Debian dpkg-dev); the Qt
# plugins that are loaded at run time rather than linked are named here.

set(CPACK_PACKAGE_NAME "fivetran-admin")
set(CPACK_PACKAGE_VENDOR "The fivetran-admin developers")
set(CPACK_PACKAGE_CONTACT "The fivetran-admin developers <fivetran-admin@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "A Qt desktop console to invite, edit and remove the users of a Fivetran account, manage
their roles and memberships, and audit who can reach what. Ships a local sandbox server
(fivetran-sandbox) that speaks the same API, for trying it out and for tests.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plugins, so dpkg-shlibdeps cannot see them: the window system (xcb, wayland).
# The SVG icon plugins come with libqt6svg6, which the console links (dpkg-shlibdeps finds it).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
# Qt's own strings (standard buttons, file dialogs) in the user's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")

include(CPack)
