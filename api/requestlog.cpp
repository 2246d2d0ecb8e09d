#include "requestlog.h"

#include <QUrlQuery>

#include <cstdio>

namespace ftapi {

using namespace Qt::StringLiterals;

namespace {

const QString kMask = u"<redacted>"_s;

bool looksSecret(const QString &name)
{
    const QString lower = name.toLower();
    for (const QString &word :
         { u"secret"_s, u"password"_s, u"token"_s, u"key"_s, u"auth"_s, u"signature"_s }) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

} // namespace

RequestLog::RequestLog(RequestScheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_sink([](const QString &line) {
        const QByteArray bytes = line.toLocal8Bit() + '\n';
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
        std::fflush(stderr);
    })
{
    m_limit = scheduler->currentLimit();
    connect(scheduler, &RequestScheduler::attemptFinished, this,
            [this](const RequestScheduler::Attempt &attempt) { write(format(attempt)); });
    connect(scheduler, &RequestScheduler::concurrencyChanged, this, [this](int limit) {
        write(formatLimit(limit, m_limit));
        m_limit = limit;
    });
    connect(scheduler, &RequestScheduler::longWaitStarted, this,
            [this](const QDateTime &until) { write(formatWait(until)); });
}

void RequestLog::addSecret(const QString &secret)
{
    m_secrets.add(secret);
}

QString RequestLog::redactUrl(const QUrl &url)
{
    QUrl copy = url;
    if (!copy.userName().isEmpty())
        copy.setUserName(kMask);
    if (!copy.password().isEmpty())
        copy.setPassword(kMask);
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
        for (QPair<QString, QString> &item : items) {
            if (looksSecret(item.first))
                item.second = kMask;
        }
        query.setQueryItems(items);
        copy.setQuery(query);
    }
    return copy.toString();
}

QString RequestLog::format(const RequestScheduler::Attempt &attempt) const
{
    QString outcome = attempt.httpStatus > 0 ? QString::number(attempt.httpStatus) : u"no answer"_s;
    if (!attempt.error.isEmpty())
        outcome += u" ("_s + attempt.error + u")"_s;
    const QString again =
        attempt.nextInMs >= 0 ? u", again in %1 ms"_s.arg(attempt.nextInMs) : QString();
    QString line = u"[api] %1 %2 -> %3 in %4 ms (attempt %5%6; Authorization: %7)"_s.arg(
        QString::fromLatin1(attempt.verb), redactUrl(attempt.url), outcome,
        QString::number(attempt.elapsedMs), QString::number(attempt.attempt), again, kMask);
    return m_secrets.apply(line);
}

QString RequestLog::formatLimit(int limit, int previous) const
{
    if (limit < previous)
        return u"[api] the service refused a request for being one too many at once: at most %1 "
               u"in flight from now on"_s.arg(limit);
    return u"[api] no refusal for a while: at most %1 in flight from now on"_s.arg(limit);
}

QString RequestLog::formatWait(const QDateTime &until) const
{
    return u"[api] waiting %1 s, until %2, as the service asked"_s.arg(
        QString::number(RequestScheduler::secondsLeft(until)), until.toUTC().toString(Qt::ISODate));
}

void RequestLog::write(const QString &line)
{
    if (m_sink)
        m_sink(line);
}

} // namespace ftapi
