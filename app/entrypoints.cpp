#include "entrypoints.h"

#include "apiendpoint.h"
#include "applycommand.h"
#include "auditcommand.h"
#include "callcommand.h"
#include "commandline.h"
#include "consolelauncher.h"
#include "historycommand.h"
#include "importcommand.h"
#include "keychainsecretstore.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "session.h"
#include "undocommand.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>

namespace ftapp {

using namespace Qt::StringLiterals;

int runHeadless(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const CommandLine line = CommandLine::parse(arguments);
    if (!line.error.isEmpty()) {
        err << u"fivetran-admin: "_s << line.error << u"\n\n"_s << usageText();
        return ExitUsage;
    }
    if (line.version) {
        out << versionText();
        return ExitOk;
    }
    if (line.command == u"call"_s) {
        CallCommand call(out, err);
        return call.run(line, QProcessEnvironment::systemEnvironment());
    }
    if (line.command == u"audit"_s) {
        AuditCommand audit(out, err);
        return audit.run(line, QProcessEnvironment::systemEnvironment());
    }
    if (line.command == u"apply"_s) {
        ApplyCommand apply(out, err);
        return apply.run(line, QProcessEnvironment::systemEnvironment());
    }
    if (line.command == u"history"_s) {
        HistoryCommand history(out, err);
        return history.run(line, QProcessEnvironment::systemEnvironment());
    }
    if (line.command == u"undo"_s) {
        UndoCommand undo(out, err);
        return undo.run(line, QProcessEnvironment::systemEnvironment());
    }
    if (line.command == u"import"_s) {
        ImportCommand import(out, err);
        return import.run(line, QProcessEnvironment::systemEnvironment());
    }
    if (line.help) {
        out << usageText();
        return ExitOk;
    }
    err << usageText();
    return ExitUsage;
}

int runGui(QApplication &application)
{
    const CommandLine line = CommandLine::parse(application.arguments());
    if (!line.error.isEmpty()) {
        QTextStream(stderr) << u"fivetran-admin: "_s << line.error << u"\n\n"_s << usageText();
        return ExitUsage;
    }
    // Demo, environment, the last profile (secret from the keychain) or the connect dialog.
    ftmodels::KeychainSecretStore secrets;
    ConsoleLauncher launcher(line, QProcessEnvironment::systemEnvironment(), &secrets);
    QObject::connect(
        &launcher, &ConsoleLauncher::failed, &application, [&application](const QString &problem) {
            if (!problem.isEmpty())
                QMessageBox::critical(nullptr, u"Fivetran Admin"_s, problem);
            // Queued: this may come before exec() has started.
            const int code = problem.isEmpty() ? ExitOk : ExitUsage;
            QMetaObject::invokeMethod(
                &application, [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
        });
    // scripts/screenshot.sh: FT_SCREENSHOT=FILE grabs the window once its data is in, and quits.
    const QString file = qEnvironmentVariable("FT_SCREENSHOT");
    QObject::connect(&launcher, &ConsoleLauncher::windowShown, &application,
                     [file, &application](ftui::MainWindow *window) {
                         if (file.isEmpty())
                             return;
                         auto *screenshot = new ftui::Screenshot(window, file);
                         QObject::connect(screenshot, &ftui::Screenshot::finished, &application,
                                          [](bool ok, const QString &message) {
                                              QTextStream(stderr) << message << '\n';
                                              QCoreApplication::exit(ok ? ExitOk : ExitApiError);
                                          });
                         screenshot->start();
                     });
    launcher.start();
    return application.exec();
}

} // namespace ftapp
