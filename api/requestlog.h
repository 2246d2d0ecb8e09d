#pragma once

#include "requestscheduler.h"
#include "secretmask.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace ftapi {

// The --verbose request log: one line per attempt with method, URL, status, duration and
// attempt number, and one when the in-flight cap changes or a long wait starts, written to
// stderr (or any sink). Nothing secret reaches it: the
// Authorization header is only ever shown as "<redacted>", user info and secret-looking query
// values in URLs are masked, and any registered secret that still turns up is masked too.
//
//   auto *log = new RequestLog(client->scheduler(), client);
//   log->addSecret(credentials.apiSecret); // belt and braces
class RequestLog : public QObject
{
    Q_OBJECT

public:
    using Sink = std::function<void(const QString &line)>;

    // Logs every attempt of `scheduler` to stderr until either object is destroyed.
    explicit RequestLog(RequestScheduler *scheduler, QObject *parent = nullptr);

    void setSink(Sink sink) { m_sink = std::move(sink); }
    // Strings that must never appear in a line (the API key's secret, the Basic token).
    void addSecret(const QString &secret);

    // One line, as written; public for tests.
    QString format(const RequestScheduler::Attempt &attempt) const;
    QString formatLimit(int limit, int previous) const;
    QString formatWait(const QDateTime &until) const;
    // The URL with user info and the values of secret-looking query items masked.
    static QString redactUrl(const QUrl &url);

private:
    void write(const QString &line);

    Sink m_sink;
    SecretMask m_secrets;
    int m_limit = 0;
};

} // namespace ftapi
