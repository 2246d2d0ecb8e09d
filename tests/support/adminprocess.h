#pragma once

// The built fivetran-admin binary run as a process against an in-process sandbox, as a script
// would run it: credentials in the environment (never on the command line), optional standard
// input, and the secret checked to appear in neither output. Link with ftsandbox and
// Qt6::Network; define FT_ADMIN_BINARY.

#include "testsandbox.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace fttest {

struct AdminRun
{
    int exitCode = -1; // -2: crashed; -3: the secret showed in the output; -1: did not end
    QByteArray out;
    QByteArray err;

    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    QJsonValue json() const
    {
        const QJsonDocument doc = QJsonDocument::fromJson(out);
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
    // stdout as JSON lines (one object per line), as `apply` prints them.
    QVector<QJsonObject> lines() const
    {
        QVector<QJsonObject> objects;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.trimmed().isEmpty())
                objects.append(QJsonDocument::fromJson(line).object());
        }
        return objects;
    }
};

class AdminProcess
{
public:
    // A sandbox with random credentials; `options` shapes the account.
    void start(ftsandbox::SandboxOptions options = {})
    {
        m_secret = QStringLiteral("s3cr3t-%1").arg(QRandomGenerator::global()->generate());
        options.apiKey = QStringLiteral("key-%1").arg(QRandomGenerator::global()->generate());
        options.apiSecret = m_secret;
        m_sandbox = std::make_unique<TestSandbox>(options);
        m_data = std::make_unique<QTemporaryDir>();
        m_sent.clear();
    }

    TestSandbox &sandbox() { return *m_sandbox; }
    // Runs from now on send this secret instead of the sandbox's (a wrong one, say); the
    // check that the real secret never shows stays.
    void setSecret(const QString &secret) { m_sent = secret; }
    // The XDG data directory the runs use (the journal's file is under it); fresh per start().
    QString dataDir() const { return m_data ? m_data->path() : QString(); }
    QString journalPath() const
    {
        return dataDir() + QStringLiteral("/fivetran-admin/fivetran-admin.sqlite");
    }
    ftsandbox::SandboxStore &store() { return m_sandbox->store(); }

    QString secret() const { return m_secret; }

    // What a run gets: the sandbox's URL and credentials, the test's own data directory.
    QProcessEnvironment environment(bool withCredentials = true, bool withUrl = true) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name :
             { QStringLiteral("FIVETRAN_APIKEY"), QStringLiteral("FIVETRAN_APISECRET"),
               QStringLiteral("FIVETRAN_API_URL") })
            env.remove(name);
        if (withCredentials) {
            env.insert(QStringLiteral("FIVETRAN_APIKEY"), m_sandbox->server().options().apiKey);
            env.insert(QStringLiteral("FIVETRAN_APISECRET"), m_sent.isEmpty() ? m_secret : m_sent);
        }
        if (withUrl)
            env.insert(QStringLiteral("FIVETRAN_API_URL"),
                       m_sandbox->server().baseUrl().toString());
        // The journal goes to this test's own directory, never the developer's.
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataDir());
        return env;
    }

    AdminRun run(const QStringList &arguments, const QByteArray &input = {},
                 bool withCredentials = true, bool withUrl = true,
                 const QProcessEnvironment &extra = {})
    {
        QProcessEnvironment env = environment(withCredentials, withUrl);
        const QStringList names = extra.keys();
        for (const QString &name : names)
            env.insert(name, extra.value(name));
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(FT_ADMIN_BINARY), arguments);
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        AdminRun r;
        // The sandbox answers from this process's event loop, so wait with it running.
        if (!finished.wait(120000)) {
            process.kill();
            process.waitForFinished();
            return r;
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        if (r.out.contains(m_secret.toUtf8()) || r.err.contains(m_secret.toUtf8()))
            r.exitCode = -3;
        return r;
    }

    // Requests that got past the injected faults and reached a write operation.
    int writesHandled()
    {
        int writes = 0;
        const QJsonObject handled =
            m_sandbox->server().stats().value(QLatin1String("handled")).toObject();
        for (auto it = handled.begin(); it != handled.end(); ++it) {
            if (!it.key().startsWith(QLatin1String("GET ")))
                writes += it.value().toInt();
        }
        return writes;
    }

private:
    std::unique_ptr<TestSandbox> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_data;
    QString m_secret;
    QString m_sent;
};

} // namespace fttest
