#include "secretmask.h"

#include "apierror.h"
#include "replyinterpreter.h"

#include <QUrl>

#include <algorithm>

namespace ftapi {

void SecretMask::setCredentials(const QString &apiKey, const QString &apiSecret)
{
    const QByteArray pair = apiKey.toUtf8() + ':' + apiSecret.toUtf8();
    const QString token = QString::fromLatin1(pair.toBase64());
    add(apiKey);
    add(apiSecret);
    add(QString::fromUtf8(pair));
    add(token);
    add(QStringLiteral("Basic ") + token);
    // As they would appear in a URL or a form a server echoes.
    add(QString::fromLatin1(QUrl::toPercentEncoding(apiSecret)));
    add(QString::fromLatin1(QUrl::toPercentEncoding(token)));
}

void SecretMask::add(const QString &secret)
{
    if (secret.size() < 4 || m_secrets.contains(secret))
        return;
    m_secrets.append(secret);
    std::stable_sort(m_secrets.begin(), m_secrets.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString SecretMask::apply(const QString &text) const
{
    QString masked = text;
    for (const QString &secret : m_secrets)
        masked.replace(secret, mask());
    return masked;
}

ApiError SecretMask::apply(const ApiError &error) const
{
    ApiError masked = error;
    masked.message = apply(error.message);
    masked.code = apply(error.code);
    masked.subject = apply(error.subject);
    return masked;
}

ApiResponse SecretMask::apply(const ApiResponse &response) const
{
    ApiResponse masked = response;
    masked.code = apply(response.code);
    masked.message = apply(response.message);
    return masked;
}

} // namespace ftapi
