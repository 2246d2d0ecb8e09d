// fivetran-admin: the console (GUI) or, with a command such as `call`, a headless tool.
#include "commandline.h"
#include "entrypoints.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("fivetran-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FT_VERSION));
    if (ftapp::CommandLine::isHeadless(argc, argv)) {
        QCoreApplication application(argc, argv);
        return ftapp::runHeadless(QCoreApplication::arguments());
    }
    QApplication application(argc, argv);
    return ftapp::runGui(application);
}
