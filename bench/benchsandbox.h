#pragma once

// The sandbox as its own process for a benchmark (so its work does not share our event loop),
// started with the flags of `options` and credentials in its environment, never on its command
// line; and its /__stats. Returns an empty URL when it did not start.

#include "sandboxlistening.h"
#include "sandboxoptions.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>

namespace ftbench {

inline QUrl startSandboxProcess(QProcess *process, const ftsandbox::SandboxOptions &options)
{
    using namespace Qt::StringLiterals;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"FIVETRAN_APIKEY"_s, options.apiKey);
    environment.insert(u"FIVETRAN_APISECRET"_s, options.apiSecret);
    process->setProcessEnvironment(environment);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList arguments { u"--seed"_s, QString::number(options.seed), u"--latency-ms"_s,
                            QString::number(options.latencyMs) };
    if (options.users >= 0)
        arguments << u"--users"_s << QString::number(options.users) << u"--groups"_s
                  << QString::number(options.groups) << u"--connections"_s
                  << QString::number(options.connections) << u"--memberships-per-user"_s
                  << QString::number(options.membershipsPerUser);
    if (options.rateLimit > 0)
        arguments << u"--rate-limit"_s << QString::number(options.rateLimit);
    process->start(QStringLiteral(FT_SANDBOX_EXECUTABLE), arguments);
    return waitForSandboxListening(process);
}

inline QJsonObject fetchSandboxStats(const QUrl &baseUrl)
{
    QNetworkAccessManager manager;
    QUrl url = baseUrl;
    url.setPath(QStringLiteral("/__stats"));
    QNetworkReply *reply = manager.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject stats = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return stats;
}

// Requests that got past the injected faults and reached a write operation, in `stats`.
inline qint64 writesIn(const QJsonObject &stats)
{
    qint64 writes = 0;
    const QJsonObject handled = stats.value(QStringLiteral("handled")).toObject();
    for (auto it = handled.begin(); it != handled.end(); ++it) {
        if (!it.key().startsWith(QStringLiteral("GET ")))
            writes += qint64(it.value().toDouble());
    }
    return writes;
}

} // namespace ftbench
