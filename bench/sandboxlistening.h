#pragma once

// Reads the `LISTENING <port>` line a started fivetran-sandbox prints, shared by the
// benchmarks that run the sandbox as its own process. Returns the base URL, or an empty URL
// when the process did not start or printed something else.

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace ftbench {

inline QUrl waitForSandboxListening(QProcess *process)
{
    using namespace Qt::StringLiterals;
    if (!process->waitForStarted(10000))
        return {};
    QByteArray line;
    while (!line.contains('\n')) {
        if (!process->waitForReadyRead(60000))
            return {};
        line += process->readAllStandardOutput();
    }
    const QList<QByteArray> words = line.trimmed().split(' ');
    if (words.size() != 2 || words.constFirst() != "LISTENING")
        return {};
    return QUrl(u"http://127.0.0.1:"_s + QString::fromLatin1(words.at(1)) + u"/v1"_s);
}

} // namespace ftbench
