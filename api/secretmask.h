#pragma once

#include <QString>
#include <QStringList>

namespace ftapi {

struct ApiError;
struct ApiResponse;

// The strings that must never reach anything a person reads or a log keeps: the API key, the
// secret, the Authorization value and its parts. What a server says is not trusted to be free
// of them (a proxy's error page may echo the request's headers), so every message passes
// through apply() before it leaves the API layer.
//
//   SecretMask mask;
//   mask.setCredentials(key, secret);
//   error = mask.apply(error);
class SecretMask
{
public:
    // Adds the key, the secret, "key:secret", its base64 and the whole Authorization value.
    void setCredentials(const QString &apiKey, const QString &apiSecret);
    // One more string to mask. Strings shorter than 4 characters are ignored: masking them
    // would mangle every message and protect nothing.
    void add(const QString &secret);
    void clear() { m_secrets.clear(); }
    bool isEmpty() const { return m_secrets.isEmpty(); }

    QString apply(const QString &text) const;
    ApiError apply(const ApiError &error) const; // message, code and subject
    ApiResponse apply(const ApiResponse &response) const; // code and message; data is data

    static QString mask() { return QStringLiteral("<redacted>"); }

private:
    QStringList m_secrets; // longest first, so a token is masked whole before its parts
};

} // namespace ftapi
