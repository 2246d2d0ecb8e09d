#pragma once

// Helpers for the secret-handling tests: wait for a SecretStore's callbacks, and look for a
// string in every file under a directory (the "no secret on disk" check).

#include "secretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

namespace fttest {

// The files under `root` whose bytes contain `needle` (UTF-8 or UTF-16).
inline QStringList filesContaining(const QString &root, const QString &needle)
{
    QStringList found;
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            found.append(path);
    }
    return found;
}

inline int countFiles(const QString &root)
{
    int count = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

struct SecretAnswer
{
    bool done = false;
    bool ok = false;
    QString secret;
    QString error;
};

inline SecretAnswer readSecret(ftmodels::SecretStore &store, const QString &profile,
                               QObject *context)
{
    SecretAnswer answer;
    store.read(profile, context, [&answer](bool ok, const QString &secret, const QString &error) {
        answer = { true, ok, secret, error };
    });
    if (!QTest::qWaitFor([&answer] { return answer.done; }, 30000))
        answer.error = QStringLiteral("no answer within 30 s");
    return answer;
}

inline SecretAnswer finish(const std::function<void(ftmodels::SecretStore::DoneCallback)> &start)
{
    SecretAnswer answer;
    start([&answer](bool ok, const QString &error) { answer = { true, ok, QString(), error }; });
    if (!QTest::qWaitFor([&answer] { return answer.done; }, 30000))
        answer.error = QStringLiteral("no answer within 30 s");
    return answer;
}

} // namespace fttest
