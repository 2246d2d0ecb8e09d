#pragma once

#include <QString>
#include <QStringList>

namespace ftapp {

// The fivetran-admin command line, read once: global options (anywhere on the line), the
// subcommand, and what follows it. Credentials are never accepted here (they would show in
// process lists); they come from the environment.
struct CommandLine
{
    QString command; // empty: the GUI; "call"
    QStringList arguments; // positional arguments after the command
    QString apiUrl; // --api-url, empty when absent
    bool demo = false; // --demo: the embedded sandbox
    bool connectors = false; // --connectors: the older /connectors route spelling
    bool verbose = false; // --verbose: one stderr line per request, secrets redacted
    bool help = false;
    bool version = false;
    QString error; // a usage error; empty when the line is valid

    // `arguments` includes the program name first, as QCoreApplication::arguments() does.
    static CommandLine parse(const QStringList &arguments);
    static bool isHeadless(int argc, char **argv); // decides QCoreApplication vs QApplication
    // A headless command that paints (diff's PDF): a QGuiApplication on the offscreen platform.
    static bool needsPainting(int argc, char **argv);
};

QString usageText();
QString versionText();

// The value of the option args[*i] when it is NAME VALUE (moving *i past the value) or
// NAME=VALUE; false when it is neither or the value is missing.
bool optionValue(const QStringList &args, qsizetype *i, const QString &name, QString *into);

// Exit codes of every headless command.
enum ExitCode { ExitOk = 0, ExitApiError = 1, ExitUsage = 2 };

} // namespace ftapp
