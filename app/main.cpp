// fivetran-admin: the console (GUI) or, with a command such as `call`, a headless tool.
#include "commandline.h"
#include "entrypoints.h"
#include "icons.h"
#include "translations.h"

#include <QApplication>
#include <QLocale>

#include <cstring>
#include <vector>

namespace {

// Takes `--lang xx` / `--lang=xx` off the command line: it only picks the catalogue, before
// anything is parsed or shown. Returns the language, empty when not given.
QString takeLanguage(int &argc, char **argv)
{
    QString language;
    std::vector<char *> kept;
    for (int i = 0; i < argc; ++i) {
        if (i > 0 && std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            language = QString::fromLocal8Bit(argv[++i]);
        } else if (i > 0 && std::strncmp(argv[i], "--lang=", 7) == 0) {
            language = QString::fromLocal8Bit(argv[i] + 7);
        } else {
            kept.push_back(argv[i]);
        }
    }
    for (size_t i = 0; i < kept.size(); ++i)
        argv[i] = kept[i];
    argc = int(kept.size());
    argv[argc] = nullptr;
    return language;
}

} // namespace

int main(int argc, char *argv[])
{
    const QString language = takeLanguage(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fivetran-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FT_VERSION));
    if (ftapp::CommandLine::needsPainting(argc, argv)) {
        // Fonts without a display: nothing is shown, so the offscreen platform always.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication application(argc, argv);
        return ftapp::runHeadless(QCoreApplication::arguments());
    }
    if (ftapp::CommandLine::isHeadless(argc, argv)) {
        QCoreApplication application(argc, argv);
        return ftapp::runHeadless(QCoreApplication::arguments());
    }
    // Wayland matches the window to its launcher (and so its icon) by this name.
    QGuiApplication::setDesktopFileName(ftui::applicationId());
    QApplication application(argc, argv);
    QApplication::setWindowIcon(ftui::applicationIcon());
    ftui::Translations::install(language.isEmpty() ? QLocale::system() : QLocale(language));
    return ftapp::runGui(application);
}
