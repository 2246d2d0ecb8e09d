#pragma once

#include <QIcon>
#include <QString>

namespace ftui {

// The console's icons. Each has a freedesktop icon-theme name, so on a desktop with an icon
// theme the actions look like the rest of that desktop; the bundled SVG (in the library's
// resources) is the fallback, used on desktops without the icon and under the offscreen
// platform. Bundled icons are drawn as vectors at whatever size and device pixel ratio is
// asked for, and their line colour follows the palette (WindowText, or the disabled and
// highlighted roles), so they stay visible in dark mode. `name` is a bundled file name without
// ".svg".
QIcon icon(const QString &name);

// The freedesktop name `icon(name)` asks the theme for; empty for a name it does not know.
QString themeName(const QString &name);

// The application's own icon: the theme's (as installed by `cmake --install`), else bundled.
QIcon applicationIcon();

// The id of the launcher, metainfo and icon files, e.g. for QGuiApplication::setDesktopFileName.
QString applicationId();

} // namespace ftui
