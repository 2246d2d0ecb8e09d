// fivetran-sandbox: the sandbox server as a process, for scripts, benchmarks and manual tries.

#include "sandboxoptions.h"
#include "sandboxserver.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fivetran-sandbox"_s);

    const ftsandbox::SandboxCommandLine commandLine = ftsandbox::parseSandboxCommandLine(
        QCoreApplication::arguments().mid(1), qEnvironmentVariable("FIVETRAN_APIKEY"),
        qEnvironmentVariable("FIVETRAN_APISECRET"));
    if (commandLine.helpRequested) {
        std::fputs(ftsandbox::sandboxUsage().toLocal8Bit().constData(), stdout);
        return 0;
    }
    if (!commandLine.error.isEmpty()) {
        std::fprintf(stderr, "fivetran-sandbox: %s\nTry 'fivetran-sandbox --help'.\n",
                     commandLine.error.toLocal8Bit().constData());
        return 2;
    }

    ftsandbox::SandboxServer server(commandLine.options);
    if (!server.listen(commandLine.port)) {
        std::fprintf(stderr, "fivetran-sandbox: cannot listen on 127.0.0.1:%u\n",
                     unsigned(commandLine.port));
        return 1;
    }
    std::printf("LISTENING %u\n", unsigned(server.port()));
    std::fflush(stdout);
    return app.exec();
}
