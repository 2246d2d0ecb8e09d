#pragma once

#include <QIcon>
#include <QString>

namespace ftui {

// The console's own icons (SVG, in the library's resources), so the window looks the same on
// every desktop and under the offscreen platform. `name` is a file name without ".svg".
QIcon icon(const QString &name);

} // namespace ftui
