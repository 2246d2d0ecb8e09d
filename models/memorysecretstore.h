#pragma once

#include "secretstore.h"

#include <QHash>

namespace ftmodels {

// Secrets in memory: the tests' store, and what the keychain store falls back to when the
// system has no keychain (the secret is then asked for again in the next session).
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    bool isPersistent() const override { return m_persistent; }
    QString describe() const override;
    // Tests pretend to be a keychain with this.
    void setPersistent(bool persistent) { m_persistent = persistent; }

    void read(const QString &profile, QObject *context, ReadCallback done) override;
    void write(const QString &profile, const QString &secret, QObject *context,
               DoneCallback done) override;
    void remove(const QString &profile, QObject *context, DoneCallback done) override;

    bool contains(const QString &profile) const { return m_secrets.contains(profile); }
    int count() const { return static_cast<int>(m_secrets.size()); }

private:
    QHash<QString, QString> m_secrets;
    bool m_persistent = false;
};

} // namespace ftmodels
