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
    connect(scheduler, &RequestScheduler::attemptFinished, this, &RequestLog::write);
}

void RequestLog::addSecret(const QString &secret)
{
    // Short strings would mask half the log and protect nothing.
    if (secret.size() >= 4 && !m_secrets.contains(secret))
        m_secrets.append(secret);
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
    if (!attempt.error.isEmpty() && attempt.httpStatus <= 0)
        outcome += u" ("_s + attempt.error + u")"_s;
    QString line = u"[api] %1 %2 -> %3 in %4 ms (attempt %5; Authorization: %6)"_s.arg(
        QString::fromLatin1(attempt.verb), redactUrl(attempt.url), outcome,
        QString::number(attempt.elapsedMs), QString::number(attempt.attempt), kMask);
    for (const QString &secret : m_secrets)
        line.replace(secret, kMask);
    return line;
}

void RequestLog::write(const RequestScheduler::Attempt &attempt)
{
    if (m_sink)
        m_sink(format(attempt));
}

} // namespace ftapi
