#pragma once

#include <QStringList>

class QApplication;

namespace ftapp {

// What main() dispatches to. Headless: --help, --version and subcommands such as `call`,
// under a QCoreApplication. GUI: the console window, under a QApplication.
int runHeadless(const QStringList &arguments);
int runGui(QApplication &application);

} // namespace ftapp
